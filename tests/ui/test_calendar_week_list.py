"""The week view (hour slots) and the list view (search as you type) of the calendar."""

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from planner.domain.calendar import LocalOccasion
from planner.domain.model import Platform, Post, PostStatus
from planner.formatting import Digits, Formatter
from planner.i18n import language
from planner.ui.calendar.agenda import AgendaModel, IdRole, OccasionRole
from planner.ui.calendar.chips import posts_mime
from planner.ui.calendar.models import SlotRole
from planner.ui.calendar.view import CalendarView
from planner.ui.document import Document

NOW = dt.datetime(2026, 11, 26, 9, 0)


@pytest.fixture
def view(qtbot, workspace, dialogs):
    before = "ar" if language._installed else "en"  # leave the translation as it was found
    language.install_language("en", set_direction=False)  # the widget sets its own
    widget = CalendarView(
        Document(workspace), Formatter("en", Digits.LATIN), dialogs, today=lambda: NOW
    )
    widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    widget.opened = []
    widget.composer_factory = widget.opened.append
    qtbot.addWidget(widget)
    widget.setMinimumSize(1280, 800)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    language.install_language(before, set_direction=False)


def type_text(widget, text):
    """Type (Arabic) text key by key; QTest's keyClicks only knows ASCII."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def posts_of(model):
    """The list's post rows (occasion rows left out)."""
    return [model.chip(r) for r in range(model.rowCount()) if model.chip(r) is not None]


def scheduled(workspace):
    start = dt.datetime.combine(NOW.date(), dt.time())
    return next(
        p
        for p in workspace.posts.between(start, start + dt.timedelta(days=7))
        if p.status is PostStatus.SCHEDULED
    )


def test_week_has_a_row_per_hour_under_a_row_of_days(view, workspace):
    """The week view shows seven days from Sunday, each headed by its Hijri date, 24 hours."""
    view.set_mode("week")
    model = view.week.week_model
    assert model.rowCount() == 24 and model.first == dt.date(2026, 11, 22)
    assert model.headerData(8, Qt.Orientation.Vertical) == "08:00"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Sunday 22"
    days = [model.headerData(c, Qt.Orientation.Horizontal, SlotRole) for c in range(7)]
    assert [d.today for d in days] == [False, False, False, False, True, False, False]
    assert days[4].hijri_text == "16"
    post = scheduled(workspace)
    index = model.index_of(post.id)
    assert index.row() == post.scheduled_at.hour
    assert index.data(SlotRole).date == post.scheduled_at.date()
    assert view.title.text() == "22 – 28 November 2026"


def test_drop_on_an_hour_keeps_the_minutes(view, workspace):
    """A post dropped on 14:00 of another day goes out at 14:MM that day; undo restores."""
    view.set_mode("week")
    post = scheduled(workspace)
    workspace.posts.save(
        Post(
            post.base_text,
            post.platforms,
            post.status,
            scheduled_at=post.scheduled_at.replace(minute=30),
            id=post.id,
            campaign_id=post.campaign_id,
        )
    )
    view.reload()
    grid = view.week
    target = grid.model().index(14, (post.scheduled_at.date() - grid.week_model.first).days + 1)
    grid.scrollTo(target)
    assert grid.drop(posts_mime([post.id]), grid.visualRect(target).center())
    day = post.scheduled_at.date() + dt.timedelta(days=1)
    assert workspace.posts.get(post.id).scheduled_at == dt.datetime.combine(day, dt.time(14, 30))
    view.doc.undo_stack.undo()
    assert workspace.posts.get(post.id).scheduled_at == post.scheduled_at.replace(minute=30)


def test_ctrl_shift_down_in_the_week_moves_by_an_hour(view, workspace, qtbot):
    """In the week view the vertical keyboard move is an hour, the horizontal one a day."""
    view.set_mode("week")
    post = scheduled(workspace)
    grid = view.week
    grid.setFocus()
    assert grid.select_post(post.id)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(grid, Qt.Key.Key_Down, ctrl_shift)
    assert workspace.posts.get(post.id).scheduled_at == post.scheduled_at + dt.timedelta(hours=1)
    qtbot.keyClick(grid, Qt.Key.Key_Left, ctrl_shift)
    assert workspace.posts.get(post.id).scheduled_at == post.scheduled_at + dt.timedelta(
        hours=1
    ) - dt.timedelta(days=1)
    assert grid.selected_post == post.id


def test_more_opens_the_day_in_the_week_view(view):
    """ "+N more" under a crowded day shows that day's week."""
    view.show_day(dt.date(2026, 12, 3))
    assert view.mode == "week" and view.week.week_model.first == dt.date(2026, 11, 29)
    assert view.bar.mode_buttons["week"].isChecked()


def test_list_view_searches_as_you_type(view, workspace, qtbot):
    """Typing in the search box keeps only the posts whose text, campaign or status match."""
    view.set_mode("list")
    model = view.agenda.agenda
    total = len(posts_of(model))
    assert total == model.total == model.shown_posts > 10
    type_text(view.filters.search, "تحدي")
    rows = posts_of(model)
    assert 0 < len(rows) == model.shown_posts < total
    assert all("تحدي" in c.excerpt for c in rows)
    assert view.count.text() == f"{len(rows)} of {total} posts"
    view.filters.search.clear()
    assert len(posts_of(model)) == total


