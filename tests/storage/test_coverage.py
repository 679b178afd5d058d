"""The coverage store keeps follower counts, imported statistics and the officer's rates."""

import datetime as dt

import pytest

from planner.domain.coverage.values import PostStat
from planner.domain.model import Platform
from planner.storage.coverage import default_rates
from planner.storage.workspace import Workspace


def test_every_platform_has_a_default_rate_with_its_source():
    """The bundled table covers the eight platforms, each with a source."""
    rates = default_rates()
    assert set(rates) == set(Platform)
    assert all(0 < r.rate < 1 and len(r.source) > 20 and r.default for r in rates.values())


def test_own_rate_replaces_the_default_until_cleared(empty_workspace):
    """An officer's rate wins over the default; clearing it brings the default back."""
    store = empty_workspace.coverage
    store.set_rate(Platform.X, 0.08, "own export")
    assert store.rates()[Platform.X].rate == 0.08 and not store.rates()[Platform.X].default
    store.set_rate(Platform.X, None)
    assert store.rates()[Platform.X] == default_rates()[Platform.X]
    with pytest.raises(ValueError):
        store.set_rate(Platform.X, 3)


def test_follower_counts_by_account_and_day(workspace):
    """A count per account per day: set, replaced, removed."""
    account = workspace.accounts.list()[0].id
    day = dt.date(2026, 11, 1)
    store = workspace.coverage
    store.set_followers(account, day, 410_000)
    store.set_followers(account, day, 411_000)
    assert store.followers_on(account, day) == 411_000
    assert [(c.day, c.followers) for c in store.follower_counts()] == [(day, 411_000)]
    store.set_followers(account, day, None)
    assert store.follower_counts() == []


def stat(key, reach, post_id=None):
    return PostStat(
        Platform.X,
        dt.datetime(2026, 11, 1, 20),
        dt.date(2026, 11, 1),
        external_id=key,
        reach=reach,
        post_id=post_id,
    )


def test_importing_the_same_rows_again_replaces_them(workspace):
    """Rows are keyed by platform and post id: a second import updates, never duplicates."""
    post_id = workspace.posts.for_campaign(1)[0].id
    store = workspace.coverage
    store.save_stats([stat("1", 100, post_id), stat("2", 50)])
    assert store.existing([stat("1", 0)])[0].reach == 100
    store.save_stats([stat("1", 300, post_id)])
    rows = store.stats()
    assert sorted((r.external_id, r.reach) for r in rows) == [("1", 300), ("2", 50)]
    assert [r.external_id for r in store.unmatched()] == ["2"]
    assert store.taken() == {(post_id, Platform.X)}
    store.delete_stats([r.id for r in rows])
    assert store.stats() == []


def test_the_coverage_tables_come_with_migration_0005(tmp_path):
    """A new workspace has the coverage tables and records the migration."""
    ws = Workspace.create(tmp_path / "w.planner")
    names = {r[0] for r in ws.db.execute("SELECT name FROM _sqlite_migrations")}
    assert "0005_coverage" in names
    assert {"follower_counts", "post_stats", "reach_rates"} <= set(ws.db.table_names())
    ws.close()
