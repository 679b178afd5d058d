"""What is wrong with a campaign plan: typed issues naming the field, for the editor to show.

Each issue carries a stable `field` path into the campaign ("name", "phases[1].start",
"budget[instagram]", "objectives[0].kpis[1].target"), an `IssueCode` the UI maps to a
translated message, and a severity: errors block saving, warnings only advise.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.model import Campaign, Kpi
from planner.domain.ranges import (
    HASHTAG_MAX,
    MAX_HASHTAGS,
    MAX_KPIS,
    MAX_OBJECTIVES,
    NAME_MAX,
    TEXT_MAX,
    date_in_range,
    is_valid_unicode,
    number_in_range,
)

MAX_KEY_MESSAGES = 5
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


class Severity(StrEnum):
    """An error blocks saving the plan; a warning is advice the officer may ignore."""

    ERROR = "error"
    WARNING = "warning"


class IssueCode(StrEnum):
    """Every problem `validate` can report; each has a translated message in the UI."""

    EMPTY_NAME = "empty_name"
    END_BEFORE_START = "end_before_start"
    INVALID_COLOUR = "invalid_colour"
    INVALID_HASHTAG = "invalid_hashtag"  # empty, or holding a space
    EMPTY_OBJECTIVE = "empty_objective"
    NO_OBJECTIVES = "no_objectives"  # warning
    OBJECTIVE_WITHOUT_KPI = "objective_without_kpi"  # warning
    KPI_NOT_A_NUMBER = "kpi_not_a_number"
    KPI_TARGET_EQUALS_BASELINE = "kpi_target_equals_baseline"
    KPI_DEADLINE_BEFORE_START = "kpi_deadline_before_start"  # warning
    DUPLICATE_SEGMENT = "duplicate_segment"
    EMPTY_MESSAGE = "empty_message"
    NO_KEY_MESSAGES = "no_key_messages"  # warning
    TOO_MANY_MESSAGES = "too_many_messages"
    EMPTY_PARTNER_NAME = "empty_partner_name"
    EMPTY_PHASE_NAME = "empty_phase_name"
    PHASE_END_BEFORE_START = "phase_end_before_start"
    PHASE_OUTSIDE_CAMPAIGN = "phase_outside_campaign"
    NEGATIVE_BUDGET = "negative_budget"
    DUPLICATE_BUDGET_PLATFORM = "duplicate_budget_platform"
    EMPTY_REPORT_TITLE = "empty_report_title"
    REPORT_BEFORE_START = "report_before_start"  # warning
    TEXT_TOO_LONG = "text_too_long"  # over ranges.NAME_MAX or TEXT_MAX characters
    NOT_UNICODE = "not_unicode"  # a lone surrogate: cannot be stored or exported
    NUMBER_OUT_OF_RANGE = "number_out_of_range"  # beyond ranges.NUMBER_MAX
    DATE_OUT_OF_RANGE = "date_out_of_range"  # before 1900 or after 2100
    TOO_MANY_HASHTAGS = "too_many_hashtags"
    TOO_MANY_OBJECTIVES = "too_many_objectives"
    TOO_MANY_KPIS = "too_many_kpis"


WARNINGS = frozenset(
    {
        IssueCode.NO_OBJECTIVES,
        IssueCode.OBJECTIVE_WITHOUT_KPI,
        IssueCode.KPI_DEADLINE_BEFORE_START,
        IssueCode.NO_KEY_MESSAGES,
        IssueCode.REPORT_BEFORE_START,
    }
)


@dataclass(frozen=True)
class ValidationIssue:
    """One problem in a campaign plan: where it is and what it is."""

    field: str
    code: IssueCode

    @property
    def severity(self) -> Severity:
        return Severity.WARNING if self.code in WARNINGS else Severity.ERROR


def validate(campaign: Campaign) -> list[ValidationIssue]:
    """Every problem in the plan, in the order of the editor's sections."""
    issues: list[ValidationIssue] = []

    def add(field: str, code: IssueCode) -> None:
        issues.append(ValidationIssue(field, code))

    if not campaign.name.strip():
        add("name", IssueCode.EMPTY_NAME)
    for field, text, longest in _texts(campaign):
        if not is_valid_unicode(text):
            add(field, IssueCode.NOT_UNICODE)
        elif len(text) > longest:
            add(field, IssueCode.TEXT_TOO_LONG)
    for field, day in _dates(campaign):
        if not date_in_range(day):
            add(field, IssueCode.DATE_OUT_OF_RANGE)
    if len(campaign.hashtags) > MAX_HASHTAGS:
        add("hashtags", IssueCode.TOO_MANY_HASHTAGS)
    if len(campaign.objectives) > MAX_OBJECTIVES:
        add("objectives", IssueCode.TOO_MANY_OBJECTIVES)
    for i, objective in enumerate(campaign.objectives):
        if len(objective.kpis) > MAX_KPIS:
            add(f"objectives[{i}].kpis", IssueCode.TOO_MANY_KPIS)
    if campaign.end < campaign.start:
        add("end", IssueCode.END_BEFORE_START)
    if not _COLOUR.fullmatch(campaign.colour):
        add("colour", IssueCode.INVALID_COLOUR)
    for i, tag in enumerate(campaign.hashtags):
        word = tag.strip().removeprefix("#")
        if not word or any(ch.isspace() for ch in word):
            add(f"hashtags[{i}]", IssueCode.INVALID_HASHTAG)

    if not campaign.objectives:
        add("objectives", IssueCode.NO_OBJECTIVES)
    for i, objective in enumerate(campaign.objectives):
        if not objective.text.strip():
            add(f"objectives[{i}].text", IssueCode.EMPTY_OBJECTIVE)
        if not objective.kpis:
            add(f"objectives[{i}].kpis", IssueCode.OBJECTIVE_WITHOUT_KPI)
        for j, kpi in enumerate(objective.kpis):
            for field, code in _kpi_issues(kpi, campaign.start):
                add(f"objectives[{i}].kpis[{j}].{field}", code)

    seen_segments: set[int] = set()
    for i, target in enumerate(campaign.audience):
        if target.segment_id in seen_segments:
            add(f"audience[{i}].segment", IssueCode.DUPLICATE_SEGMENT)
        seen_segments.add(target.segment_id)

    if not campaign.messages:
        add("messages", IssueCode.NO_KEY_MESSAGES)
    elif len(campaign.messages) > MAX_KEY_MESSAGES:
        add("messages", IssueCode.TOO_MANY_MESSAGES)
    for i, message in enumerate(campaign.messages):
        if not message.text.strip():
            add(f"messages[{i}].text", IssueCode.EMPTY_MESSAGE)
    for i, partner in enumerate(campaign.partners):
        if not partner.name.strip():
            add(f"partners[{i}].name", IssueCode.EMPTY_PARTNER_NAME)

    for i, phase in enumerate(campaign.phases):
        if not phase.name.strip():
            add(f"phases[{i}].name", IssueCode.EMPTY_PHASE_NAME)
        if phase.end < phase.start:
            add(f"phases[{i}].end", IssueCode.PHASE_END_BEFORE_START)
        if not campaign.start <= phase.start <= campaign.end:
            add(f"phases[{i}].start", IssueCode.PHASE_OUTSIDE_CAMPAIGN)
        if not campaign.start <= phase.end <= campaign.end:
            add(f"phases[{i}].end", IssueCode.PHASE_OUTSIDE_CAMPAIGN)

    seen_platforms: set[str] = set()
    for line in campaign.budget:
        where = f"budget[{line.platform.value}]"
        if line.amount_baisa < 0:
            add(where, IssueCode.NEGATIVE_BUDGET)
        if line.platform.value in seen_platforms:
            add(where, IssueCode.DUPLICATE_BUDGET_PLATFORM)
        seen_platforms.add(line.platform.value)

    for i, report in enumerate(campaign.reports):
        if not report.title.strip():
            add(f"reports[{i}].title", IssueCode.EMPTY_REPORT_TITLE)
        if report.due < campaign.start:
            add(f"reports[{i}].due", IssueCode.REPORT_BEFORE_START)
    return issues


