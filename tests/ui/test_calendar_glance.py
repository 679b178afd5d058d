"""The calendar reads at a glance on a laptop: 1366×768 at 125% scaling."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tests" / "ui" / "calendar_measure.py"
MIN_CHARACTERS = 12


def _measure(size: str, scale: str, lang: str, months: int) -> list[dict]:
    """Run the month view in its own process (Qt's scaling is fixed per process)."""
    env = {**os.environ, "QT_SCALE_FACTOR": scale, "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = str(ROOT)
    out = subprocess.run(
        [sys.executable, str(SCRIPT), size, str(months), lang],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_days_with_one_or_two_posts_show_them_readably(lang):
    """At 1366×768@125%, over the sample's busy months (five- and six-week ones), every
    day with one or two posts shows each of them with at least 12 characters of text
    (time and title; ellipses and direction marks not counted), never only "+N"."""
    days = _measure("1366x768", "1.25", lang, 3)
    assert len(days) > 20  # the sample's December to February
    for day in days:
        if day["count"] > 2:
            assert day["texts"], day  # a busy day still shows a chip before "+N"
            continue
        assert len(day["texts"]) == day["count"], day
        for text in day["texts"]:
            assert len(text) >= MIN_CHARACTERS, day
