"""Start-up in two steps: the window's frame is painted first, then its workspace opens."""

import os
import subprocess
import sys
from pathlib import Path

from planner.ui.first_paint import when_painted

ROOT = Path(__file__).resolve().parents[2]


def test_the_frame_is_made_without_the_workspace_layers():
    """What paints the first window imports neither sqlite-utils, the storage nor the domain:
    those load once the window is on screen."""
    code = (
        "import sys, planner.cli, planner.app, planner.startup_probe\n"
        "heavy = [n for n in sys.modules if n.split('.')[0] in ('sqlite_utils', 'babel',"
        " 'matplotlib') or n.startswith(('planner.storage', 'planner.domain.'))]\n"
        "print(sorted(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "[]"


def test_the_frame_shows_the_navigation_and_then_takes_its_workspace(app_shell, workspace, qtbot):
    """The frame has every screen in its navigation before the file is open; start() fills
    that same window with the Overview, and Undo appears in the Edit menu."""
    path = workspace.path
    workspace.close()
    app_shell.show_frame(path)
    frame = app_shell.window
    qtbot.waitExposed(frame)
    assert frame.ctx is None
    assert frame.nav.count() == 7 and frame.nav.item(0).text() == "نظرة عامة"
    assert path.stem in frame.windowTitle()
    assert frame.statusBar().currentMessage() == "جارٍ فتح مساحة العمل…"
    assert not frame.edit_menu.actions()
    with qtbot.waitSignal(frame.attached):
        assert app_shell.start(path)
    assert app_shell.window is frame
    assert frame.current_key() == "overview"
    qtbot.waitUntil(frame.screen("overview").isVisible)
    assert frame.edit_menu.actions()[0].text().startswith("تراجع")


def test_a_bad_file_at_start_is_explained_over_the_frame(app_shell, tmp_path, dialogs, qtbot):
    """A file that is not a workspace gets its message, with the frame as the dialog's
    parent; start() says it failed, so the program can end with exit code 2."""
    bad = tmp_path / "notes.planner"
    bad.write_text("hello")
    app_shell.show_frame(bad)
    assert not app_shell.start(bad)
    assert dialogs.errors and "ليس ملف مساحة عمل" in dialogs.errors[0][1]
    assert bad.read_text() == "hello"


def test_changing_language_while_the_workspace_opens_keeps_a_frame(app_shell, workspace):
    """Switching to English before the file is open rebuilds the frame in English; the
    workspace then opens in it."""
    path = workspace.path
    workspace.close()
    app_shell.show_frame(path)
    app_shell.switch_language("en")
    assert app_shell.window.nav.item(0).text() == "Overview"
    assert app_shell.start(path)
    assert app_shell.window.ctx is not None
    assert app_shell.window.screen("overview") is not None


def test_work_waits_for_the_first_paint(qtbot):
    """when_painted calls back once, after the window has been painted, not before."""
    from PySide6.QtWidgets import QLabel

    calls = []
    label = QLabel("x")
    qtbot.addWidget(label)
    when_painted(label, lambda: calls.append(label.isVisible()))
    assert calls == []
    label.show()
    qtbot.waitUntil(lambda: calls == [True])
    label.update()
    qtbot.wait(50)
    assert calls == [True]


def test_the_program_reports_its_frame_before_its_workspace(tmp_path, workspace):
    """Run for real: the frame's paint is reported before the window is ready, and the
    program ends cleanly."""
    path = workspace.path
    workspace.close()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PLANNER_BENCH_EXIT_AFTER_PAINT="1",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--workspace", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr
    words = [line.split()[0] for line in out.stdout.splitlines()]
    assert words == ["painted", "ready"]
