"""The week's "+N more" line: a popup lists every post of the crowded hour, each openable."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.domain.bidi import unmarked
from planner.domain.model import Platform, Post, PostStatus
from planner.formatting import Digits, Formatter
from planner.i18n import language
from planner.ui.calendar.models import SlotRole
from planner.ui.calendar.slot_posts import SlotPosts
from planner.ui.calendar.view import CalendarView
from planner.ui.document import Document

NOW = dt.datetime(2026, 11, 26, 9, 0)
CROWDED = dt.datetime(2026, 11, 24, 10, 0)  # a Tuesday of the shown week

# A popup window cannot raise itself nor grab the keyboard on the offscreen platform.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def view(qtbot, workspace, dialogs):
    before = "ar" if language._installed else "en"
    language.install_language("en", set_direction=False)
    for minute in range(6):
        workspace.posts.save(
            Post(
                f"منشور مزدحم {minute}",
                [Platform.X],
                PostStatus.DRAFT,
                scheduled_at=CROWDED.replace(minute=minute * 5),
            )
        )
    widget = CalendarView(
        Document(workspace), Formatter("en", Digits.LATIN), dialogs, today=lambda: NOW
    )
    widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    widget.opened = []
    widget.composer_factory = lambda post: widget.opened.append(post.id)
    qtbot.addWidget(widget)
    widget.setMinimumSize(1280, 800)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_mode("week")
    yield widget
    language.install_language(before, set_direction=False)


def crowded_index(view):
    grid = view.week
    index = grid.week_model.index_of_time(CROWDED)
    grid.scrollTo(index)
    return grid, index


def popup_of(view):
    popups = [p for p in view.findChildren(SlotPosts) if p.isVisible()]
    assert len(popups) == 1
    return popups[0]


def test_clicking_more_lists_every_post_of_the_hour_and_opens_one(view, workspace, qtbot):
    """A click on "+N more" shows the six posts of 10:00 in time order; a click opens one."""
    grid, index = crowded_index(view)
    layout = grid.delegate.chip_layout(grid.visualRect(index), index.data(SlotRole))
    assert layout.more is not None and layout.hidden > 0
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=layout.more.center())
    popup = popup_of(view)
    rows = [
        unmarked(popup.posts.data(popup.posts.index(r), Qt.ItemDataRole.DisplayRole))
        for r in range(popup.posts.rowCount())
    ]
    assert rows == [f"منشور مزدحم {m}" for m in range(6)]
    assert "Tuesday" in popup.title.text() and "10:00–11:00" in popup.title.text()
    assert "6 posts" in popup.title.text()
    third = popup.list.visualRect(popup.posts.index(2)).center()
    qtbot.mouseClick(popup.list.viewport(), Qt.MouseButton.LeftButton, pos=third)
    wanted = [p.id for p in workspace.posts.between(CROWDED, CROWDED.replace(hour=11))][2]
    assert view.opened == [wanted]
    assert not popup.isVisible()


def test_the_keyboard_reaches_more_and_opens_a_hidden_post(view, workspace, qtbot):
    """Down walks the shown chips onto "+N more"; Enter lists them; Down, Enter opens one."""
    grid, index = crowded_index(view)
    ids = [p.id for p in workspace.posts.between(CROWDED, CROWDED.replace(hour=11))]
    grid.setFocus()
    grid.select_slot(grid.model().index(index.row() - 1, index.column()))  # 09:00, empty
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # into 10:00: its first chip, or "+N more"
    shown = len(grid.shown_chips(index))
    assert grid.selected_post == (ids[0] if shown else None)
    for _ in range(shown):
        qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.more_selected and grid.selected_post is None
    assert grid.currentIndex() == index  # still the same hour
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    popup = popup_of(view)
    assert QApplication.focusWidget() is popup.list
    qtbot.keyClick(popup.list, Qt.Key.Key_Down)
    qtbot.keyClick(popup.list, Qt.Key.Key_Down)
    qtbot.keyClick(popup.list, Qt.Key.Key_Return)
    assert view.opened == [ids[2]]
    if shown:
        qtbot.keyClick(grid, Qt.Key.Key_Up)  # back from "+N more" to the last shown chip
        assert not grid.more_selected and grid.selected_post == ids[shown - 1]


def test_selecting_a_post_hidden_behind_more_selects_more(view):
    """A post that is in the hour but not shown (after an undo, say) selects "+N more"."""
    grid, index = crowded_index(view)
    shown = [chip.id for _rect, chip in grid.shown_chips(index)]
    hidden = [c.id for c in index.data(SlotRole).chips if c.id not in shown]
    assert hidden, "the model reads one chip more than the cell shows"
    assert grid.select_post(hidden[0])
    assert grid.more_selected and grid.selected_post is None
    assert grid.currentIndex() == index


def test_escape_closes_the_list_without_opening_anything(view, qtbot):
    """Escape closes the popup; nothing opens."""
    _grid, index = crowded_index(view)
    popup = view.show_slot_posts(index.data(SlotRole))
    assert popup.isVisible()
    qtbot.keyClick(popup.list, Qt.Key.Key_Escape)
    assert not popup.isVisible() and view.opened == []


def test_the_month_more_still_opens_the_week(view):
    """In the month, "+N more" shows that day's week (where the hours have room)."""
    view.set_mode("month")
    slot = next(s for s in view.month.month_model.slots() if s.date == CROWDED.date())
    view.month.moreRequested.emit(slot)
    assert view.mode == "week" and view.week.week_model.first == dt.date(2026, 11, 22)
