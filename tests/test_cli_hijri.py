"""`main.py hijri DATE [--workspace FILE]`: the program's Hijri date, Latin digits, exit codes."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.domain.hijri import HijriMonth
from planner.storage.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent


def run(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PLANNER_LANG": "en"},
    )


def test_1_ramadan_1447_is_19_february_2026() -> None:
    """The issue's case: Oman's announced month, not Umm al-Qura's 18 February."""
    out = run("hijri", "2026-02-19")
    assert (out.returncode, out.stdout, out.stderr) == (0, "1447-09-01\n", "")
    assert run("hijri", "2026-02-18").stdout == "1447-08-30\n"


@pytest.mark.parametrize("bad", ["2026-02-30", "2026-2-19", "20260219", "tomorrow", ""])
def test_a_bad_date_exits_2_with_one_line(bad: str) -> None:
    """A date that is not YYYY-MM-DD, or does not exist, is refused in one line."""
    out = run("hijri", bad)
    assert out.returncode == 2 and out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and "YYYY-MM-DD" in out.stderr


def test_a_date_outside_the_table_exits_2() -> None:
    out = run("hijri", "1900-01-01")
    assert out.returncode == 2 and "range" in out.stderr


def test_the_workspace_correction_is_used(tmp_path: Path) -> None:
    """With --workspace, the officer's correction of a month decides the date printed."""
    path = tmp_path / "w.planner"
    ws = Workspace.create(path)
    month = HijriMonth(1448, 9)
    first = ws.hijri.calendar().start(month)
    assert first is not None
    earlier = first - dt.timedelta(days=1)
    ws.hijri.set_correction(month, earlier)
    ws.close()
    assert run("hijri", earlier.isoformat()).stdout == "1448-08-30\n"
    assert run("hijri", earlier.isoformat(), "--workspace", path).stdout == "1448-09-01\n"
    missing = run("hijri", "2026-02-19", "--workspace", tmp_path / "none.planner")
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1
