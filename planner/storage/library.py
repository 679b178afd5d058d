"""The officer's own calendar material: local occasions, hashtag sets and snippets."""

from __future__ import annotations

import datetime as dt
import sqlite3

from planner.domain.calendar import HashtagSet, LocalOccasion, Snippet
from planner.storage.records import RecordStore, by_name, from_row, to_row
from planner.storage.rows import Store, delete_row, one_where, save_row

# The columns of an occasion's row (each holds the field of that name).
_SELECT = 'SELECT id, name, name_en, start, "end", quiet, notes FROM local_occasions'


class LocalOccasionStore(Store):
    """Occasions the officer adds (festivals, exhibitions), beside the computed ones."""

    def all(self) -> list[LocalOccasion]:
        return _occasions(self.db.execute(f"{_SELECT} ORDER BY start, id"))

    def between(self, start: dt.date, end: dt.date) -> list[LocalOccasion]:
        """Occasions that touch [start, end] (both included)."""
        sql = f'{_SELECT} WHERE start <= ? AND "end" >= ? ORDER BY start, id'
        return _occasions(self.db.execute(sql, [end.isoformat(), start.isoformat()]))

    def get(self, occasion_id: int) -> LocalOccasion:
        return from_row(LocalOccasion, one_where(self.db, "local_occasions", "id", occasion_id))

    def save(self, occasion: LocalOccasion) -> int:
        row = to_row(occasion, ("name", "name_en", "start", "end", "quiet", "notes"))
        return save_row(self.db, "local_occasions", row, occasion)

    def delete(self, occasion_id: int) -> None:
        delete_row(self.db, "local_occasions", occasion_id)


def _occasions(cursor: sqlite3.Cursor) -> list[LocalOccasion]:
    return [from_row(LocalOccasion, r) for r in by_name(cursor)]


class HashtagSetStore(RecordStore[HashtagSet]):
    """Named sets of hashtags, in the order the officer made them."""

    table, record, columns = "hashtag_sets", HashtagSet, ("name", "tags")


class SnippetStore(RecordStore[Snippet]):
    """Reusable pieces of text."""

    table, record, columns = "snippets", Snippet, ("name", "text")
