"""The calendar's reads (light post chips by date range, ideas) and its own stores."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from planner.domain.calendar import (
    EXCERPT_CHARS,
    Move,
    PauseRecord,
    PostChip,
    PostFilter,
    SlotChips,
    StateChange,
)
from planner.domain.model import ContentType, Platform, PostStatus
from planner.storage.library import HashtagSetStore, LocalOccasionStore, SnippetStore
from planner.storage.records import by_name, from_row, to_row
from planner.storage.rows import Store, datetime_in, delete_row, save_row

# Migration 0003_calendar (see storage/migrations.py): the officer's own calendar material.
TABLES_0003 = (
    """CREATE TABLE local_occasions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        name_en TEXT NOT NULL DEFAULT '',
        start TEXT NOT NULL,
        "end" TEXT NOT NULL,
        quiet INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE hashtag_sets (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT '[]')""",
    """CREATE TABLE snippets (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE post_pauses (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        reason TEXT NOT NULL,
        paused_at TEXT NOT NULL,
        resumed_at TEXT,
        post_ids TEXT NOT NULL DEFAULT '[]')""",
    """CREATE INDEX posts_by_status ON posts (status, scheduled_at)""",
)

_PLATFORMS = {p.value: p for p in Platform}
_ORDER = {p: i for i, p in enumerate(Platform)}
_STATUSES = {s.value: s for s in PostStatus}
_TYPES = {t.value: t for t in ContentType}


class CalendarStore:
    """Posts as the calendar needs them: only a range at a time, only what a chip shows."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.occasions = LocalOccasionStore(db)
        self.hashtags = HashtagSetStore(db)
        self.snippets = SnippetStore(db)
        self.pauses = PauseStore(db)

    def chips(
        self,
        start: dt.datetime,
        end: dt.datetime,
        where: PostFilter | None = None,
        excerpt: int | None = EXCERPT_CHARS,
    ) -> list[PostChip]:
        """Posts scheduled in [start, end) that pass `where`, in time order.

        `excerpt` is how many characters of the base text each chip carries (None: all).
        """
        sql, args = _filtered(
            "p.scheduled_at >= ? AND p.scheduled_at < ?",
            [datetime_in(start), datetime_in(end)],
            where,
        )
        return self._chips(sql + " ORDER BY p.scheduled_at, p.id", args, excerpt)

    def chips_by_slot(
        self,
        start: dt.datetime,
        end: dt.datetime,
        where: PostFilter | None = None,
        per_slot: int = 8,
        hourly: bool = False,
    ) -> SlotChips:
        """The first `per_slot` chips of each day (or hour) in [start, end), and how many
        posts each has: what a grid paints, whatever the number of posts behind it.

        One index-only GROUP BY counts the slots; then one small LIMITed index range per slot
        that has posts, always the same statement (SQLite keeps it prepared). A UNION ALL of
        the ranges read as fast once prepared, but every new shape (a month of five or six
        weeks, a filter, another number of chips) cost 7-15 ms to prepare; a window function
        over every post of the range measured five times slower."""
        width = 13 if hourly else 10
        sql, args = _filtered(
            "p.scheduled_at >= ? AND p.scheduled_at < ?",
            [datetime_in(start), datetime_in(end)],
            where,
        )
        counts = {
            dt.datetime.fromisoformat(key + (":00" if hourly else "")): n
            for key, n in self.db.execute(
                f"SELECT substr(p.scheduled_at, 1, {width}), COUNT(*) FROM posts p "
                f"WHERE {sql} GROUP BY 1",
                args,
            )
        }
        step = dt.timedelta(hours=1) if hourly else dt.timedelta(days=1)
        one = (
            f"SELECT {_CHIP_COLUMNS} FROM posts p WHERE "
            f"{_filtered('p.scheduled_at >= ? AND p.scheduled_at < ?', [], where)[0]} "
            "ORDER BY p.scheduled_at, p.id LIMIT ?"
        )
        extra = [*_filtered("", [], where)[1], int(per_slot)]
        execute = self.db.conn.execute
        chips: list[PostChip] = []
        for slot in sorted(counts):  # isoformat writes datetime_in's text, 10x faster
            chips += map(
                _chip,
                execute(
                    one,
                    [
                        slot.isoformat("T", "minutes"),
                        (slot + step).isoformat("T", "minutes"),
                        *extra,
                    ],
                ),
            )
        return SlotChips(chips, counts)

    def ideas(
        self, where: PostFilter | None = None, excerpt: int | None = EXCERPT_CHARS
    ) -> list[PostChip]:
        """Posts with no date yet (the backlog), newest first."""
        sql, args = _filtered("p.scheduled_at IS NULL", [], where)
        return self._chips(sql + " ORDER BY p.id DESC", args, excerpt)

    def campaign_names(self) -> list[tuple[int, str, str, str]]:
        """(id, name, English name, colour) of every campaign, by name: what filters show."""
        return [
            (r[0], r[1], r[2], r[3])
            for r in self.db.execute(
                "SELECT id, name, name_en, colour FROM campaigns ORDER BY start DESC, id"
            )
        ]

    def scheduled_ids(self) -> list[int]:
        """Ids of every post in the "scheduled" state, in time order."""
        return self.ids_with_status(PostStatus.SCHEDULED)

    def ids_with_status(self, status: PostStatus) -> list[int]:
        """Ids of every post in a state, in time order (undated ones last)."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM posts WHERE status = ? "
                "ORDER BY scheduled_at IS NULL, scheduled_at, id",
                [status.value],
            )
        ]

    def move(self, moves: Sequence[Move], undo: bool = False) -> None:
        """Give posts their new date and status (or, with `undo`, their former ones)."""
        now = dt.datetime.now().isoformat(timespec="seconds")
        rows = [
            (
                datetime_in(m.before_at if undo else m.after_at),
                (m.before_status if undo else m.after_status).value,
                now,
                m.post_id,
            )
            for m in moves
        ]
        with self.db.atomic():
            self.db.conn.executemany(
                "UPDATE posts SET scheduled_at = ?, status = ?, updated_at = ? WHERE id = ?", rows
            )

    def set_states(self, changes: Sequence[StateChange], undo: bool = False) -> None:
        """Set posts' status and remembered pre-pause status (or, with `undo`, the former)."""
        now = dt.datetime.now().isoformat(timespec="seconds")
        rows = []
        for c in changes:
            status, before_pause = c.before if undo else c.after
            rows.append(
                (status.value, before_pause.value if before_pause else None, now, c.post_id)
            )
        with self.db.atomic():
            self.db.conn.executemany(
                "UPDATE posts SET status = ?, status_before_pause = ?, updated_at = ? WHERE id = ?",
                rows,
            )

    def _chips(self, where_sql: str, args: list[Any], excerpt: int | None) -> list[PostChip]:
        text = "p.base_text" if excerpt is None else f"substr(p.base_text, 1, {int(excerpt)})"
        sql = f"SELECT {_columns(text)} FROM posts p WHERE {where_sql}"
        return [_chip(r) for r in self.db.execute(sql, args).fetchall()]


def _columns(text: str) -> str:
    return (
        f"p.id, p.scheduled_at, p.status, p.content_type, p.campaign_id, p.segment_id, "
        f"{text}, (SELECT group_concat(platform) FROM post_platforms WHERE post_id = p.id)"
    )


_CHIP_COLUMNS = _columns(f"substr(p.base_text, 1, {EXCERPT_CHARS})")


def _chip(r: Any) -> PostChip:
    platforms = [_PLATFORMS[c] for c in r[7].split(",")] if r[7] else []
    if len(platforms) > 1:
        platforms.sort(key=_ORDER.__getitem__)
    return PostChip(
        r[0],
        dt.datetime.fromisoformat(r[1]) if r[1] else None,
        _STATUSES[r[2]],
        _TYPES[r[3]],
        r[4],
        r[5],
        platforms,
        r[6],
    )


def _filtered(sql: str, args: list[Any], where: PostFilter | None) -> tuple[str, list[Any]]:
    if where is None:
        return sql, args
    if where.no_campaign:
        sql += " AND p.campaign_id IS NULL"
    elif where.campaign_id is not None:
        sql += " AND p.campaign_id = ?"
        args.append(where.campaign_id)
    if where.status is not None:
        sql += " AND p.status = ?"
        args.append(where.status.value)
    if where.segment_id is not None:
        sql += " AND p.segment_id = ?"
        args.append(where.segment_id)
    if where.platform is not None:
        sql += (
            " AND EXISTS (SELECT 1 FROM post_platforms f WHERE f.post_id = p.id AND f.platform = ?)"
        )
        args.append(where.platform.value)
    return sql, args


class PauseStore(Store):
    """The record of "pause all scheduled posts" actions (the posts keep their own state)."""

    def save(self, record: PauseRecord) -> int:
        row = to_row(record, ("reason", "paused_at", "resumed_at", "post_ids"))
        return save_row(self.db, "post_pauses", row, record)

    def delete(self, record_id: int) -> None:
        delete_row(self.db, "post_pauses", record_id)

    def active(self) -> PauseRecord | None:
        """The pause in force (not resumed yet), if any."""
        rows = self._query("WHERE resumed_at IS NULL ORDER BY id DESC LIMIT 1")
        return rows[0] if rows else None

    def history(self) -> list[PauseRecord]:
        return self._query("ORDER BY id DESC")

    def _query(self, tail: str) -> list[PauseRecord]:
        rows = self.db.execute(
            f"SELECT id, reason, paused_at, resumed_at, post_ids FROM post_pauses {tail}"
        )
        return [from_row(PauseRecord, r) for r in by_name(rows)]
