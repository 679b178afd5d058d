"""The Calendar screen as the officer uses it: month grid, drag and drop, keyboard, undo."""

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDropEvent

from planner.domain.calendar import PostFilter
from planner.domain.model import Platform, PostStatus
from planner.domain.occasions import hijri_of
from planner.formatting import Digits, Formatter
from planner.i18n import language
from planner.paths import resource
from planner.storage.calendar_sample import load_calendar_sample
from planner.ui.calendar.chips import posts_mime
from planner.ui.calendar.models import SlotRole
from planner.ui.calendar.view import DEFAULT_TIME, CalendarView
from planner.ui.document import Document

NOW = dt.datetime(2026, 11, 26, 9, 0)


@pytest.fixture
def view(qtbot, workspace, dialogs):
    before = "ar" if language._installed else "en"  # leave the translation as it was found
    language.install_language("en", set_direction=False)  # the widget sets its own
    load_calendar_sample(workspace, resource("sample", "calendar.json"), NOW.date())
    widget = CalendarView(
        Document(workspace), Formatter("en", Digits.LATIN), dialogs, today=lambda: NOW
    )
    widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    widget.opened = []
    widget.composer_factory = widget.opened.append
    qtbot.addWidget(widget)
    widget.setMinimumSize(1280, 800)  # fixed, so a new title never resizes the window
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    language.install_language(before, set_direction=False)


def cell_of(grid, day):
    model = grid.model()
    for r in range(model.rowCount()):
        for c in range(7):
            if model.index(r, c).data(SlotRole).date == day:
                return model.index(r, c)
    raise AssertionError(f"{day} not shown")


def centre(grid, index):
    return grid.visualRect(index).center()


def first_post(workspace, status):
    start = dt.datetime.combine(NOW.date(), dt.time())
    return next(
        p
        for p in workspace.posts.between(start, start + dt.timedelta(days=40))
        if p.status is status
    )


def test_month_shows_every_post_of_its_weeks_in_its_day(view, workspace):
    """Each post of the visible weeks sits in the cell of its day; the total is counted."""
    model = view.month.month_model
    start, end = model.range()
    expected = {p.id: p.scheduled_at.date() for p in workspace.posts.between(start, end)}
    shown = {chip.id: slot.date for slot in model.slots() for chip in slot.chips}
    assert shown == expected and model.total == len(expected) > 10
    assert view.title.text() == "November 2026"


def test_week_starts_on_sunday_and_the_weekend_is_friday_and_saturday(view):
    """Columns run Sunday to Saturday; only Friday and Saturday cells are weekend cells."""
    model = view.month.month_model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Sunday"
    assert model.headerData(5, Qt.Orientation.Horizontal) == "Friday"
    row = [model.index(1, c).data(SlotRole) for c in range(7)]
    assert [s.weekend for s in row] == [False] * 5 + [True] * 2
    assert [s.date.weekday() for s in row] == [6, 0, 1, 2, 3, 4, 5]


def test_each_day_shows_its_hijri_date_and_today_is_marked(view):
    """Every cell carries the Umm al-Qura day (month named on the 1st); only today is marked."""
    slots = view.month.month_model.slots()
    for slot in slots:
        hijri = hijri_of(slot.date)
        assert slot.hijri_text.split()[0] == str(hijri.day)
        assert (len(slot.hijri_text.split()) > 1) == (hijri.day == 1 or slot is slots[0])
    assert [s.date for s in slots if s.today] == [NOW.date()]


def test_occasions_overlay_computed_and_local(view, workspace):
    """Oman's National Day and the officer's own occasions appear on their days."""
    model = view.month.month_model
    national = model.index_of_time(dt.datetime(2026, 11, 20, 12)).data(SlotRole)
    assert any("National" in o.name for o in national.occasions)
    local = workspace.calendar.occasions.all()[0]
    view.anchor = local.start
    view.reload()
    slot = cell_of(view.month, local.start).data(SlotRole)
    assert local.name_en in [o.name for o in slot.occasions]


