"""Charts recorded as drawings: plain data that pickles, made without a GUI, laid out as
matplotlib lays them out for Agg, and painted by Qt where Agg puts its ink."""

import datetime as dt
import os
import pickle
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from planner.formatting import Digits, Formatter
from planner.reports import charts
from planner.reports.charts import loading
from planner.reports.charts.data import Selection, collect
from planner.reports.charts.drawing import Drawing, GridOp, PathOp, TextOp
from planner.reports.pdf.vector_paint import paint

WIDTH_PT = 460.0  # about the width of a chart in the plan PDF
TODAY = dt.date(2026, 11, 26)
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def sample_input(qapp, tmp_path_factory):
    """The coverage input of the full sample's running campaign (posts, occasions,
    budget, follower counts and published figures)."""
    from planner.i18n.language import load_fonts
    from planner.storage.full_sample import create_sample

    load_fonts()
    ws = create_sample(tmp_path_factory.mktemp("vector") / "full.planner", TODAY)
    try:
        campaign_id = next(c.id for c in ws.campaigns.summaries() if c.status == "running")
        return collect(ws, Selection(campaign_id=campaign_id))
    finally:
        ws.close()


@pytest.fixture
def language():
    """Charts in the language a test asks for; Arabic again afterwards."""
    from planner.i18n.language import install_language

    yield install_language
    install_language("ar")


def digits_of(lang):
    return Digits.ARABIC_INDIC if lang == "ar" else Digits.LATIN


def record(name, inp, lang):
    loading.load("planner.reports.charts.vector")
    from planner.reports.charts.vector import print_chart

    data = charts.CHARTS[name].compute(inp)
    return print_chart(name, data, lang, str(digits_of(lang)), WIDTH_PT)


def agg_grey(name, inp, lang):
    """The chart as the screen draws it (Agg), at the dpi the drawing was laid out for."""
    from planner.reports.charts.render import QuickCanvasAgg
    from planner.reports.charts.sizes import printed_size
    from planner.reports.charts.vector import LAYOUT_DPI

    data = charts.CHARTS[name].compute(inp)
    fig = charts.builder(name)(data, Formatter(lang, digits_of(lang)), lang)
    fig.suptitle("")
    fig.set_size_inches(printed_size(name, data, WIDTH_PT / 72), forward=False)
    canvas = QuickCanvasAgg(fig)
    fig.set_dpi(LAYOUT_DPI * (WIDTH_PT / 72) / fig.get_figwidth())
    canvas.draw()
    rgba = np.asarray(canvas.buffer_rgba(), dtype=float)
    return rgba[..., :3].mean(axis=2)


def painted_grey(drawing, width, height):
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    paint(drawing, painter, QRectF(0, 0, width, height))
    painter.end()
    pixels = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(height, width, 4)
    return pixels[..., :3].astype(float).mean(axis=2)


def blocks(grey, size=12):
    """Mean grey of each size x size block: where the ink is, not its antialiasing."""
    h, w = (grey.shape[0] // size) * size, (grey.shape[1] // size) * size
    return grey[:h, :w].reshape(h // size, size, w // size, size).mean(axis=(1, 3))


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("platform-week", "ar"),
        ("heatmap", "ar"),
        ("actual", "ar"),
        ("times", "en"),
        ("segments", "en"),
    ],
)
def test_the_drawing_puts_its_ink_where_agg_does(sample_input, language, name, lang):
    """Painted by Qt, a recorded chart has its bars, cells, lines and words where the
    screen's Agg picture has them (compared block by block), far closer than to a blank."""
    language(lang)
    drawing = record(name, sample_input, lang)
    agg = agg_grey(name, sample_input, lang)
    height, width = agg.shape
    assert abs(drawing.width * width / WIDTH_PT - width) < 1
    ours = blocks(painted_grey(drawing, width, height))
    theirs = blocks(agg)
    difference = np.abs(ours - theirs)
    ink = np.abs(255 - theirs).mean()
    assert difference.mean() < 2.0 and difference.mean() < ink / 4, (difference.mean(), ink)
    assert np.percentile(difference, 99) < 40


