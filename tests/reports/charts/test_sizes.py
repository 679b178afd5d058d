"""Each chart's size, known before drawing (for the PDF's HTML), is the size its builder
draws, for the sample plan and for the data that changes a chart's height."""

import dataclasses
import datetime as dt

import pytest

from planner.domain.coverage.values import FollowerCount, OccasionMark, PostStat
from planner.domain.model import Kpi, Metric, Objective, Platform
from planner.formatting import Digits, Formatter
from planner.reports import charts
from planner.reports.charts.data import Selection, collect
from planner.reports.charts.sizes import SIZE, figure_size
from tests.domain.coverage.helpers import START, X, plan, post

EN = Formatter("en", Digits.LATIN)
AR = Formatter("ar", Digits.ARABIC_INDIC)


def occasions(n):
    return [
        OccasionMark(START + dt.timedelta(days=i), f"مناسبة {i}", f"Occasion {i}") for i in range(n)
    ]


def every_platform():
    """A post on each platform: as many heatmap rows as there are platforms."""
    return [post(10 + i, START + dt.timedelta(days=i), 9, [p]) for i, p in enumerate(Platform)]


def with_followers(**changes):
    return plan(
        follower_counts=[
            FollowerCount(1, START, 10_000),
            FollowerCount(1, START + dt.timedelta(days=7), 10_300),
        ],
        **changes,
    )


def kpis_only():
    """KPIs with actuals typed in, and no figures nor follower counts: one panel."""
    inp = plan()
    campaign = dataclasses.replace(
        inp.campaigns[0],
        objectives=[
            Objective(
                "وصول",
                [
                    Kpi(Metric.REACH, 0, 10_000, actual=4_000),
                    Kpi(Metric.SITE_VISITS, 0, 500, actual=600),
                    Kpi(Metric.ENGAGEMENT_RATE, 1, 3),
                ],
            )
        ],
    )
    return dataclasses.replace(inp, campaigns=[campaign])


def measured():
    inp = with_followers()
    inp.stats = [PostStat(X, dt.datetime(2026, 11, 1, 20), START, reach=900, post_id=1)]
    return inp


EDGES = {
    "sample": plan(),
    "no posts": plan(posts=[]),
    "one occasion": plan(occasions=occasions(1)),
    "five occasions": plan(occasions=occasions(5)),
    "every platform": plan(posts=every_platform(), occasions=occasions(2)),
    "followers": with_followers(),
    "kpis only": kpis_only(),
    "all panels": measured(),
}


def drawn_size(name, inp, fmt=EN, lang="en"):
    fig = charts.figure(name, inp, fmt, lang)
    width, height = fig.get_size_inches()
    return float(width), float(height)


@pytest.fixture(autouse=True)
def english(qapp):
    from planner.i18n import language

    language.install_language("en")


# the cases that change each chart's height (and an empty chart for all)
CASES = {
    "heatmap": ["sample", "no posts", "one occasion", "five occasions", "every platform"],
    "actual": ["sample", "followers", "kpis only", "all panels"],
}


@pytest.mark.parametrize(
    ("name", "case"), [(n, c) for n in charts.NAMES for c in CASES.get(n, ["sample", "no posts"])]
)
def test_figure_size_is_the_size_the_builder_draws(name, case):
    """figure_size() agrees with the drawn figure for every chart and every edge case."""
    inp = EDGES[case]
    assert figure_size(name, charts.CHARTS[name].compute(inp)) == pytest.approx(
        drawn_size(name, inp)
    )


def test_figure_size_of_the_full_sample_in_arabic(qapp, tmp_path):
    """The full sample's running campaign (statistics, counts, occasions), drawn in Arabic."""
    from planner.storage.full_sample import create_sample

    ws = create_sample(tmp_path / "full.planner", dt.date(2026, 11, 26))
    try:
        campaign = next(c for c in ws.campaigns.summaries() if c.status == "running")
        inp = collect(ws, Selection(campaign_id=campaign.id))
    finally:
        ws.close()
    for name in charts.NAMES:
        assert figure_size(name, charts.CHARTS[name].compute(inp)) == pytest.approx(
            drawn_size(name, inp, AR, "ar")
        ), name


def test_heights_grow_with_what_the_chart_lists():
    """More occasions, platforms or panels make a taller chart; the others keep SIZE."""
    heatmap = charts.CHARTS["heatmap"].compute
    actual = charts.CHARTS["actual"].compute
    assert (
        figure_size("heatmap", heatmap(EDGES["five occasions"]))[1]
        > figure_size("heatmap", heatmap(EDGES["one occasion"]))[1]
        > figure_size("heatmap", heatmap(EDGES["sample"]))[1]
    )
    assert (
        figure_size("actual", actual(EDGES["all panels"]))[1]
        > figure_size("actual", actual(EDGES["followers"]))[1]
    )
    assert figure_size("actual", actual(EDGES["sample"])) == SIZE
    assert figure_size("budget", charts.CHARTS["budget"].compute(EDGES["sample"])) == SIZE
