"""`versions` and `export pdf --version N`: a plan's approval history from the command line."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from planner.domain.approval import Decision, DecisionRecord
from planner.storage import approval
from planner.storage.workspace import Workspace
from tests.reports.test_pdf import words
from tests.storage.exchange_cases import add_known_campaign
from tests.test_cli import run

NOW = dt.datetime(2026, 10, 20, 9, 30)


def _approved_then_moved(path: Path) -> tuple[int, str]:
    ws = Workspace.create(path)
    cid = add_known_campaign(ws)
    approval.submit(ws, cid, NOW)
    approval.record_decision(
        ws,
        cid,
        1,
        DecisionRecord(
            Decision.APPROVED,
            dt.date(2026, 10, 22),
            "سالم الهنائي",
            "المدير العام",
            "موافق\tمع ملاحظة",
        ),
    )
    post = ws.posts.for_campaign(cid)[0]
    assert post.scheduled_at is not None
    first_text = post.base_text
    post.scheduled_at += dt.timedelta(days=1)
    post.base_text = "نص بعد الموافقة"
    ws.posts.save(post)
    ws.close()
    return cid, first_text


def test_versions_lists_each_version_its_decision_and_the_changes_since(tmp_path: Path) -> None:
    path = tmp_path / "w.planner"
    cid, _ = _approved_then_moved(path)
    out = run("versions", "--workspace", path, "--campaign", cid)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("version\tsubmitted\tdecision")
    assert lines[1].split("\t") == [
        "1",
        "2026-10-20 09:30",
        "approved",
        "2026-10-22",
        "سالم الهنائي",
        "المدير العام",
        "موافق مع ملاحظة",  # a tab in a comment does not break the columns
        "",
    ]
    assert "# stage: changed" in lines
    assert "# changes since version 1: 2" in lines


def test_versions_of_an_unknown_campaign_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "w.planner"
    _approved_then_moved(path)
    out = run("versions", "--workspace", path, "--campaign", "لا توجد")
    assert out.returncode != 0 and "no such campaign" in out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")
def test_export_a_version_as_it_was_approved(tmp_path: Path) -> None:
    path = tmp_path / "w.planner"
    cid, first_text = _approved_then_moved(path)
    out_pdf = tmp_path / "v1.pdf"
    out = run(
        "export",
        "pdf",
        "--workspace",
        path,
        "--campaign",
        cid,
        "--out",
        out_pdf,
        "--version",
        1,
        "--lang",
        "en",
    )
    assert out.returncode == 0, out.stderr
    text = subprocess.run(
        ["pdftotext", str(out_pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Version history" in text
    found = set(words(text))
    assert set(words(first_text)) <= found  # the approved wording
    assert not set(words("نص بعد الموافقة")) <= found  # not the later one
    live_pdf = tmp_path / "now.pdf"
    made = run(
        "export", "pdf", "--workspace", path, "--campaign", cid, "--out", live_pdf, "--lang", "en"
    )
    assert made.returncode == 0, made.stderr
    live = subprocess.run(
        ["pdftotext", str(live_pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Changes since version 1" in live
    missing = run(
        "export", "pdf", "--workspace", path, "--campaign", cid, "--out", out_pdf, "--version", 7
    )
    assert missing.returncode != 0 and "no such version" in missing.stderr
