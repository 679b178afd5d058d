"""Checking every row of a mapped table: posts when all rows are good, else every problem."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, TypeVar

from planner.domain.model import ContentType, Platform, Post, PostStatus
from planner.domain.search import normalise
from planner.reports.calendar_import.dates import (
    Moment,
    UnreadableError,
    date_order,
    needs_order,
    read_moment,
    read_time,
)
from planner.reports.calendar_import.layouts import Columns, platform_columns
from planner.reports.calendar_import.model import (
    CampaignName,
    DateOrder,
    Field,
    Names,
    Options,
    Parsed,
    Problem,
    RowProblem,
    Table,
)
from planner.reports.calendar_import.platforms import handle_map, mark, parse_platforms
from planner.reports.calendar_import.reading import blank

T = TypeVar("T")

_STATUS_WORDS = {
    PostStatus.IDEA: ("idea", "فكرة"),
    PostStatus.DRAFT: ("draft", "مسودة"),
    PostStatus.READY: ("ready for review", "ready", "review", "جاهز للمراجعة", "للمراجعة"),
    PostStatus.APPROVED: ("approved", "معتمد", "تم الاعتماد"),
    PostStatus.SCHEDULED: ("scheduled", "مجدول", "تمت الجدولة"),
    PostStatus.PUBLISHED: ("published", "posted", "تم النشر", "منشور"),
    PostStatus.PAUSED: ("paused", "موقوف مؤقتا", "موقوف مؤقتًا", "موقوف"),
    PostStatus.CANCELLED: ("cancelled", "canceled", "ملغى", "ملغي", "ملغاة"),
}
STATUSES = {normalise(w): s for s, words in _STATUS_WORDS.items() for w in (*words, s.value)}
_TYPE_WORDS = {
    ContentType.TEXT: ("text", "نص", "status", "post"),
    ContentType.IMAGE: ("image", "photo", "picture", "صورة"),
    ContentType.CAROUSEL: ("carousel", "album", "صور متتابعة"),
    ContentType.VIDEO: ("video", "فيديو"),
    ContentType.REEL: ("reel", "reel / short", "short", "shorts", "مقطع قصير", "ريلز"),
    ContentType.STORY: ("story", "stories", "قصة"),
    ContentType.LIVE: ("live", "بث مباشر"),
    ContentType.THREAD: ("thread", "سلسلة"),
}
TYPES = {normalise(w): t for t, words in _TYPE_WORDS.items() for w in (*words, t.value)}


def _key(value: Any) -> str:
    return " ".join(normalise(_text(value)).split())


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


_GUARDED = ("'=", "'+", "'-", "'@", "'\t")


def unguard(value: Any) -> Any:
    """A cell of our CSV export without the apostrophe the export put before a formula-like
    text (`calendar_export.safe_cell`)."""
    return value[1:] if isinstance(value, str) and value.startswith(_GUARDED) else value


def parse(
    table: Table,
    mapping: dict[Field, int | None],
    names: Names | list[CampaignName],
    options: Options | None = None,
) -> Parsed:
    """Check every row; the posts when all are good, else every problem found."""
    names = names if isinstance(names, Names) else Names(campaigns=list(names))
    options = options or Options()
    result = Parsed()
    if mapping.get(Field.TEXT) is None:
        result.problems.append(RowProblem(0, Problem.NO_TEXT_COLUMN))
        return result
    columns = platform_columns(table.headers, table.rows, mapping)

    # Our own CSV export (it has the post key column) writes an apostrophe before a text
    # that a spreadsheet would take for a formula (= + - @ or a tab): take it off again.
    guarded = bool(table.encoding) and mapping.get(Field.KEY) is not None

    def cell(row: list[Any], f: Field) -> Any:
        column = mapping.get(f)
        value = row[column] if column is not None and column < len(row) else None
        return unguard(value) if guarded else value

    written = [cell(r, Field.DATE) for r in table.rows]
    found, mixed = date_order(written)
    if mixed:
        result.problems.append(RowProblem(0, Problem.MIXED_DATE_ORDER))
        return result
    order = options.date_order or found
    if order is None and needs_order(written):
        result.problems.append(RowProblem(0, Problem.DATE_ORDER))
        return result
    result.date_order = order
    checker = _Checker(table, mapping, names, options, columns, order, guarded)
    for offset, row in enumerate(table.rows):
        if all(blank(v) for v in row):
            continue
        number = table.first_row + offset
        post, problems, campaign = checker.row(number, row, cell)
        if problems:
            result.problems += problems
            continue
        assert post is not None
        if campaign:
            result.campaign_of[len(result.posts)] = campaign
            if campaign not in result.new_campaigns:
                result.new_campaigns.append(campaign)
        result.posts.append(post)
        result.rows.append(number)
    result.untimed = checker.untimed
    return result


class _Checker:
    """Reads one row into a post, or says what is wrong with it (row, column, value)."""

    def __init__(
        self,
        table: Table,
        mapping: dict[Field, int | None],
        names: Names,
        options: Options,
        columns: Columns,
        order: DateOrder | None,
        guarded: bool = False,
    ) -> None:
        self.table, self.mapping, self.options, self.columns = table, mapping, options, columns
        self.guarded = guarded
        self.order = order
        self.handles = handle_map(names.accounts)
        self.campaigns: dict[str, CampaignName] = {}
        for c in names.campaigns:
            for name in (c.name, c.name_en, str(c.id)):
                if name:
                    self.campaigns[_key(name)] = c
        self.segments = {_key(name): i for i, name in names.segments}
        self.untimed = 0

    def header(self, f: Field) -> str:
        column = self.mapping.get(f)
        return self.table.headers[column] if column is not None else ""

    def row(self, number: int, row: list[Any], cell: Any) -> tuple[Post | None, list[Any], str]:
        problems: list[RowProblem] = []

        def bad(
            problem: Problem, f: Field | None = None, value: Any = "", column: str = ""
        ) -> None:
            header = column or (self.header(f) if f else "")
            problems.append(RowProblem(number, problem, _text(value), header))

        def named(f: Field, table: Mapping[str, T], unknown: Problem) -> T | None:
            """What the cell of `f` names in `table`: None when it is blank, or names nothing
            there (then the row has the problem `unknown`)."""
            raw = cell(row, f)
            if blank(raw):
                return None
            found = table.get(_key(raw))
            if found is None:
                bad(unknown, f, raw)
            return found

        raw_text = cell(row, Field.TEXT)
        text = "" if blank(raw_text) else str(raw_text)  # kept exactly, spaces and all
        if self.columns.link is not None and self.columns.link < len(row):
            link = _text(row[self.columns.link])
            if link and link not in text:
                text = f"{text}\n{link}" if text else link
        variants: dict[Platform, str] = {}
        for platform, column in self.columns.variants.items():
            value = row[column] if column < len(row) else None
            if self.guarded:
                value = unguard(value)
            if not blank(value):
                variants[platform] = str(value)
        if not text and not variants:
            bad(Problem.NO_TEXT, Field.TEXT)
        platforms = self._platforms(row, cell, bad)
        for platform in variants:
            if platform not in platforms:
                platforms.append(platform)
        platforms.sort(key=list(Platform).index)
        when = self._when(row, cell, bad)
        campaign, new_campaign = None, ""
        raw_campaign = cell(row, Field.CAMPAIGN)
        if not blank(raw_campaign):
            campaign = self.campaigns.get(_key(raw_campaign))
            if campaign is None:
                if self.options.create_campaigns:
                    new_campaign = _text(raw_campaign)
                else:
                    bad(Problem.UNKNOWN_CAMPAIGN, Field.CAMPAIGN, raw_campaign)
        status = named(Field.STATUS, STATUSES, Problem.UNKNOWN_STATUS) or (
            PostStatus.DRAFT if when else PostStatus.IDEA
        )
        if when is None and not any(p.problem is Problem.BAD_DATE for p in problems):
            if status in (PostStatus.SCHEDULED, PostStatus.PUBLISHED):
                bad(Problem.SCHEDULED_WITHOUT_DATE, Field.STATUS, cell(row, Field.STATUS))
            status = PostStatus.IDEA  # a post without a date is an idea
        content_type = named(Field.CONTENT_TYPE, TYPES, Problem.UNKNOWN_TYPE) or ContentType.TEXT
        segment_id = named(Field.SEGMENT, self.segments, Problem.UNKNOWN_SEGMENT)
        message_id = self._named(campaign, "messages", cell(row, Field.KEY_MESSAGE))
        if message_id == -1:
            bad(Problem.UNKNOWN_MESSAGE, Field.KEY_MESSAGE, cell(row, Field.KEY_MESSAGE))
        phase_id = self._named(campaign, "phases", cell(row, Field.PHASE))
        if phase_id == -1:
            bad(Problem.UNKNOWN_PHASE, Field.PHASE, cell(row, Field.PHASE))
        notes = "" if blank(cell(row, Field.NOTES)) else str(cell(row, Field.NOTES))
        for column in self.columns.media:
            media = _text(row[column]) if column < len(row) else ""
            if media:
                notes = f"{notes}\n{media}" if notes else media
        if problems:
            return None, problems, ""
        post = Post(
            text,
            platforms,
            status,
            content_type=content_type,
            scheduled_at=when,
            campaign_id=campaign.id if campaign else None,
            segment_id=segment_id,
            message_id=message_id,
            phase_id=phase_id,
            variants=variants,
            notes=notes,
        )
        key = _text(cell(row, Field.KEY))
        if key:
            post.key = key
        return post, [], new_campaign

    def _named(self, campaign: CampaignName | None, kind: str, value: Any) -> int | None:
        """The id of a campaign's key message or phase named in a cell; -1 when not found."""
        if blank(value):
            return None
        if campaign is None:
            return -1
        for item_id, name in getattr(campaign, kind):
            if _key(name) == _key(value):
                return int(item_id)
        return -1

    def _platforms(self, row: list[Any], cell: Any, bad: Any) -> list[Platform]:
        platforms: list[Platform] = []
        raw = cell(row, Field.PLATFORM)
        if not blank(raw):
            platforms, unknown = parse_platforms(raw, self.handles)
            if unknown:
                bad(Problem.UNKNOWN_PLATFORM, Field.PLATFORM, unknown)
                return []
        for platform, column in self.columns.marks.items():
            value = row[column] if column < len(row) else None
            ticked = mark(value)
            if ticked is None:
                bad(Problem.BAD_MARK, None, value, self.table.headers[column])
            elif ticked and platform not in platforms:
                platforms.append(platform)
        if not platforms and self.options.platform is not None:
            platforms = [self.options.platform]
        if not platforms and not self.columns.variants:
            bad(Problem.NO_PLATFORM, Field.PLATFORM)
        return platforms

    def _when(self, row: list[Any], cell: Any, bad: Any) -> dt.datetime | None:
        raw_date, raw_time = cell(row, Field.DATE), cell(row, Field.TIME)
        moment = Moment()
        if not blank(raw_date):
            try:
                moment = read_moment(raw_date, self.order or DateOrder.DMY)
            except UnreadableError:
                bad(Problem.BAD_DATE, Field.DATE, raw_date)
                return None
            if moment.date is None:
                bad(Problem.BAD_DATE, Field.DATE, raw_date)
                return None
        time = moment.time
        if not blank(raw_time):
            try:
                given = read_time(raw_time)
            except UnreadableError:
                bad(Problem.BAD_TIME, Field.TIME, raw_time)
                return None
            if time is not None and time != given:
                bad(Problem.BAD_TIME, Field.TIME, raw_time)  # two different times for one post
                return None
            time = given
        if moment.date is None:
            return None
        if time is None:
            self.untimed += 1
            time = self.options.default_time
        return dt.datetime.combine(moment.date, time)
