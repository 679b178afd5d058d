"""Loading matplotlib the quick way changes nothing but the time: every artist keeps a working
`set()`, matplotlib's and PySide6's own functions are back afterwards, and PySide6 records the
same verdict on each new module as its own check gives."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

CHECK = r"""
import gc, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
import PySide6.support.feature as feature
asked = feature._mod_uses_pyside
before = set(sys.modules)
from planner.reports.charts.loading import load
load("planner.reports.charts.plan", "planner.ui.coverage.canvas")
import matplotlib.artist as artist
from matplotlib.lines import Line2D
from matplotlib.text import Text
assert feature._mod_uses_pyside is asked
assert artist.Artist.__dict__["_update_set_signature_and_docstring"].__func__.__name__ == (
    "_update_set_signature_and_docstring")
assert artist.kwdoc(Line2D).startswith("Properties:")
assert gc.isenabled() and gc.get_freeze_count() == 0
line = Line2D([0, 1], [0, 1])
line.set(color="red", linewidth=3)
assert (line.get_color(), line.get_linewidth()) == ("red", 3)
text = Text(0, 0, "x")
text.set(fontsize=14, text="y")
assert (text.get_fontsize(), text.get_text()) == (14, "y")
new = [name for name in sys.modules if name not in before
       and name.startswith(("matplotlib", "planner"))]
assert len(new) > 80, len(new)
verdicts = feature.pyside_feature_dict
differ = [n for n in new if n in verdicts and verdicts[n] != (0 if asked(sys.modules[n]) else -1)]
assert not differ, differ
assert len([n for n in new if n in verdicts]) > 50
assert verdicts["matplotlib.cbook"] == 0  # it names PySide6
assert verdicts["matplotlib.figure"] == -1
print("ok")
"""


def run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "PATH": "/usr/bin:/bin",
            "HOME": os.environ.get("HOME", "/tmp"),
            "PYTHONPATH": str(ROOT),
        },
    )


def test_quick_load_keeps_matplotlib_and_pyside_as_they_were():
    """After load(): set() works on artists, kwdoc and the patched hooks are the originals
    again, no object is left out of the collector's reach, and PySide6's verdicts match its
    own check module by module."""
    out = run(CHECK)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_load_after_matplotlib_was_imported_leaves_it_alone():
    """When something imported matplotlib first (the crisis screen), load() only imports
    what is missing and the artists keep their generated docs."""
    out = run(
        "import matplotlib.lines\n"
        "from planner.reports.charts.loading import load\n"
        "load('planner.reports.charts.style')\n"
        "import sys, matplotlib.lines as lines\n"
        "assert 'planner.reports.charts.style' in sys.modules\n"
        "assert 'color' in lines.Line2D.set.__doc__\n"
        "print('ok')"
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
