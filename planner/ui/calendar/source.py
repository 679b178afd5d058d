"""What the calendar's models read: the filtered chips of a range, occasions, names, Hijri dates."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache

from planner.domain import hijri as hijri_calendar
from planner.domain.calendar import PostChip, PostFilter, SlotChips
from planner.domain.holidays import Holiday
from planner.domain.names import in_language
from planner.domain.occasions import HijriDate, Occasion, occasions_between
from planner.formatting import Formatter
from planner.ui.document import Document

SUNDAY = 6  # the Omani week starts on Sunday
WEEKEND = (4, 5)  # Friday and Saturday


def week_start(day: dt.date) -> dt.date:
    """The Sunday on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - SUNDAY) % 7)


def column_of(day: dt.date) -> int:
    """The column of a weekday in the grid: Sunday 0 ... Saturday 6."""
    return (day.weekday() - SUNDAY) % 7


@dataclass(frozen=True)
class OccasionMark:
    """An occasion as a day cell shows it."""

    name: str
    local: bool = False  # added by the officer
    approximate: bool = False  # a Hijri date that depends on the moon sighting
    quiet: bool = False  # no campaign posts on that day
    holiday: Holiday | None = None  # a day of an official public holiday's span
    day: dt.date | None = None  # that day (a holiday's band joins its neighbours')


@dataclass(frozen=True)
class CampaignInfo:
    name: str
    colour: str


@lru_cache(maxsize=4096)
def _hijri_in(day: dt.date, revision: int) -> HijriDate | None:
    return hijri_calendar.current().to_hijri(day)


def _hijri(day: dt.date) -> HijriDate | None:
    """The day's Hijri date in the calendar in use (kept per calendar revision)."""
    return _hijri_in(day, hijri_calendar.current().revision)


# Short English month names that fit a day cell (Formatter.hijri writes the long ones): the long
# names, with those of the two Rabi and the two Jumada shortened.
_SHORTER = {
    "Rabi al-Awwal": "Rabi I",
    "Rabi al-Thani": "Rabi II",
    "Jumada al-Ula": "Jumada I",
    "Jumada al-Akhirah": "Jumada II",
}
_HIJRI_MONTHS_EN = tuple(_SHORTER.get(name, name) for name in hijri_calendar.MONTH_NAMES_EN)


