"""Actual figures of the coverage charts: follower counts, post statistics and reach rates."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from functools import cache
from typing import Any

from planner.domain.coverage.reach import rates_from
from planner.domain.coverage.values import FollowerCount, PostStat, ReachRate
from planner.domain.model import Platform
from planner.domain.text import normalise_fields
from planner.paths import resource
from planner.storage.rows import Store, datetime_in, datetime_out

# The schema of migration 0005_coverage: frozen, a later change needs a migration of its own.
TABLES_0005 = [
    """CREATE TABLE follower_counts (
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        day TEXT NOT NULL,
        followers INTEGER NOT NULL,
        PRIMARY KEY (account_id, day))""",
    """CREATE TABLE post_stats (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        platform TEXT NOT NULL,
        key TEXT NOT NULL,
        external_id TEXT NOT NULL DEFAULT '',
        published_on TEXT NOT NULL,
        published_at TEXT,
        text TEXT NOT NULL DEFAULT '',
        impressions INTEGER, reach INTEGER, engagements INTEGER, likes INTEGER,
        comments INTEGER, shares INTEGER, clicks INTEGER,
        post_id INTEGER REFERENCES posts(id) ON DELETE SET NULL,
        imported_at TEXT NOT NULL DEFAULT '',
        UNIQUE (platform, key))""",
    """CREATE INDEX post_stats_by_post ON post_stats (post_id)""",
    """CREATE INDEX post_stats_by_day ON post_stats (published_on)""",
    """CREATE TABLE reach_rates (
        platform TEXT PRIMARY KEY,
        rate REAL NOT NULL,
        source TEXT NOT NULL DEFAULT '')""",
]

_FIGURES = ("impressions", "reach", "engagements", "likes", "comments", "shares", "clicks")
_STAT_COLUMNS = (
    "id, platform, external_id, published_on, published_at, text, "
    + ", ".join(_FIGURES)
    + ", post_id"
)


@cache
def default_rates() -> dict[Platform, ReachRate]:
    """The bundled reach rates with their sources (resources/reach_rates.json)."""
    data = json.loads(resource("reach_rates.json").read_text("utf-8"))
    return rates_from(data["rates"])


class CoverageStore(Store):
    """Follower counts per account per day, imported statistics, the officer's reach rates."""

    # follower counts ---------------------------------------------------------------------
    def follower_counts(self) -> list[FollowerCount]:
        return [
            FollowerCount(r[0], dt.date.fromisoformat(r[1]), r[2])
            for r in self.db.execute(
                "SELECT account_id, day, followers FROM follower_counts ORDER BY account_id, day"
            )
        ]

    def followers_on(self, account_id: int, day: dt.date) -> int | None:
        row = self.db.execute(
            "SELECT followers FROM follower_counts WHERE account_id = ? AND day = ?",
            [account_id, day.isoformat()],
        ).fetchone()
        return int(row[0]) if row else None

    def set_followers(self, account_id: int, day: dt.date, followers: int | None) -> None:
        """Record a count (None removes the day's count)."""
        with self.db.atomic():
            if followers is None:
                self.db.execute(
                    "DELETE FROM follower_counts WHERE account_id = ? AND day = ?",
                    [account_id, day.isoformat()],
                )
            else:
                self.db.table("follower_counts").upsert(
                    {"account_id": account_id, "day": day.isoformat(), "followers": followers},
                    pk=("account_id", "day"),
                )

    # post statistics ---------------------------------------------------------------------
    def stats(self) -> list[PostStat]:
        """Every imported row, oldest first."""
        return self._stats("1", [])

    def stats_between(self, start: dt.date, end: dt.date) -> list[PostStat]:
        return self._stats(
            "published_on >= ? AND published_on <= ?", [start.isoformat(), end.isoformat()]
        )

    def unmatched(self) -> list[PostStat]:
        return self._stats("post_id IS NULL", [])

    def taken(self) -> set[tuple[int, Platform]]:
        """(post id, platform) pairs that already have figures."""
        return {
            (r[0], Platform(r[1]))
            for r in self.db.execute(
                "SELECT post_id, platform FROM post_stats WHERE post_id IS NOT NULL"
            )
        }

    def existing(self, rows: Iterable[PostStat]) -> list[PostStat]:
        """The stored rows that importing `rows` would replace (same platform and key)."""
        keys = {(r.platform.value, r.key) for r in rows}
        return [s for s in self.stats() if (s.platform.value, s.key) in keys]

    def save_stats(self, rows: list[PostStat]) -> None:
        """Insert rows, replacing a stored row with the same platform and key."""
        now = dt.datetime.now().isoformat(timespec="seconds")
        with self.db.atomic():
            for r in rows:
                normalise_fields(r, "stat")
                record: dict[str, Any] = {
                    "platform": r.platform.value,
                    "key": r.key,
                    "external_id": r.external_id,
                    "published_on": r.published_on.isoformat(),
                    "published_at": datetime_in(r.published_at),
                    "text": r.text,
                    **{f: getattr(r, f) for f in _FIGURES},
                    "post_id": r.post_id,
                    "imported_at": now,
                }
                self.db.execute(
                    "DELETE FROM post_stats WHERE platform = ? AND key = ?",
                    [r.platform.value, r.key],
                )
                if r.id is not None:
                    record["id"] = r.id
                self.db.table("post_stats").insert(record)
                r.id = int(
                    self.db.execute(
                        "SELECT id FROM post_stats WHERE platform = ? AND key = ?",
                        [r.platform.value, r.key],
                    ).fetchone()[0]
                )

    def delete_stats(self, ids: Iterable[int]) -> None:
        with self.db.atomic():
            for chunk in _chunks(list(ids)):
                marks = ",".join("?" * len(chunk))
                self.db.execute(f"DELETE FROM post_stats WHERE id IN ({marks})", chunk)

    def _stats(self, where: str, args: list[Any]) -> list[PostStat]:
        return [
            PostStat(
                id=r[0],
                platform=Platform(r[1]),
                external_id=r[2],
                published_on=dt.date.fromisoformat(r[3]),
                published_at=datetime_out(r[4]),
                text=r[5],
                impressions=r[6],
                reach=r[7],
                engagements=r[8],
                likes=r[9],
                comments=r[10],
                shares=r[11],
                clicks=r[12],
                post_id=r[13],
            )
            for r in self.db.execute(
                f"SELECT {_STAT_COLUMNS} FROM post_stats WHERE {where} "
                "ORDER BY published_on, published_at, id",
                args,
            )
        ]

    # reach rates -------------------------------------------------------------------------
    def rates(self) -> dict[Platform, ReachRate]:
        """The reach rate of every platform: the officer's own, else the bundled default."""
        rates = dict(default_rates())
        for platform, rate, source in self.db.execute(
            "SELECT platform, rate, source FROM reach_rates"
        ):
            rates[Platform(platform)] = ReachRate(Platform(platform), rate, source, False)
        return rates

    def own_rate(self, platform: Platform) -> ReachRate | None:
        row = self.db.execute(
            "SELECT rate, source FROM reach_rates WHERE platform = ?", [platform.value]
        ).fetchone()
        return ReachRate(platform, row[0], row[1], False) if row else None

    def set_rate(self, platform: Platform, rate: float | None, source: str = "") -> None:
        """Use the officer's rate for `platform` (None: back to the default)."""
        if rate is not None and not 0 <= rate <= 1:
            raise ValueError(f"reach rate {rate} is not a fraction between 0 and 1")
        with self.db.atomic():
            if rate is None:
                self.db.execute("DELETE FROM reach_rates WHERE platform = ?", [platform.value])
            else:
                self.db.table("reach_rates").upsert(
                    {"platform": platform.value, "rate": rate, "source": source}, pk="platform"
                )


def _chunks(items: list[int], size: int = 900) -> Iterable[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
