"""What the month keeps between repaints (day headings, occasions, Hijri labels) stays true."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from planner.domain.calendar import LocalOccasion
from planner.domain.model import Platform, Post, PostStatus
from planner.formatting import Digits, Formatter
from planner.i18n import language
from planner.ui.calendar.view import CalendarView
from planner.ui.document import Document

NOW = dt.datetime(2026, 11, 26, 9, 0)


@pytest.fixture
def view(qtbot, workspace, dialogs):
    before = "ar" if language._installed else "en"
    language.install_language("en", set_direction=False)
    widget = CalendarView(
        Document(workspace), Formatter("en", Digits.LATIN), dialogs, today=lambda: NOW
    )
    widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.addWidget(widget)
    widget.setMinimumSize(1280, 800)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    language.install_language(before, set_direction=False)


def repaint(view):
    view.month.viewport().repaint()


def test_day_headings_are_painted_once_then_reused(view):
    """A repaint, or a month away and back, reuses each day's heading; the grid looks the same."""
    delegate = view.month.delegate
    repaint(view)
    days = {s.date for s in view.month.month_model.slots()}
    kept = {key: pixmap for key, pixmap in delegate._headers.items() if key[0] in days}
    assert {key[0] for key in kept} == days
    before = view.month.viewport().grab().toImage()
    view.step(1)
    repaint(view)
    view.step(-1)
    repaint(view)
    assert all(delegate._headers[key] is pixmap for key, pixmap in kept.items())
    assert view.month.viewport().grab().toImage() == before


def test_the_months_either_side_are_read_and_painted_ahead(view, qtbot, monkeypatch):
    """Idle after showing a month, the view reads the next and previous ones: stepping to
    the next then runs no query and finds its headings painted."""
    qtbot.waitUntil(lambda: view._warmer is not None, timeout=3000)
    queries = []
    store = view.doc.workspace.calendar
    real = store.chips_by_slot
    monkeypatch.setattr(store, "chips_by_slot", lambda *a, **k: queries.append(a) or real(*a, **k))
    view.step(1)
    assert view.month.month_model.month == dt.date(2026, 12, 1)
    assert queries == []
    painted = {key[0] for key in view.month.delegate._headers}
    assert {s.date for s in view.month.month_model.slots()} <= painted


def test_a_write_makes_the_next_read_fresh(view, qtbot, workspace):
    """A post written straight to the file (no notice) still shows in a month read ahead."""
    qtbot.waitUntil(lambda: view._warmer is not None, timeout=3000)
    workspace.posts.save(
        Post(
            "منشور جديد في ديسمبر",
            [Platform.X],
            PostStatus.DRAFT,
            scheduled_at=dt.datetime(2026, 12, 2, 9),
        )
    )
    view.step(1)
    slot = next(s for s in view.month.month_model.slots() if s.date == dt.date(2026, 12, 2))
    assert "منشور جديد في ديسمبر" in [c.excerpt for c in slot.chips]


def test_a_new_local_occasion_shows_at_once_despite_the_kept_headings(view, workspace):
    """An occasion added by the officer changes that day's heading at the next reload."""
    day = dt.date(2026, 11, 10)
    slot = next(s for s in view.month.month_model.slots() if s.date == day)
    assert slot.occasions == []
    workspace.calendar.occasions.save(LocalOccasion("Muscat Nights", day, day))
    view.doc.notify("calendar")
    slot = next(s for s in view.month.month_model.slots() if s.date == day)
    assert [o.name for o in slot.occasions] == ["Muscat Nights"]
    repaint(view)  # seen once: painted straight; kept when it comes back
    assert not any(key[0] == day and key[7] for key in view.month.delegate._headers)
    repaint(view)
    assert any(key[0] == day and key[7] for key in view.month.delegate._headers)


def test_hijri_labels_and_day_numbers_follow_the_digits(qtbot, workspace, dialogs):
    """The kept labels are written in the view's own digits."""
    widget = CalendarView(
        Document(workspace), Formatter("ar", Digits.ARABIC_INDIC), dialogs, today=lambda: NOW
    )
    qtbot.addWidget(widget)
    today = next(s for s in widget.month.month_model.slots() if s.today)
    assert today.day_text == "٢٦" and today.hijri_text == "١٦"
    assert widget.source.hijri_short(NOW.date(), True) == "١٦ جمادى الآخرة"


def test_english_cells_shorten_only_the_rabi_and_jumada_months(qtbot, workspace):
    """A day cell in English names the Hijri month short where the full name would not fit (the
    two Rabi and the two Jumada), and by its full name otherwise."""
    from planner.ui.calendar.source import CalendarSource

    source = CalendarSource(Document(workspace), Formatter("en", Digits.LATIN))
    names: list[str] = []
    day = dt.date(2026, 6, 1)  # in Dhu al-Hijjah 1447: the next month to start is Muharram
    while len(names) < 12:
        if source.hijri_month_starts(day):
            names.append(source.hijri_short(day, True))
        day += dt.timedelta(days=1)
    assert [name.split(" ", 1) for name in names] == [
        ["1", month]
        for month in (
            "Muharram",
            "Safar",
            "Rabi I",
            "Rabi II",
            "Jumada I",
            "Jumada II",
            "Rajab",
            "Shaban",
            "Ramadan",
            "Shawwal",
            "Dhu al-Qadah",
            "Dhu al-Hijjah",
        )
    ]
