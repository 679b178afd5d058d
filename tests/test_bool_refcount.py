"""PySide6's Signal.emit() must not be able to exhaust True's reference count (Python 3.11)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CODE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import planner
from PySide6.QtCore import QObject, Signal

class Sender(QObject):
    said = Signal(str)

sender = Sender()
for _ in range(200_000):
    sender.said.emit("x")  # each emit loses a reference to True on PySide6 6.12 / 3.11
print("alive", sys.getrefcount(True) > 10**9 or sys.version_info >= (3, 12))
"""


def test_many_signal_emits_do_not_kill_the_interpreter():
    """200,000 emits (far more than True's natural count) leave the process alive."""
    out = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "alive True"
