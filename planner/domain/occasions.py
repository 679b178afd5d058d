"""Occasions to plan around: Islamic (from the Hijri calendar), Omani national, international."""

from __future__ import annotations

import calendar
import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from planner.domain import hijri
from planner.domain.hijri import SUPPORTED_END as SUPPORTED_END
from planner.domain.hijri import SUPPORTED_START as SUPPORTED_START
from planner.domain.hijri import HijriDate as HijriDate
from planner.paths import resource


class OccasionKind(StrEnum):
    """Where an occasion comes from."""

    ISLAMIC = "islamic"
    NATIONAL = "national"
    INTERNATIONAL = "international"
    LOCAL = "local"  # added by the officer: festivals, exhibitions, campaigns of partners


@dataclass(frozen=True)
class FixedDate:
    """The same Gregorian month and day every year (29 February only in leap years)."""

    month: int
    day: int


@dataclass(frozen=True)
class NthWeekday:
    """The n-th weekday of a Gregorian month: weekday 0 = Monday; n = -1 is the last."""

    month: int
    weekday: int
    n: int


@dataclass(frozen=True)
class HijriDay:
    """A Hijri month and day (in the calendar in use), so a date that moves ~11 days a year."""

    month: int
    day: int


Rule = FixedDate | NthWeekday | HijriDay


@dataclass(frozen=True)
class OccasionDef:
    """An occasion as defined in the reference data or by the officer."""

    key: str
    name_ar: str
    name_en: str
    kind: OccasionKind
    rule: Rule
    quiet: bool = False
    source: str = ""
    from_year: int | None = None  # first Gregorian year it applies to
    until_year: int | None = None  # last Gregorian year it applies to
    note: str = ""


@dataclass(frozen=True)
class Occasion:
    """One occasion on one date."""

    key: str
    name_ar: str
    name_en: str
    date: dt.date
    kind: OccasionKind
    approximate: bool  # a Hijri date on a forecast month: moon sighting may move it by a day
    quiet: bool


def hijri_of(day: dt.date) -> HijriDate | None:
    """The Hijri date of a Gregorian day in the calendar in use, or None outside its range."""
    return hijri.hijri_of(day)


