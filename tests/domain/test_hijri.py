"""The Hijri calendar in use: Umm al-Qura, Oman's announced months, the officer's corrections."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain import hijri
from planner.domain.hijri import (
    CorrectionRefusedError,
    HijriCalendar,
    HijriMonth,
    StartOrigin,
    forecast_start,
    load_announced,
)

D = dt.date
UQ = HijriCalendar()  # Umm al-Qura alone
SHIPPED = hijri.shipped()
months = st.builds(HijriMonth, st.integers(1400, 1470), st.integers(1, 12))
days = st.dates(D(1980, 1, 1), D(2045, 12, 31))


def test_ramadan_1447_starts_on_19_february_2026_in_oman() -> None:
    """Oman announced 1 Ramadan 1447 as 19 February 2026; Umm al-Qura says 18 February."""
    assert SHIPPED.to_hijri(D(2026, 2, 19)).iso() == "1447-09-01"  # type: ignore[union-attr]
    assert SHIPPED.to_hijri(D(2026, 2, 18)).iso() == "1447-08-30"  # type: ignore[union-attr]
    assert UQ.to_hijri(D(2026, 2, 18)).iso() == "1447-09-01"  # type: ignore[union-attr]
    info = SHIPPED.start_info(HijriMonth(1447, 9))
    assert info is not None and info.origin is StartOrigin.ANNOUNCED
    assert "Moon Sighting" in info.source


def test_every_shipped_month_has_a_source_and_a_possible_length() -> None:
    """Each announced month names its source, lies within the allowed shift of Umm al-Qura,
    and leaves its month and the one before it 28-31 days long."""
    shipped = load_announced(hijri.ANNOUNCED_PATH)
    assert len(shipped) >= 5
    for start in shipped:
        assert start.source.strip()
        HijriCalendar([s for s in shipped if s.month != start.month]).check(
            start.month, start.first_day
        )


@settings(max_examples=150, deadline=None)
@given(days)
def test_gregorian_to_hijri_and_back(day: dt.date) -> None:
    """Every day converts to a Hijri date and back to itself, with the shipped months."""
    h = SHIPPED.to_hijri(day)
    assert h is not None
    assert SHIPPED.to_gregorian(h.year, h.month, h.day) == day


@settings(max_examples=150, deadline=None)
@given(months, st.integers(1, 31))
def test_hijri_to_gregorian_and_back(month: HijriMonth, day: int) -> None:
    """A Hijri date that exists converts back to itself; the 30th of a 29-day month does not
    exist, and no month has a 31st."""
    found = SHIPPED.to_gregorian(month.year, month.month, day)
    length = SHIPPED.length(month)
    assert length is not None
    if day > length:
        assert found is None
    else:
        assert found is not None
        back = SHIPPED.to_hijri(found)
        assert back is not None and (back.year, back.month, back.day) == (
            month.year,
            month.month,
            day,
        )


@settings(max_examples=150, deadline=None)
@given(months, st.sampled_from([-1, 1]))
def test_a_correction_shifts_exactly_that_month(month: HijriMonth, shift: int) -> None:
    """Moving a month's first day by a day changes only the day between the old and the new
    first day; the month's other days are renumbered from the new first day, and every day
    from the next month's start on is unchanged."""
    old_first = UQ.start(month)
    next_first = UQ.start(month.next())
    assert old_first is not None and next_first is not None
    new_first = old_first + dt.timedelta(days=shift)
    fixed = UQ.corrected(month, new_first)
    assert fixed.start(month) == new_first
    assert fixed.start_info(month).origin is StartOrigin.CORRECTED  # type: ignore[union-attr]
    for offset in range(-40, 70):
        day = old_first + dt.timedelta(days=offset)
        before, after = UQ.to_hijri(day), fixed.to_hijri(day)
        assert before is not None and after is not None
        if day < min(old_first, new_first) or day >= next_first:
            assert after == before, day
        elif day >= new_first:
            assert (after.year, after.month) == (month.year, month.month)
            assert after.day == (day - new_first).days + 1
        else:  # the day the month no longer starts on belongs to the month before
            assert (after.year, after.month) == (month.previous().year, month.previous().month)
            assert after.day == UQ.length(month.previous()) + 1  # type: ignore[operator]
    assert fixed.length(month) == (next_first - new_first).days
    assert fixed.corrected(month, None).start(month) == old_first  # removing restores


def test_a_correction_too_far_from_the_forecast_is_refused() -> None:
    """A first day more than two days from Umm al-Qura's is refused, naming the reason."""
    month = HijriMonth(1448, 9)
    forecast = forecast_start(month)
    assert forecast is not None
    with pytest.raises(CorrectionRefusedError) as refused:
        SHIPPED.check(month, forecast + dt.timedelta(days=3))
    assert refused.value.reason == "shift"
    SHIPPED.check(month, forecast + dt.timedelta(days=1))


def test_a_correction_that_leaves_an_impossible_month_is_refused() -> None:
    """Two corrections may not squeeze a month below 28 days (Rabi al-Awwal 1448 has 29)."""
    month = HijriMonth(1448, 3)
    first = forecast_start(month)
    following = forecast_start(month.next())
    assert first is not None and following is not None
    cal = SHIPPED.corrected(month, first + dt.timedelta(days=1))
    with pytest.raises(CorrectionRefusedError) as refused:
        cal.corrected(month.next(), following - dt.timedelta(days=1))
    assert refused.value.reason == "length"


def test_use_puts_a_calendar_in_use_and_none_restores_the_shipped() -> None:
    """Formatter and occasions read the calendar in use; None goes back to the shipped one."""
    from planner.formatting import Digits, Formatter

    month = HijriMonth(1448, 9)
    forecast = forecast_start(month)
    assert forecast is not None
    try:
        hijri.use(SHIPPED.corrected(month, forecast - dt.timedelta(days=1)))
        assert hijri.hijri_of(forecast).iso() == "1448-09-02"  # type: ignore[union-attr]
        assert Formatter("en", Digits.LATIN).hijri(forecast) == "2 Ramadan 1448\u00a0AH"
    finally:
        hijri.use(None)
    assert hijri.hijri_of(forecast).iso() == "1448-09-01"  # type: ignore[union-attr]
