"""Ctrl+C during a long export or import on the command line: one translated line
"cancelled: nothing written", exit code 130, no traceback, no file, nothing stored.

The commands run on bench.py's workspace of 20,000 posts; SIGINT is sent once the command
has the workspace open (seen in /proc), seconds before it could finish (the csv export, under
a second, is stopped at every row in tests/test_progress.py instead)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.perf.bench import make_large_workspace

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc"),
]
MESSAGES = {
    "ar": "CampaignPlanner: أُلغي: لم يُكتب شيء",
    "en": "CampaignPlanner: cancelled: nothing written",
}


@pytest.fixture(scope="module")
def large(tmp_path_factory) -> Path:
    return make_large_workspace(tmp_path_factory.mktemp("large") / "large.planner")


def _has_open(pid: int, path: Path) -> bool:
    try:
        return any(
            os.readlink(f"/proc/{pid}/fd/{fd}") == str(path) for fd in os.listdir(f"/proc/{pid}/fd")
        )
    except OSError:  # the process ended, or closed that descriptor meanwhile
        return False


def interrupted(args: list[str], watch: Path, lang: str = "ar") -> subprocess.CompletedProcess:
    """Run `main.py ARGS`, send SIGINT once it has `watch` open, wait for it to end."""
    env = {**os.environ, "PLANNER_LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    while process.poll() is None and not _has_open(process.pid, watch):
        time.sleep(0.02)
    time.sleep(0.3)  # into the work (each of these commands takes seconds from here)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def rows(path: Path) -> tuple[int, int]:
    with sqlite3.connect(path) as db:
        return (
            db.execute("SELECT count(*) FROM posts").fetchone()[0],
            db.execute("SELECT count(*) FROM campaigns").fetchone()[0],
        )


def assert_cancelled(done: subprocess.CompletedProcess, lang: str = "ar") -> None:
    assert done.returncode == 130, done.stderr
    assert done.stderr.strip() == MESSAGES[lang]  # one line, no traceback
    assert done.stdout == ""


@pytest.mark.parametrize(("kind", "lang"), [("xlsx", "ar"), ("ics", "en")])
def test_ctrl_c_during_a_calendar_export_writes_no_file(large, tmp_path, kind, lang):
    out = tmp_path / "out"
    out.mkdir()
    args = ["export", kind, "--workspace", str(large), "--out", str(out / f"c.{kind}")]
    assert_cancelled(interrupted(args, large, lang), lang)
    assert list(out.iterdir()) == []


def test_ctrl_c_during_a_calendar_import_stores_nothing(large, tmp_path):
    from planner.formatting import Formatter
    from planner.reports.calendar_export import posts_to_export, write_csv
    from planner.storage.workspace import Workspace
    from tests.reports.test_calendar_export import WORDS

    source = Workspace.open(large, backup=False)
    try:
        write_csv(source, posts_to_export(source), tmp_path / "c.csv", WORDS, Formatter("en"))
    finally:
        source.close()
    target = tmp_path / "target.planner"
    Workspace.create(target).close()
    before = rows(target)
    args = ["import", "csv", "--workspace", str(target), str(tmp_path / "c.csv")]
    args += ["--create-campaigns", "--on-duplicate", "add"]
    assert_cancelled(interrupted(args, target))
    assert rows(target) == before


def test_ctrl_c_during_a_pdf_plan_writes_no_file(tmp_path):
    """The plan of one campaign of 5,000 posts (the most a campaign file holds; about 500
    pages): Ctrl+C while Qt lays it out or paints it stops it at its next step."""
    workspace = make_large_workspace(tmp_path / "one.planner", campaigns=1, posts=5_000)
    out = tmp_path / "out"
    out.mkdir()
    args = ["export", "pdf", "--workspace", str(workspace), "--campaign", "1"]
    assert_cancelled(interrupted([*args, "--out", str(out / "plan.pdf")], workspace))
    assert list(out.iterdir()) == []


def test_ctrl_c_during_a_campaign_file_import_stores_nothing(tmp_path):
    """A campaign file of 5,000 posts (the most it may hold) into a workspace."""
    source = make_large_workspace(tmp_path / "one.planner", campaigns=1, posts=5_000)
    export = ["export", "json", "--workspace", str(source), "--campaign", "1"]
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *export, "--out", str(tmp_path / "c.json")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    before = rows(source)
    args = ["import", "json", "--workspace", str(source), str(tmp_path / "c.json")]
    assert_cancelled(interrupted([*args, "--on-clash", "rename"], source))
    assert rows(source) == before