def test_drop_on_another_day_keeps_the_time_and_undoes(view, workspace):
    """Dropping a post on another day moves it there at the same time; undo puts it back."""
    post = first_post(workspace, PostStatus.SCHEDULED)
    target = post.scheduled_at.date() + dt.timedelta(days=3)
    assert view.month.drop(posts_mime([post.id]), centre(view.month, cell_of(view.month, target)))
    moved = workspace.posts.get(post.id)
    assert moved.scheduled_at == dt.datetime.combine(target, post.scheduled_at.time())
    assert moved.status is PostStatus.SCHEDULED
    assert post.id in [c.id for c in cell_of(view.month, target).data(SlotRole).chips]
    assert view.month.selected_post == post.id
    view.doc.undo_stack.undo()
    assert workspace.posts.get(post.id).scheduled_at == post.scheduled_at
    view.doc.undo_stack.redo()
    assert workspace.posts.get(post.id).scheduled_at.date() == target


def test_a_real_drop_event_reaches_the_handler(view, workspace):
    """A QDropEvent on the grid's viewport reschedules as a mouse drop would."""
    post = first_post(workspace, PostStatus.APPROVED)
    target = post.scheduled_at.date() - dt.timedelta(days=1)
    pos = centre(view.month, cell_of(view.month, target))
    mime = posts_mime([post.id])  # the event does not own it: keep it alive
    event = QDropEvent(
        pos.toPointF(),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.month.dropEvent(event)
    assert event.isAccepted()
    assert workspace.posts.get(post.id).scheduled_at.date() == target


def test_an_idea_dropped_on_a_day_is_scheduled_as_a_draft(view, workspace):
    """Dragging an idea onto a day gives it that day (at the default time) and makes it a draft."""
    idea = view.ideas.ideas.index(0).data(Qt.ItemDataRole.UserRole + 40)
    count = view.ideas.ideas.rowCount()
    mime = view.ideas.ideas.mimeData([view.ideas.ideas.index(0)])
    day = NOW.date() + dt.timedelta(days=2)
    assert view.month.drop(mime, centre(view.month, cell_of(view.month, day)))
    post = workspace.posts.get(idea)
    assert post.scheduled_at == dt.datetime.combine(day, DEFAULT_TIME)
    assert post.status is PostStatus.DRAFT
    assert view.ideas.ideas.rowCount() == count - 1
    view.doc.undo_stack.undo()
    post = workspace.posts.get(idea)
    assert post.scheduled_at is None and post.status is PostStatus.IDEA
    assert view.ideas.ideas.rowCount() == count


def test_a_post_dropped_on_the_ideas_loses_its_date(view, workspace):
    """Dropping a scheduled post on the ideas column unschedules it (approved, no time)."""
    post = first_post(workspace, PostStatus.SCHEDULED)
    assert view.ideas.drop(posts_mime([post.id]))
    moved = workspace.posts.get(post.id)
    assert moved.scheduled_at is None and moved.status is PostStatus.APPROVED
    view.doc.undo_stack.undo()
    assert workspace.posts.get(post.id) == post


def test_published_posts_stay_put(view, workspace, qtbot):
    """A published post cannot be dragged to another day; the officer is told why."""
    start = dt.datetime.combine(NOW.date() - dt.timedelta(days=20), dt.time())
    post = next(
        p
        for p in workspace.posts.between(start, start + dt.timedelta(days=19))
        if p.status is PostStatus.PUBLISHED
    )
    with qtbot.waitSignal(view.message) as signal:
        view.month.drop(posts_mime([post.id]), centre(view.month, cell_of(view.month, NOW.date())))
    assert "published" in signal.args[0]
    assert workspace.posts.get(post.id) == post
    assert view.doc.undo_stack.count() == 0


def test_keyboard_moves_selection_opens_and_reschedules(view, workspace, qtbot):
    """Arrows walk the days, Enter opens, Ctrl+Shift+Right/Down move by a day/week, undoable."""
    post = first_post(workspace, PostStatus.SCHEDULED)
    grid = view.month
    grid.setFocus()
    grid.select_slot(cell_of(grid, post.scheduled_at.date() - dt.timedelta(days=1)))
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.current_slot().date == post.scheduled_at.date()
    assert grid.selected_post == post.id
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert [p.id for p in view.opened] == [post.id]
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(grid, Qt.Key.Key_Right, ctrl_shift)
    assert workspace.posts.get(post.id).scheduled_at == post.scheduled_at + dt.timedelta(days=1)
    qtbot.keyClick(grid, Qt.Key.Key_Down, ctrl_shift)
    assert workspace.posts.get(post.id).scheduled_at == post.scheduled_at + dt.timedelta(days=8)
    assert grid.selected_post == post.id
    assert grid.current_slot().date == post.scheduled_at.date() + dt.timedelta(days=8)
    view.doc.undo_stack.undo()
    view.doc.undo_stack.undo()
    assert workspace.posts.get(post.id).scheduled_at == post.scheduled_at


def test_right_to_left_left_arrow_is_the_next_day(view, workspace, qtbot):
    """Mirrored, Ctrl+Shift+Left moves a post to the next day (what the eye sees)."""
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    post = first_post(workspace, PostStatus.SCHEDULED)
    grid = view.month
    grid.setFocus()
    assert grid.select_post(post.id)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(grid, Qt.Key.Key_Left, ctrl_shift)
    assert workspace.posts.get(post.id).scheduled_at == post.scheduled_at + dt.timedelta(days=1)


def test_delete_asks_first_and_undo_restores(view, workspace, dialogs, qtbot):
    """Delete on a selected post asks for confirmation; undo brings the post back whole."""
    post = first_post(workspace, PostStatus.DRAFT)
    grid = view.month
    grid.setFocus()
    view.anchor = post.scheduled_at.date()
    view.reload()
    assert grid.select_post(post.id)
    dialogs.confirmations.append(False)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert workspace.posts.get(post.id) == post
    dialogs.confirmations.append(True)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    with pytest.raises(KeyError):
        workspace.posts.get(post.id)
    view.doc.undo_stack.undo()
    assert workspace.posts.get(post.id) == post


def test_double_click_opens_a_chip_or_a_new_post_on_that_day(view, workspace, qtbot):
    """Double-clicking a chip opens its post; an empty day starts a new post on that day."""
    post = first_post(workspace, PostStatus.SCHEDULED)
    rect = view.month.chip_rect(post.id)
    assert not rect.isEmpty()
    qtbot.mouseDClick(view.month.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.opened[-1].id == post.id
    empty = next(s for s in view.month.month_model.slots() if not s.chips and s.in_month)
    index = cell_of(view.month, empty.date)
    qtbot.mouseDClick(
        view.month.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.month.visualRect(index).bottomLeft() + QPoint(8, -8),
    )
    new = view.opened[-1]
    assert new.id is None and new.scheduled_at == dt.datetime.combine(empty.date, DEFAULT_TIME)


def test_chip_tooltip_tells_status_campaign_and_text(view, workspace):
    """Hovering a chip tells its platforms, status, campaign and the start of its text."""
    from planner.ui.calendar.models import chip_tooltip

    post = first_post(workspace, PostStatus.SCHEDULED)
    chip = next(c for s in view.month.month_model.slots() for c in s.chips if c.id == post.id)
    text = chip_tooltip(view.source, chip)
    campaign = workspace.campaigns.get(post.campaign_id)
    assert "Scheduled" in text and campaign.name_en in text
    assert post.base_text.split()[0] in text


def test_month_navigation_and_today(view):
    """Next and previous move by a month; Today comes back; rows follow the month's weeks."""
    view.step(1)
    assert view.title.text() == "December 2026"
    assert view.month.month_model.rowCount() == 5
    view.step(-2)
    assert view.title.text() == "October 2026"
    view.go_today()
    assert view.title.text() == "November 2026"


def test_filters_narrow_every_view(view, workspace):
    """Choosing a platform keeps only its posts in the month, and in the ideas."""
    combo = view.filters.platform
    combo.setCurrentIndex(combo.findData(Platform.TIKTOK.value))
    assert view.source.where == PostFilter(platform=Platform.TIKTOK)
    chips = [c for s in view.month.month_model.slots() for c in s.chips]
    assert chips and all(Platform.TIKTOK in c.platforms for c in chips)
    ideas = [
        view.ideas.ideas.index(r).data(Qt.ItemDataRole.UserRole + 41)
        for r in range(view.ideas.ideas.rowCount())
    ]
    assert all(Platform.TIKTOK in c.platforms for c in ideas)


def test_models_keep_qt_contract(qtmodeltester, view):
    """The month, week, list and ideas models pass Qt's model tester."""
    view.set_mode("week")
    view.set_mode("list")
    for model in (
        view.month.month_model,
        view.week.week_model,
        view.agenda.agenda,
        view.ideas.ideas,
    ):
        qtmodeltester.check(model)


def test_keyboard_move_warns_as_the_drag_does(view, workspace, qtbot):
    """Ctrl+Shift+Left moving a post before its campaign's first day warns, in the status
    message, exactly as dropping it on that day does."""
    import dataclasses

    post = next(
        p
        for p in workspace.posts.between(dt.datetime(2000, 1, 1), dt.datetime(2100, 1, 1))
        if p.campaign_id is not None and p.status is PostStatus.SCHEDULED
    )
    campaign = workspace.campaigns.get(post.campaign_id)
    first = dt.datetime.combine(campaign.start, post.scheduled_at.time())
    workspace.posts.save(dataclasses.replace(post, scheduled_at=first))
    view.anchor = campaign.start
    view.reload()
    grid = view.month
    grid.setFocus()
    assert grid.select_post(post.id)
    messages: list[str] = []
    view.message.connect(messages.append)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(view.moveWarned) as by_key:
        qtbot.keyClick(grid, Qt.Key.Key_Left, ctrl_shift)
    assert workspace.posts.get(post.id).scheduled_at.date() == campaign.start - dt.timedelta(1)
    key_warnings = by_key.args[0]
    assert any("outside the campaign" in w for w in key_warnings), key_warnings
    assert "Warning" in messages[-1] and key_warnings[0] in messages[-1]
    view.doc.undo_stack.undo()
    view.reload()
    slot = cell_of(grid, campaign.start - dt.timedelta(days=1)).data(SlotRole)
    with qtbot.waitSignal(view.moveWarned) as by_drag:
        view.move_posts([post.id], slot)
    assert by_drag.args[0] == key_warnings


def test_a_move_within_the_campaign_warns_of_nothing(view, workspace, qtbot):
    """No warning when the post stays within its campaign and phase."""
    post = first_post(workspace, PostStatus.SCHEDULED)
    with qtbot.waitSignal(view.moveWarned) as moved:
        view.shift_post(post.id, dt.timedelta(minutes=5))
    campaign_words = [w for w in moved.args[0] if "outside the campaign" in w]
    assert not campaign_words


def test_month_and_list_count_the_same_posts(view, workspace):
    """The month view counts the posts of the month's own days, as the list does (the
    neighbouring months' days in the first and last weeks are shown, not counted)."""
    view.set_mode("month")
    month_count = view.count.text()
    start, end = view.month.month_model.range()
    first = view.anchor.replace(day=1)
    shown = workspace.posts.between(start, end)
    own = [p for p in shown if p.scheduled_at.date().month == first.month]
    assert len(shown) > len(own)  # the sample has posts on the spill-over days
    view.set_mode("list")
    assert view.count.text() == month_count
    assert str(len(own)) in month_count
