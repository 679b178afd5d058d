"""Logging set once at start-up, and crash reports: a rotating log in the data folder.

`configure(folder)` writes `planner.log` (rotated at 1 MB, three old files kept) at the level
named by the environment variable PLANNER_LOG (debug, info, warning, error; info when unset),
turns on `faulthandler` into `crash.log` beside it (a hard crash of Qt or a C library still
leaves a trace), and installs `sys.excepthook` and `threading.excepthook`: an uncaught error is
written to the log as a crash report, then handed to `on_crash` (the window shows it with a
"Copy details" button). No Qt here: the command line and the tests use it too. The window
calls it once its frame is painted (see planner.app.run_gui), off the start-up path.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
LEVELS["error"] = logging.ERROR
LOG_NAME = "planner.log"
CRASH_NAME = "crash.log"

log = logging.getLogger("planner")
_state: dict[str, object] = {}
on_crash: list[Callable[[str], None]] = []  # called with the report; the window adds one


def level_from_environment() -> int:
    """The level PLANNER_LOG names; info when unset or unknown."""
    return LEVELS.get(os.environ.get("PLANNER_LOG", "").strip().lower(), logging.INFO)


def configure(folder: Path) -> Path:
    """Send the program's log to `folder`/planner.log and catch crashes; once per process."""
    path = folder / LOG_NAME
    if "folder" in _state:
        return Path(str(_state["folder"])) / LOG_NAME
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(level_from_environment())
    crash_file: IO[str] = open(folder / CRASH_NAME, "a", encoding="utf-8")  # noqa: SIM115
    faulthandler.enable(crash_file)  # the file must stay open for the life of the process
    _state.update(folder=folder, handler=handler, crash_file=crash_file)
    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    log.info("started: Campaign Planner, Python %s, %s", platform.python_version(), sys.platform)
    return path


def crash_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """The text the officer can copy and send: version, platform and the traceback."""
    from planner import __version__

    head = (
        f"Campaign Planner {__version__}, Python {platform.python_version()}, {platform.platform()}"
    )
    return head + "\n\n" + "".join(traceback.format_exception(kind, value, tb))


def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """An error nobody caught: log it as a crash report, then show it (when a window can)."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    report = crash_report(kind, value, tb)
    log.critical("crash report\n%s", report)
    sys.stderr.write(report)
    if threading.current_thread() is not threading.main_thread():
        return  # a window can only be shown from the main thread: the log has it
    for show in list(on_crash):
        try:
            show(report)
        except Exception:  # the dialog itself failed: the log has the report
            log.exception("the crash report could not be shown")


def thread_excepthook(args: threading.ExceptHookArgs) -> None:
    """The same for a thread other than the main one."""
    if args.exc_value is None:
        return
    excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def reset() -> None:
    """Undo `configure()` (for tests): hooks back to Python's, log file closed."""
    handler = _state.pop("handler", None)
    if isinstance(handler, logging.Handler):
        log.removeHandler(handler)
        handler.close()
    crash_file = _state.pop("crash_file", None)
    faulthandler.disable()
    if crash_file is not None:
        crash_file.close()  # type: ignore[attr-defined]
    _state.clear()
    on_crash.clear()
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
