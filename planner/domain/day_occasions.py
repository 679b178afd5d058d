"""The occasions of each day as the calendar shows them: public holidays, computed and own ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from planner.domain.calendar import LocalOccasion
from planner.domain.holidays import Holiday
from planner.domain.occasions import Occasion


@dataclass(frozen=True)
class DayOccasion:
    """One occasion on one day, named in the reader's language."""

    name: str
    holiday: bool = False  # a day of an official public holiday's span
    forecast: bool = False  # a holiday not announced yet (its dates are the decree's rule)
    approximate: bool = False  # a Hijri date that depends on the moon sighting
    quiet: bool = False  # no campaign posts on that day
    local: bool = False  # added by the officer


def occasions_by_day(
    holidays: Iterable[Holiday],
    computed: Iterable[Occasion],
    local: Iterable[LocalOccasion],
    start: dt.date,
    end: dt.date,
    lang: str,
) -> dict[dt.date, list[DayOccasion]]:
    """Every day of [start, end] that has occasions, with them in the order the month screen
    draws them: public holidays (each day of their span), then the Islamic, national and
    international days, then the officer's own (each day of their span)."""
    days: dict[dt.date, list[DayOccasion]] = {}

    def add(day: dt.date, mark: DayOccasion) -> None:
        if start <= day <= end:
            days.setdefault(day, []).append(mark)

    for holiday in holidays:
        name = holiday.name_en if lang == "en" else holiday.name_ar
        for day in holiday.days():
            add(day, DayOccasion(name, holiday=True, forecast=holiday.forecast))
    for occasion in computed:
        name = occasion.name_en if lang == "en" and occasion.name_en else occasion.name_ar
        add(
            occasion.date,
            DayOccasion(name, approximate=occasion.approximate, quiet=occasion.quiet),
        )
    for own in local:
        name = own.name_en if lang == "en" and own.name_en else own.name
        day = max(own.start, start)
        while day <= min(own.end, end):
            add(day, DayOccasion(name, quiet=own.quiet, local=True))
            day += dt.timedelta(days=1)
    return days
