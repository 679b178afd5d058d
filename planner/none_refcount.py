"""Keep Python 3.11 alive under PySide6 6.12, whose void methods give back None unreferenced.

Measured here (PySide6-Essentials 6.12.0, CPython 3.11.7): every call of a method returning
void (QPainter.fillRect, QWidget.resize, setToolTip, ...) lowers None's reference count by
one; repainting the Campaigns screen once costs about 160 references, and the process dies
with "Fatal Python error: none_dealloc" once the count reaches zero (about 16,000 at start),
that is after a few minutes of use. From Python 3.12 on None is immortal and the count does
not matter (`make` builds its venv and the bundle with Python >= 3.12 when it finds one).
Until the binding is fixed, None is given a count no session can exhaust. The reproduction,
ready to file upstream: docs/upstream/pyside6-none-refcount.md.
"""

from __future__ import annotations

import ctypes
import sys

MARGIN = 1 << 48  # 2.8e14 references: centuries of void calls


def protect_none() -> None:
    """Raise None's reference count by MARGIN, once, on interpreters where it is mortal."""
    if sys.version_info >= (3, 12) or getattr(protect_none, "done", False):
        return
    # Signal.emit() loses a reference to True the same way (measured: one per emit; True
    # starts near 600 in a bare process), so True and False get the same margin.
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        count.value += MARGIN
    protect_none.done = True  # type: ignore[attr-defined]
