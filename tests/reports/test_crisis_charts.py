"""The response-times chart: built from plain data without a window; matplotlib loads late."""

import subprocess
import sys
from pathlib import Path

from planner.reports.crisis_charts import ResponseTimesChart, Series, response_times_figure

ROOT = Path(__file__).resolve().parents[2]
DATA = dict(
    categories=("إكس", "إنستغرام", "فيسبوك"),
    series=(
        Series("طلبات المتابعين", "#0f6e6e", (2.5, None, 18.5)),
        Series("الحوادث", "#d97706", (0.7, 1.0, None)),
    ),
    title="زمن الاستجابة",
    axis_label="ساعات",
    target=8.0,
    target_label="الهدف",
)


def texts(axes):
    return [t.get_text() for t in axes.texts]


def test_bars_values_and_labels_come_from_the_data():
    """One bar per known value with its value written on it; a dash where there is none."""
    figure = response_times_figure(ResponseTimesChart(**DATA))
    (axes,) = figure.axes
    heights = sorted(round(p.get_height(), 1) for p in axes.patches)
    assert heights == [0.7, 1.0, 2.5, 18.5]
    assert [t.get_text() for t in axes.get_xticklabels()] == list(DATA["categories"])
    assert {"2.5", "18.5", "0.7", "1"} <= set(texts(axes))
    assert texts(axes).count("—") == 2
    assert axes.get_ylabel() == "ساعات"
    legend = figure.legends[0]
    assert [t.get_text() for t in legend.get_texts()] == ["طلبات المتابعين", "الحوادث", "الهدف"]


def test_arabic_runs_right_to_left_with_the_axis_on_the_right():
    """In Arabic the first platform sits at the right and the value axis on the right side."""
    figure = response_times_figure(
        ResponseTimesChart(**DATA, rtl=True, value_text=lambda v: f"<{v:g}>")
    )
    (axes,) = figure.axes
    ticks = {t.get_text(): t.get_position()[0] for t in axes.get_xticklabels()}
    assert ticks["إكس"] > ticks["إنستغرام"] > ticks["فيسبوك"]
    assert axes.yaxis.get_label_position() == "right"
    assert "<2.5>" in texts(axes)


def test_renders_arabic_to_an_image(tmp_path):
    """The figure renders to a PNG with the bundled fonts (Arabic labels and all)."""
    figure = response_times_figure(ResponseTimesChart(**DATA, rtl=True))
    out = tmp_path / "chart.png"
    figure.savefig(out)
    assert out.stat().st_size > 5_000


def test_no_data_still_draws_an_empty_chart():
    """No platform and no series: an empty, valid figure rather than an error."""
    figure = response_times_figure(ResponseTimesChart((), ()))
    assert figure.axes


def test_matplotlib_is_imported_only_when_a_chart_is_drawn():
    """Building the Crisis screen (chart tab not shown) does not import matplotlib."""
    code = (
        "import os, sys, datetime as dt, tempfile\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from planner.storage.full_sample import create_sample\n"
        "from planner.formatting import Formatter\n"
        "from planner.ui.document import Document\n"
        "from planner.ui.dialogs import Dialogs\n"
        "from planner.ui.crisis.view import CrisisView\n"
        "ws = create_sample(Path(tempfile.mkdtemp()) / 's.planner')\n"
        "view = CrisisView(Document(ws), Formatter('en'), Dialogs())\n"
        "print('matplotlib' in sys.modules)\n"
        "view.stats.draw_chart()\n"
        "print('matplotlib' in sys.modules, view.stats.canvas is not None)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    assert out.stdout.split() == ["False", "True", "True"]