def test_list_search_ignores_hamza_and_finds_campaigns(view):
    """Search folds hamza forms and matches the campaign's name too."""
    view.set_mode("list")
    model = view.agenda.agenda
    view.filters.search.setText("اجمل")
    assert model.rowCount() > 0  # «أجمل» in the texts
    view.filters.search.setText("Cleaner Muscat")
    assert model.rowCount() > 0


def test_list_shows_the_day_once_then_time_platforms_and_status(view, workspace):
    """Each day is written on its first row; every row has its time and status."""
    view.set_mode("list")
    model = view.agenda.agenda
    days = [model.index(r, AgendaModel.DAY).data() for r in range(model.rowCount())]
    dates = [model.row_date(r) for r in range(model.rowCount())]
    assert days[0] and days[0].startswith(dates[0].strftime("%a"))
    for r in range(1, model.rowCount()):
        assert (days[r] == "") == (dates[r] == dates[r - 1])
    first = next(r for r in range(model.rowCount()) if model.chip(r))
    assert model.index(first, AgendaModel.TIME).data() == model.chip(first).scheduled_at.strftime(
        "%H:%M"
    )
    assert model.index(first, AgendaModel.STATUS).data()


def test_list_enter_opens_and_delete_asks(view, workspace, dialogs, qtbot):
    """Enter opens the selected post; Delete asks before deleting it."""
    view.set_mode("list")
    table = view.agenda
    table.setFocus()
    first = next(r for r in range(table.model().rowCount()) if table.model().chip(r))
    table.selectRow(first)
    post_id = table.model().index(first, 0).data(IdRole)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert view.opened[-1].id == post_id
    dialogs.confirmations.append(True)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    with pytest.raises(KeyError):
        workspace.posts.get(post_id)
    assert table.model().row_of(post_id) == -1


def test_list_filters_by_campaign_and_platform(view, workspace):
    """The bar's filters apply to the list as well."""
    view.set_mode("list")
    combo = view.filters.platform
    combo.setCurrentIndex(combo.findData(Platform.X.value))
    model = view.agenda.agenda
    assert posts_of(model) and all(Platform.X in c.platforms for c in posts_of(model))


def test_list_shows_each_days_occasions_above_its_posts(view, workspace):
    """An occasion heads its day in the list, as a band that is not a post: not selectable,
    no post id; a quiet one says so; days with only an occasion are listed too."""
    workspace.calendar.occasions.save(
        LocalOccasion("يوم هادئ للاختبار", dt.date(2026, 11, 10), dt.date(2026, 11, 10), quiet=True)
    )
    view.set_mode("list")
    model = view.agenda.agenda
    rows = model.occasion_rows()
    assert rows, "November 2026 has occasions (National Day, local ones)"
    names = [model.index(r, AgendaModel.POST).data() for r in rows]
    quiet = next(r for r, n in zip(rows, names, strict=True) if "يوم هادئ للاختبار" in n)
    assert "(quiet day: no campaign posts)" in names[rows.index(quiet)]
    for r in rows:
        index = model.index(r, AgendaModel.POST)
        assert model.chip(r) is None and index.data(IdRole) is None
        assert index.data(OccasionRole) is not None
        assert not model.flags(index) & Qt.ItemFlag.ItemIsSelectable
        assert view.agenda.columnSpan(r, AgendaModel.TIME) == AgendaModel.STATUS
        later = [x for x in range(r + 1, model.rowCount()) if model.chip(x)]
        if later and model.row_date(later[0]) == model.row_date(r):
            assert all(model.row_date(x) == model.row_date(r) for x in range(r, later[0]))
    for r in range(1, model.rowCount()):  # time order, occasions first within their day
        assert model.row_date(r - 1) <= model.row_date(r)
        if model.row_date(r - 1) == model.row_date(r) and model.chip(r - 1):
            assert model.chip(r) is not None
    assert "Occasion:" in model.index(rows[0], AgendaModel.POST).data(
        Qt.ItemDataRole.AccessibleTextRole
    )


def test_list_search_keeps_occasions_of_found_days_and_by_name(view, workspace):
    """While searching, an occasion stays when its day has a found post or its name matches."""
    view.set_mode("list")
    model = view.agenda.agenda
    occasion = model.index(model.occasion_rows()[0], AgendaModel.POST).data(OccasionRole)
    type_text(view.filters.search, occasion.name.split()[0])
    assert any(
        model.index(r, AgendaModel.POST).data(OccasionRole) == occasion
        for r in model.occasion_rows()
    )
    post_days = {model.row_date(r) for r in range(model.rowCount()) if model.chip(r)}
    for r in model.occasion_rows():
        mark = model.index(r, AgendaModel.POST).data(OccasionRole)
        assert model.row_date(r) in post_days or occasion.name.split()[0] in mark.name
