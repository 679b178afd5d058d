"""Jobs the chart-pool tests send to a worker (a worker imports its jobs by module name)."""

from __future__ import annotations

import os
import time

from matplotlib.text import Text

from planner.formatting import Digits, Formatter
from planner.reports import charts


def chart_texts(
    name: str, data: object, lang: str, digits: str
) -> tuple[tuple[float, float], list[str]]:
    """Chart `name`'s size in inches and every text it shows, drawn where the job runs."""
    fig = charts.builder(name)(data, Formatter(lang, Digits(digits)), lang)
    fig.canvas.draw()
    width, height = fig.get_size_inches()
    return (float(width), float(height)), [t.get_text() for t in fig.findobj(Text) if t.get_text()]


def where(tag: str) -> tuple[int, str]:
    """The process the job ran in."""
    return os.getpid(), tag


def crash_in_worker(parent: int) -> str:
    """Ends a worker abruptly (as a crash would); in the main process, just answers."""
    if os.getpid() != parent:
        os._exit(3)
    return "drawn here"


def hang_in_worker(parent: int) -> str:
    """Never comes back from a worker; in the main process, answers at once."""
    while os.getpid() != parent:
        time.sleep(1)
    return "drawn here"


def fail(parent: int) -> str:
    """Raises the same error wherever it runs (a bug in a chart)."""
    raise ValueError(f"no chart (asked by {parent})")
