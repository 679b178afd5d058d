"""Drawing the charts in a warm worker process while the main process lays out the text.

Laying out and painting a plan's pages holds the GIL for about a second, and drawing its
seven charts takes matplotlib as long again: in one process they run one after the other
on one core. Here the charts are drawn by a worker process ("spawn", as on Windows) started
ahead of time (`warm()`), which has Qt's translators, matplotlib and the chart style loaded.

Nothing here can make an export fail: when the pool cannot start, breaks (a crashed worker,
a job or result that does not pickle) or a job is not back after `TIMEOUT_S`, the job is
drawn in this process when its result is asked for. The workers leave after `IDLE_S`
without a job, when the application quits, or at `shutdown()`.

Imports neither matplotlib nor Qt's GUI: the worker imports what it needs itself.
"""

from __future__ import annotations

import atexit
import gc
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from importlib import import_module
from multiprocessing.connection import wait as wait_for
from typing import Any, TypeVar

log = logging.getLogger(__name__)

# One worker. Per 300-post export one worker spends ~1.5-1.7 s of CPU on the seven charts
# and this process ~1.3-1.4 s on the text: on two cores each has one. Two workers spent
# 1.6-2.2 s together (each shapes the strings the charts share again) and the export took
# as long (1.71-1.82 s against 1.69-1.88 s, medians of 5), for another ~120 MB (README,
# "The campaign plan as a PDF").
WORKERS = 1
TIMEOUT_S = 30.0  # a job not back this long after it was submitted is drawn in-process
IDLE_S = 300.0  # the workers leave after this long without a job
MAX_STARTS = 3  # pools started in a process's life: after that many broke, draw in-process
GRACE_S = 2.0  # how long shutdown() lets a worker finish before it is terminated

T = TypeVar("T")


class Job(Future[T]):
    """The future of one job: the worker's result, or the job run here when the pool failed.

    `result()` never raises because of the pool; it raises only what the job itself raises
    when run in this process. `in_worker` says where the result was made.
    """

    def __init__(
        self, pool: ChartPool, fn: Callable[..., T], args: tuple[Any, ...], deadline: float
    ) -> None:
        super().__init__()
        self._pool = pool
        self._fn = fn
        self._args = args
        self._deadline = deadline
        self._inner: Future[T] | None = None
        self._executor: ProcessPoolExecutor | None = None
        self.in_worker = False

    def result(self, timeout: float | None = None) -> T:
        if not self.done():
            self._resolve()
        return super().result(timeout)

    def _resolve(self) -> None:
        inner = self._inner
        if inner is not None and (inner.done() or self._pool.serves(self._executor)):
            try:
                value = inner.result(timeout=max(0.0, self._deadline - time.monotonic()))
            except FutureTimeout:
                self._pool.failed(
                    self._executor,
                    "a chart job took longer than "
                    f"{self._pool.timeout:.0f} s: the worker is stopped",
                )
            except CancelledError:
                pass  # the pool was shut down before the job ran
            except Exception as exc:  # a broken pool, pickling, the job's own error
                self._pool.failed(
                    self._executor, f"{type(exc).__name__}: {exc}", broken=_breaks_pool(exc)
                )
            else:
                self.in_worker = True
                self.set_result(value)
                return
        try:
            value = self._fn(*self._args)
        except BaseException as exc:
            self.set_exception(exc)
        else:
            self.set_result(value)


def _breaks_pool(exc: BaseException) -> bool:
    from concurrent.futures.process import BrokenProcessPool

    return isinstance(exc, BrokenProcessPool)


