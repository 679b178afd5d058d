"""Charts 4-6: estimated reach against the target, budget per platform, posting times."""

import datetime as dt

import pytest

from planner.domain.coverage import budget, estimate_reach, posting_times
from planner.domain.coverage.reach import rates_from
from planner.domain.model import Platform
from tests.domain.coverage.helpers import FB, IG, X, plan


def test_reach_is_posts_times_followers_times_rate():
    """X: 3 posts x 10,000 followers x 5% = 1,500; the target comes from the reach KPI."""
    data = estimate_reach(plan())
    rows = {r.platform: r for r in data.rows}
    assert (rows[X].posts, rows[X].followers, rows[X].estimate) == (3, 10_000, 1_500)
    assert rows[IG].estimate == 2 * 5_000 * 0.10
    assert rows[FB].estimate == 1 * 2_000 * 0.05
    assert data.total == 2_600 and data.target == 10_000
    assert data.facts.share_of_target == pytest.approx(0.26)
    assert data.facts.top_platform is X


def test_reach_without_a_reach_kpi_has_no_target():
    """No reach KPI: no target line, no share of target."""
    inp = plan()
    inp.campaigns[0].objectives = []
    data = estimate_reach(inp)
    assert data.target is None and data.facts.share_of_target is None


def test_default_rates_are_fractions_with_a_source():
    """The bundled table refuses a rate outside 0-1."""
    rates = rates_from({"x": {"rate": 0.05, "source": "s"}})
    assert rates[Platform.X].rate == 0.05 and rates[Platform.X].source == "s"
    with pytest.raises(ValueError):
        rates_from({"x": {"rate": 5}})


def test_budget_per_platform_and_money_without_posts():
    """Budget lines add up per platform; a platform paid for but without posts is named."""
    inp = plan()
    from planner.domain.model import BudgetLine

    inp.campaigns[0].budget.append(BudgetLine(Platform.SNAPCHAT, 50_000))
    data = budget(inp)
    assert data.rows == [(X, 100_000), (IG, 300_000), (Platform.SNAPCHAT, 50_000)]
    assert data.facts.total_baisa == 450_000 and data.facts.top_platform is IG
    assert data.facts.without_posts == [Platform.SNAPCHAT]


def test_posting_times_against_best_times():
    """Only the X post on Sunday 20:00 falls in a best hour of its account."""
    data = posting_times(plan())
    sunday = dt.date(2026, 11, 1).weekday()
    assert data.counts[sunday][20] == 2  # X and Instagram at Sunday 20:00
    assert data.best[(6, 20)] == [X]
    assert data.facts.total == 6
    assert data.facts.on_best == 1 and data.facts.with_best_times == 3
