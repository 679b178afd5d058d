"""The workspace's Hijri corrections and holiday moves: stored, checked, in use once opened."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from planner.domain import hijri
from planner.domain.hijri import CorrectionRefusedError, HijriMonth
from planner.domain.holidays import HolidayMove, SpanRefusedError
from planner.storage.workspace import Workspace

MONTH = HijriMonth(1448, 10)  # Shawwal 1448: not announced, so Umm al-Qura


@pytest.fixture
def path(tmp_path: Path) -> Path:
    ws = Workspace.create(tmp_path / "w.planner")
    ws.close()
    return tmp_path / "w.planner"


def test_a_correction_survives_reopening_and_is_put_in_use(path: Path) -> None:
    """Stored in the file; opening the workspace puts its calendar in use; closing it
    gives the shipped calendar back."""
    ws = Workspace.open(path, backup=False)
    forecast = ws.hijri.calendar().start(MONTH)
    assert forecast is not None
    ws.hijri.set_correction(MONTH, forecast + dt.timedelta(days=1))
    ws.close()
    assert hijri.current().start(MONTH) == forecast
    ws = Workspace.open(path, backup=False)
    try:
        assert ws.hijri.corrections() == {MONTH: forecast + dt.timedelta(days=1)}
        assert hijri.current().start(MONTH) == forecast + dt.timedelta(days=1)
        assert hijri.hijri_of(forecast).iso() == "1448-09-30"  # type: ignore[union-attr]
        ws.hijri.set_correction(MONTH, None)
        assert ws.hijri.corrections() == {}
        assert hijri.current().start(MONTH) == forecast
    finally:
        ws.close()


def test_a_refused_correction_writes_nothing(path: Path) -> None:
    ws = Workspace.open(path, backup=False)
    try:
        forecast = ws.hijri.calendar().start(MONTH)
        assert forecast is not None
        with pytest.raises(CorrectionRefusedError):
            ws.hijri.set_correction(MONTH, forecast + dt.timedelta(days=5))
        assert ws.hijri.corrections() == {}
    finally:
        ws.close()


def test_a_holiday_move_is_stored_and_used(path: Path) -> None:
    """Moving National Day 2026 changes the holidays the workspace reports; a span that ends
    before it starts is refused."""
    ws = Workspace.open(path, backup=False)
    try:
        occurrence = "national_day_holiday:2026"
        move = HolidayMove(occurrence, dt.date(2026, 11, 25), dt.date(2026, 11, 26), "decree")
        ws.hijri.set_move(occurrence, move)
        found = ws.hijri.holidays_between(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
        national = [h for h in found if h.occurrence == occurrence]
        assert [(h.first, h.last, h.status.value) for h in national] == [
            (dt.date(2026, 11, 25), dt.date(2026, 11, 26), "moved")
        ]
        with pytest.raises(SpanRefusedError):
            ws.hijri.set_move(
                occurrence, HolidayMove(occurrence, dt.date(2026, 11, 26), dt.date(2026, 11, 25))
            )
        assert ws.hijri.moves() == {occurrence: move}
        ws.hijri.set_move(occurrence, None)
        assert ws.hijri.moves() == {}
    finally:
        ws.close()
