"""The plan PDF's charts come from the chart worker, and the PDF reads the same when the
worker cannot start or dies mid-export (the charts are then recorded in-process)."""

import datetime as dt
import os
import re
import shutil
import subprocess
import unicodedata

import pytest

from planner.formatting import Digits, Formatter
from planner.reports.charts import pool
from planner.reports.charts.pool import ChartPool
from planner.reports.pdf import coverage_section
from planner.reports.pdf.plan import export_plan
from tests.reports.charts import pool_jobs

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")
TODAY = dt.date(2026, 11, 26)
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")


def text_of(pdf):
    """The PDF's text, Arabic letters in their plain forms and without bidi marks."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return BIDI_MARKS.sub("", unicodedata.normalize("NFKC", out))


def jobs():
    """The chart jobs of the last export."""
    return list(coverage_section._cache.values())


@pytest.fixture(scope="module")
def full(qapp, tmp_path_factory):
    """The full sample (figures, follower counts, occasions) and its running campaign."""
    from planner.i18n.language import load_fonts
    from planner.storage.full_sample import create_sample

    load_fonts()
    ws = create_sample(tmp_path_factory.mktemp("pool-pdf") / "full.planner", TODAY)
    yield ws, next(c.id for c in ws.campaigns.summaries() if c.status == "running")
    ws.close()


@pytest.fixture
def arabic(qapp):
    from planner.i18n.language import install_language

    install_language("ar")
    yield
    install_language("en")


def export(full, path, lang="ar"):
    ws, campaign_id = full
    coverage_section.forget_pictures()  # every export records its charts
    digits = Digits.ARABIC_INDIC if lang == "ar" else Digits.LATIN
    export_plan(ws, campaign_id, path, Formatter(lang, digits), TODAY)
    return text_of(path)


@pytest.fixture(scope="module")
def with_worker(full, tmp_path_factory, qapp):
    """The Arabic plan with its charts recorded by the worker, and where each was made."""
    from planner.i18n.language import install_language

    install_language("ar")
    pool.warm("ar")  # as File > Export as PDF does when it opens
    try:
        text = export(full, tmp_path_factory.mktemp("worker") / "plan.pdf")
    finally:
        install_language("en")
    return text, [job.in_worker for job in jobs()]


def test_the_charts_are_recorded_by_the_worker(with_worker):
    """Every chart of the plan came from the worker process, and its words are in the PDF."""
    text, made_in_worker = with_worker
    assert len(made_in_worker) >= 5 and all(made_in_worker)
    assert "بداية الأسبوع" in text  # the weekly chart's axis, as real text


def test_without_a_worker_the_pdf_is_written_and_reads_the_same(
    full, with_worker, arabic, tmp_path, monkeypatch
):
    """No processes on this system: the charts are recorded here, the PDF is the same text."""
    monkeypatch.setattr(pool, "_POOL", ChartPool(context=object()))
    text = export(full, tmp_path / "plan.pdf")
    assert not any(job.in_worker for job in jobs())
    assert text == with_worker[0]


def test_a_worker_dying_mid_export_still_gives_the_same_pdf(
    full, with_worker, arabic, tmp_path, monkeypatch
):
    """The worker dies while the charts wait in its queue: they are recorded here."""
    fragile = ChartPool()
    monkeypatch.setattr(pool, "_POOL", fragile)
    try:
        fragile.submit(pool_jobs.crash_in_worker, os.getpid(), lang="ar")
        text = export(full, tmp_path / "plan.pdf")
    finally:
        fragile.shutdown()
    assert text == with_worker[0]
    assert fragile.failures


def test_without_a_started_worker_the_export_starts_none(full, arabic, tmp_path, monkeypatch):
    """A worker started by the export itself would be ready too late to help it: with none
    started ahead, the charts are recorded here and no worker is started."""
    idle = ChartPool()
    monkeypatch.setattr(pool, "_POOL", idle)
    text = export(full, tmp_path / "plan.pdf")
    assert not any(job.in_worker for job in jobs()) and not idle.worker_pids()
    assert "بداية الأسبوع" in text


def test_an_english_plan_from_the_arabic_interface_has_english_charts(full, arabic, tmp_path):
    """The worker, last asked for Arabic charts, records the English plan's in English."""
    from planner.i18n.language import temporary_language

    with temporary_language("en", "ar"):
        text = export(full, tmp_path / "plan-en.pdf", "en")
    assert all(job.in_worker for job in jobs())
    assert "Week beginning" in text and "بداية الأسبوع" not in text
