"""`import stats` and `export chart` on the command line: files written whole, bad input
refused in one translated line with nothing written."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from planner.reports.charts import NAMES

ROOT = Path(__file__).resolve().parent.parent


def run(*args, lang="en"):
    import os

    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PLANNER_LANG": lang},
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.planner"
    assert run("demo", "--out", path).returncode == 0
    return path


def stats_rows(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT COUNT(*) FROM post_stats").fetchone()[0]


@pytest.mark.parametrize(
    "name, suffix", [("segments", ".png"), ("actual", ".svg"), ("platform-week", ".png")]
)
def test_export_chart_writes_png_or_svg(demo, tmp_path, name, suffix):
    """A chart of a campaign is written as a 200-dpi PNG or an SVG."""
    out = tmp_path / f"chart{suffix}"
    done = run(
        "export", "chart", "--workspace", demo, "--campaign", "1", "--chart", name, "--out", out
    )
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    if suffix == ".png":
        assert data[:4] == b"\x89PNG" and int.from_bytes(data[16:20], "big") == 1600
    else:
        assert b"<svg" in data[:500]
    assert not [p for p in tmp_path.iterdir() if ".partial" in p.name]


def test_export_chart_of_all_campaigns_in_a_period(demo, tmp_path):
    """--from/--to charts every campaign of the period."""
    out = tmp_path / "budget.png"
    done = run(
        "export",
        "chart",
        "--workspace",
        demo,
        "--from",
        "2020-01-01",
        "--to",
        "2040-01-01",
        "--chart",
        "budget",
        "--out",
        out,
        "--lang",
        "en",
    )
    assert done.returncode == 0 and out.exists()


@pytest.mark.parametrize(
    "args, message",
    [
        (["--campaign", "1", "--chart", "reach", "--out", "x.pdf"], "must end in .png or .svg"),
        (["--campaign", "no such", "--chart", "reach", "--out", "x.png"], "no such campaign"),
        (["--chart", "reach", "--out", "x.png"], "give --campaign"),
        (["--campaign", "1", "--chart", "pie", "--out", "x.png"], "invalid choice"),
        (["--campaign", "1", "--chart", "reach", "--out", "x.png", "--dpi", "72"], "at least 200"),
    ],
)
def test_export_chart_refuses_bad_arguments(demo, tmp_path, args, message):
    """Bad arguments: exit 2, one line naming the problem, no file."""
    args = [str(tmp_path / a) if a.startswith("x.") else a for a in args]
    done = run("export", "chart", "--workspace", demo, *args)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and message in done.stderr
    assert not list(tmp_path.glob("*x.*"))


X_EXPORT = (
    "Tweet id,Tweet permalink,Tweet text,time,impressions,engagements,retweets,"
    "replies,likes,url clicks\n"
    "1,https://x.com/a/1,رد على سؤال,2020-01-05 08:00 +0000,300,4,0,1,3,0\n"
)


def test_import_stats_reports_matched_and_unmatched_rows(demo, tmp_path):
    """An X export is recognised; a row matching no planned post is listed as unmatched."""
    source = tmp_path / "x.csv"
    source.write_text(X_EXPORT, encoding="utf-8")
    before = stats_rows(demo)
    done = run("import", "stats", "--workspace", demo, source)
    assert done.returncode == 0, done.stderr
    assert "1 row imported (X tweet activity export), 0 matched" in done.stdout
    assert "0 matched to planned posts, 1 unmatched" in done.stdout
    assert "unmatched: 2020-01-05 12:00 x" in done.stdout
    assert stats_rows(demo) == before + 1
    assert run("import", "stats", "--workspace", demo, source).returncode == 0
    assert stats_rows(demo) == before + 1  # the same file again replaces, never duplicates


def test_import_stats_with_a_mapping_given_on_the_command_line(demo, tmp_path):
    """Another layout is read with --platform, --column and --date-order."""
    source = tmp_path / "tiktok.csv"
    source.write_text("Posted,Views\n05/01/2020 21:00,1200\n", encoding="utf-8")
    done = run(
        "import",
        "stats",
        "--workspace",
        demo,
        source,
        "--platform",
        "tiktok",
        "--column",
        "published=Posted",
        "--column",
        "impressions=Views",
    )
    assert done.returncode == 0, done.stderr
    assert "(columns mapped by hand)" in done.stdout


BAD_FILES = [
    (b"", "empty"),
    (b"Post ID,Publish time,Page ID\n", "no rows"),
    ("Post ID,Publish time,Page ID\n1,أمس,2\n".encode("cp1256"), "UTF-8"),
    (b"when,views\n2026-01-01,5\n", "not an export of X or Meta"),
    (b"Post ID,Publish time,Page ID,Reach\n1,13/45/2026 10:00,2,5\n", "not a date"),
    (b"Post ID,Publish time,Page ID,Reach\n1,11/05/2026 10:00,2,many\n", "not a number"),
]


@pytest.mark.parametrize("content, message", BAD_FILES)
def test_import_stats_refuses_bad_files_and_writes_nothing(demo, tmp_path, content, message):
    """Empty, header-only, non-UTF-8, unknown and malformed files: exit 2, one line, no row."""
    source = tmp_path / "bad.csv"
    source.write_bytes(content)
    before = stats_rows(demo)
    done = run("import", "stats", "--workspace", demo, source)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and message in done.stderr
    assert stats_rows(demo) == before


def test_import_errors_speak_arabic(demo, tmp_path):
    """In Arabic the refusal is in Arabic."""
    source = tmp_path / "bad.csv"
    source.write_bytes(b"Post ID,Publish time,Page ID,Reach\n1,13/45/2026 10:00,2,5\n")
    done = run("import", "stats", "--workspace", demo, source, lang="ar")
    assert done.returncode == 2 and "السطر 2" in done.stderr


def test_every_chart_name_is_offered():
    """The command line offers the seven charts by the issue's names, in order."""
    assert NAMES == ("platform-week", "heatmap", "segments", "reach", "budget", "times", "actual")
