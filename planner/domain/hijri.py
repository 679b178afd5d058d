"""The Hijri calendar the program uses: Umm al-Qura, with Oman's announced and corrected months.

Umm al-Qura (hijridate) is the forecast. On top of it come the month starts Oman has
announced (resources/hijri_oman.json, each with its source) and the officer's own
corrections (stored in the workspace). A month runs from its first day to the day before the
next month's first day, so moving one month's first day changes only the days between the
old and the new first day. One calendar is in use at a time: the open workspace's
(`use()`); everything that shows a Hijri date asks `current()`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import NamedTuple

from hijridate import Gregorian, Hijri

from planner.paths import resource

# hijridate's Umm al-Qura table covers these Gregorian dates (1343-1500 AH).
SUPPORTED_START = dt.date(1924, 8, 1)
SUPPORTED_END = dt.date(2077, 11, 16)
MAX_SHIFT = 2  # days a month's first day may differ from the Umm al-Qura forecast
MONTH_DAYS = (28, 31)  # the shortest and longest month a correction may leave
# (a lunar month has 29 or 30 days; 28 or 31 shows that a neighbouring month's start is
# still the forecast, e.g. only one of two announced months has been entered)

MONTH_NAMES_AR = (
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الثاني",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
)
MONTH_NAMES_EN = (
    "Muharram",
    "Safar",
    "Rabi al-Awwal",
    "Rabi al-Thani",
    "Jumada al-Ula",
    "Jumada al-Akhirah",
    "Rajab",
    "Shaban",
    "Ramadan",
    "Shawwal",
    "Dhu al-Qadah",
    "Dhu al-Hijjah",
)


class StartOrigin(StrEnum):
    """Where a month's first day comes from."""

    FORECAST = "forecast"  # Umm al-Qura
    ANNOUNCED = "announced"  # shipped: Oman's announcement, with its source
    CORRECTED = "corrected"  # the officer's correction in the workspace


class HijriMonth(NamedTuple):
    """A Hijri year and month (a tuple: cheap to make and to hash, it keys every cache)."""

    year: int
    month: int

    def next(self) -> HijriMonth:
        return (
            HijriMonth(self.year + 1, 1)
            if self.month == 12
            else HijriMonth(self.year, self.month + 1)
        )

    def previous(self) -> HijriMonth:
        return (
            HijriMonth(self.year - 1, 12)
            if self.month == 1
            else HijriMonth(self.year, self.month - 1)
        )


@dataclass(frozen=True)
class HijriDate:
    """A date in the calendar in use, with its month's names (no digits here)."""

    year: int
    month: int
    day: int
    month_name_ar: str
    month_name_en: str

    def iso(self) -> str:
        """ "1447-09-01": Latin digits, for scripts and files."""
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True)
class MonthStart:
    """A month's first Gregorian day and where it comes from."""

    month: HijriMonth
    first_day: dt.date
    origin: StartOrigin
    source: str = ""


class CorrectionRefusedError(ValueError):
    """A correction the calendar cannot take; `reason` is a key the UI translates."""

    def __init__(self, reason: str, month: HijriMonth, detail: str = "") -> None:
        super().__init__(f"{reason}: {month.year}-{month.month:02d} {detail}".strip())
        self.reason = reason  # "range", "shift", "length"
        self.month = month
        self.detail = detail


def forecast_start(month: HijriMonth) -> dt.date | None:
    """The Umm al-Qura first day of a month, or None outside hijridate's range."""
    try:
        g = Hijri(month.year, month.month, 1).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