def gregorian_of(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Hijri date, or None if it does not exist or is out of range."""
    return hijri.gregorian_of(year, month, day)


def moon_dependent(day: dt.date) -> bool:
    """Whether a day's Hijri date still rests on the Umm al-Qura forecast: its month's first
    day is neither announced by Oman nor corrected by the officer."""
    calendar = hijri.current()
    month = calendar.month_of(day)
    info = None if month is None else calendar.start_info(month)
    return info is None or info.origin is hijri.StartOrigin.FORECAST


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date | None:
    """The n-th (1-5, or -1 for the last) weekday of a month, or None if it has none."""
    days = [dt.date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)]
    matching = [d for d in days if d.weekday() == weekday]
    if n == -1:
        return matching[-1]
    return matching[n - 1] if 1 <= n <= len(matching) else None


def _in_years(definition: OccasionDef, year: int) -> bool:
    """Whether a definition applies in a Gregorian year."""
    if definition.from_year is not None and year < definition.from_year:
        return False
    return definition.until_year is None or year <= definition.until_year


def _dates(rule: Rule, start: dt.date, end: dt.date) -> Iterator[dt.date]:
    """Every date a rule falls on in [start, end], possibly unsorted."""
    if isinstance(rule, HijriDay):
        first, last = max(start, SUPPORTED_START), min(end, SUPPORTED_END)
        if first > last:
            return
        first_h, last_h = hijri_of(first), hijri_of(last)
        assert first_h is not None and last_h is not None
        # A Hijri year is ~354 days: one Gregorian year can hold the same Hijri date twice.
        for year in range(first_h.year, last_h.year + 1):
            day = gregorian_of(year, rule.month, rule.day)
            if day is not None and first <= day <= last:
                yield day
        return
    for year in range(start.year, end.year + 1):
        if isinstance(rule, FixedDate):
            if rule.day > calendar.monthrange(year, rule.month)[1]:
                continue  # 29 February in a common year
            day = dt.date(year, rule.month, rule.day)
        else:
            found = nth_weekday(year, rule.month, rule.weekday, rule.n)
            if found is None:
                continue
            day = found
        if start <= day <= end:
            yield day


def merged(defs: Iterable[OccasionDef], extra: Iterable[OccasionDef] = ()) -> list[OccasionDef]:
    """Reference definitions with the officer's: an extra one with the same key replaces it."""
    by_key = {d.key: d for d in defs}
    by_key.update((d.key, d) for d in extra)
    return list(by_key.values())


def occasions_between(
    start: dt.date,
    end: dt.date,
    defs: Sequence[OccasionDef] | None = None,
    extra: Sequence[OccasionDef] = (),
) -> list[Occasion]:
    """Every occasion from start to end inclusive, sorted by date (then kind and key).

    `defs` defaults to the bundled reference data; `extra` adds the officer's own (local)
    occasions or overrides a reference one by key (e.g. to mark it quiet). Hijri dates
    outside hijridate's range (1924-2077) yield nothing rather than fail.
    """
    if start > end:
        return []
    found: list[Occasion] = []
    for d in merged(default_occasion_defs() if defs is None else defs, extra):
        for day in _dates(d.rule, start, end):
            if _in_years(d, day.year):
                found.append(
                    Occasion(
                        d.key,
                        d.name_ar,
                        d.name_en,
                        day,
                        d.kind,
                        isinstance(d.rule, HijriDay) and moon_dependent(day),
                        d.quiet,
                    )
                )
    kinds = list(OccasionKind)
    return sorted(found, key=lambda o: (o.date, kinds.index(o.kind), o.key))


def quiet_days(occasions: Iterable[Occasion]) -> set[dt.date]:
    """The dates of the occasions flagged quiet."""
    return {o.date for o in occasions if o.quiet}


def rule_from_json(obj: dict[str, Any]) -> Rule:
    """A rule from its JSON object ({"type": "fixed" | "nth_weekday" | "hijri", ...})."""
    kind = obj["type"]
    month = int(obj["month"])
    if not 1 <= month <= 12:
        raise ValueError(f"month out of range: {month}")
    if kind == "fixed":
        day = int(obj["day"])
        if not 1 <= day <= calendar.monthrange(2024, month)[1]:
            raise ValueError(f"day out of range: {month}/{day}")
        return FixedDate(month, day)
    if kind == "nth_weekday":
        weekday, n = int(obj["weekday"]), int(obj["n"])
        if not 0 <= weekday <= 6 or n not in (-1, 1, 2, 3, 4, 5):
            raise ValueError(f"bad weekday rule: {obj}")
        return NthWeekday(month, weekday, n)
    if kind == "hijri":
        day = int(obj["day"])
        if not 1 <= day <= 30:
            raise ValueError(f"Hijri day out of range: {day}")
        return HijriDay(month, day)
    raise ValueError(f"unknown rule type: {kind}")


def rule_to_json(rule: Rule) -> dict[str, Any]:
    """A rule as a JSON object, the inverse of `rule_from_json`."""
    if isinstance(rule, FixedDate):
        return {"type": "fixed", "month": rule.month, "day": rule.day}
    if isinstance(rule, NthWeekday):
        return {"type": "nth_weekday", "month": rule.month, "weekday": rule.weekday, "n": rule.n}
    return {"type": "hijri", "month": rule.month, "day": rule.day}


def def_from_json(obj: dict[str, Any]) -> OccasionDef:
    """An occasion definition from its JSON object (as in resources/occasions.json)."""
    return OccasionDef(
        key=str(obj["key"]),
        name_ar=str(obj["name_ar"]),
        name_en=str(obj.get("name_en", "")),
        kind=OccasionKind(obj.get("kind", "local")),
        rule=rule_from_json(obj["rule"]),
        quiet=bool(obj.get("quiet", False)),
        source=str(obj.get("source", "")),
        from_year=obj.get("from_year"),
        until_year=obj.get("until_year"),
        note=str(obj.get("note", "")),
    )


def def_to_json(definition: OccasionDef) -> dict[str, Any]:
    """An occasion definition as a JSON object, the inverse of `def_from_json`."""
    obj: dict[str, Any] = {
        "key": definition.key,
        "name_ar": definition.name_ar,
        "name_en": definition.name_en,
        "kind": definition.kind.value,
        "rule": rule_to_json(definition.rule),
        "quiet": definition.quiet,
        "source": definition.source,
    }
    if definition.from_year is not None:
        obj["from_year"] = definition.from_year
    if definition.until_year is not None:
        obj["until_year"] = definition.until_year
    if definition.note:
        obj["note"] = definition.note
    return obj


DEFAULT_OCCASIONS_PATH = resource("occasions.json")


def load_occasion_defs(path: Path) -> list[OccasionDef]:
    """Occasion definitions from a JSON file shaped like resources/occasions.json."""
    data = json.loads(path.read_text(encoding="utf-8"))
    defs = [def_from_json(obj) for obj in data["occasions"]]
    keys = [d.key for d in defs]
    if len(set(keys)) != len(keys):
        raise ValueError(f"duplicate occasion keys in {path}")
    return defs


@cache
def _default_defs() -> tuple[OccasionDef, ...]:
    return tuple(load_occasion_defs(DEFAULT_OCCASIONS_PATH))


def default_occasion_defs() -> list[OccasionDef]:
    """The bundled reference occasions, read once."""
    return list(_default_defs())
