"""Calendar figures for bench.py: the large workspace's month, list filter and drag, in-process."""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPEATS = 30


def _ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def _timed(action: Callable[[], Any], settle: Callable[[], None]) -> float:
    started = time.perf_counter()
    action()
    settle()
    return time.perf_counter() - started


def _cpu_timed(action: Callable[[], Any], settle: Callable[[], None]) -> float:
    """The process's CPU time for an action: unlike the wall clock, it does not grow when
    other processes share the cores (this machine's load average often passes 3 on 2)."""
    started = time.process_time()
    action()
    settle()
    return time.process_time() - started


def large_workspace(tmp: Path) -> Path:
    """bench.py's large workspace (50 campaigns, 20,000 posts over 2026), made once."""
    path = tmp / "large.planner"
    if not path.exists():
        from tests.perf.bench import make_large_workspace

        make_large_workspace(path)
    return path


def _idle(seconds: float) -> None:
    """Let the event loop run (timers fire) for a while, as between two clicks."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def _reference_ms() -> float:
    """A fixed pure-Python loop (a million additions): the machine's pace, to compare the
    figures below across machines (about 40 ms on an idle 2020s laptop core)."""
    started = time.perf_counter()
    total = 0
    for i in range(1_000_000):
        total += i
    return (time.perf_counter() - started) * 1000


def measure_calendar(b: Any) -> None:
    """20,000 posts: open to a painted month, month switch, list keystroke, drag-reschedule."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from planner.formatting import Formatter
    from planner.i18n import language
    from planner.qtapp import make_qapplication
    from planner.storage.workspace import Workspace
    from planner.ui import theme
    from planner.ui.calendar.chips import posts_mime
    from planner.ui.calendar.models import SlotRole
    from planner.ui.calendar.view import CalendarView
    from planner.ui.dialogs import Dialogs
    from planner.ui.document import Document

    b.emit(
        "calendar_python_reference_ms", statistics.median(_reference_ms() for _ in range(5)), "ms"
    )
    app = make_qapplication()
    language.install_language("ar")
    theme.apply(app)
    workspace = Workspace.open(large_workspace(b.tmp), backup=False)
    doc = Document(workspace)
    now = dt.datetime(2026, 6, 15, 9)

    def paint(view: CalendarView) -> None:
        view.stack.currentWidget().viewport().repaint()
        view.ideas.viewport().repaint()

    formatter = Formatter("ar")
    formatter.date(now.date(), "long")  # babel's locale data, loaded at start-up in the app
    try:
        started = time.perf_counter()
        view = CalendarView(doc, formatter, Dialogs(), today=lambda: now)
        view.setMinimumSize(1060, 760)
        view.resize(1060, 760)
        view.show()
        QApplication.processEvents()
        paint(view)
        b.emit("calendar_open_month_s", time.perf_counter() - started, "s")
        b.emit("calendar_month_posts", float(view.month.month_model.total), "posts")

        switches = [
            _timed(lambda d=d: view.step(d), lambda: paint(view)) for d in [1, -1] * (REPEATS // 2)
        ]
        b.emit("calendar_month_switch_ms", _ms(switches), "ms")
        cpu = [
            _cpu_timed(lambda d=d: view.step(d), lambda: paint(view))
            for d in [1, -1] * (REPEATS // 2)
        ]
        b.emit("calendar_month_switch_cpu_ms", _ms(cpu), "ms")
        view.anchor = dt.date(2026, 1, 1)  # months not shown yet: nothing of them is kept
        view.show_period()
        paint(view)
        fresh = [_timed(lambda: view.step(1), lambda: paint(view)) for _ in range(4)]
        b.emit("calendar_month_switch_first_visit_ms", _ms(fresh), "ms")
        paused = []  # as an officer does: a look at the month, then the next one
        for _ in range(4):
            _idle(0.4)
            paused.append(_timed(lambda: view.step(1), lambda: paint(view)))
        b.emit("calendar_month_next_after_a_pause_ms", _ms(paused), "ms")
        view.anchor = now.date()
        view.show_period()

        drags = []
        grid = view.month
        for n in range(REPEATS):
            slots = [s for s in grid.month_model.slots() if s.in_month and s.chips]
            chip = next(c for s in slots for c in s.chips if c.status.value != "published")
            day = chip.scheduled_at.date() + dt.timedelta(days=1 if n % 2 == 0 else -1)
            index = next(
                grid.model().index(r, c)
                for r in range(grid.model().rowCount())
                for c in range(7)
                if grid.model().index(r, c).data(SlotRole).date == day
            )
            pos = grid.visualRect(index).center()
            mime = posts_mime([chip.id])
            drags.append(_timed(lambda m=mime, p=pos: grid.drop(m, p), lambda: paint(view)))
        b.emit("calendar_drag_reschedule_ms", _ms(drags), "ms")

        view.set_mode("list")
        paint(view)
        keystrokes = []
        for word in ("منشور رقم", "خدمات البلدية"):
            for i in range(1, len(word) + 1):
                keystrokes.append(
                    _timed(lambda t=word[:i]: view.filters.search.setText(t), lambda: paint(view))
                )
            view.filters.search.clear()
        b.emit("calendar_list_keystroke_ms", _ms(keystrokes), "ms")
        b.emit("calendar_list_rows", float(view.agenda.agenda.total), "posts")
        view.close()
    finally:
        doc.undo_stack.clear()
        workspace.close()