class HijriCalendar:
    """Umm al-Qura with announced and corrected month starts on top (corrections win)."""

    def __init__(
        self,
        announced: Iterable[MonthStart] = (),
        corrections: Mapping[HijriMonth, dt.date] | None = None,
        revision: int = 0,
    ) -> None:
        self.announced = {s.month: s for s in announced}
        self.corrections = dict(corrections or {})
        self.revision = revision
        self._starts: dict[HijriMonth, dt.date | None] = {}

    def with_corrections(self, corrections: Mapping[HijriMonth, dt.date]) -> HijriCalendar:
        """The same announced months with other corrections (a new revision)."""
        return HijriCalendar(self.announced.values(), corrections, self.revision + 1)

    # month starts --------------------------------------------------------------------------
    def start(self, month: HijriMonth) -> dt.date | None:
        """The first day of a month as the program uses it."""
        if month not in self._starts:
            found = self.corrections.get(month)
            if found is None and month in self.announced:
                found = self.announced[month].first_day
            self._starts[month] = found if found is not None else forecast_start(month)
        return self._starts[month]

    def start_info(self, month: HijriMonth) -> MonthStart | None:
        """A month's first day with its origin and source."""
        day = self.start(month)
        if day is None:
            return None
        if month in self.corrections:
            return MonthStart(month, day, StartOrigin.CORRECTED)
        if month in self.announced:
            return self.announced[month]
        return MonthStart(month, day, StartOrigin.FORECAST)

    def length(self, month: HijriMonth) -> int | None:
        first, following = self.start(month), self.start(month.next())
        if first is None or following is None:
            return None
        return (following - first).days

    # conversions ---------------------------------------------------------------------------
    def to_hijri(self, day: dt.date) -> HijriDate | None:
        """The Hijri date of a Gregorian day, or None outside the supported range."""
        if not SUPPORTED_START <= day <= SUPPORTED_END:
            return None
        h = Gregorian(day.year, day.month, day.day).to_hijri()
        guess = HijriMonth(h.year, h.month)
        first = self.start(guess)
        if first is not None and day < first:
            month = guess.previous()  # the month starts later here than in Umm al-Qura
        else:
            following = self.start(guess.next())
            month = guess if following is None or day < following else guess.next()
        first = self.start(month)
        if first is not None and first <= day:
            return HijriDate(
                month.year,
                month.month,
                (day - first).days + 1,
                MONTH_NAMES_AR[month.month - 1],
                MONTH_NAMES_EN[month.month - 1],
            )
        return None  # only at the very edges of the table

    def to_gregorian(self, year: int, month: int, day: int) -> dt.date | None:
        """The Gregorian day of a Hijri date, or None if the month has no such day."""
        if not 1 <= month <= 12 or day < 1:
            return None
        which = HijriMonth(year, month)
        first, length = self.start(which), self.length(which)
        if first is None or length is None or day > length:
            return None
        return first + dt.timedelta(days=day - 1)

    def month_of(self, day: dt.date) -> HijriMonth | None:
        h = self.to_hijri(day)
        return None if h is None else HijriMonth(h.year, h.month)

    # corrections ---------------------------------------------------------------------------
    def check(self, month: HijriMonth, first_day: dt.date) -> None:
        """Refuse (CorrectionRefusedError) a first day the calendar cannot take."""
        forecast = forecast_start(month)
        if forecast is None or forecast_start(month.next()) is None:
            raise CorrectionRefusedError("range", month)
        shift = (first_day - forecast).days
        if abs(shift) > MAX_SHIFT:
            raise CorrectionRefusedError("shift", month, str(shift))
        trial = dict(self.corrections)
        trial[month] = first_day
        after = HijriCalendar(self.announced.values(), trial)
        for which in (month.previous(), month):
            length = after.length(which)
            if length is not None and not MONTH_DAYS[0] <= length <= MONTH_DAYS[1]:
                raise CorrectionRefusedError("length", which, str(length))

    def corrected(self, month: HijriMonth, first_day: dt.date | None) -> HijriCalendar:
        """A calendar with one month's correction set (checked) or removed (None)."""
        trial = dict(self.corrections)
        if first_day is None:
            trial.pop(month, None)
        else:
            self.check(month, first_day)
            trial[month] = first_day
        return self.with_corrections(trial)


# the shipped announcements -----------------------------------------------------------------
ANNOUNCED_PATH = resource("hijri_oman.json")


def load_announced(path: Path) -> list[MonthStart]:
    """Oman's announced month starts from a JSON file shaped like resources/hijri_oman.json."""
    data = json.loads(path.read_text(encoding="utf-8"))
    found: list[MonthStart] = []
    for obj in data["months"]:
        month = HijriMonth(int(obj["year"]), int(obj["month"]))
        if not 1 <= month.month <= 12:
            raise ValueError(f"month out of range: {obj}")
        source = str(obj["source"]).strip()
        if not source:
            raise ValueError(f"no source for {month}")
        found.append(
            MonthStart(
                month, dt.date.fromisoformat(obj["first_day"]), StartOrigin.ANNOUNCED, source
            )
        )
    if len({s.month for s in found}) != len(found):
        raise ValueError(f"a month is listed twice in {path}")
    return found


@cache
def _shipped() -> tuple[MonthStart, ...]:
    return tuple(load_announced(ANNOUNCED_PATH))


def shipped() -> HijriCalendar:
    """Umm al-Qura with Oman's announced months, no corrections."""
    return HijriCalendar(_shipped())


_current: list[HijriCalendar] = []


def current() -> HijriCalendar:
    """The calendar in use: the open workspace's, or the shipped one."""
    if not _current:
        _current.append(shipped())
    return _current[0]


def use(calendar: HijriCalendar | None) -> None:
    """Put a calendar in use (None: the shipped one). The revision always grows, so caches
    keyed by it never keep an old calendar's dates."""
    last = current().revision
    chosen = calendar if calendar is not None else shipped()
    chosen.revision = max(chosen.revision, last + 1)
    _current[:] = [chosen]


def hijri_of(day: dt.date) -> HijriDate | None:
    """The Hijri date of a day in the calendar in use."""
    return current().to_hijri(day)


def gregorian_of(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Hijri date in the calendar in use."""
    return current().to_gregorian(year, month, day)
