"""The chart worker pool: the worker's result equals drawing here, in the job's language, and
a pool that cannot start, breaks, hangs or idles never costs a chart nor leaves a process."""

import dataclasses
import multiprocessing
import os
import threading
import time

import numpy as np
import pytest

from planner.i18n.language import install_language
from planner.reports import charts
from planner.reports.charts import pool
from planner.reports.charts.data import Selection, collect
from planner.reports.charts.pool import ChartPool
from tests.reports.charts import pool_jobs


def same(a, b) -> bool:
    """Whether two drawings (dataclasses, tuples, numbers, numpy arrays) are equal."""
    if dataclasses.is_dataclass(a):
        return type(a) is type(b) and same(dataclasses.astuple(a), dataclasses.astuple(b))
    if isinstance(a, np.ndarray):
        return isinstance(b, np.ndarray) and a.dtype == b.dtype and np.array_equal(a, b)
    if isinstance(a, tuple):
        return (
            isinstance(b, tuple)
            and len(a) == len(b)
            and all(same(x, y) for x, y in zip(a, b, strict=True))
        )
    return bool(a == b)


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def wait_until(condition, timeout: float = 20.0) -> bool:
    """Poll `condition` (a process's end is no Qt signal to wait for)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@pytest.fixture
def fragile():
    """A pool of its own, for tests that break, hang or stop it."""
    own = ChartPool()
    yield own
    own.shutdown()


def test_the_worker_draws_what_this_process_draws(qapp, workspace):
    """Each chart recorded by the worker is the drawing this process records: the same
    shapes, texts and places, to the byte."""
    from planner.reports.charts.vector import print_chart

    install_language("en")
    campaign = next(c for c in workspace.campaigns.summaries() if c.status == "running")
    inp = collect(workspace, Selection(campaign_id=campaign.id))
    data = {name: charts.CHARTS[name].compute(inp) for name in charts.NAMES}
    jobs = {
        name: pool.submit(
            pool.by_name,
            "planner.reports.charts.vector:print_chart",
            name,
            data[name],
            "en",
            "latin",
            480.0,
            lang="en",
        )
        for name in charts.NAMES
    }
    for name in charts.NAMES:
        here = print_chart(name, data[name], "en", "latin", 480.0)
        assert same(jobs[name].result(), here), name
        assert jobs[name].in_worker and here.texts(), name


def test_a_job_named_by_its_function_runs_it_where_the_job_runs():
    """by_name imports the function where the job runs (the worker, or here as a fallback)."""
    job = pool.submit(pool.by_name, "tests.reports.charts.pool_jobs:where", "n", lang="en")
    pid, tag = job.result()
    assert job.in_worker and pid != os.getpid() and tag == "n"
    assert pool.by_name("tests.reports.charts.pool_jobs:where", "m") == (os.getpid(), "m")


def test_an_english_job_from_an_arabic_process_gets_english_strings(qapp):
    """The worker translates each job into the job's language, whatever this process uses."""
    install_language("ar")
    try:
        arabic = charts.title_of("platform-week")
        english = pool.submit(pool.probe, "en", lang="en")
        again = pool.submit(pool.probe, "ar", lang="ar")
        pid, title, width = english.result()
        assert english.in_worker and pid != os.getpid()
        assert title == "Posts per week" and width == 200
        assert again.result()[1] == arabic != "Posts per week"
        assert charts.title_of("platform-week") == arabic  # this process is left as it was
    finally:
        install_language("en")


def test_a_pool_that_cannot_start_draws_in_process():
    """Without processes (here: a broken multiprocessing context) the job runs here."""
    broken = ChartPool(context=object())
    job = broken.submit(pool_jobs.where, "x", lang="en")
    assert job.result() == (os.getpid(), "x")
    assert not job.in_worker and broken.failures


def test_a_job_that_does_not_pickle_is_drawn_here_and_the_pool_goes_on(qapp):
    """An argument that cannot be sent to the worker: drawn here; the worker stays."""
    lock = threading.Lock()
    job = pool.submit(pool_jobs.where, lock, lang="en")
    assert job.result() == (os.getpid(), lock) and not job.in_worker
    after = pool.submit(pool_jobs.where, "y", lang="en")
    assert after.result()[1] == "y" and after.in_worker


def test_a_failing_chart_raises_its_own_error():
    """A chart's own bug is not hidden: drawn again here, it raises as it would have."""
    job = pool.submit(pool_jobs.fail, os.getpid(), lang="en")
    with pytest.raises(ValueError, match="no chart"):
        job.result()


def test_a_crashed_worker_falls_back_then_a_new_one_serves_and_none_is_left(fragile):
    """A worker that dies mid-job: the job is drawn here, the next job starts a new worker,
    and after shutdown() no worker process is left."""
    job = fragile.submit(pool_jobs.crash_in_worker, os.getpid(), lang="en")
    assert job.result() == "drawn here" and not job.in_worker
    later = fragile.submit(pool_jobs.where, "z", lang="en")
    pid, _ = later.result()
    assert later.in_worker and pid != os.getpid()
    fragile.shutdown()
    assert gone(pid) and fragile.worker_pids() == []
    assert all(p.pid != pid for p in multiprocessing.active_children())


def test_a_hung_worker_is_stopped_and_the_job_drawn_here():
    """A job not back within the timeout is drawn in-process and its worker is stopped."""
    hurried = ChartPool()
    try:
        ready = hurried.submit(pool_jobs.where, "ready", lang="en")
        assert ready.result() and ready.in_worker  # started: a cold start is no hang
        hurried.timeout = 1.0
        pids = hurried.worker_pids()
        started = time.monotonic()
        job = hurried.submit(pool_jobs.hang_in_worker, os.getpid(), lang="en")
        assert job.result() == "drawn here" and not job.in_worker
        assert time.monotonic() - started < 15
        assert wait_until(lambda: all(gone(p) for p in pids))
    finally:
        hurried.shutdown()


def test_idle_workers_leave():
    """With no job for the idle time, the workers leave on their own."""
    idle = ChartPool(idle=0.5)
    try:
        job = idle.submit(pool_jobs.where, "w", lang="en")
        pid, _ = job.result()
        assert job.in_worker
        assert wait_until(lambda: gone(pid))
        assert idle.worker_pids() == []
    finally:
        idle.shutdown()


def test_a_job_for_started_workers_only_starts_none():
    """start=False: a pool not started runs the job here and starts no worker; a started
    one takes it."""
    cold = ChartPool()
    job = cold.submit(pool_jobs.where, "c", lang="en", start=False)
    assert job.result() == (os.getpid(), "c") and cold.worker_pids() == []
    pool.warm("en")
    warm = pool.submit(pool_jobs.where, "w", lang="en", start=False)
    assert warm.result()[1] == "w" and warm.in_worker
