"""The officer's own calendar material: local occasions, hashtag sets and snippets."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from planner.domain.calendar import HashtagSet, LocalOccasion, Snippet
from planner.storage.rows import Store, date_in, date_out, delete_row, one, save_row

# The columns `_occasion` reads, in its order.
_SELECT = 'SELECT id, name, name_en, start, "end", quiet, notes FROM local_occasions'


class LocalOccasionStore(Store):
    """Occasions the officer adds (festivals, exhibitions), beside the computed ones."""

    def all(self) -> list[LocalOccasion]:
        return [_occasion(r) for r in self.db.execute(f"{_SELECT} ORDER BY start, id")]

    def between(self, start: dt.date, end: dt.date) -> list[LocalOccasion]:
        """Occasions that touch [start, end] (both included)."""
        return [
            _occasion(r)
            for r in self.db.execute(
                f'{_SELECT} WHERE start <= ? AND "end" >= ? ORDER BY start, id',
                [end.isoformat(), start.isoformat()],
            )
        ]

    def get(self, occasion_id: int) -> LocalOccasion:
        return _occasion(one(self.db, f"{_SELECT} WHERE id = ?", [occasion_id], occasion_id))

    def save(self, occasion: LocalOccasion) -> int:
        row: dict[str, Any] = {
            "name": occasion.name,
            "name_en": occasion.name_en,
            "start": date_in(occasion.start),
            "end": date_in(occasion.end),
            "quiet": int(occasion.quiet),
            "notes": occasion.notes,
        }
        return save_row(self.db, "local_occasions", row, occasion)

    def delete(self, occasion_id: int) -> None:
        delete_row(self.db, "local_occasions", occasion_id)


def _occasion(r: Any) -> LocalOccasion:
    start, end = date_out(r[3]), date_out(r[4])
    assert start is not None and end is not None
    return LocalOccasion(r[1], start, end, r[2], bool(r[5]), r[6], r[0])


class HashtagSetStore(Store):
    """Named sets of hashtags, in the order the officer made them."""

    def all(self) -> list[HashtagSet]:
        return [
            HashtagSet(r[1], json.loads(r[2]), r[0])
            for r in self.db.execute("SELECT id, name, tags FROM hashtag_sets ORDER BY id")
        ]

    def save(self, tags: HashtagSet) -> int:
        row = {"name": tags.name, "tags": json.dumps(tags.tags, ensure_ascii=False)}
        return save_row(self.db, "hashtag_sets", row, tags)

    def delete(self, set_id: int) -> None:
        delete_row(self.db, "hashtag_sets", set_id)


class SnippetStore(Store):
    """Reusable pieces of text."""

    def all(self) -> list[Snippet]:
        return [
            Snippet(r[1], r[2], r[0])
            for r in self.db.execute("SELECT id, name, text FROM snippets ORDER BY id")
        ]

    def save(self, snippet: Snippet) -> int:
        row = {"name": snippet.name, "text": snippet.text}
        return save_row(self.db, "snippets", row, snippet)

    def delete(self, snippet_id: int) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM snippets WHERE id = ?", [snippet_id])
