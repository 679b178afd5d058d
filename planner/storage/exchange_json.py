"""Typed reads of a campaign file's parsed JSON that name the field's path on failure."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable
from enum import StrEnum
from typing import Any, NoReturn, TypeVar

from planner.domain.ranges import (
    MAX_LIST,
    NAME_MAX,
    TEXT_MAX,
    date_in_range,
    is_valid_unicode,
    number_in_range,
)
from planner.domain.text import normalise
from planner.storage.exchange_format import ExchangeCode, ExchangeError

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")
D = TypeVar("D", bound=dt.date)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
MAX_INT = 2**63 - 1  # what an SQLite integer holds


class JsonObject(dict[str, Any]):
    """A parsed JSON object that remembers keys it saw more than once."""

    duplicates: list[str]


def object_pairs(pairs: list[tuple[str, Any]]) -> JsonObject:
    """`json.loads` hook: keep every object, noting repeated keys instead of silently merging."""
    obj = JsonObject()
    obj.duplicates = []
    for key, value in pairs:
        if key in obj:
            obj.duplicates.append(key)
        obj[key] = value
    return obj


def parse_json(text: str) -> Any:
    """Parse a campaign file's text; NaN and Infinity are not JSON and are refused."""

    def refuse(name: str) -> NoReturn:
        raise ValueError(name)

    return json.loads(text, object_pairs_hook=object_pairs, parse_constant=refuse)


class _At:
    """A JSON value and its path in the file, with typed reads that name the path on failure."""

    def __init__(self, value: Any, path: str) -> None:
        self.value = value
        self.path = path

    def fail(self, code: ExchangeCode) -> NoReturn:
        raise ExchangeError(code, self.path)

    def child(self, key: str | int, value: Any) -> _At:
        if isinstance(key, int):
            return _At(value, f"{self.path}[{key}]")
        key = key.encode("utf-8", "backslashreplace").decode("utf-8")  # printable in a message
        return _At(value, f"{self.path}.{key}" if self.path else key)

    def fields(self, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> _Fields:
        if not isinstance(self.value, dict):
            self.fail(ExchangeCode.WRONG_TYPE)
        for key in getattr(self.value, "duplicates", []):
            self.child(key, None).fail(ExchangeCode.DUPLICATE_KEY)
        for key in self.value:
            if key not in required and key not in optional:
                self.child(key, None).fail(ExchangeCode.UNKNOWN_KEY)
        for key in required:
            if key not in self.value:
                self.child(key, None).fail(ExchangeCode.MISSING)
        return _Fields({k: self.child(k, v) for k, v in self.value.items()})

    def items(self, most: int = MAX_LIST) -> list[_At]:
        if not isinstance(self.value, list):
            self.fail(ExchangeCode.WRONG_TYPE)
        if len(self.value) > most:
            self.fail(ExchangeCode.TOO_MANY)
        return [self.child(i, v) for i, v in enumerate(self.value)]

    def text(self, longest: int = TEXT_MAX) -> str:
        if not isinstance(self.value, str):
            self.fail(ExchangeCode.WRONG_TYPE)
        if not is_valid_unicode(self.value):
            self.fail(ExchangeCode.NOT_UNICODE)
        if len(self.value) > longest:
            self.fail(ExchangeCode.TOO_LONG)
        return normalise(self.value, self.path)

    def name(self) -> str:
        return self.text(NAME_MAX)

    def integer(self, low: int = 0, high: int = MAX_INT) -> int:
        if not isinstance(self.value, int) or isinstance(self.value, bool):
            self.fail(ExchangeCode.WRONG_TYPE)
        if not low <= self.value <= high:
            self.fail(ExchangeCode.INVALID_VALUE)
        return self.value

    def number(self) -> float:
        if not isinstance(self.value, int | float) or isinstance(self.value, bool):
            self.fail(ExchangeCode.WRONG_TYPE)
        try:
            value = float(self.value)
        except OverflowError:
            self.fail(ExchangeCode.INVALID_VALUE)
        if not math.isfinite(value):
            self.fail(ExchangeCode.INVALID_VALUE)
        if not number_in_range(value):
            self.fail(ExchangeCode.OUT_OF_RANGE)
        return value

    def enum(self, kind: type[E]) -> E:
        try:
            return kind(self.text())
        except ValueError:
            self.fail(ExchangeCode.INVALID_VALUE)

    def date(self) -> dt.date:
        return self._in_range(self._parse(_DATE, dt.date.fromisoformat))

    def moment(self) -> dt.datetime:
        return self._in_range(self._parse(_MOMENT, dt.datetime.fromisoformat))

    def _parse(self, pattern: re.Pattern[str], parse: Callable[[str], T]) -> T:
        try:
            if pattern.fullmatch(self.text(NAME_MAX)):
                return parse(self.value)
        except ValueError:
            pass
        self.fail(ExchangeCode.INVALID_VALUE)

    def _in_range(self, value: D) -> D:
        if not date_in_range(value):
            self.fail(ExchangeCode.OUT_OF_RANGE)
        return value


class _Fields(dict[str, _At]):
    """An object's members by key; `read` takes a default for an optional member."""

    def read(self, key: str, reader: Callable[[_At], T], default: T) -> T:
        at = self.get(key)
        return default if at is None else reader(at)

    def nullable(self, key: str, reader: Callable[[_At], T]) -> T | None:
        at = self.get(key)
        return None if at is None or at.value is None else reader(at)
