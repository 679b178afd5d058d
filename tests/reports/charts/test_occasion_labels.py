"""Charts that never collide: occasion numbers apart at every width, charts that fit."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from planner.domain.coverage.values import OccasionMark
from planner.formatting import Digits, Formatter
from planner.reports import charts
from planner.reports.charts.plan import NARROWEST
from tests.domain.coverage.helpers import plan

AR = Formatter("ar", Digits.ARABIC_INDIC)
EN = Formatter("en", Digits.LATIN)


@pytest.fixture(autouse=True)
def english(qapp):
    from planner.i18n import language

    language.install_language("en")


def _occasions() -> list[OccasionMark]:
    """Two on one day, then one on each of the next two days, and a lone one later."""
    days = [10, 10, 11, 12, 20]
    return [
        OccasionMark(dt.date(2026, 11, d), f"مناسبة {i}", f"Day {i}") for i, d in enumerate(days)
    ]


def _label_boxes(fig, width: float):
    fig.set_size_inches(width, fig.get_size_inches()[1])
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    labels = [t for ax in fig.axes for t in ax.texts if t.get_gid() == "occasion"]
    return labels, [t.get_window_extent(renderer) for t in labels]


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("wide", [False, True])
@pytest.mark.parametrize("width", [NARROWEST, 8.0, 11.5])
def test_occasion_numbers_never_overlap(lang, wide, width):
    """Same-day occasions share one label ("1, 2"); labels of neighbouring days are lifted
    apart: no two labels' drawn extents meet, on screen (wide), in the export and the PDF
    (8 inches), at any width from the narrowest pane up."""
    fmt = AR if lang == "ar" else EN
    fig = charts.figure("heatmap", plan(occasions=_occasions()), fmt, lang, wide=wide)
    labels, boxes = _label_boxes(fig, width)
    assert len(labels) == 4  # five occasions on four days
    assert any(("," in t.get_text() or "،" in t.get_text()) for t in labels)
    for (a, box_a), (b, box_b) in itertools.combinations(zip(labels, boxes, strict=True), 2):
        assert not box_a.overlaps(box_b), (a.get_text(), b.get_text(), width)


def test_every_occasion_is_named_in_the_key():
    """Sharing a label loses no occasion: the key still names each one."""
    fig = charts.figure("heatmap", plan(occasions=_occasions()), EN, "en")
    key = sorted(t.get_text() for t in fig.legends[0].get_texts() if t.get_text())
    assert key == [f"{i + 1}. Day {i} ({d} Nov)" for i, d in enumerate([10, 10, 11, 12, 20])]


def test_the_actual_chart_shows_one_panel_on_screen():
    """On screen the planned-against-actual chart draws the chosen panel alone, at the
    height of one panel (its three stacked do not fit 1280x800)."""
    from planner.reports.charts.sizes import actual_panels, figure_size

    inp = plan()
    data = charts.CHARTS["actual"].compute(inp)
    names = [name for name, _ in actual_panels(data)]
    if not names:
        pytest.skip("the plan has no actual figures")
    whole = charts.figure("actual", inp, EN, "en")
    one = charts.figure("actual", inp, EN, "en", panel=names[0])
    assert len(one.axes) == 1 <= len(whole.axes)
    width, height = figure_size("actual", data, panel=names[0])
    assert height / width < 0.62
