"""One mapping between a domain dataclass and its table row, by field name and field type.

A column is named like the field it holds, and its value is converted by the field's type:
an enum is stored as its value, a date as ISO text, a date and time to the minute (see
`rows.datetime_in`), a flag as 0/1, a list or dict as JSON (Arabic kept as it is). Reading
converts back; an empty enum, date or time in a field that may be None reads as None. What a
row holds another way (a list of objects, a child table, a time to the second) is given by
the caller as a keyword, which always wins.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import sqlite3
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from sqlite_utils import Database

from planner.storage.rows import (
    Identified,
    Store,
    date_in,
    date_out,
    datetime_in,
    datetime_out,
    delete_row,
    put,
    save_row,
)

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    class StoredRecord(DataclassInstance, Identified, Protocol):
        """A dataclass stored in a row of its own, with its id."""

    RecordT = TypeVar("RecordT", bound=DataclassInstance)
    StoredT = TypeVar("StoredT", bound=StoredRecord)
else:
    RecordT = TypeVar("RecordT")
    StoredT = TypeVar("StoredT")


Convert = Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


# How a value of each type goes into its column, and how it comes back.
_BY_TYPE: dict[Any, tuple[Convert, Convert]] = {
    dt.datetime: (datetime_in, datetime_out),
    dt.date: (date_in, date_out),
    bool: (int, bool),
}


@dataclasses.dataclass(frozen=True)
class _Column:
    """How one field is stored: into its column, out of it, and whether it may be None (an
    empty code, date or time then reads as None)."""

    into: Convert
    out: Convert
    blank_is_none: bool


def _column(hint: Any, optional: bool) -> _Column:
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _Column(lambda value: value.value, hint, optional)
    if hint in _BY_TYPE:
        return _Column(*_BY_TYPE[hint], optional)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is list and args and isinstance(args[0], type) and issubclass(args[0], enum.Enum):
        code = args[0]
        return _Column(_json, lambda raw: [code(v) for v in json.loads(raw)], False)
    if origin in (list, dict):
        return _Column(_json, json.loads, False)
    return _Column(_same, _same, False)


@cache
def _columns(cls: type[Any]) -> dict[str, _Column]:
    """How each init field of the dataclass `cls` is stored, by field name."""
    hints = typing.get_type_hints(cls)
    found: dict[str, _Column] = {}
    for f in dataclasses.fields(cls):
        if not f.init:
            continue
        hint = hints[f.name]
        args = typing.get_args(hint)
        optional = typing.get_origin(hint) in (typing.Union, types.UnionType) and (
            type(None) in args
        )
        if optional:
            rest = [a for a in args if a is not type(None)]
            hint = rest[0] if len(rest) == 1 else Any
        found[f.name] = _column(hint, optional)
    return found


def to_row(item: DataclassInstance, columns: Iterable[str], **given: Any) -> dict[str, Any]:
    """The row of `item`: each of `columns` from the field of that name, then `given`."""
    stored = _columns(type(item))
    row = {}
    for name in columns:
        value = getattr(item, name)
        row[name] = None if value is None else stored[name].into(value)
    row.update(given)
    return row


def from_row(cls: type[RecordT], row: Mapping[str, Any], **given: Any) -> RecordT:
    """An instance of `cls` from the columns of `row` named like its fields, and `given`;
    a field neither names keeps its default."""
    values = dict(given)
    for name, column in _columns(cls).items():
        if name in values or name not in row:
            continue
        raw = row[name]
        blank = raw is None or (column.blank_is_none and raw == "")
        values[name] = None if blank else column.out(raw)
    return cls(**values)


def save_list(
    db: Database, table: str, owner: tuple[str, int], items: Sequence[Any], columns: Iterable[str]
) -> None:
    """Write `items` as the ordered rows of `table` that belong to `owner` (its column and
    id): each keeps its id (a new one gets its row's), its position is its index, and the
    owner's rows no longer in the list are deleted."""
    column, owner_id = owner
    fields = tuple(columns)
    kept = []
    for i, item in enumerate(items):
        row = to_row(item, fields, **{column: owner_id, "position": i})
        item.id = put(db, table, row, item.id)
        kept.append(item.id)
    marks = ",".join("?" * len(kept))
    db.execute(
        f"DELETE FROM [{table}] WHERE [{column}] = ? AND id NOT IN ({marks})", [owner_id, *kept]
    )


def by_name(cursor: sqlite3.Cursor) -> Iterator[dict[str, Any]]:
    """The rows a query returns, each by column name (for `from_row`)."""
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


class RecordStore(Store, Generic[StoredT]):
    """A table of one kind of record, one row each: every record in the order they were
    added, save (insert or replace by id) and delete. A subclass names the table, the record
    class and the columns besides id."""

    table: ClassVar[str]
    record: type[StoredT]
    columns: ClassVar[tuple[str, ...]]

    def all(self) -> list[StoredT]:
        rows = self.db.execute(
            f"SELECT id, {', '.join(self.columns)} FROM [{self.table}] ORDER BY id"
        )
        return [from_row(self.record, r) for r in by_name(rows)]

    def save(self, item: StoredT) -> int:
        return save_row(self.db, self.table, to_row(item, self.columns), item)

    def delete(self, item_id: int) -> None:
        delete_row(self.db, self.table, item_id)