def _kpi_issues(kpi: Kpi, start: dt.date) -> list[tuple[str, IssueCode]]:
    found = [
        (name, IssueCode.KPI_NOT_A_NUMBER)
        for name, value in (
            ("baseline", kpi.baseline),
            ("target", kpi.target),
            ("actual", kpi.actual),
        )
        if value is not None and not math.isfinite(value)
    ]
    found += [
        (name, IssueCode.NUMBER_OUT_OF_RANGE)
        for name, value in (
            ("baseline", kpi.baseline),
            ("target", kpi.target),
            ("actual", kpi.actual),
        )
        if value is not None and math.isfinite(value) and not number_in_range(value)
    ]
    if kpi.target == kpi.baseline:
        found.append(("target", IssueCode.KPI_TARGET_EQUALS_BASELINE))
    if kpi.deadline is not None and kpi.deadline < start:
        found.append(("deadline", IssueCode.KPI_DEADLINE_BEFORE_START))
    return found


# The texts of the plan and of each item of its lists, with the longest each may be.
_PLAN_TEXTS = (
    ("name", NAME_MAX),
    ("name_en", NAME_MAX),
    ("owner", NAME_MAX),
    ("approver", NAME_MAX),
    ("version", NAME_MAX),
    ("aim", TEXT_MAX),
    ("proposition", TEXT_MAX),
)
_KPI_TEXTS = (("unit", NAME_MAX), ("measurement", TEXT_MAX))
_LIST_TEXTS: dict[str, tuple[tuple[str, int], ...]] = {
    "audience": (("insight", TEXT_MAX), ("barriers", TEXT_MAX)),
    "messages": (("text", TEXT_MAX), ("text_en", TEXT_MAX)),
    "partners": (("name", NAME_MAX), ("handle", NAME_MAX)),
    "phases": (("name", NAME_MAX), ("goal", TEXT_MAX)),
    "reports": (("title", NAME_MAX),),
}


