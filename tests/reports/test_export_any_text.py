"""Every export is valid for any stored text, text stored before the text rule included (raw
control characters in an old workspace): xlsx, csv, ics (checked by vobject's strict parser),
the campaign file's JSON, and the PDF, through the functions and through the real commands."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from icalendar import Calendar
from openpyxl import load_workbook

from planner.domain.model import Campaign, Platform, Post, PostStatus
from planner.domain.text import clean
from planner.formatting import Formatter
from planner.reports.calendar_export import posts_to_export, safe_cell, write_csv
from planner.reports.calendar_ics import write_ics
from planner.reports.calendar_xlsx import write_xlsx
from planner.storage.exchange import export_campaign, write_campaign_file
from planner.storage.workspace import Workspace
from tests.reports.test_calendar_export import WORDS
from tests.text_strategies import TEXTS

ROOT = Path(__file__).resolve().parents[2]
# The issue's cases: Word's manual line break (VT), a form feed, U+2028 in a post, and the
# rest of what a paste can carry.
ISSUE_TEXTS = [
    "سطر أول\x0bسطر ثانٍ من وورد",
    "صفحة\x0cصفحة أخرى",
    "فقرة\u2028فقرة\u2029أخرى\x85",
    "\x00\x1b[31mأحمر\x7f\x9b",
    '=HYPERLINK("http://x")\t@أ\r\nب\rج',
    "_x000B_ كما هو و_x0041_",  # looks like Excel's escape: must stay literal
    "\u202eمعكوس\u202c \u2066@MuscatMun\u2069 \u200fنعم\u200e 👨\u200d👩\u200d👧 🇴🇲 ١٢٣",
]


def make_workspace(path: Path) -> tuple[Workspace, int, int]:
    """A workspace with one campaign and one dated post on X and Facebook."""
    ws = Workspace.create(path)
    campaign_id = ws.campaigns.save(Campaign("حملة", dt.date(2026, 12, 1), dt.date(2026, 12, 31)))
    post = Post(
        "نص",
        [Platform.X, Platform.FACEBOOK],
        PostStatus.APPROVED,
        scheduled_at=dt.datetime(2026, 12, 10, 21, 30),
        campaign_id=campaign_id,
        variants={Platform.X: "x"},
    )
    return ws, campaign_id, ws.posts.save(post)


def store_raw(ws: Workspace, campaign_id: int, post_id: int, text: str) -> None:
    """Put `text` into every text of the post and the campaign's name as an old version of
    the program did: straight into the file, past the text rule."""
    with ws.db.atomic():
        ws.db.execute(
            "UPDATE posts SET base_text = ?, notes = ? WHERE id = ?", [text, text, post_id]
        )
        ws.db.execute("UPDATE post_platforms SET text = ? WHERE post_id = ?", [text, post_id])
        ws.db.execute("UPDATE campaigns SET name = ? WHERE id = ?", [text or "c", campaign_id])


def excel_text(value: object) -> object:
    """A cell's text as Excel shows it: ECMA-376's _xHHHH_ escapes decoded in one pass."""
    if not isinstance(value, str):
        return value
    return re.sub("_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), value)


def check_every_export(ws: Workspace, campaign_id: int, folder: Path, text: str) -> None:
    posts = posts_to_export(ws)
    assert posts[0].base_text == text  # what is stored is the raw text
    expected = clean(text)
    # Excel: it opens, no cell is a formula, every text cell is the stored text, cleaned
    write_xlsx(ws, posts, folder / "c.xlsx", WORDS, Formatter("ar"))
    sheet = load_workbook(folder / "c.xlsx").active
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
    assert not any(c.data_type == "f" for c in cells)
    values = [excel_text(c.value) for c in cells]
    assert (values[5] or "") == expected  # the text column
    assert (values[10] or "") == expected  # the notes
    # CSV: read back by Python's csv module, the same cells (with the formula neutralisation)
    write_csv(ws, posts, folder / "c.csv", WORDS, Formatter("ar"))
    raw = (folder / "c.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == 2 and rows[1][5] == safe_cell(expected)
    # iCalendar: a strict parser (vobject, validate=True) and icalendar both accept it
    write_ics(ws, posts, folder / "c.ics", WORDS, "ar")
    data = (folder / "c.ics").read_text("utf-8")
    parsed = list(vobject.readComponents(data, validate=True))
    assert len(parsed) == 1 and len(parsed[0].vevent_list) == 1
    event = next(iter(Calendar.from_ical(data).walk("VEVENT")))
    assert str(event["DESCRIPTION"]).startswith(expected)
    # the campaign file: valid JSON, strict UTF-8
    write_campaign_file(ws, campaign_id, folder / "c.json")
    loaded = json.loads((folder / "c.json").read_bytes().decode("utf-8"))
    assert loaded == export_campaign(ws, campaign_id)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(TEXTS)
def test_every_export_is_valid_for_any_stored_text(text):
    with tempfile.TemporaryDirectory() as folder:
        ws, campaign_id, post_id = make_workspace(Path(folder) / "w.planner")
        try:
            store_raw(ws, campaign_id, post_id, text)
            check_every_export(ws, campaign_id, Path(folder), text)
        finally:
            ws.close()


@pytest.mark.parametrize("text", ISSUE_TEXTS)
def test_the_issue_texts_export_everywhere(tmp_path, text):
    ws, campaign_id, post_id = make_workspace(tmp_path / "w.planner")
    try:
        store_raw(ws, campaign_id, post_id, text)
        check_every_export(ws, campaign_id, tmp_path, text)
    finally:
        ws.close()


def run(*args: object) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PLANNER_LANG": "ar"},
    )


def test_the_commands_export_an_old_workspace_with_raw_controls(tmp_path):
    """`export xlsx|csv|ics|json|pdf` all end with exit 0 on a workspace whose posts hold
    every case of the issue, stored raw; the PDF carries the text with line breaks."""
    path = tmp_path / "old.planner"
    ws, campaign_id, post_id = make_workspace(path)
    for i, text in enumerate(ISSUE_TEXTS):
        extra = ws.posts.save(
            Post(
                "x",
                [Platform.X],
                scheduled_at=dt.datetime(2026, 12, 11 + i, 9),
                campaign_id=campaign_id,
            )
        )
        store_raw(ws, campaign_id, extra, text)
    store_raw(ws, campaign_id, post_id, ISSUE_TEXTS[0])
    ws.close()
    for kind in ("xlsx", "csv", "ics", "json", "pdf"):
        out = tmp_path / f"out.{kind}"
        args = ["export", kind, "--workspace", path, "--out", out]
        if kind in ("json", "pdf"):
            args += ["--campaign", str(campaign_id)]
        done = run(*args)
        assert done.returncode == 0, (kind, done.stderr)
        assert "Traceback" not in done.stderr and out.stat().st_size > 0
    vobject.readOne((tmp_path / "out.ics").read_text("utf-8"), validate=True)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "out.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "\x0b" not in text and "\x00" not in text and "\x1b" not in text
    assert "سطر أول" in unicodedata.normalize("NFKC", text)


def test_a_text_longer_than_an_excel_cell_is_refused_naming_the_post(tmp_path):
    """Excel holds 32,767 characters a cell: a longer stored text is not cut silently; the
    Excel export is refused naming the post and column, nothing is written; CSV carries it."""
    path = tmp_path / "long.planner"
    ws, campaign_id, post_id = make_workspace(path)
    store_raw(ws, campaign_id, post_id, "أ" * 32_768)
    ws.close()
    done = run("export", "xlsx", "--workspace", path, "--out", tmp_path / "c.xlsx")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "2026-12-10 21:30" in done.stderr and "النص" in done.stderr  # the column, in Arabic
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob(".c.xlsx*"))
    assert run("export", "csv", "--workspace", path, "--out", tmp_path / "c.csv").returncode == 0
