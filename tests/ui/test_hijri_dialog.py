"""Hijri calendar corrections: the dialog sets a month's first day and moves a holiday, the
calendar follows at once, and undo puts everything back."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from planner.domain import hijri
from planner.domain.hijri import HijriMonth
from planner.formatting import Digits, Formatter
from planner.i18n import language
from planner.ui.calendar.models import SlotRole
from planner.ui.calendar.view import CalendarView
from planner.ui.document import Document

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen
NOW = dt.datetime(2027, 3, 1, 9, 0)
SHAWWAL = HijriMonth(1448, 10)  # not announced: Umm al-Qura's first day is 9 March 2027


@pytest.fixture
def view(qtbot, empty_workspace, dialogs):
    before = "ar" if language._installed else "en"
    language.install_language("en", set_direction=False)
    widget = CalendarView(
        Document(empty_workspace), Formatter("en", Digits.LATIN), dialogs, today=lambda: NOW
    )
    widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    language.install_language(before, set_direction=False)


def slot_of(view: CalendarView, day: dt.date):  # type: ignore[no-untyped-def]
    model = view.month.month_model
    return model.index_of_time(dt.datetime.combine(day, dt.time(12))).data(SlotRole)


def test_a_correction_moves_the_month_its_occasions_and_holiday_and_undoes(
    qtbot, view, empty_workspace
):
    """Setting Shawwal 1448 a day later: 9 March becomes 30 Ramadan, Eid al-Fitr and its
    holiday move a day on the calendar shown; undo brings the forecast back."""
    forecast = hijri.current().start(SHAWWAL)
    assert forecast == dt.date(2027, 3, 9)
    later = forecast + dt.timedelta(days=1)
    assert any(o.name == "Eid al-Fitr" for o in slot_of(view, forecast).occasions)
    dialog = view.open_hijri()
    qtbot.addWidget(dialog)
    dialog.select_month(SHAWWAL)
    assert dialog.first_day.date() == QDate(2027, 3, 9)
    assert "Umm al-Qura forecast" in dialog.month_source.text()
    dialog.first_day.setDate(QDate(later.year, later.month, later.day))
    qtbot.mouseClick(dialog.set_first, Qt.MouseButton.LeftButton)
    assert empty_workspace.hijri.corrections() == {SHAWWAL: later}
    assert slot_of(view, forecast).hijri_text.split()[0] == "30"
    assert slot_of(view, later).hijri_text == "1 Shawwal"
    assert any(o.name == "Eid al-Fitr" for o in slot_of(view, later).occasions)
    assert not any(o.name == "Eid al-Fitr" for o in slot_of(view, forecast).occasions)
    holiday = [o for o in slot_of(view, later + dt.timedelta(days=2)).occasions if o.holiday]
    assert holiday and holiday[0].holiday.last == later + dt.timedelta(days=2)
    assert "Your correction" in dialog.month_source.text()
    view.doc.undo_stack.undo()
    assert empty_workspace.hijri.corrections() == {}
    assert slot_of(view, forecast).hijri_text == "1 Shawwal"
    assert dialog.first_day.date() == QDate(2027, 3, 9)
    view.doc.undo_stack.redo()
    assert empty_workspace.hijri.corrections() == {SHAWWAL: later}


def test_a_first_day_too_far_off_is_refused_in_words(qtbot, view, empty_workspace, dialogs):
    """Five days after the forecast is refused with a sentence, and nothing is stored."""
    dialog = view.open_hijri()
    qtbot.addWidget(dialog)
    dialog.select_month(SHAWWAL)
    dialog.first_day.setDate(QDate(2027, 3, 14))
    qtbot.mouseClick(dialog.set_first, Qt.MouseButton.LeftButton)
    assert empty_workspace.hijri.corrections() == {}
    assert dialogs.errors and "Shawwal 1448" in dialogs.errors[-1][1]
    assert "two days" in dialogs.errors[-1][1]


def test_a_holiday_is_moved_and_the_move_undone(qtbot, view, empty_workspace):
    """Moving National Day 2026 to 25-26 November shows it as moved; undo puts it back."""
    dialog = view.open_hijri()
    qtbot.addWidget(dialog)
    rows = dialog.holidays.rows
    row = next(i for i, h in enumerate(rows) if h.occurrence == "national_day_holiday:2026")
    dialog.select_holiday(row)
    dialog.holiday_first.setDate(QDate(2026, 11, 25))
    dialog.holiday_last.setDate(QDate(2026, 11, 26))
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    moved = empty_workspace.hijri.moves()["national_day_holiday:2026"]
    assert (moved.first, moved.last) == (dt.date(2026, 11, 25), dt.date(2026, 11, 26))
    shown = dialog.holidays.rows[row]
    assert shown.status.value == "moved" and dialog.back_button.isEnabled()
    view.doc.undo_stack.undo()
    assert empty_workspace.hijri.moves() == {}
    assert dialog.holidays.rows[row].first == dt.date(2026, 11, 20)


def test_the_month_view_draws_a_holiday_across_its_span(view):
    """Eid al-Fitr 1448's holiday marks every day of its span, each knowing the span, so the
    delegate joins them into one bar; an observance on the same day stays separate."""
    first = hijri.gregorian_of(1448, 9, 29)
    last = hijri.gregorian_of(1448, 10, 3)
    assert first is not None and last is not None
    day = first
    while day <= last:
        marks = [o for o in slot_of(view, day).occasions if o.holiday is not None]
        assert [m.holiday.key for m in marks] == ["eid_al_fitr_holiday"], day  # type: ignore[union-attr]
        assert marks[0].approximate  # 2027 is not announced yet: a forecast
        day += dt.timedelta(days=1)
    before = [o for o in slot_of(view, first - dt.timedelta(days=1)).occasions if o.holiday]
    assert before == []
