"""A plan PDF of thousands of pages is refused with its estimate before any layout."""

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from planner.domain.model import Campaign, Platform, Post
from planner.domain.ranges import PDF_MAX_PAGES, TEXT_MAX
from planner.storage.plan_size import estimated_plan_pages
from planner.storage.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent


def test_a_plan_of_thousands_of_pages_is_refused(tmp_path):
    """300 posts of 20,000 characters each (every one within the limits): `export pdf` exits
    2 naming the estimate, and writes nothing."""
    path = tmp_path / "w.planner"
    ws = Workspace.create(path)
    start = dt.date(2026, 1, 1)
    with ws.transaction():
        campaign_id = ws.campaigns.save(Campaign(name="حملة طويلة", start=start, end=start))
        for _ in range(300):
            ws.posts.save(
                Post(base_text="ب" * TEXT_MAX, platforms=[Platform.X], campaign_id=campaign_id)
            )
    assert estimated_plan_pages(ws, campaign_id) > PDF_MAX_PAGES
    ws.close()
    out = tmp_path / "plan.pdf"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "export", "pdf", "--workspace", str(path),
         "--campaign", str(campaign_id), "--out", str(out), "--lang", "en"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={**os.environ, "PLANNER_LANG": "en", "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "pages" in result.stderr and str(PDF_MAX_PAGES) in result.stderr
    assert not out.exists()


def test_the_sample_plans_are_far_below_the_bound(workspace):
    """Real campaigns are a few pages: the bound never stands in their way."""
    for summary in workspace.campaigns.summaries():
        assert estimated_plan_pages(workspace, summary.id) < 50


def test_the_export_dialog_refuses_it_too(qtbot, workspace, settings, dialogs, tmp_path):
    """File > Export as PDF on such a campaign: the estimate is told, no file is asked for."""
    from planner.ui.document import Document
    from planner.ui.export_dialog import ExportPdfDialog

    first = workspace.campaigns.summaries()[0].id
    with workspace.transaction():
        for _ in range(300):
            workspace.posts.save(
                Post(base_text="ب" * TEXT_MAX, platforms=[Platform.X], campaign_id=first)
            )
    settings.language = "ar"
    widget = ExportPdfDialog(Document(workspace), settings, dialogs, first)
    qtbot.addWidget(widget)
    dialogs.files.append(tmp_path / "plan.pdf")
    widget.export()
    assert dialogs.errors and str(PDF_MAX_PAGES) in dialogs.errors[0][1]
    assert dialogs.files == [tmp_path / "plan.pdf"]  # the file dialog was never opened
    assert not (tmp_path / "plan.pdf").exists()
