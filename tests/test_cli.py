"""The command line: subcommands, exit codes, one-line errors, nothing written on failure."""

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args, env=None):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**__import__("os").environ, "PLANNER_LANG": "en", **(env or {})},
    )


def test_version():
    """--version prints the version and exits 0."""
    import planner

    out = run("--version")
    assert out.returncode == 0 and planner.__version__ in out.stdout


def test_demo_then_check(tmp_path):
    """demo writes the sample workspace; check finds it sound."""
    target = tmp_path / "demo.planner"
    assert run("demo", "--out", target).returncode == 0
    out = run("check", "--workspace", target)
    assert out.returncode == 0
    assert out.stdout.startswith("ok: schema") and "3 campaigns" in out.stdout


def test_new_writes_an_empty_workspace(tmp_path):
    """new writes a workspace with no campaigns."""
    target = tmp_path / "empty.planner"
    assert run("new", "--out", target, "--institution", "وزارة").returncode == 0
    assert "0 campaigns" in run("check", "--workspace", target).stdout


def test_demo_refuses_to_overwrite(tmp_path):
    """An existing file is never overwritten: exit 2, one line, file unchanged."""
    target = tmp_path / "taken.planner"
    target.write_text("mine")
    out = run("demo", "--out", target)
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1
    assert target.read_text() == "mine"


BAD = [b"", b"not a database at all", b"SQLite format 3\x00" + b"\x01" * 50]


@pytest.mark.parametrize("content", BAD)
def test_check_bad_files_exit_2_with_one_line(tmp_path, content):
    """A bad file gets exit 2 and one translated line naming the problem; it is untouched."""
    bad = tmp_path / "bad.planner"
    bad.write_bytes(content)
    before = hashlib.sha256(content).hexdigest()
    out = run("check", "--workspace", bad)
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1
    assert str(bad) in out.stderr
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == before


def test_errors_speak_arabic_by_default(tmp_path):
    """With the Arabic language, the error line is in Arabic."""
    bad = tmp_path / "bad.planner"
    bad.write_bytes(b"")
    out = run("check", "--workspace", bad, env={"PLANNER_LANG": "ar"})
    assert "الملف فارغ" in out.stderr


def test_bad_arguments_exit_2():
    """Unknown subcommands and missing options are exit 2, one line."""
    for args in (["frobnicate"], ["demo"], ["screenshot", "--view", "overview"]):
        out = run(*args)
        assert out.returncode == 2, args
        assert len(out.stderr.strip().splitlines()) == 1


def test_screenshot_writes_a_png(tmp_path):
    """screenshot renders a screen to a PNG; an unknown view writes nothing."""
    target = tmp_path / "overview.png"
    out = run("screenshot", "--view", "campaigns", "--out", target, "--lang", "en")
    assert out.returncode == 0, out.stderr
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    missing = tmp_path / "none.png"
    assert run("screenshot", "--view", "nowhere", "--out", missing).returncode == 2
    assert not missing.exists()
    assert not list(tmp_path.glob(".*partial*"))


def test_export_pdf_and_its_failures(tmp_path):
    """export pdf writes a PDF; an unknown campaign or folder is exit 2 and writes nothing."""
    ws = tmp_path / "demo.planner"
    assert run("demo", "--out", ws).returncode == 0
    out = tmp_path / "plan.pdf"
    done = run("export", "pdf", "--workspace", ws, "--campaign", "1", "--out", out)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:5] == b"%PDF-"
    missing = tmp_path / "none.pdf"
    bad = run("export", "pdf", "--workspace", ws, "--campaign", "لا توجد", "--out", missing)
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
    assert not missing.exists()
    assert (
        run(
            "export", "pdf", "--workspace", ws, "--calendar", "2026-13", "--out", missing
        ).returncode
        == 2
    )
    assert (
        run(
            "export",
            "pdf",
            "--workspace",
            ws,
            "--campaign",
            "1",
            "--out",
            tmp_path / "no" / "x.pdf",
        ).returncode
        == 2
    )
    assert not list(tmp_path.glob(".partial-*"))


def test_export_pdf_that_cannot_draw_a_chart_says_so_in_one_line(
    tmp_path, qapp, capsys, monkeypatch
):
    """A plan whose chart cannot be drawn exits 2 with one line, and writes nothing."""
    from planner import cli
    from planner.reports.pdf import coverage_section
    from planner.storage.full_sample import create_sample

    class Broken:
        def result(self):
            raise RuntimeError("the chart's data is broken")

    create_sample(tmp_path / "w.planner").close()
    monkeypatch.setattr(coverage_section, "chart_job", lambda *args: Broken())
    out = tmp_path / "plan.pdf"
    code = cli.main(
        [
            "export",
            "pdf",
            "--workspace",
            str(tmp_path / "w.planner"),
            "--campaign",
            "1",
            "--out",
            str(out),
            "--lang",
            "en",
        ]
    )
    assert code == cli.EXIT_BAD and not out.exists()
    [line] = capsys.readouterr().err.splitlines()
    assert "a chart could not be drawn" in line and "broken" in line
