"""`import asset` and `export asset` from the command line: one line per refused file, exit 2,
the others imported; export never overwrites and never trusts the asset's name as a path."""

import subprocess
import sys
from pathlib import Path

from planner.storage.workspace import Workspace
from tests.identity_files import FONT, raster, svg

ROOT = Path(__file__).resolve().parent.parent


def run(*args, lang="en"):
    import os

    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PLANNER_LANG": lang, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_import_then_export(tmp_path):
    """Good files are imported into the named kit (even beside refused ones), exported intact."""
    target = tmp_path / "w.planner"
    assert run("demo", "--out", target).returncode == 0
    good = tmp_path / "banner.png"
    good.write_bytes(raster("PNG", 1500, 500))
    font = tmp_path / "heading.ttf"
    font.write_bytes(FONT.read_bytes())
    renamed = tmp_path / "fake.png"
    renamed.write_bytes(raster("JPEG"))
    scripted = tmp_path / "bad.svg"
    scripted.write_bytes(svg("<script>x()</script>"))
    out = run(
        "import",
        "asset",
        "--workspace",
        target,
        "--kit",
        "Muscat Municipality visual identity",
        good,
        renamed,
        font,
        scripted,
    )
    assert out.returncode == 2
    errors = out.stderr.strip().splitlines()
    assert len(errors) == 2
    assert "fake.png" in errors[0] and "renamed" in errors[0]
    assert "bad.svg" in errors[1] and "script" in errors[1]
    assert "imported as" in out.stdout
    ws = Workspace.open(target, backup=False)
    banner = ws.assets.find("banner")[0]
    assert banner.kit_id == ws.kits.ids_by_name("Muscat Municipality visual identity")[0]
    assert ws.assets.thumbnail(banner.sha256) is not None
    ws.close()

    copy = tmp_path / "exported.png"
    assert (
        run("export", "asset", "--workspace", target, "--asset", "banner", "--out", copy).returncode
        == 0
    )
    assert copy.read_bytes() == good.read_bytes()
    again = run("export", "asset", "--workspace", target, "--asset", str(banner.id), "--out", copy)
    assert again.returncode == 2 and "exists" in again.stderr


def test_all_good_is_exit_0_and_a_second_import_is_not_stored_twice(tmp_path):
    """Importing the same file twice reports it as already there; exit 0."""
    target = tmp_path / "w.planner"
    run("new", "--out", target)
    picture = tmp_path / "p.gif"
    picture.write_bytes(raster("GIF"))
    assert run("import", "asset", "--workspace", target, picture).returncode == 0
    second = run("import", "asset", "--workspace", target, picture)
    assert second.returncode == 0 and "already in the library" in second.stdout


def test_export_into_a_folder_uses_a_safe_name(tmp_path):
    """An asset named like a path is written inside the folder, never elsewhere."""
    target = tmp_path / "w.planner"
    run("new", "--out", target)
    ws = Workspace.open(target, backup=False)
    ws.assets.add(raster("PNG"), "../../escape")
    ws.close()
    folder = tmp_path / "out"
    folder.mkdir()
    out = run("export", "asset", "--workspace", target, "--asset", "../../escape", "--out", folder)
    assert out.returncode == 0, out.stderr
    assert [p.name for p in folder.iterdir()] == ["_.._escape.png"]


def test_errors_are_one_line_and_arabic_by_default(tmp_path):
    """Unknown kit or asset: exit 2, one line; refusals speak Arabic when the user does."""
    target = tmp_path / "w.planner"
    run("new", "--out", target)
    picture = tmp_path / "p.png"
    picture.write_bytes(raster("PNG"))
    for args in (
        ("import", "asset", "--workspace", target, "--kit", "none", picture),
        ("export", "asset", "--workspace", target, "--asset", "none", "--out", tmp_path / "x.png"),
    ):
        out = run(*args)
        assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    out = run("import", "asset", "--workspace", target, empty, lang="ar")
    assert out.returncode == 2 and "الملف فارغ" in out.stderr


def test_relative_workspace_paths_work(tmp_path):
    """`--workspace w.planner` relative to the current folder opens like an absolute path."""
    import os

    run("new", "--out", tmp_path / "w.planner")
    picture = tmp_path / "p.png"
    picture.write_bytes(raster("PNG"))
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "import",
            "asset",
            "--workspace",
            "w.planner",
            "p.png",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PLANNER_LANG": "en", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr
