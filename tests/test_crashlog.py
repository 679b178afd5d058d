"""Crash reports and the log: an error nobody caught is written down and shown, never lost."""

import logging
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from planner import crashlog

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def logs(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANNER_LOG", "debug")
    path = crashlog.configure(tmp_path / "logs")
    yield path
    crashlog.reset()


def raise_and_hook(error: BaseException) -> None:
    try:
        raise error
    except BaseException:
        sys.excepthook(*sys.exc_info())


def test_an_uncaught_error_is_logged_and_shown(logs, capsys):
    """The hook writes a crash report (version, traceback) to the log and hands it to the window."""
    shown = []
    crashlog.on_crash.append(shown.append)
    raise_and_hook(ZeroDivisionError("a bug"))
    for handler in logging.getLogger("planner").handlers:
        handler.flush()
    text = logs.read_text("utf-8")
    assert "CRITICAL planner: crash report" in text and "ZeroDivisionError: a bug" in text
    assert len(shown) == 1 and "Campaign Planner" in shown[0] and "Traceback" in shown[0]
    assert "ZeroDivisionError" in capsys.readouterr().err


def test_a_thread_error_is_logged(logs):
    """An error in another thread reaches the log (the window is not touched from there)."""
    shown = []
    crashlog.on_crash.append(shown.append)
    worker = threading.Thread(target=lambda: 1 / 0)
    worker.start()
    worker.join()
    assert "ZeroDivisionError" in logs.read_text("utf-8") and not shown


def test_the_level_comes_from_the_environment(logs):
    """PLANNER_LOG=debug lets debug lines through; unset, the log keeps info and above."""
    logging.getLogger("planner.test").debug("a debug line")
    assert "a debug line" in logs.read_text("utf-8")


@pytest.mark.parametrize(("value", "level"), [("", logging.INFO), ("WARNING", logging.WARNING)])
def test_level_names(value, level, monkeypatch):
    monkeypatch.setenv("PLANNER_LOG", value)
    assert crashlog.level_from_environment() == level


def test_a_hard_crash_leaves_a_trace(tmp_path):
    """faulthandler writes the Python stack of a fatal signal to crash.log."""
    code = (
        "import faulthandler, pathlib, planner.crashlog as c\n"
        f"c.configure(pathlib.Path({str(tmp_path)!r}))\n"
        "faulthandler._sigsegv()\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True)
    assert "Fatal Python error" in (tmp_path / "crash.log").read_text("utf-8")


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen platform
def test_the_crash_box_copies_its_details(qapp, qtbot, english):
    """The crash box offers "Copy details", which puts the report on the clipboard."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from planner.ui.dialogs import Dialogs

    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        try:  # the box is closed whatever happens: a failure must not leave the test waiting
            copy = next(b for b in box.buttons() if b.text() == "Copy details")
            copy.click()
            seen.append(box.isVisible())
        finally:
            box.close()

    QTimer.singleShot(0, answer)
    Dialogs().crash(None, "title", "text", "the details")
    assert QApplication.clipboard().text() == "the details" and seen == [True]


APP_CODE = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import planner.app as app
from planner.ui.dialogs import Dialogs

Dialogs.crash = lambda self, parent, title, text, details: print("BOX", title, "|", text)
opened = app.Application.start

def start(self, path):
    ok = opened(self, path)
    QTimer.singleShot(0, lambda: 1 / 0)  # an error nobody catches, in a Qt slot
    QTimer.singleShot(200, QApplication.instance().quit)
    return ok

app.Application.start = start
sys.exit(app.run_gui(Path(sys.argv[1]), "en"))
"""


def test_the_window_logs_and_shows_an_uncaught_error(workspace, tmp_path):
    """In the running program an error in a slot is written to planner.log in the data
    folder and shown in the crash box, which names where the details are kept."""
    import os

    path = workspace.path
    workspace.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"))
    out = subprocess.run(
        [sys.executable, "-c", APP_CODE, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    logs = list((tmp_path / "data").rglob("planner.log"))
    assert out.returncode == 0, out.stderr[-800:]
    assert len(logs) == 1 and logs[0].parent.name == "logs"
    assert "ZeroDivisionError" in logs[0].read_text("utf-8")
    assert "BOX Something went wrong |" in out.stdout and str(logs[0]) in out.stdout
