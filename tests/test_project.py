"""House rules checked on the source tree: layers, version, resources, no network."""

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import planner
from planner import paths

ROOT = Path(__file__).resolve().parent.parent
LABELS = ("calendar", "coverage", "campaigns")
ENTRY_POINTS = ("planner.app", "planner.cli", "planner.screenshot", "planner.selftest")
FORBIDDEN = {
    "domain": (
        "PySide6",
        "shiboken6",
        "planner.storage",
        "planner.ui",
        "planner.reports",
        "sqlite3",
        "sqlite_utils",
    ),
    "storage": ("PySide6", "shiboken6", "planner.ui", "planner.reports"),
    # the reports speak the officer's language through planner.i18n.language, never through
    # the windows; the areas' labels in planner.i18n name the reports' codes, so sit above them
    "reports": ("planner.ui", *ENTRY_POINTS, *(f"planner.i18n.{a}" for a in LABELS)),
    "i18n": ("planner.ui", "PySide6.QtWidgets", *ENTRY_POINTS),
}
# The command line's modules may start the window, the screenshots and the self-test only
# from planner/cli.py; nothing else of the windows.
CLI_MAY_START = {
    "planner.app",
    "planner.screenshot",
    "planner.screenshot_views",
    "planner.selftest",
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("layer", list(FORBIDDEN))
def test_lower_layers_import_no_qt_nor_upper_layers(layer):
    """Each layer imports only what sits below it: domain and storage no Qt, no UI, no reports;
    reports and i18n not the windows nor the entry points."""
    offenders = []
    for path in sorted((ROOT / "planner" / layer).rglob("*.py")):
        for module in imported_modules(path):
            if module.startswith(FORBIDDEN[layer]):
                offenders.append(f"{path.relative_to(ROOT)} imports {module}")
    assert not offenders


def test_the_command_line_never_imports_the_windows():
    """planner/cli*.py name their messages through planner.i18n and the storage; only cli.py
    opens the window, the screenshots or the self-test (imported when asked for)."""
    offenders = []
    for path in sorted((ROOT / "planner").glob("cli*.py")):
        allowed = CLI_MAY_START if path.name == "cli.py" else set()
        for module in imported_modules(path):
            gui = module.startswith(("planner.ui", *ENTRY_POINTS[:1], *ENTRY_POINTS[2:]))
            if gui and module not in allowed:
                offenders.append(f"{path.relative_to(ROOT)} imports {module}")
    assert not offenders


def test_the_entry_points_import_each_other_in_no_circle():
    """app, cli, screenshot, selftest and the other top-level modules form no import cycle."""
    names = {p.stem for p in (ROOT / "planner").glob("*.py")} - {"__init__"}
    graph = {
        name: {
            m.split(".")[1]
            for m in imported_modules(ROOT / "planner" / f"{name}.py")
            if m.startswith("planner.") and m.split(".")[1] in names
        }
        for name in names
    }
    path: list[str] = []

    def visit(name: str) -> list[str]:
        if name in path:
            return [*path[path.index(name) :], name]
        path.append(name)
        for nxt in sorted(graph[name]):
            cycle = visit(nxt)
            if cycle:
                return cycle
        path.pop()
        return []

    assert [cycle for cycle in (visit(n) for n in sorted(names)) if cycle] == []


def test_storage_loads_without_qt():
    """Importing the whole storage layer pulls in no Qt module at run time either."""
    code = (
        "import sys, pkgutil, importlib, planner.storage as s, planner.domain as d\n"
        "for pkg in (s, d):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(pkg.__name__ + '.' + m.name)\n"
        "print(any(n.startswith('PySide6') for n in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "False"


def test_version_matches_pyproject():
    """The program's version is the one pyproject.toml declares."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert data["project"]["version"] == planner.__version__


def test_every_module_opens_with_a_docstring():
    """Each module says in one line what it holds."""
    missing = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "planner").rglob("*.py")
        if ast.get_docstring(ast.parse(p.read_text("utf-8"))) is None
    ]
    assert not missing


def test_bundled_resources_exist():
    """Every file the program refers to is in resources/, with its licence."""
    from planner.i18n.language import FONT_FILES

    for name in FONT_FILES:
        assert paths.resource("fonts", name).stat().st_size > 10_000
    assert "Open Font License" in paths.resource("fonts", "OFL.txt").read_text("utf-8")
    for name in ("fa-solid-900.ttf", "fa-brands-400.ttf", "LICENSE.txt"):
        assert paths.resource("icons", name).exists()
    assert paths.resource("sample", "workspace.json").exists()


def test_resources_found_inside_a_frozen_build(monkeypatch, tmp_path):
    """Frozen, resources are looked up in the bundle's folder (sys._MEIPASS)."""
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource("fonts", "x.ttf") == tmp_path / "resources" / "fonts" / "x.ttf"
    assert paths.translations_dir() == tmp_path / "translations"


def test_no_network_code():
    """Nothing in the program opens a network connection."""
    banned = ("socket", "urllib.request", "http.client", "requests", "PySide6.QtNetwork")
    offenders = [
        f"{p.relative_to(ROOT)}: {m}"
        for p in (ROOT / "planner").rglob("*.py")
        for m in imported_modules(p)
        if m.startswith(banned)
    ]
    assert not offenders


def test_no_translation_call_hides_inside_an_f_string():
    """lupdate cannot see tr() inside f-strings: such strings would never be translated."""
    offenders = []
    for path in sorted((ROOT / "planner").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Attribute)
                    and inner.func.attr in ("tr", "translate")
                ):
                    offenders.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert not offenders


def test_every_edit_runs_through_the_safe_undo_stack():
    """A failed save is never invisible: every undo stack is a SafeUndoStack (planner/ui/undo.py),
    every command a `Command`, and nothing calls QUndoStack.push past them."""
    offenders = []
    home = ROOT / "planner" / "ui" / "undo.py"
    for path in sorted((ROOT / "planner").rglob("*.py")):
        if path == home:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.ClassDef):
                bases = {ast.unparse(b) for b in node.bases}
                if bases & {"QUndoCommand", "QtGui.QUndoCommand", "QUndoStack"}:
                    offenders.append(f"{where} {node.name} derives from Qt's class directly")
            elif isinstance(node, ast.Call):
                called = ast.unparse(node.func)
                if called.endswith(("QUndoStack", "QUndoStack.push", "QUndoCommand.redo")):
                    offenders.append(f"{where} calls {called}")
                elif called.endswith(".push") and not called.endswith(
                    ("undo_stack.push", "self.push", "stack.push")
                ):
                    offenders.append(f"{where} pushes on something that is not the undo stack")
    assert not offenders


def make_venv_python(tmp_path: Path, versions: dict[str, str]) -> str:
    """The Python `make` would make a new .venv with, given fake interpreters on PATH."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, version in versions.items():  # each answers the Makefile's probe as it would
        script = bin_dir / name
        script.write_text(f"#!/bin/sh\necho {version} {script}\n")
        script.chmod(0o755)
    (tmp_path / "pyproject.toml").write_text("")
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(tmp_path)}
    out = subprocess.run(
        ["make", "-n", "-f", str(ROOT / "Makefile"), "-C", str(tmp_path), ".venv/.installed"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    line = next(x for x in out.stdout.splitlines() if "-m venv" in x)
    return line.split("||")[1].split()[0]


def test_make_picks_the_newest_python_from_3_12(tmp_path):
    """`make` makes the venv with the newest Python >= 3.12 it finds (None is immortal there)."""
    found = make_venv_python(tmp_path, {"python3.12": "3.012.004", "python3.13": "3.013.001"})
    assert found == str(tmp_path / "bin" / "python3.13")


def test_make_falls_back_to_python3(tmp_path):
    """Without a Python >= 3.12 (Debian 12), python3 (3.11 with the workaround) makes it."""
    assert make_venv_python(tmp_path, {}) == "python3"
