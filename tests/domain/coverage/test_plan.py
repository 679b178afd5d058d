"""Charts 1-3 count the planned posts per platform per week, per day, per segment."""

import datetime as dt

from planner.domain.coverage import heatmap, platform_week, segment_coverage
from planner.domain.coverage.values import OccasionMark, week_start
from tests.domain.coverage.helpers import END, FB, IG, START, WA, X, plan


def test_weeks_open_on_sunday():
    """The Omani week opens on Sunday: Saturday belongs to the week before."""
    assert week_start(dt.date(2026, 11, 7)) == dt.date(2026, 11, 1)  # Saturday
    assert week_start(dt.date(2026, 11, 8)) == dt.date(2026, 11, 8)  # Sunday


def test_platform_week_counts_each_platform_of_a_post_once_per_week():
    """A post on X and Instagram counts once on each; cancelled and out-of-period posts don't."""
    data = platform_week(plan())
    assert data.weeks == [START, dt.date(2026, 11, 8), dt.date(2026, 11, 15)]
    assert data.platforms == [X, IG, FB]
    assert data.counts[X] == [2, 1, 0]
    assert data.counts[IG] == [1, 1, 0]
    assert data.counts[FB] == [0, 1, 0]
    assert data.week_totals() == [3, 3, 0]
    assert data.facts.total == 6 and data.facts.top_platform is X
    assert data.facts.top_share == 0.5 and data.facts.empty_weeks == 1


def test_platform_week_keeps_the_phases_of_one_campaign_only():
    """Phases are shaded for one campaign; a period of several campaigns shows none."""
    single = plan()
    assert [p.name for p in platform_week(single).phases] == ["الإطلاق", "التوعية"]
    several = plan(campaigns=single.campaigns * 2)
    assert platform_week(several).phases == []


def test_heatmap_has_a_row_per_platform_in_play_and_a_column_per_day():
    """Every day of the period is a column; a channel without posts still gets its row."""
    data = heatmap(plan())
    assert len(data.days) == (END - START).days + 1
    assert data.platforms == [X, IG, FB]
    assert data.counts[0][0] == 1 and data.counts[1][0] == 1  # first day: X and Instagram
    assert data.counts[0][9] == 1 and data.counts[1][9] == 1 and data.counts[2][9] == 1
    assert data.facts.busiest_day == dt.date(2026, 11, 10) and data.facts.busiest_count == 3
    assert data.facts.empty_days == 21 - 3


def test_heatmap_keeps_the_occasions_of_the_period_and_counts_their_posts():
    """Occasions inside the period ride along; posts on those days are counted."""
    marks = [
        OccasionMark(dt.date(2026, 11, 10), "يوم", "Day"),
        OccasionMark(dt.date(2026, 12, 25), "خارج", "Outside"),
    ]
    data = heatmap(plan(occasions=marks))
    assert [o.day for o in data.occasions] == [dt.date(2026, 11, 10)]
    assert data.facts.occasion_posts == 3


def test_segment_without_any_post_is_flagged():
    """Elders are reached only through WhatsApp, which carries no post: flagged uncovered."""
    data = segment_coverage(plan())
    assert [s.name for s in data.segments] == ["الشباب", "الأسر", "كبار السن"]
    assert data.platforms == [X, IG, FB]
    assert data.counts[0] == [3, 2, 0]  # youth through X and Instagram
    assert data.counts[1] == [0, 0, 1]  # families through Facebook
    assert data.uncovered() == [2]
    assert data.facts.uncovered == ["كبار السن"]
    assert data.facts.covered == 2 and data.facts.targets == 3
    assert data.facts.top_platform is X and data.facts.top_reaches == 1


def test_a_post_aimed_at_a_segment_reaches_it_on_any_platform():
    """A post aimed at elders reaches them even on a platform not in their list."""
    inp = plan()
    inp.posts[1].segment_id = 3  # the X post of 3 November
    data = segment_coverage(inp)
    assert data.counts[2] == [1, 0, 0]
    assert data.uncovered() == []
    assert WA not in data.platforms
