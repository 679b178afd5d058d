"""Oman's official public holidays as spans (first and last day), apart from observances.

The rules are Royal Decree 88/2022 as amended by Royal Decree 15/2025 (resources/
oman_holidays.json, with sources); a year's dates come from the announcement when one is
shipped, else from the rule on the Hijri calendar in use (a forecast), and the officer's
move (a decree that moves a holiday, stored in the workspace) wins over both.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from planner.domain import hijri
from planner.paths import resource

MAX_SPAN_DAYS = 15  # a holiday longer than this is refused (a typing slip, not a decree)


class HolidayStatus(StrEnum):
    """How sure a holiday's dates are."""

    ANNOUNCED = "announced"  # the shipped announcement or decision
    FORECAST = "forecast"  # the decree's rule on the calendar in use; not yet announced
    MOVED = "moved"  # the officer moved it (a decree moved it)


@dataclass(frozen=True)
class HolidayRule:
    """A public holiday as the decree fixes it: Hijri or Gregorian first and last days."""

    key: str
    name_ar: str
    name_en: str
    hijri: bool  # the days are Hijri month/day (else Gregorian)
    first: tuple[int, int]  # (month, day)
    last: tuple[int, int]
    source: str
    from_year: int | None = None  # Gregorian years it applies to (of its first day)
    until_year: int | None = None


@dataclass(frozen=True)
class Announced:
    """One year's dates of a holiday as announced, with the announcement."""

    occurrence: str  # "key:year", the year Hijri for a Hijri rule, else Gregorian
    first: dt.date
    last: dt.date
    source: str
    confirmed: bool = True  # False: the announcement left the dates open (e.g. two options)


@dataclass(frozen=True)
class HolidayMove:
    """The officer's dates for one year of a holiday (when a decree moves it)."""

    occurrence: str
    first: dt.date
    last: dt.date
    note: str = ""


@dataclass(frozen=True)
class Holiday:
    """One year of a public holiday: its span, status and source."""

    key: str
    occurrence: str
    name_ar: str
    name_en: str
    first: dt.date
    last: dt.date
    status: HolidayStatus
    source: str  # the announcement, or the decree's rule for a forecast
    rule_source: str
    note: str = ""

    @property
    def forecast(self) -> bool:
        return self.status is HolidayStatus.FORECAST

    def days(self) -> Iterator[dt.date]:
        day = self.first
        while day <= self.last:
            yield day
            day += dt.timedelta(days=1)

    def covers(self, day: dt.date) -> bool:
        return self.first <= day <= self.last


class SpanRefusedError(ValueError):
    """A holiday span that cannot be right; `reason` is a key the UI translates."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # "order", "long"


def check_span(first: dt.date, last: dt.date) -> None:
    if last < first:
        raise SpanRefusedError("order")
    if (last - first).days + 1 > MAX_SPAN_DAYS:
        raise SpanRefusedError("long")


def _in_years(rule: HolidayRule, year: int) -> bool:
    if rule.from_year is not None and year < rule.from_year:
        return False
    return rule.until_year is None or year <= rule.until_year


def _forecasts(
    rule: HolidayRule, start: dt.date, end: dt.date, calendar: hijri.HijriCalendar
) -> Iterator[tuple[str, dt.date, dt.date]]:
    """(occurrence, first, last) of a rule's years around [start, end]."""
    if rule.hijri:
        low = calendar.to_hijri(max(start - dt.timedelta(days=40), hijri.SUPPORTED_START))
        high = calendar.to_hijri(min(end + dt.timedelta(days=40), hijri.SUPPORTED_END))
        if low is None or high is None:
            return
        for year in range(low.year, high.year + 1):
            first = calendar.to_gregorian(year, *rule.first)
            last = calendar.to_gregorian(year, *rule.last)
            if first is not None and last is not None:
                yield f"{rule.key}:{year}", first, last
        return
    for year in range(start.year - 1, end.year + 1):
        yield (
            f"{rule.key}:{year}",
            dt.date(year, *rule.first),
            dt.date(year, *rule.last),
        )


