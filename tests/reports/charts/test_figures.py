"""The figures draw what the data says (read from the Axes, not pixels), in the reading
direction, with the chosen digits, and render to PNG and SVG."""

import datetime as dt

import pytest
from matplotlib.collections import PolyCollection
from matplotlib.colors import to_hex
from matplotlib.patches import Rectangle

from planner.domain.bidi import unmarked
from planner.domain.coverage.values import FollowerCount, OccasionMark, PostStat
from planner.formatting import Digits, Formatter
from planner.palette import PLATFORM
from planner.reports import charts
from planner.reports.charts.style import ALERT, bar_heights
from tests.domain.coverage.helpers import IG, START, X, plan

AR = Formatter("ar", Digits.ARABIC_INDIC)
EN = Formatter("en", Digits.LATIN)


@pytest.fixture(autouse=True)
def english(qapp):
    """The figures' words are read in English, whatever language an earlier test left."""
    from planner.i18n import language

    language.install_language("en")


def bars_of(ax, colour):
    """The heights of the bars drawn in `colour`, in drawing order."""
    found = []
    for collection in ax.collections:
        if not isinstance(collection, PolyCollection):
            continue
        faces = collection.get_facecolor()
        for i, height in enumerate(bar_heights(collection)):
            face = faces[i] if len(faces) > 1 else faces[0]
            if to_hex(face) == colour:
                found.append(height)
    return found


def texts(fig):
    return [unmarked(t.get_text()) for ax in fig.axes for t in ax.texts]


def test_weekly_bars_stack_each_platforms_posts_and_shade_the_phases():
    """Each platform's bars hold its weekly counts; each phase is a named band."""
    fig = charts.figure("platform-week", plan(), EN, "en")
    ax = fig.axes[0]
    assert bars_of(ax, PLATFORM[X]) == [2, 1, 0]
    assert bars_of(ax, PLATFORM[IG]) == [1, 1, 0]
    assert {"الإطلاق", "التوعية"} <= {t.replace("\n", " ") for t in texts(fig)}
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["X", "Instagram", "Facebook"]


def test_arabic_runs_right_to_left_with_the_value_axis_on_the_right():
    """In Arabic the weeks run right to left and the counts sit on the right, in Arabic-Indic
    digits; in English the other way round."""
    ar = charts.figure("platform-week", plan(), AR, "ar").axes[0]
    en = charts.figure("platform-week", plan(), EN, "en").axes[0]
    assert ar.xaxis_inverted() and not en.xaxis_inverted()
    assert ar.yaxis.get_ticks_position() == "right"
    assert en.yaxis.get_ticks_position() == "left"
    ar.figure.draw_without_rendering()
    labels = [t.get_text() for t in ar.get_yticklabels() if t.get_text()]
    assert labels and all(ch in "٠١٢٣٤٥٦٧٨٩\xa0" for label in labels for ch in label)
    assert ar.figure.texts[0].get_ha() == "right"  # the title starts on the right


def test_arabic_legend_reads_from_the_right():
    """The first platform's entry sits at the right of the legend's first row."""
    fig = charts.figure("platform-week", plan(), AR, "ar")
    fig.draw_without_rendering()
    legend = fig.axes[0].get_legend()
    entries = {t.get_text(): t.get_window_extent().x0 for t in legend.get_texts()}
    assert entries["X"] > entries["Instagram"] > entries["Facebook"]


def test_heatmap_cells_hold_the_daily_counts_and_number_the_occasions():
    """The image is the platform x day grid; an occasion is numbered and named in the key."""
    inp = plan(occasions=[OccasionMark(dt.date(2026, 11, 10), "يوم البيئة", "Environment Day")])
    fig = charts.figure("heatmap", inp, EN, "en")
    ax = fig.axes[0]
    grid = ax.images[0].get_array()
    assert grid.shape == (3, 21)
    assert grid[:, 9].tolist() == [1, 1, 1]
    assert "1" in texts(fig)
    key = [t.get_text() for t in fig.legends[0].get_texts()]
    assert key == ["1. Environment Day (10 Nov)"]


def test_uncovered_segment_is_written_in_red_and_boxed():
    """Elders, reached by nothing planned, are flagged in red with a red box and a key."""
    fig = charts.figure("segments", plan(), EN, "en")
    ax = fig.axes[0]
    fig.draw_without_rendering()
    labels = {unmarked(t.get_text()): t for t in ax.get_yticklabels()}
    flagged = labels["كبار السن (not covered)"]
    assert to_hex(flagged.get_color()) == ALERT
    assert to_hex(labels["الشباب"].get_color()) != ALERT
    boxes = [p for p in ax.patches if to_hex(p.get_edgecolor()) == ALERT]
    assert len(boxes) == 1 and boxes[0].get_y() == pytest.approx(1.5)
    assert ax.images[0].get_array()[0].tolist() == [3, 2, 0]


def test_uncovered_segment_is_red_on_the_right_in_arabic_too():
    """In Arabic the row labels sit on the right, and the flagged one is red there."""
    fig = charts.figure("segments", plan(), AR, "ar")
    ticks = fig.axes[0].yaxis.get_major_ticks()
    shown = [t.label2 for t in ticks]
    assert all(label.get_visible() for label in shown)
    assert [to_hex(label.get_color()) == ALERT for label in shown] == [False, False, True]


