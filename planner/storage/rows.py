"""Small helpers shared by the stores: reading one row, writing and deleting a row by id,
date/time columns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Protocol, TypeVar

from sqlite_utils import Database


def put(db: Database, table: str, row: dict[str, Any], row_id: int | None) -> int:
    """Insert `row` (when `row_id` is None) or replace the row with that id; return the id.

    Replacing keeps the id, so undoing a delete brings a row back exactly as it was.
    """
    if row_id is None:
        cursor = db.execute(
            f"INSERT INTO [{table}] ({', '.join(f'[{k}]' for k in row)}) "
            f"VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        return int(cursor.lastrowid or 0)
    db.table(table).upsert({**row, "id": row_id}, pk="id")
    return row_id


class Identified(Protocol):
    """An item stored in one row: its id, None until it is first saved."""

    id: int | None


ItemT = TypeVar("ItemT", bound=Identified)


class Store:
    """A store of one kind of item in the workspace's database."""

    def __init__(self, db: Database) -> None:
        self.db = db


def one(db: Database, sql: str, args: list[Any], key: object) -> tuple[Any, ...]:
    """The row `sql` selects (the first, if several); KeyError(key) when there is none."""
    row = db.execute(sql, args).fetchone()
    if row is None:
        raise KeyError(key)
    return tuple(row)


def one_where(db: Database, table: str, column: str, key: object) -> dict[str, Any]:
    """The row of `table` whose `column` holds `key`, by column name; KeyError(key) when none."""
    for row in db.table(table).rows_where(f"[{column}] = ?", [key], limit=1):
        return row
    raise KeyError(key)


def ids_named(db: Database, table: str, name: str) -> list[int]:
    """The ids of the rows of `table` named `name` in either language, oldest first."""
    return [
        r[0]
        for r in db.execute(
            f"SELECT id FROM [{table}] WHERE name = ? OR name_en = ? ORDER BY id", [name, name]
        )
    ]


def by_id(items: Iterable[ItemT], item_id: int) -> ItemT:
    """The item with that id; KeyError when there is none."""
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(item_id)


def save_row(db: Database, table: str, row: dict[str, Any], item: Identified) -> int:
    """Write `item`'s `row` (see `put`) in one transaction; `item.id` becomes its row's id."""
    with db.atomic():
        item.id = put(db, table, row, item.id)
    return item.id


def delete_row(db: Database, table: str, row_id: int) -> None:
    """Delete the row with that id (its dependants go with it, by the schema's cascades)."""
    with db.atomic():
        db.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])


def date_in(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def date_out(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def datetime_in(value: dt.datetime | None) -> str | None:
    return value.strftime("%Y-%m-%dT%H:%M") if value else None


def datetime_out(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None
