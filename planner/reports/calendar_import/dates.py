"""Dates and times in the forms calendars write them; a cell is read whole or not at all.

A cell may hold a date, a time, or both ("2026-12-10 21:30", "10/12/2026 9:30 م",
"2026-12-10T05:30:00Z"). ISO 8601 times with Z or an offset are turned into Muscat time.
Excel serial numbers and real date/time cells are read as they are. Whether 03/04/2026
is 3 April or 4 March is decided by `date_order()` from the file's own dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from planner.domain.search import normalise
from planner.reports.calendar_import.model import DateOrder

MUSCAT = ZoneInfo("Asia/Muscat")
EXCEL_EPOCH = dt.datetime(1899, 12, 30)
_NUMERIC = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{2,4})$")
_TIME = re.compile(r"^(\d{1,2})(?::(\d{2}))?(?::(\d{2})(?:\.\d+)?)?\s*(am|pm|ص|م|a\.m\.|p\.m\.)?$")
_SPLIT = re.compile(r"^(\S+)(?:[\sT,]+(.+))?$")
_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("jan", "january", "يناير"),
            ("feb", "february", "فبراير"),
            ("mar", "march", "مارس"),
            ("apr", "april", "ابريل", "أبريل"),
            ("may", "مايو"),
            ("jun", "june", "يونيو"),
            ("jul", "july", "يوليو"),
            ("aug", "august", "اغسطس", "أغسطس"),
            ("sep", "sept", "september", "سبتمبر"),
            ("oct", "october", "اكتوبر", "أكتوبر"),
            ("nov", "november", "نوفمبر"),
            ("dec", "december", "ديسمبر"),
        ],
        start=1,
    )
    for name in (normalise(n) for n in names)
}
_WORDY = re.compile(r"^(?:(\d{1,2})\s+([^\d\s,]+)|([^\d\s,]+)\s+(\d{1,2}))[\s,]+(\d{4})$")


@dataclass(frozen=True)
class Moment:
    """What a cell says: a date, a time, or both (None where the cell says nothing)."""

    date: dt.date | None = None
    time: dt.time | None = None


class UnreadableError(ValueError):
    """The cell is not a date or time, or only part of it is."""


def _text(value: Any) -> str:
    return " ".join(normalise(str(value)).split())


def numeric_pair(value: Any) -> tuple[int, int] | None:
    """The first two numbers of a written d/m/y or m/d/y date (None for y-m-d and others)."""
    if not isinstance(value, str):
        return None
    head = _text(value).split(" ")[0].split("t")[0]
    match = _NUMERIC.match(head)
    if not match or len(match.group(1)) > 2:
        return None
    return int(match.group(1)), int(match.group(2))


def date_order(values: Iterable[Any]) -> tuple[DateOrder | None, bool]:
    """The order the file writes its dates in (None if no date tells), and whether the file
    contradicts itself (a day over 12 first in one date, second in another)."""
    first_big = second_big = False
    for value in values:
        pair = numeric_pair(value)
        if pair is None:
            continue
        first_big |= pair[0] > 12
        second_big |= pair[1] > 12
    if first_big and second_big:
        return None, True
    if first_big:
        return DateOrder.DMY, False
    if second_big:
        return DateOrder.MDY, False
    return None, False


def needs_order(values: Iterable[Any]) -> bool:
    """Whether some written date reads differently as d/m and as m/d (03/04, not 03/03)."""
    for value in values:
        pair = numeric_pair(value)
        if pair is not None and pair[0] != pair[1] and pair[0] <= 12 and pair[1] <= 12:
            return True
    return False


def read_moment(value: Any, order: DateOrder = DateOrder.DMY) -> Moment:
    """What a date, time or date-and-time cell holds; UnreadableError when any part is not read."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(MUSCAT).replace(tzinfo=None)
        if value.date() == EXCEL_EPOCH.date():  # a time cell read as a datetime
            return Moment(None, _minute(value.time()))
        has_time = value.time() != dt.time()
        return Moment(value.date(), _minute(value.time()) if has_time else None)
    if isinstance(value, dt.date):
        return Moment(value, None)
    if isinstance(value, dt.time):
        return Moment(None, _minute(value))
    if isinstance(value, bool):
        raise UnreadableError(str(value))
    if isinstance(value, int | float):
        return _serial(float(value))
    text = _text(value)
    if not text:
        return Moment()
    iso = _iso(text)
    if iso is not None:
        return iso
    try:
        return Moment(None, read_time(text))
    except UnreadableError:
        pass
    whole = _date(text, order)
    if whole is not None:
        return Moment(whole, None)
    for cut in _cuts(text):
        day = _date(text[:cut].rstrip(" ,t"), order)
        if day is not None:
            return Moment(day, read_time(text[cut:].strip(" ,")))
    raise UnreadableError(str(value))


