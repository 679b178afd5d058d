"""The PDF prints the Hijri dates of the calendar in use: Oman's months and the workspace's
corrections (read back with pdftotext)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from planner.domain.hijri import HijriMonth
from planner.formatting import Formatter
from planner.reports.pdf.month import export_month
from planner.storage.workspace import Workspace

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")
MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\u00a0]")


def text_of(pdf: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(MARKS.sub(" ", out.stdout).split())


def test_february_2026_prints_omans_ramadan_and_the_correction(
    workspace: Workspace, english: Formatter, tmp_path: Path
) -> None:
    """Oman began Ramadan 1447 on 19 February, so Sha'ban has a 30th (18 February) and
    28 February is 10 Ramadan; correcting Ramadan back to 18 February removes the 30th.
    Each day prints its Gregorian then its Hijri day number (with the month's name on the
    Hijri month's first day)."""
    out = tmp_path / "feb.pdf"
    export_month(workspace, dt.date(2026, 2, 1), out, english)
    text = text_of(out)
    assert "February 2026 — Shaban – Ramadan 1447 AH" in text
    assert "17 29 18 30 19 1 Ramadan 20 2" in text and "28 10" in text
    workspace.hijri.set_correction(HijriMonth(1447, 9), dt.date(2026, 2, 18))
    export_month(workspace, dt.date(2026, 2, 1), out, english)
    text = text_of(out)
    assert "17 29 18 1 Ramadan 19 2" in text and "28 11" in text
