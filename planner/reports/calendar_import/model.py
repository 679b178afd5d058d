"""The calendar importer's values: fields, problems, the table read, options and the outcome."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from planner.domain.model import Platform, Post

MAX_ROWS = 20_000


class Field(StrEnum):
    """What a column of the sheet can hold."""

    DATE = "date"
    TIME = "time"
    PLATFORM = "platform"
    TEXT = "text"
    CAMPAIGN = "campaign"
    STATUS = "status"
    CONTENT_TYPE = "content_type"
    SEGMENT = "segment"
    NOTES = "notes"
    KEY_MESSAGE = "key_message"
    PHASE = "phase"
    KEY = "key"


class Problem(StrEnum):
    """What is wrong with a row (or the file); the UI and the CLI word each one."""

    UNREADABLE = "unreadable"  # the file itself
    ENCODING = "encoding"  # the file's bytes are no text in any encoding tried
    EMPTY = "empty"  # no rows under the header
    TOO_MANY_ROWS = "too_many_rows"
    NO_TEXT_COLUMN = "no_text_column"  # the mapping
    DATE_ORDER = "date_order"  # dd/mm or mm/dd cannot be told from the file: ask
    MIXED_DATE_ORDER = "mixed_date_order"  # some dates are dd/mm, others mm/dd
    BAD_DATE = "bad_date"
    BAD_TIME = "bad_time"
    NO_PLATFORM = "no_platform"
    UNKNOWN_PLATFORM = "unknown_platform"
    NO_TEXT = "no_text"
    UNKNOWN_CAMPAIGN = "unknown_campaign"
    UNKNOWN_STATUS = "unknown_status"
    UNKNOWN_TYPE = "unknown_type"
    UNKNOWN_SEGMENT = "unknown_segment"
    UNKNOWN_MESSAGE = "unknown_message"
    UNKNOWN_PHASE = "unknown_phase"
    BAD_MARK = "bad_mark"
    SCHEDULED_WITHOUT_DATE = "scheduled_without_date"


class DateOrder(StrEnum):
    """How a written date with two small numbers is read: 03/04 is 3 April or 4 March."""

    DMY = "dmy"
    MDY = "mdy"


class OnDuplicate(StrEnum):
    """What to do with a row that is already in the workspace (same key, or same time and text)."""

    SKIP = "skip"
    UPDATE = "update"
    ADD = "add"


class TableError(Exception):
    """The file cannot be read as a table."""

    def __init__(self, problem: Problem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}")
        self.problem = problem
        self.detail = detail


@dataclass
class Table:
    """The cells of the first sheet: its header and the rows under it."""

    headers: list[str]
    rows: list[list[Any]]
    first_row: int = 2  # the sheet row number of rows[0]
    encoding: str = ""  # a CSV file's encoding as detected ("" for xlsx)


@dataclass(frozen=True)
class RowProblem:
    """A bad row: its number in the sheet, the column, what is wrong, and the offending value."""

    row: int
    problem: Problem
    value: str = ""
    column: str = ""  # the header of the column at fault ("" when the row as a whole is)


@dataclass(frozen=True)
class CampaignName:
    """A campaign as a sheet may name it, with the names of its key messages and phases."""

    id: int
    name: str
    name_en: str = ""
    messages: tuple[tuple[int, str], ...] = ()
    phases: tuple[tuple[int, str], ...] = ()


@dataclass
class Names:
    """What the workspace already holds that a sheet may name: campaigns, segments, accounts."""

    campaigns: list[CampaignName] = field(default_factory=list)
    segments: list[tuple[int, str]] = field(default_factory=list)
    accounts: list[tuple[Platform, str]] = field(default_factory=list)  # platform, handle


@dataclass
class Options:
    """What the officer decided for the whole file (CLI flags or the mapping dialog)."""

    date_order: DateOrder | None = None  # None: decided from the file's own dates
    platform: Platform | None = None  # the platform of every row, when the file names none
    create_campaigns: bool = False  # a campaign named but missing becomes a new campaign
    default_time: dt.time = dt.time(10, 0)  # a date written without any time


@dataclass
class Parsed:
    """The outcome of checking every row: posts to import, or why not."""

    posts: list[Post] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)  # the sheet row of each post
    new_campaigns: list[str] = field(default_factory=list)  # named but missing: to create
    campaign_of: dict[int, str] = field(default_factory=dict)  # post index -> new campaign
    date_order: DateOrder | None = None  # the order used (found or given)
    untimed: int = 0  # rows given the default time (a date without a time)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.posts)