def _cuts(text: str) -> list[int]:
    """Where a date part may end and a time part begin: at each space, T or comma."""
    return [i for i, ch in enumerate(text) if ch in " ,t" and 0 < i < len(text) - 1]


def _minute(time: dt.time) -> dt.time:
    return time.replace(second=0, microsecond=0)


def _serial(value: float) -> Moment:
    """An Excel serial number: days since 1899-12-30, the fraction the time of day."""
    if 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return Moment(None, dt.time(minutes // 60 % 24, minutes % 60))
    if not 1 <= value < 200_000:
        raise UnreadableError(str(value))
    moment = EXCEL_EPOCH + dt.timedelta(minutes=round(value * 24 * 60))
    return Moment(moment.date(), moment.time() if value != int(value) else None)


def _iso(text: str) -> Moment | None:
    """ISO 8601 ("2026-12-10", "2026-12-10T05:30:00Z", "...+04:00"), offsets to Muscat time."""
    if not re.match(r"^\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        moment = dt.datetime.fromisoformat(text.upper().replace(" ", "T", 1))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(MUSCAT).replace(tzinfo=None)
    if len(text) == 10:
        return Moment(moment.date(), None)
    return Moment(moment.date(), _minute(moment.time()))


def _date(text: str, order: DateOrder) -> dt.date | None:
    match = _NUMERIC.match(text)
    if match:
        a, b, c = (int(g) for g in match.groups())
        if len(match.group(1)) == 4:
            year, month, day = a, b, c
        else:
            year = c + 2000 if len(match.group(3)) == 2 else c
            if len(match.group(3)) == 3:
                return None
            day, month = (a, b) if order == DateOrder.DMY else (b, a)
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    match = _WORDY.match(text)
    if match:
        day_text = match.group(1) or match.group(4)
        named = _MONTHS.get(match.group(2) or match.group(3) or "")
        if named is None:
            return None
        try:
            return dt.date(int(match.group(5)), named, int(day_text))
        except ValueError:
            return None
    return None


def read_time(value: Any) -> dt.time:
    """A time from a cell: "20:00", "8:30 م", "8 PM", "21:30:00"; UnreadableError otherwise."""
    if isinstance(value, dt.datetime | dt.time | int | float) and not isinstance(value, bool):
        moment = read_moment(value)
        if moment.time is None or moment.date is not None:
            raise UnreadableError(str(value))
        return moment.time
    match = _TIME.match(_text(value).lower())
    if not match:
        raise UnreadableError(str(value))
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = match.group(4)
    if suffix is None and match.group(2) is None:
        raise UnreadableError(str(value))  # "10" alone is no time
    if suffix and not 1 <= hour <= 12:
        raise UnreadableError(str(value))
    if suffix in ("pm", "p.m.", "م") and hour < 12:
        hour += 12
    elif suffix in ("am", "a.m.", "ص") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        raise UnreadableError(str(value))
    return dt.time(hour, minute)


def parse_date(value: Any, order: DateOrder = DateOrder.DMY) -> dt.date | None:
    """A date from a cell that holds only a date (None when it is not one)."""
    try:
        moment = read_moment(value, order)
    except UnreadableError:
        return None
    return moment.date


def parse_time(value: Any) -> dt.time | None:
    """A time from a cell that holds only a time (None when it is not one)."""
    try:
        return read_time(value)
    except UnreadableError:
        return None