def test_reach_bars_and_the_target_line():
    """One bar per platform with its estimate, a stacked total, the target as a line."""
    fig = charts.figure("reach", plan(), EN, "en")
    ax = fig.axes[0]
    assert bars_of(ax, PLATFORM[X]) == [1500, 1500]
    flat = [line for line in ax.lines if len(set(line.get_ydata())) == 1]
    assert [line.get_ydata()[0] for line in flat] == [10_000]
    assert "2,600" in texts(fig)
    assert [t.get_text() for t in ax.get_xticklabels()][-1] == "Total"


def test_budget_bars_in_rials_with_their_amounts():
    """Bars are in rials, labelled in whole rials when there are no baisa."""
    fig = charts.figure("budget", plan(), EN, "en")
    ax = fig.axes[0]
    assert bars_of(ax, PLATFORM[IG]) == [300]
    assert "OMR\xa0300" in texts(fig)


def test_posting_times_grid_runs_sunday_first_and_boxes_best_times():
    """Rows run Sunday to Saturday; each best hour of an account is boxed."""
    fig = charts.figure("times", plan(), EN, "en")
    ax = fig.axes[0]
    grid = ax.images[0].get_array()
    first = 6  # no post before 06:00 in the plan
    assert grid[0, 20 - first] == 2  # Sunday 20:00: X and Instagram
    assert len([p for p in ax.patches if isinstance(p, Rectangle) and not p.get_fill()]) == 1
    assert ax.get_yticklabels()[0].get_text() == "Sunday"


def test_actual_chart_has_its_three_panels_when_figures_exist():
    """With figures, KPI actuals and follower counts, chart 7 shows all three panels."""
    inp = plan(
        follower_counts=[
            FollowerCount(1, START, 10_000),
            FollowerCount(1, START + dt.timedelta(days=7), 10_300),
        ]
    )
    inp.stats = [PostStat(X, dt.datetime(2026, 11, 1, 20), START, reach=900, post_id=1)]
    fig = charts.figure("actual", inp, EN, "en")
    assert [ax.get_title(loc="left") for ax in fig.axes] == [
        "Reach per platform: estimated against actual",
        "Key performance indicators",
        "Followers gained per account",
    ]
    assert bars_of(fig.axes[0], PLATFORM[X]) == [900]
    assert fig.axes[2].lines[0].get_ydata().tolist() == [0, 300]


def test_empty_charts_say_what_to_do():
    """Without posts or figures a chart says so instead of drawing empty axes."""
    inp = plan(posts=[])
    fig = charts.figure("platform-week", inp, EN, "en")
    assert any("Plan posts in the calendar" in t for t in texts(fig))
    fig = charts.figure("actual", plan(), EN, "en")
    assert any("Import the platforms' statistics" in t for t in texts(fig))


@pytest.mark.parametrize("name", charts.NAMES)
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_chart_renders_to_png_and_svg(tmp_path, name, lang):
    """Every chart renders in both languages: a 200-dpi PNG and an SVG."""
    inp = plan(
        follower_counts=[
            FollowerCount(1, START, 10_000),
            FollowerCount(1, START + dt.timedelta(days=7), 10_300),
        ]
    )
    fig = charts.figure(name, inp, AR if lang == "ar" else EN, lang)
    png, svg = tmp_path / f"{name}.png", tmp_path / f"{name}.svg"
    fig.savefig(png, dpi=200)
    fig.savefig(svg)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(png.read_bytes()[16:20], "big")
    assert width == round(fig.get_size_inches()[0] * 200)
    assert svg.read_text("utf-8").lstrip().startswith("<?xml")


def test_summaries_state_the_facts_in_words():
    """The sentence under the segment chart names what the plan misses."""
    text = charts.summary("segments", plan(), EN)
    assert text == (
        "X carries 50% of the posts but reaches only 1 of the 3 target segments. "
        "No planned post reaches: كبار السن."
    )
    assert "OMR" in charts.summary("budget", plan(), EN)
    assert charts.summary("times", plan(), EN) == (
        "1 of 3 planned posts go out in one of their account's best hours."
    )


def test_a_chart_redraws_into_the_same_figure():
    """The screen reuses one figure per chart: drawing again replaces the content."""
    fig = charts.figure("budget", plan(), EN, "en")
    again = charts.figure("reach", plan(), EN, "en", fig)
    assert again is fig and len(fig.axes) == 1


def test_an_actual_figure_stands_above_a_taller_estimate():
    """The actual reach is written above both bars of its platform when the estimate beside
    it is taller, so the number never runs into the hatched bar."""
    inp = plan()
    inp.stats = [PostStat(X, dt.datetime(2026, 11, 1, 20), START, reach=10, post_id=1)]
    fig = charts.figure("actual", inp, EN, "en")
    ax = fig.axes[0]
    label = next(t for t in ax.texts if t.get_text() == "10")
    estimated = max(bars_of(ax, "#ffffff"))
    assert estimated > 10 and label.get_position()[1] >= estimated


def test_dollar_signs_in_user_text_stay_text(tmp_path):
    """A phase named with two "$" signs is drawn as those characters, not as a formula."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    inp = plan()
    inp.campaigns[0].phases[0].name = "عرض $5 و $10"
    fig = charts.figure("platform-week", inp, EN, "en")
    FigureCanvasAgg(fig).draw()
    band = next(t for t in fig.axes[0].texts if "$5" in t.get_text())
    assert not band._preprocess_math(band.get_text())[1]
