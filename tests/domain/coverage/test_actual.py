"""Imported rows find their planned posts; chart 7 puts actual figures beside the plan."""

import datetime as dt

from planner.domain.coverage import actual
from planner.domain.coverage.matching import match
from planner.domain.coverage.values import FollowerCount, PostStat
from planner.domain.model import Kpi, Metric, Objective
from tests.domain.coverage.helpers import FB, IG, START, X, plan


def stat(platform, when=None, day=None, reach=None, impressions=None, text="", **figures):
    return PostStat(
        platform=platform,
        published_at=when,
        published_on=day or (when.date() if when else START),
        reach=reach,
        impressions=impressions,
        text=text,
        **figures,
    )


def test_rows_match_the_closest_planned_post_on_their_platform():
    """Published 40 minutes late on X: matched; Instagram at that time: its own post."""
    posts = plan().posts
    rows = [
        stat(X, dt.datetime(2026, 11, 1, 20, 40)),
        stat(IG, dt.datetime(2026, 11, 1, 19, 50)),
        stat(FB, dt.datetime(2026, 11, 1, 20, 0)),
    ]
    result = match(rows, posts)
    assert [r.post_id for r in rows] == [1, 1, None]  # no Facebook post that day
    assert result.unmatched == [rows[2]]


def test_a_post_is_matched_once_per_platform():
    """Two X rows near the same planned post: the closer one wins, the other stays unmatched."""
    rows = [stat(X, dt.datetime(2026, 11, 1, 22, 0)), stat(X, dt.datetime(2026, 11, 1, 20, 5))]
    match(rows, plan().posts)
    assert [r.post_id for r in rows] == [None, 1]


def test_rows_outside_the_tolerance_or_already_taken_stay_unmatched():
    """Five hours off is another post; a pair matched by an earlier import is not reused."""
    posts = plan().posts
    far = [stat(X, dt.datetime(2026, 11, 2, 1, 30))]
    assert match(far, posts).unmatched == far
    again = [stat(X, dt.datetime(2026, 11, 1, 20, 0))]
    assert match(again, posts, taken={(1, X)}).unmatched == again


def test_date_only_rows_match_by_text_or_as_the_day_only_post():
    """With no time, the text decides; a row without text takes the day's first free post."""
    posts = plan().posts
    posts[2].base_text = "زوروا الحديقة #مسقط"
    texted = [stat(X, day=dt.date(2026, 11, 10), text="زوروا الحديقة اليوم")]
    assert match(texted, posts).matched[0].post_id == 3
    other = [stat(X, day=dt.date(2026, 11, 10), text="رد على سؤال متابع")]
    assert match(other, posts).unmatched == other
    bare = [stat(X, day=dt.date(2026, 11, 3))]
    assert match(bare, posts).matched[0].post_id == 2


def test_planned_against_actual_per_platform_and_kpi():
    """Matched figures add up per platform; the reach KPI is measured from them."""
    inp = plan()
    inp.stats = [
        stat(X, reach=None, impressions=900, engagements=45),  # X: impressions
        stat(IG, reach=600, impressions=800, engagements=30),
        stat(FB, reach=999),
    ]  # unmatched: counted nowhere
    inp.stats[0].post_id = 1
    inp.stats[1].post_id = 1
    data = actual(inp)
    rows = {r.platform: r for r in data.platforms}
    assert (rows[X].planned_posts, rows[X].measured_posts, rows[X].actual_reach) == (3, 1, 900)
    assert rows[X].estimated_reach == 1_500 and rows[X].estimated_measured == 500
    assert rows[IG].actual_reach == 600 and rows[FB].actual_reach == 0
    [reach] = data.kpis
    assert reach.actual == 1_500 and reach.measured and reach.achievement == 15
    assert data.facts.measured == 2 and data.facts.actual == 1_500
    assert data.facts.estimated == 500 + 500
    assert not data.empty


def test_typed_kpi_actual_wins_and_engagement_rate_is_measured():
    """A KPI actual typed by the officer is kept; engagement rate = engagements / reach."""
    inp = plan()
    inp.campaigns[0].objectives = [
        Objective(
            "",
            [
                Kpi(Metric.REACH, 0, 10_000, actual=12_000),
                Kpi(Metric.ENGAGEMENT_RATE, 2, 4),
                Kpi(Metric.SITE_VISITS, 0, 100),
            ],
        )
    ]
    inp.stats = [stat(X, reach=1_000, engagements=50)]
    inp.stats[0].post_id = 2
    reach, rate, visits = actual(inp).kpis
    assert reach.actual == 12_000 and not reach.measured and reach.achievement == 120
    assert rate.actual == 5 and rate.measured
    assert visits.actual is None and visits.achievement is None
    assert actual(inp).facts.kpis_met == 2


def test_follower_growth_starts_from_the_last_count_before_the_period():
    """Growth runs from the last count before the start to the last one inside."""
    inp = plan(
        follower_counts=[
            FollowerCount(1, START - dt.timedelta(days=10), 9_000),
            FollowerCount(1, START - dt.timedelta(days=3), 9_500),
            FollowerCount(1, START + dt.timedelta(days=7), 9_900),
            FollowerCount(1, START + dt.timedelta(days=14), 10_400),
            FollowerCount(2, START + dt.timedelta(days=40), 6_000),
        ]
    )  # after the period
    inp.campaigns[0].objectives = [Objective("", [Kpi(Metric.FOLLOWERS_GAINED, 0, 1_000)])]
    data = actual(inp)
    [x] = data.followers
    assert x.points[0] == (START - dt.timedelta(days=3), 9_500) and x.growth == 900
    assert data.kpis[0].actual == 900 and data.facts.follower_growth == 900


def test_nothing_actual_yet_is_empty():
    """Before any figure arrives, chart 7 knows it is empty."""
    assert actual(plan()).empty


def test_followers_gained_kpi_counts_only_the_campaigns_own_dates():
    """A campaign that has not started has gained no follower yet, whatever the period."""
    inp = plan(
        follower_counts=[
            FollowerCount(1, START - dt.timedelta(days=3), 9_500),
            FollowerCount(1, START + dt.timedelta(days=7), 9_900),
        ]
    )
    later = inp.campaigns[0]
    later.start, later.end = START + dt.timedelta(days=30), START + dt.timedelta(days=40)
    later.objectives = [Objective("", [Kpi(Metric.FOLLOWERS_GAINED, 0, 1_000)])]
    assert actual(inp).kpis[0].actual is None