class CalendarSource:
    """Reads for the calendar views, through the document's workspace, with the filter set."""

    def __init__(self, doc: Document, formatter: Formatter) -> None:
        self.doc = doc
        self.fmt = formatter
        self.where = PostFilter()
        self.campaigns: dict[int, CampaignInfo] = {}
        self.segments: dict[int, str] = {}
        self._times: dict[tuple[int, int], str] = {}
        self._weekdays: list[str] = []
        self._computed: dict[tuple[dt.date, dt.date], dict[dt.date, list[OccasionMark]]] = {}
        self._hijri_texts: dict[tuple[dt.date, bool], str] = {}
        self._revision = hijri_calendar.current().revision
        self._pages: OrderedDict[tuple[object, ...], SlotChips] = OrderedDict()
        self._numbers: dict[int, str] = {}
        self.refresh_names()

    def refresh_names(self) -> None:
        """Reload campaign and segment names (after campaigns or segments change)."""
        ws = self.doc.workspace
        self.campaigns = {
            i: CampaignInfo(in_language(name, name_en, self.fmt.lang), colour)
            for i, name, name_en, colour in ws.calendar.campaign_names()
        }
        self.segments = {s.id: s.name for s in ws.segments.list() if s.id is not None}

    def chips(
        self, start: dt.datetime, end: dt.datetime, full_text: bool = False
    ) -> list[PostChip]:
        return self.doc.workspace.calendar.chips(start, end, self.where, None if full_text else 80)

    def slot_chips(
        self, start: dt.datetime, end: dt.datetime, per_slot: int, hourly: bool
    ) -> SlotChips:
        """The chips of a range's slots, kept while nothing is written: the key holds the
        connection's count of changed rows, so any write (this screen's or another's) makes
        the next read fresh. The months either side are read ahead (CalendarView)."""
        key = (start, end, per_slot, hourly, self.where, self.doc.workspace.db.conn.total_changes)
        page = self._pages.get(key)
        if page is None:
            page = self._pages[key] = self.doc.workspace.calendar.chips_by_slot(
                start, end, self.where, per_slot, hourly
            )
            while len(self._pages) > 6:
                self._pages.popitem(last=False)
        return page

    def ideas(self) -> list[PostChip]:
        return self.doc.workspace.calendar.ideas(self.where)

    def occasions(self, start: dt.date, end: dt.date) -> dict[dt.date, list[OccasionMark]]:
        """Occasions on each day of [start, end]: computed and reference ones, then local ones."""
        self._follow_calendar()
        computed = self._computed.get((start, end))
        if computed is None:  # the same every time: computed once per range shown
            computed = self._marks(self.doc.workspace.hijri.holidays_between(start, end))
            for day, found in self._marks(occasions_between(start, end)).items():
                computed.setdefault(day, []).extend(found)
            self._computed[(start, end)] = computed
        marks = {day: list(found) for day, found in computed.items()}
        for o in self.doc.workspace.calendar.occasions.between(start, end):
            name = o.name_en if self.fmt.lang == "en" and o.name_en else o.name
            day = max(o.start, start)
            while day <= min(o.end, end):
                marks.setdefault(day, []).append(OccasionMark(name, local=True, quiet=o.quiet))
                day += dt.timedelta(days=1)
        return marks

    def _follow_calendar(self) -> None:
        """Forget the Hijri texts and occasions of a calendar no longer in use."""
        revision = hijri_calendar.current().revision
        if revision != self._revision:
            self._revision = revision
            self._computed.clear()
            self._hijri_texts.clear()

    def _marks(
        self, occasions: list[Occasion] | list[Holiday]
    ) -> dict[dt.date, list[OccasionMark]]:
        marks: dict[dt.date, list[OccasionMark]] = {}
        for occasion in occasions:
            if isinstance(occasion, Holiday):
                name = occasion.name_en if self.fmt.lang == "en" else occasion.name_ar
                for day in occasion.days():
                    marks.setdefault(day, []).append(
                        OccasionMark(name, approximate=occasion.forecast, holiday=occasion, day=day)
                    )
                continue
            name = (
                occasion.name_en if self.fmt.lang == "en" and occasion.name_en else occasion.name_ar
            )
            marks.setdefault(occasion.date, []).append(
                OccasionMark(name, approximate=occasion.approximate, quiet=occasion.quiet)
            )
        return marks

    # texts ---------------------------------------------------------------------------------
    def number(self, value: int) -> str:
        """A day number in the chosen digits (cached: a month asks for each many times)."""
        text = self._numbers.get(value)
        if text is None:
            text = self._numbers[value] = self.fmt.digits_of(str(value))
        return text

    def weekday_name(self, column: int) -> str:
        """The name of a grid column's weekday (Sunday first)."""
        if not self._weekdays:
            sunday = dt.date(2026, 11, 22)
            self._weekdays = [self.fmt.weekday(sunday + dt.timedelta(days=c)) for c in range(7)]
        return self._weekdays[column]

    def time_text(self, when: dt.datetime) -> str:
        """ "20:05" in the chosen digits (cached: chips paint many times)."""
        key = (when.hour, when.minute)
        text = self._times.get(key)
        if text is None:
            text = self._times[key] = self.fmt.digits_of(f"{when.hour:02d}:{when.minute:02d}")
        return text

    def hijri_short(self, day: dt.date, with_month: bool) -> str:
        """The Hijri day of `day`, with its month's name when `with_month` (kept)."""
        self._follow_calendar()
        text = self._hijri_texts.get((day, with_month))
        if text is not None:
            return text
        hijri = _hijri(day)
        if hijri is None:
            text = ""
        elif not with_month:
            text = self.number(hijri.day)
        elif self.fmt.lang == "ar":
            text = f"{self.number(hijri.day)} {hijri.month_name_ar}"
        else:
            text = f"{self.number(hijri.day)} {_HIJRI_MONTHS_EN[hijri.month - 1]}"
        if len(self._hijri_texts) > 5000:
            self._hijri_texts.clear()
        self._hijri_texts[(day, with_month)] = text
        return text

    def hijri_month_starts(self, day: dt.date) -> bool:
        hijri = _hijri(day)
        return hijri is not None and hijri.day == 1

    def campaign_name(self, campaign_id: int | None) -> str:
        info = self.campaigns.get(campaign_id or 0)
        return info.name if info else ""
