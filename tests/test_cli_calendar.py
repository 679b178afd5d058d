"""`export xlsx|ics` and `import xlsx|csv` from the command line: files, exit codes, no partial
writes."""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import Workbook, load_workbook

from planner.storage.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent


def run(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PLANNER_LANG": "en"},
    )


@pytest.fixture
def sample(workspace):
    path = workspace.path
    workspace.close()
    return path


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def posts_in(path):
    ws = Workspace.open(path, backup=False)
    try:
        return ws.posts.count()
    finally:
        ws.close()


def test_export_xlsx_and_ics_of_one_campaign(sample, tmp_path):
    """Both exports write every dated post of the campaign, named in English with --lang en."""
    out = run(
        "export",
        "xlsx",
        "--workspace",
        sample,
        "--out",
        tmp_path / "c.xlsx",
        "--campaign",
        "مسقط أجمل بنظافتها",
        "--lang",
        "en",
    )
    assert out.returncode == 0, out.stderr
    sheet = load_workbook(tmp_path / "c.xlsx").active
    assert sheet["A1"].value == "Date" and sheet.sheet_view.rightToLeft in (None, False)
    rows = sheet.max_row - 1
    assert f"{rows} posts written to" in out.stdout and rows > 20
    assert "4 ideas without a date left out" in out.stdout  # and why
    out = run(
        "export",
        "ics",
        "--workspace",
        sample,
        "--out",
        tmp_path / "c.ics",
        "--campaign",
        "مسقط أجمل بنظافتها",
    )
    assert out.returncode == 0, out.stderr
    events = list(Calendar.from_ical((tmp_path / "c.ics").read_bytes()).walk("VEVENT"))
    assert len(events) == rows


def test_a_relative_workspace_path_works(sample, tmp_path):
    """A workspace named relative to the current folder opens (file URIs need it absolute)."""
    out = run(
        "export",
        "xlsx",
        "--workspace",
        sample.name,
        "--out",
        "c.xlsx",
        "--lang",
        "ar",
        cwd=sample.parent,
    )
    assert out.returncode == 0, out.stderr
    assert load_workbook(sample.parent / "c.xlsx").active.sheet_view.rightToLeft is True


@pytest.mark.parametrize(
    "args",
    [
        ("export", "ics", "--out", "x.xlsx"),
        ("export", "xlsx", "--out", "nowhere/x.xlsx"),
        ("export", "xlsx", "--out", "x.xlsx", "--campaign", "لا توجد"),
    ],
)
def test_export_refusals_write_nothing(sample, tmp_path, args):
    """A wrong suffix, a missing folder or an unknown campaign: exit 2, one line, no file."""
    verb, kind, _flag, out, *rest = args
    out = run(verb, kind, "--workspace", sample, "--out", tmp_path / out, *rest)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and out.stderr.startswith("CampaignPlanner:")
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob("*.ics"))


def test_import_with_a_bad_row_imports_nothing(sample, tmp_path):
    """One bad row among good ones: exit 2 naming the row, and the workspace is untouched."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "Date,Time,Platform,Text\n2026-12-01,20:00,X,نص سليم\n"
        "2026-12-02,20:00,Threads,نص على منصة غير معروفة\n",
        "utf-8",
    )
    before = posts_in(sample)
    out = run("import", "csv", "--workspace", sample, path)
    assert out.returncode == 2
    assert "Row 3" in out.stderr and "Threads" in out.stderr
    assert out.stderr.count("\n") == 1
    assert posts_in(sample) == before


def test_import_xlsx_adds_every_row(sample, tmp_path):
    """A clean Excel calendar is imported whole."""
    book = Workbook()
    book.active.append(["التاريخ", "الوقت", "المنصة", "النص", "الحالة"])
    book.active.append(["2026-12-01", "20:00", "إكس", "منشور مستورد", "مسودة"])
    book.active.append(["2026-12-02", "8:00 م", "فيسبوك، إنستغرام", "منشور ثان", "معتمد"])
    book.save(tmp_path / "plan.xlsx")
    before = posts_in(sample)
    out = run("import", "xlsx", "--workspace", sample, tmp_path / "plan.xlsx")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("2 posts imported")
    assert posts_in(sample) == before + 2


def test_import_refuses_a_broken_file(sample, tmp_path):
    """A file that is not a spreadsheet: exit 2, the workspace file byte for byte the same."""
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"not a workbook")
    before = digest(sample)
    out = run("import", "xlsx", "--workspace", sample, path)
    assert out.returncode == 2 and "could not be read" in out.stderr
    assert digest(sample) == before


def test_import_speaks_arabic_whole(sample, tmp_path):
    """In Arabic the refusal line is Arabic throughout, with the right plural and the rows."""
    path = tmp_path / "plan.csv"
    rows = "".join(f"2026-12-{d:02d} 10:00,Threads,نص {d}\n" for d in range(1, 4))
    path.write_text("Date,Platform,Text\n" + rows, "utf-8")
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "import",
            "csv",
            "--workspace",
            str(sample),
            str(path),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PLANNER_LANG": "ar", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 2
    assert "لم يُستورد شيء، ٣ صفوف فيها أخطاء" in out.stderr  # the default digits
    assert "الصف 2، العمود «Platform»" in out.stderr
    assert "nothing imported" not in out.stderr and "bad rows" not in out.stderr


def test_import_with_a_platform_for_the_whole_file_and_no_duplicates(sample, tmp_path):
    """--platform gives every row its platform; importing again skips what is there."""
    path = tmp_path / "plan.csv"
    path.write_text("Date,Text\n2026-12-10 21:30,موعدنا الليلة\n", "utf-8")
    first = run("import", "csv", "--workspace", sample, path, "--platform", "تويتر")
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("1 post imported")
    again = run("import", "csv", "--workspace", sample, path, "--platform", "X")
    assert again.returncode == 0 and "1 row already in the workspace, skipped" in again.stdout
    assert run("import", "csv", "--workspace", sample, path).returncode == 2  # no platform


def test_a_date_without_a_time_takes_the_time_the_officer_gives(sample, tmp_path):
    """--default-time sets the hour of rows whose date has none; the summary counts them;
    a time that is not HH:MM is refused before anything is read."""
    import sqlite3

    path = tmp_path / "plan.csv"
    path.write_text("Date,Platform,Text\n2026-12-10,X,بلا وقت\n", "utf-8")
    bad = run("import", "csv", "--workspace", sample, path, "--default-time", "7pm")
    assert bad.returncode == 2 and "HH:MM" in bad.stderr
    done = run("import", "csv", "--workspace", sample, path, "--default-time", "19:30")
    assert done.returncode == 0, done.stderr
    assert "1 post without a time set at 19:30" in done.stdout
    with sqlite3.connect(sample) as conn:
        stored = [
            r[0]
            for r in conn.execute("SELECT scheduled_at FROM posts WHERE base_text = ?", ["بلا وقت"])
        ]
    assert stored == ["2026-12-10T19:30"]
