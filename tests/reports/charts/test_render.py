"""The renderer that remembers shaped text draws the very pixels matplotlib's Agg draws, on a
first draw and on a second one from what it remembered; font lookups it remembers are the ones
matplotlib would make at any size."""

import numpy as np
import pytest
from matplotlib import font_manager, rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure

from planner.formatting import Digits, Formatter
from planner.reports import charts
from planner.reports.charts.data import Selection, collect
from planner.reports.charts.drawing import TextOp
from planner.reports.charts.render import QuickCanvasAgg
from planner.reports.charts.style import FAMILY, setup

FORMATTERS = {"ar": Formatter("ar", Digits.ARABIC_INDIC), "en": Formatter("en", Digits.LATIN)}


@pytest.fixture(autouse=True)
def english(qapp):
    """The figures' words are read in English, whatever language an earlier test left."""
    from planner.i18n import language

    language.install_language("en")


def pixels(canvas):
    return np.asarray(canvas.buffer_rgba()).copy()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_chart_is_drawn_pixel_for_pixel_as_agg_draws_it(workspace, lang):
    """Each chart of the sample's running campaign, drawn twice (the second time from what
    the renderer remembered), equals matplotlib's own Agg drawing, pixel for pixel."""
    inp = collect(workspace, Selection(campaign_id=1))
    for name in charts.NAMES:
        plain = FigureCanvasAgg(charts.figure(name, inp, FORMATTERS[lang], lang))
        quick = QuickCanvasAgg(charts.figure(name, inp, FORMATTERS[lang], lang))
        for _ in range(2):
            plain.draw()
            quick.draw()
            assert np.array_equal(pixels(plain), pixels(quick)), name


def test_text_moved_by_whole_pixels_or_turned_is_drawn_as_agg_draws_it():
    """The same words at places a whole number of pixels apart (the glyph images are reused)
    and turned by 90 and 30 degrees land exactly where Agg puts them."""
    setup()

    def drawing(canvas_class):
        fig = Figure(figsize=(4, 3), dpi=100)
        canvas = canvas_class(fig)
        for i, x in enumerate((10.3, 60.3, 110.3, 160.8)):
            fig.text(
                x / 400,
                (20 + 40 * i) / 300,
                "الوصول المقدَّر ١٢٣ reach 45",
                fontfamily=FAMILY,
                fontsize=9.5 if i < 3 else 12,
            )
        fig.text(0.9, 0.2, "معدل الوصول", rotation=90, fontfamily=FAMILY)
        fig.text(0.6, 0.6, "غير مغطاة", rotation=30, fontfamily=FAMILY, fontweight="bold")
        canvas.draw()
        canvas.draw()
        return pixels(canvas)

    assert np.array_equal(drawing(FigureCanvasAgg), drawing(QuickCanvasAgg))


def test_font_lookups_answer_as_matplotlib_at_every_size():
    """The remembered font files of a family list are matplotlib's own answer at any size and
    weight; generic families still follow rcParams."""
    setup()
    manager = font_manager.fontManager
    find = font_manager.FontManager._find_fonts_by_props  # matplotlib's, not remembered
    for size in (6, 8.5, 13, 40):
        for weight in ("normal", "bold"):
            prop = font_manager.FontProperties(family=FAMILY, size=size, weight=weight)
            assert manager._find_fonts_by_props(prop) == find(manager, prop)
    generic = font_manager.FontProperties(family=["sans-serif"], size=9)
    for fonts in (["DejaVu Sans"], ["Noto Sans"]):
        with rc_context({"font.sans-serif": fonts}):
            assert manager._find_fonts_by_props(generic) == find(manager, generic)


def test_a_figure_used_again_draws_as_a_fresh_one(workspace):
    """The screen builds each chart into the figure that showed the last one (its Axes
    dropped, not cleared): the result is the fresh figure's, pixel for pixel."""
    fmt = FORMATTERS["ar"]
    reused = QuickCanvasAgg(Figure())
    for campaign, name in (
        (1, "actual"),
        (2, "platform-week"),
        (1, "platform-week"),
        (1, "segments"),
    ):
        inp = collect(workspace, Selection(campaign_id=campaign))
        charts.figure(name, inp, fmt, "ar", reused.figure)
        reused.draw()
        fresh = FigureCanvasAgg(charts.figure(name, inp, fmt, "ar"))
        fresh.draw()
        assert np.array_equal(pixels(reused), pixels(fresh)), (campaign, name)


@pytest.fixture
def public_path(monkeypatch):
    """matplotlib's internals taken as missing (PLANNER_CHARTS_PUBLIC), decided afresh."""
    from planner.reports.charts import render

    monkeypatch.setenv(render.PUBLIC_ONLY, "1")
    monkeypatch.setattr(render, "_private", None)
    return render


def test_the_pinned_matplotlib_has_the_internals_the_fast_path_uses():
    """With the matplotlib pyproject.toml pins, the fast path is the one drawn (and tested)."""
    from planner.reports.charts import render

    assert render._internals_present()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_without_the_internals_every_chart_is_drawn_by_stock_agg(workspace, lang, public_path):
    """The fallback: each chart still draws, at the same size, as stock Agg draws it."""
    inp = collect(workspace, Selection(campaign_id=1))
    for name in charts.NAMES:
        plain = FigureCanvasAgg(charts.figure(name, inp, FORMATTERS[lang], lang))
        quick = QuickCanvasAgg(charts.figure(name, inp, FORMATTERS[lang], lang))
        plain.draw()
        quick.draw()
        assert type(quick.get_renderer()) is RendererAgg
        assert np.array_equal(pixels(plain), pixels(quick)), name
    assert not public_path.private_api()


def test_internals_that_fail_at_first_use_hand_over_to_stock_agg(workspace, monkeypatch):
    """A private call that no longer works (here: the C renderer has no `draw_text_image`) is
    caught once; that chart and every later one are drawn by stock Agg, the same chart."""
    from planner.reports.charts import render

    monkeypatch.setattr(render, "_private", True)
    monkeypatch.setattr(render, "_LAYOUTS", render._Remembered())

    def gone(*args):
        raise AttributeError("'RendererAgg' object has no attribute 'draw_text_image'")

    monkeypatch.setattr(render.QuickRenderer, "_draw_glyphs", gone)
    inp = collect(workspace, Selection(campaign_id=1))
    plain = FigureCanvasAgg(charts.figure("actual", inp, FORMATTERS["ar"], "ar"))
    quick = QuickCanvasAgg(charts.figure("actual", inp, FORMATTERS["ar"], "ar"))
    plain.draw()
    quick.draw()
    assert render._private is False
    assert np.array_equal(pixels(plain), pixels(quick))


def test_the_pdf_drawing_keeps_its_texts_without_the_internals(workspace, monkeypatch):
    """The PDF's recorded charts measure text through the same renderer: the fallback gives
    the same lines of text at the same places and widths."""
    from planner.reports.charts import render
    from planner.reports.charts.vector import record

    inp = collect(workspace, Selection(campaign_id=1))

    def texts():
        fig = charts.figure("actual", inp, FORMATTERS["ar"], "ar")
        return [op for op in record(fig, 460.0).ops if isinstance(op, TextOp)]

    fast = texts()
    monkeypatch.setattr(render, "_private", False)
    slow = texts()
    assert [t.text for t in fast] == [t.text for t in slow] and fast

    def places(ops):
        return [v for t in ops for v in (t.x, t.y, t.width)]

    assert places(fast) == pytest.approx(places(slow))