def test_a_drawing_survives_a_trip_through_pickle(sample_input, language):
    """A drawing sent to another process (pickled) is small and paints the same pixels."""
    language("ar")
    drawing = record("actual", sample_input, "ar")
    blob = pickle.dumps(drawing, protocol=pickle.HIGHEST_PROTOCOL)
    assert len(blob) < 200_000
    back = pickle.loads(blob)
    assert isinstance(back, Drawing) and back.texts() == drawing.texts()
    assert len(back.ops) == len(drawing.ops) and back.clips == drawing.clips
    width, height = round(drawing.width * 2), round(drawing.height * 2)
    assert np.array_equal(painted_grey(back, width, height), painted_grey(drawing, width, height))


def test_labels_are_recorded_as_text_with_their_font_and_angle(sample_input, language):
    """The y-axis label is turned a quarter, platform names and week dates are text in the
    bundled fonts; the heatmap's cells are a grid of cells, not a picture."""
    language("en")
    week = record("platform-week", sample_input, "en")
    texts = {op.text: op for op in week.ops if isinstance(op, TextOp)}
    assert texts["Planned posts"].angle == 90
    assert texts["Week beginning"].angle == 0
    assert "Instagram" in texts and texts["Instagram"].families[0] == "Noto Sans Arabic"
    assert any(t.endswith(" Nov") for t in texts)
    assert all(0 <= op.x <= week.width and 0 <= op.y <= week.height for op in texts.values())
    heatmap = record("heatmap", sample_input, "en")
    grids = [op for op in heatmap.ops if isinstance(op, GridOp)]
    assert len(grids) == 1 and grids[0].pixels.shape[:2] == (
        len(charts.CHARTS["heatmap"].compute(sample_input).platforms),
        len(charts.CHARTS["heatmap"].compute(sample_input).days),
    )


def test_hatched_bars_keep_their_hatch_and_kpi_labels_their_box(sample_input, language):
    """The estimated bars of the 'actual' chart are hatched (lines inside the bar); each
    KPI figure sits on a white box; bold titles stay bold."""
    language("ar")
    drawing = record("actual", sample_input, "ar")
    hatched = [op for op in drawing.ops if isinstance(op, PathOp) and op.hatch is not None]
    assert hatched and all(len(op.hatch.lines.vertices) >= 4 for op in hatched)
    boxes = [
        op
        for op in drawing.ops
        if isinstance(op, PathOp)
        and op.fill is not None
        and op.fill & 0xFFFFFF == 0xFFFFFF
        and 0 < op.fill >> 24 < 255
    ]
    assert boxes  # the KPI labels' boxes: white, 85% opaque
    titles = [op for op in drawing.ops if isinstance(op, TextOp) and op.weight >= 700]
    assert titles


def test_a_chart_is_recorded_without_a_gui(sample_input):
    """A worker process with a QCoreApplication (no QGuiApplication) records a chart from
    plain arguments and sends it back."""
    data = charts.CHARTS["platform-week"].compute(sample_input)
    script = (
        "import pickle, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from planner.i18n.language import install_language\n"
        "install_language('ar', set_direction=False)\n"
        "from planner.reports.charts import loading\n"
        "loading.load('planner.reports.charts.vector')\n"
        "from planner.reports.charts.vector import print_chart\n"
        "data = pickle.load(sys.stdin.buffer)\n"
        "drawing = print_chart('platform-week', data, 'ar', 'arabic', 460.0)\n"
        "assert 'PySide6.QtWidgets' not in sys.modules\n"
        "sys.stdout.buffer.write(pickle.dumps(drawing))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=pickle.dumps(data),
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    drawing = pickle.loads(done.stdout)
    assert "بداية الأسبوع" in drawing.texts()
    assert drawing.width == pytest.approx(460.0)