def holidays_between(
    start: dt.date,
    end: dt.date,
    moves: Mapping[str, HolidayMove] | None = None,
    calendar: hijri.HijriCalendar | None = None,
    rules: Iterable[HolidayRule] | None = None,
    announced: Mapping[str, Announced] | None = None,
) -> list[Holiday]:
    """Every public holiday whose span touches [start, end], sorted by first day."""
    calendar = calendar or hijri.current()
    rules = default_rules() if rules is None else rules
    announced = default_announced() if announced is None else announced
    moves = moves or {}
    found: list[Holiday] = []
    for rule in rules:
        for occurrence, first, last in _forecasts(rule, start, end, calendar):
            status, source, note = HolidayStatus.FORECAST, rule.source, ""
            if occurrence in announced:
                shipped = announced[occurrence]
                first, last, source = shipped.first, shipped.last, shipped.source
                if shipped.confirmed:
                    status = HolidayStatus.ANNOUNCED
            if occurrence in moves:
                move = moves[occurrence]
                first, last, note = move.first, move.last, move.note
                status = HolidayStatus.MOVED
            if not _in_years(rule, first.year) or last < start or first > end:
                continue
            found.append(
                Holiday(
                    rule.key,
                    occurrence,
                    rule.name_ar,
                    rule.name_en,
                    first,
                    last,
                    status,
                    source,
                    rule.source,
                    note,
                )
            )
    return sorted(found, key=lambda h: (h.first, h.key))


# the shipped rules and announcements ----------------------------------------------------------
HOLIDAYS_PATH = resource("oman_holidays.json")


def _pair(obj: list[int]) -> tuple[int, int]:
    month, day = int(obj[0]), int(obj[1])
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        raise ValueError(f"bad month/day: {obj}")
    return month, day


def load_holidays(path: Path) -> tuple[list[HolidayRule], dict[str, Announced]]:
    """The rules and announcements of a file shaped like resources/oman_holidays.json."""
    data = json.loads(path.read_text(encoding="utf-8"))
    rules = [
        HolidayRule(
            key=str(obj["key"]),
            name_ar=str(obj["name_ar"]),
            name_en=str(obj["name_en"]),
            hijri=obj["calendar"] == "hijri",
            first=_pair(obj["first"]),
            last=_pair(obj["last"]),
            source=str(obj["source"]),
            from_year=obj.get("from_year"),
            until_year=obj.get("until_year"),
        )
        for obj in data["rules"]
    ]
    keys = {r.key for r in rules}
    if len(keys) != len(rules):
        raise ValueError(f"duplicate holiday keys in {path}")
    announced: dict[str, Announced] = {}
    for obj in data["announced"]:
        entry = Announced(
            str(obj["occurrence"]),
            dt.date.fromisoformat(obj["first"]),
            dt.date.fromisoformat(obj["last"]),
            str(obj["source"]),
            bool(obj.get("confirmed", True)),
        )
        if entry.occurrence.split(":")[0] not in keys or entry.occurrence in announced:
            raise ValueError(f"unknown or repeated holiday: {entry.occurrence}")
        check_span(entry.first, entry.last)
        if not entry.source.strip():
            raise ValueError(f"no source for {entry.occurrence}")
        announced[entry.occurrence] = entry
    return rules, announced


@cache
def _defaults() -> tuple[tuple[HolidayRule, ...], tuple[Announced, ...]]:
    rules, announced = load_holidays(HOLIDAYS_PATH)
    return tuple(rules), tuple(announced.values())


def default_rules() -> list[HolidayRule]:
    return list(_defaults()[0])


def default_announced() -> dict[str, Announced]:
    return {a.occurrence: a for a in _defaults()[1]}
