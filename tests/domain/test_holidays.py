"""Oman's public holidays as spans: announced, forecast from the decree, moved by the officer."""

from __future__ import annotations

import datetime as dt

from planner.domain import hijri
from planner.domain.hijri import HijriMonth
from planner.domain.holidays import HolidayMove, HolidayStatus, holidays_between

D = dt.date


def by_occurrence(start: dt.date, end: dt.date, **kwargs: object) -> dict[str, tuple]:  # type: ignore[type-arg]
    return {
        h.occurrence: (h.first, h.last, h.status)
        for h in holidays_between(start, end, **kwargs)  # type: ignore[arg-type]
    }


def test_announced_holidays_of_2025_and_2026_are_spans_with_sources() -> None:
    """Eid al-Adha 2025 is 5-9 June (Ministry of Labour); Eid al-Fitr 2026 is 19-23 March."""
    found = by_occurrence(D(2025, 1, 1), D(2026, 12, 31))
    assert found["eid_al_adha_holiday:1446"] == (D(2025, 6, 5), D(2025, 6, 9), "announced")
    assert found["eid_al_fitr_holiday:1447"] == (D(2026, 3, 19), D(2026, 3, 23), "announced")
    assert found["national_day_holiday:2025"] == (D(2025, 11, 26), D(2025, 11, 27), "announced")
    for h in holidays_between(D(2025, 1, 1), D(2027, 12, 31)):
        assert h.source.strip() and h.rule_source.strip(), h.occurrence


def test_unannounced_years_are_forecast_from_the_decree_on_the_calendar_in_use() -> None:
    """2027's Eid al-Fitr runs 29 Ramadan to 3 Shawwal 1448; National Day 2026 is 20-21 Nov."""
    found = by_occurrence(D(2026, 6, 1), D(2027, 12, 31))
    first = hijri.gregorian_of(1448, 9, 29)
    last = hijri.gregorian_of(1448, 10, 3)
    assert found["eid_al_fitr_holiday:1448"] == (first, last, "forecast")
    assert found["national_day_holiday:2026"] == (D(2026, 11, 20), D(2026, 11, 21), "forecast")
    assert found["eid_al_adha_holiday:1448"][2] is HolidayStatus.FORECAST


def test_a_hijri_holiday_moves_with_its_corrected_month() -> None:
    """Correcting Dhu al-Hijjah 1448 by a day moves the Eid al-Adha holiday by a day."""
    month = HijriMonth(1448, 12)
    cal = hijri.shipped()
    before = by_occurrence(D(2027, 5, 1), D(2027, 6, 30), calendar=cal)
    start = cal.start(month)
    assert start is not None
    later = cal.corrected(month, start + dt.timedelta(days=1))
    after = by_occurrence(D(2027, 5, 1), D(2027, 6, 30), calendar=later)
    one = dt.timedelta(days=1)
    old = before["eid_al_adha_holiday:1448"]
    assert after["eid_al_adha_holiday:1448"] == (old[0] + one, old[1] + one, "forecast")


def test_the_officers_move_wins_and_is_marked_moved() -> None:
    """A decree that moves National Day 2026 is entered as a move and shown as such."""
    move = HolidayMove("national_day_holiday:2026", D(2026, 11, 25), D(2026, 11, 26), "decree")
    found = by_occurrence(D(2026, 11, 1), D(2026, 11, 30), moves={move.occurrence: move})
    assert found["national_day_holiday:2026"] == (D(2026, 11, 25), D(2026, 11, 26), "moved")


def test_national_day_holiday_follows_the_2025_decree() -> None:
    """18-19 November up to 2024 (88/2022); 20-21 November from 2025 (15/2025)."""
    found = by_occurrence(D(2024, 11, 1), D(2024, 11, 30))
    assert found["national_day_holiday_until_2024:2024"][:2] == (D(2024, 11, 18), D(2024, 11, 19))
    assert "national_day_holiday:2024" not in found
    assert "national_day_holiday_until_2024:2025" not in by_occurrence(
        D(2025, 11, 1), D(2025, 11, 30)
    )