class ChartPool:
    """A lazily started pool of chart workers (see the module's docstring)."""

    def __init__(
        self,
        workers: int = WORKERS,
        timeout: float = TIMEOUT_S,
        idle: float = IDLE_S,
        context: Any = None,
    ) -> None:
        self.workers = workers
        self.timeout = timeout
        self.idle = idle
        self._context = context
        self._lock = threading.RLock()
        self._executor: ProcessPoolExecutor | None = None
        self._starts = 0
        self._pending = 0
        self._last_used = time.monotonic()
        self._timer: threading.Timer | None = None
        self.failures: list[str] = []

    # the main process's side ------------------------------------------------------------
    def warm(self, lang: str = "ar") -> None:
        """Start the workers (if they are not running) without waiting for them."""
        with self._lock:
            self._running(lang)

    def submit(self, fn: Callable[..., T], /, *args: Any, lang: str, start: bool = True) -> Job[T]:
        """Run `fn(*args)` in a worker translating into `lang` (else here, when asked);
        `fn` and `args` must pickle (a module-level function, plain data). With `start`
        False only workers started already take it: else it is run here when asked."""
        job: Job[T] = Job(self, fn, args, time.monotonic() + self.timeout)
        with self._lock:
            executor = self._running(lang) if start else self._executor
            if executor is None:
                return job
            try:
                inner = executor.submit(_run, lang, fn, args)
            except Exception as exc:  # broken, or shut down under us
                inner = None
                why = f"{type(exc).__name__}: {exc}"
            else:
                job._inner, job._executor = inner, executor
                self._pending += 1
                self._last_used = time.monotonic()
        if inner is None:
            self.failed(executor, why)  # outside the lock: stopping joins the pool's thread
        else:
            inner.add_done_callback(self._job_done)
        return job

    def shutdown(self, grace: float = GRACE_S) -> None:
        """Stop the workers: a worker still busy after `grace` seconds is terminated."""
        with self._lock:
            executor, self._executor = self._executor, None
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
        if executor is not None:
            _stop(executor, grace)

    def worker_pids(self) -> list[int]:
        """The process ids of the running workers (for measures and tests)."""
        with self._lock:
            processes = getattr(self._executor, "_processes", None) or {}
            return [p.pid for p in processes.values() if p.pid is not None]

    # the jobs' side ---------------------------------------------------------------------
    def serves(self, executor: ProcessPoolExecutor | None) -> bool:
        """Whether `executor` is still this pool's (not dropped as broken or hung)."""
        return executor is not None and executor is self._executor

    def failed(self, executor: ProcessPoolExecutor | None, why: str, broken: bool = True) -> None:
        """A job of `executor` failed: drop the pool when the failure is the pool's own."""
        log.warning("chart worker: %s; the chart is drawn in-process", why)
        self.failures.append(why)
        if broken and executor is not None:
            self._discard(executor, why)

    # internals --------------------------------------------------------------------------
    def _running(self, lang: str) -> ProcessPoolExecutor | None:
        if self._executor is not None or self._starts >= MAX_STARTS:
            return self._executor
        self._starts += 1
        try:
            context = self._context or multiprocessing.get_context("spawn")
            executor = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=_init_worker, initargs=(lang,)
            )
            for _ in range(self.workers):  # spawned now, each readying itself meanwhile
                executor.submit(_ready)
        except Exception as exc:  # no processes on this system (or none left)
            log.warning("chart worker: cannot start (%s): charts are drawn in-process", exc)
            self.failures.append(f"{type(exc).__name__}: {exc}")
            return None
        self._executor = executor
        self._last_used = time.monotonic()
        self._arm_idle_timer(self.idle)
        return executor

    def _discard(self, executor: ProcessPoolExecutor, why: str) -> None:
        with self._lock:
            if self._executor is executor:
                self._executor = None
        _stop(executor, 0.0)

    def _job_done(self, _future: Future[Any]) -> None:
        with self._lock:
            self._pending = max(0, self._pending - 1)
            self._last_used = time.monotonic()

    def _arm_idle_timer(self, delay: float) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._timer = threading.Timer(delay, self._idle_check)
        self._timer.daemon = True
        self._timer.start()

    def _idle_check(self) -> None:
        with self._lock:
            if self._executor is None:
                return
            quiet = time.monotonic() - self._last_used
            if self._pending or quiet < self.idle:
                self._arm_idle_timer(max(0.1, self.idle - quiet))
                return
        self.shutdown()


def _stop(executor: ProcessPoolExecutor, grace: float) -> None:
    """Shut `executor` down; terminate the workers still running after `grace` seconds."""
    running = {p.sentinel: p for p in (getattr(executor, "_processes", None) or {}).values()}
    manager = getattr(executor, "_executor_manager_thread", None)  # it reaps the workers
    executor.shutdown(wait=False, cancel_futures=True)  # idle workers are told to leave
    deadline = time.monotonic() + grace
    while running:
        left = deadline - time.monotonic()
        ended = wait_for(list(running), timeout=max(0.0, left))
        for sentinel in ended:
            del running[sentinel]
        if left <= 0:
            break
    for process in running.values():
        process.terminate()  # hung, or still busy with a job nobody waits for
    if isinstance(manager, threading.Thread) and manager is not threading.current_thread():
        manager.join(timeout=GRACE_S + 5)


