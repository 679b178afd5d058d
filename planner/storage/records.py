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
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from planner.storage.rows import date_in, date_out, datetime_in, datetime_out

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    RecordT = TypeVar("RecordT", bound=DataclassInstance)
else:
    RecordT = TypeVar("RecordT")


@cache
def _types(cls: type[Any]) -> dict[str, tuple[Any, bool]]:
    """Each init field of `cls`: its type without None, and whether it may be None."""
    hints = typing.get_type_hints(cls)
    found: dict[str, tuple[Any, bool]] = {}
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
        found[f.name] = (hint, optional)
    return found


def _is_enum(hint: Any) -> bool:
    return isinstance(hint, type) and issubclass(hint, enum.Enum)


def _in(value: Any, hint: Any) -> Any:
    """A field's value as its column holds it."""
    if value is None:
        return None
    if _is_enum(hint):
        return value.value
    if hint is dt.datetime:
        return datetime_in(value)
    if hint is dt.date:
        return date_in(value)
    if hint is bool:
        return int(value)
    if typing.get_origin(hint) in (list, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _out(raw: Any, hint: Any, optional: bool) -> Any:
    """A column's value as its field holds it."""
    if raw is None or (optional and raw == "" and hint is not str):
        return None
    if _is_enum(hint):
        return hint(raw)
    if hint is dt.datetime:
        return datetime_out(raw)
    if hint is dt.date:
        return date_out(raw)
    if hint is bool:
        return bool(raw)
    origin = typing.get_origin(hint)
    if origin is list:
        (item,) = typing.get_args(hint)
        values = json.loads(raw)
        return [item(v) for v in values] if _is_enum(item) else values
    if origin is dict:
        return json.loads(raw)
    return raw


def to_row(item: DataclassInstance, columns: Iterable[str], **given: Any) -> dict[str, Any]:
    """The row of `item`: each of `columns` from the field of that name, then `given`."""
    kinds = _types(type(item))
    row = {name: _in(getattr(item, name), kinds[name][0]) for name in columns}
    row.update(given)
    return row


def from_row(cls: type[RecordT], row: Mapping[str, Any], **given: Any) -> RecordT:
    """An instance of `cls` from the columns of `row` named like its fields, and `given`;
    a field neither names keeps its default."""
    values = dict(given)
    for name, (hint, optional) in _types(cls).items():
        if name not in values and name in row:
            values[name] = _out(row[name], hint, optional)
    return cls(**values)


def by_name(cursor: sqlite3.Cursor) -> Iterator[dict[str, Any]]:
    """The rows a query returns, each by column name (for `from_row`)."""
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))
