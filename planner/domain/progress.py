"""Long work tells how far it is and can be stopped: a Qt-free progress callback and Ctrl+C.

An export or import takes an optional `progress(done, total) -> bool`; it is called as the
work advances and returns False to stop it, which raises `Cancelled` there. Everything that
writes cleans up on any exception (a temporary file beside the target, renamed only when
whole; one SQLite transaction), so a stop at any point leaves nothing behind.

On the command line `interruptible()` turns Ctrl+C (SIGINT) into the same stop. Once the
work is being made final (the rename of the finished file, the COMMIT of the import), an
interrupt no longer stops it: the command completes and says what it wrote, so "cancelled:
nothing written" is never a lie. Inside `polled()` (code that runs under Qt, whose C++
callbacks must not see an exception fly through them) Ctrl+C only marks the stop, and the
next `step()` raises it.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import FrameType

Progress = Callable[[int, int], bool]
EXIT_CANCELLED = 130  # 128 + SIGINT, as shells report a command stopped by Ctrl+C


class Cancelled(BaseException):
    """The work was stopped by its progress callback or by Ctrl+C; nothing was written.

    A BaseException, like KeyboardInterrupt: a handler for "any failure" (`except
    Exception`) must not report a stop as a problem."""


@dataclass
class _State:
    finishing: bool = False  # a rename or COMMIT has begun: an interrupt no longer stops
    polled: int = 0  # depth of polled() sections
    provisional: int = 0  # depth of provisional() sections
    asked: bool = False  # Ctrl+C seen inside a polled() section


_state = _State()


def step(progress: Progress | None, done: int, total: int) -> None:
    """Report `done` of `total`; raise Cancelled if the callback (or a Ctrl+C seen during a
    polled section) asks to stop."""
    if _state.asked and not _state.finishing:
        _state.asked = False
        raise Cancelled
    if progress is not None and not progress(done, total):
        raise Cancelled


def finishing() -> None:
    """The step that makes the work whole (a rename, a COMMIT) begins: from here an interrupt
    no longer stops the command (see the module's notes). Raises Cancelled first if a stop
    was asked for and not yet seen. Inside `provisional()` a COMMIT is not final."""
    step(None, 0, 0)
    if not _state.provisional:
        _state.finishing = True


@contextlib.contextmanager
def provisional() -> Iterator[None]:
    """Within: the commits go into a temporary file that is renamed only at the end, so
    they make nothing final and Ctrl+C still stops the work."""
    _state.provisional += 1
    try:
        yield
    finally:
        _state.provisional -= 1


@contextlib.contextmanager
def polled() -> Iterator[None]:
    """Within: Ctrl+C is only marked, and raised by the next `step()`."""
    _state.polled += 1
    try:
        yield
    finally:
        _state.polled -= 1


def _on_interrupt(_signum: int, _frame: FrameType | None) -> None:
    if _state.finishing:
        return  # the result is being made final: let it complete
    if _state.polled:
        _state.asked = True
        return
    raise KeyboardInterrupt


@contextlib.contextmanager
def interruptible() -> Iterator[None]:
    """For one command: Ctrl+C stops the work unless it is being made final."""
    global _state
    _state = _State()
    installed = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, _on_interrupt) if installed else None
    try:
        yield
    finally:
        if installed:
            signal.signal(signal.SIGINT, previous)
        _state = _State()