# the worker's side --------------------------------------------------------------------------
_worker_lang: str | None = None


def _init_worker(lang: str) -> None:
    """Make the worker ready to draw: a QCoreApplication with the translators of `lang`,
    matplotlib and the chart builders, and the chart style with the bundled fonts."""
    global _app
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the command's to handle
    from planner.frozen import prepare

    prepare()  # the frozen build's lasting matplotlib folder (PyInstaller's hook reset it)
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        _app = QCoreApplication(["planner-chart-worker"])
    from planner.reports.charts import loading

    loading.load(
        "planner.reports.charts.render",
        "planner.reports.charts.plan",
        "planner.reports.charts.spend",
        "planner.reports.charts.actual",
        "planner.reports.charts.vector",
    )
    from planner.reports.charts.style import setup

    setup()
    _use_language(lang)
    # what is loaded now lives as long as the worker: the collector's passes need not walk it
    # at every chart (matplotlib, Qt's core and the fonts are ~100,000 objects)
    gc.collect()
    gc.freeze()


def _use_language(lang: str) -> None:
    global _worker_lang
    if lang != _worker_lang:
        # the worker is a program of its own: it installs translators as the app does
        from planner.i18n.language import install_language

        install_language(lang, set_direction=False)
        _worker_lang = lang


def _ready() -> int:
    return os.getpid()


def _run(lang: str, fn: Callable[..., T], args: tuple[Any, ...]) -> T:
    _use_language(lang)
    return fn(*args)


def by_name(target: str, *args: Any) -> Any:
    """Call the function `target` ("package.module:function") with `args`, imported where
    the job runs: asking the worker for a chart then imports no matplotlib here."""
    from planner.reports.charts import loading

    module, function = target.split(":")
    loading.load(module)
    return getattr(import_module(module), function)(*args)


def probe(lang: str) -> tuple[int, str, int]:
    """A job for checks (--self-test): the process it ran in, a chart title translated into
    `lang`, and the width in pixels of a small chart drawn with that title."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PySide6.QtCore import QCoreApplication

    from planner.formatting import Formatter
    from planner.reports.charts.style import Chart

    title = QCoreApplication.translate("Charts", "Posts per week")
    chart = Chart(Formatter(lang), lang, size=(2.0, 1.0))
    chart.title(title)
    canvas = FigureCanvasAgg(chart.fig)
    canvas.draw()
    return os.getpid(), title, canvas.get_width_height()[0]


# the process's pool ---------------------------------------------------------------------------
_POOL = ChartPool()
_app: Any = None  # the worker's QCoreApplication
_hooked_app: Any = None  # the application whose quitting stops the workers


def pool() -> ChartPool:
    return _POOL


def warm(lang: str = "ar") -> None:
    """Start the chart worker early (when an export may follow), without waiting for it."""
    _POOL.warm(lang)
    _quit_with_application()


def submit(fn: Callable[..., T], /, *args: Any, lang: str, start: bool = True) -> Job[T]:
    """Draw `fn(*args)` in the chart worker (or in-process when it cannot): a Job."""
    return _POOL.submit(fn, *args, lang=lang, start=start)


def shutdown() -> None:
    """Stop the chart worker (the next job starts it again)."""
    _POOL.shutdown()


def _stop_now() -> None:
    """Stop the workers at once: the program is ending (a worker takes ~0.3 s to leave
    on its own, which the officer would wait for)."""
    _POOL.shutdown(grace=0.0)


def _quit_with_application() -> None:
    """Stop the workers when the Qt application quits, if there is one."""
    global _hooked_app
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None and app is not _hooked_app:
        app.aboutToQuit.connect(_stop_now)
        _hooked_app = app


# before concurrent.futures joins its workers at exit (it would wait for a hung one)
getattr(threading, "_register_atexit", atexit.register)(_stop_now)