def _fields(
    where: str, item: object, limits: tuple[tuple[str, int], ...]
) -> list[tuple[str, str, int]]:
    """The texts `limits` names on `item`, each with its path below `where` and its limit."""
    prefix = f"{where}." if where else ""
    return [(prefix + name, getattr(item, name), most) for name, most in limits]


def _texts(c: Campaign) -> list[tuple[str, str, int]]:
    """Every text of the plan with its field path and the longest it may be."""
    found = _fields("", c, _PLAN_TEXTS)
    found += [(f"hashtags[{i}]", tag, HASHTAG_MAX) for i, tag in enumerate(c.hashtags)]
    for i, objective in enumerate(c.objectives):
        found.append((f"objectives[{i}].text", objective.text, TEXT_MAX))
        for j, kpi in enumerate(objective.kpis):
            found += _fields(f"objectives[{i}].kpis[{j}]", kpi, _KPI_TEXTS)
    for name, limits in _LIST_TEXTS.items():
        for i, item in enumerate(getattr(c, name)):
            found += _fields(f"{name}[{i}]", item, limits)
    return found


def _dates(c: Campaign) -> list[tuple[str, dt.date]]:
    """Every date of the plan with its field path."""
    found = [("start", c.start), ("end", c.end)]
    for i, phase in enumerate(c.phases):
        found += [(f"phases[{i}].start", phase.start), (f"phases[{i}].end", phase.end)]
    for i, objective in enumerate(c.objectives):
        for j, kpi in enumerate(objective.kpis):
            if kpi.deadline is not None:
                found.append((f"objectives[{i}].kpis[{j}].deadline", kpi.deadline))
    found += [(f"reports[{i}].due", r.due) for i, r in enumerate(c.reports)]
    return found


def errors(issues: list[ValidationIssue]) -> list[ValidationIssue]:
    """Only the issues that block saving."""
    return [i for i in issues if i.severity is Severity.ERROR]


def is_valid(campaign: Campaign) -> bool:
    """Whether the plan may be saved (warnings allowed)."""
    return not errors(validate(campaign))
