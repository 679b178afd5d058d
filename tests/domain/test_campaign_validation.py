"""Campaign validation: each planted problem is found, at its field, and nothing else."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.model import (
    AudienceTarget,
    BudgetLine,
    Campaign,
    KeyMessage,
    Kpi,
    Metric,
    Objective,
    Phase,
    Platform,
    ReportDue,
)
from planner.domain.validation import (
    IssueCode,
    Severity,
    ValidationIssue,
    errors,
    is_valid,
    validate,
)
from tests.campaign_strategies import campaigns, heavy

DAY = dt.timedelta(days=1)
Found = set[tuple[str, IssueCode]]


def sound() -> Campaign:
    """A small campaign with nothing wrong: three phases strictly inside its dates."""
    start = dt.date(2026, 3, 1)
    return Campaign(
        "حملة التوعية",
        start,
        dt.date(2026, 3, 31),
        objectives=[
            Objective(
                "رفع الوعي",
                [
                    Kpi(Metric.REACH, 0, 1000, deadline=start + 30 * DAY),
                    Kpi(Metric.RESPONSE_TIME, 60, 15),
                ],
            )
        ],
        audience=[AudienceTarget(1), AudienceTarget(2)],
        messages=[KeyMessage("نظافة مدينتك مسؤوليتك")],
        phases=[
            Phase(f"مرحلة {i}", start + (10 * i + 1) * DAY, start + (10 * i + 5) * DAY)
            for i in range(3)
        ],
        budget=[BudgetLine(Platform.X, 0), BudgetLine(Platform.INSTAGRAM, 120_500)],
        reports=[ReportDue("التقرير الختامي", start + 40 * DAY)],
    )


def _end_before_start(c: Campaign) -> Found:
    c.end = c.start - DAY
    return {("end", IssueCode.END_BEFORE_START)} | {
        (f"phases[{i}].{edge}", IssueCode.PHASE_OUTSIDE_CAMPAIGN)
        for i in range(len(c.phases))
        for edge in ("start", "end")
    }


def _phase_reversed(c: Campaign) -> Found:
    c.phases[0].end = c.phases[0].start - DAY
    return {("phases[0].end", IssueCode.PHASE_END_BEFORE_START)}


def _phase_late(c: Campaign) -> Found:
    c.phases[1].end = dt.date(2026, 4, 3)  # fixed, whatever other planters did to c.end
    return {("phases[1].end", IssueCode.PHASE_OUTSIDE_CAMPAIGN)}


def _phase_early(c: Campaign) -> Found:
    c.phases[2].start = c.start - DAY
    return {("phases[2].start", IssueCode.PHASE_OUTSIDE_CAMPAIGN)}


PLANTERS: dict[str, Callable[[Campaign], Found]] = {
    "empty_name": lambda c: (setattr(c, "name", " \n"), {("name", IssueCode.EMPTY_NAME)})[1],
    "end_before_start": _end_before_start,
    "colour": lambda c: (setattr(c, "colour", "red"), {("colour", IssueCode.INVALID_COLOUR)})[1],
    "hashtag": lambda c: (
        c.hashtags.extend(["#ok", "#two words"]),
        {("hashtags[1]", IssueCode.INVALID_HASHTAG)},
    )[1],
    "no_kpi": lambda c: (
        c.objectives.append(Objective("هدف بلا مؤشر")),
        {("objectives[1].kpis", IssueCode.OBJECTIVE_WITHOUT_KPI)},
    )[1],
    "target_eq_baseline": lambda c: (
        setattr(c.objectives[0].kpis[1], "target", 60.0),
        {("objectives[0].kpis[1].target", IssueCode.KPI_TARGET_EQUALS_BASELINE)},
    )[1],
    "nan": lambda c: (
        setattr(c.objectives[0].kpis[0], "actual", float("nan")),
        {("objectives[0].kpis[0].actual", IssueCode.KPI_NOT_A_NUMBER)},
    )[1],
    "empty_objective": lambda c: (
        setattr(c.objectives[0], "text", ""),
        {("objectives[0].text", IssueCode.EMPTY_OBJECTIVE)},
    )[1],
    "duplicate_segment": lambda c: (
        c.audience.append(AudienceTarget(1)),
        {("audience[2].segment", IssueCode.DUPLICATE_SEGMENT)},
    )[1],
    "too_many_messages": lambda c: (
        c.messages.extend(KeyMessage(f"رسالة {i}") for i in range(5)),
        {("messages", IssueCode.TOO_MANY_MESSAGES)},
    )[1],
    "empty_message": lambda c: (
        setattr(c.messages[0], "text", "  "),
        {("messages[0].text", IssueCode.EMPTY_MESSAGE)},
    )[1],
    "phase_reversed": _phase_reversed,
    "phase_late": _phase_late,
    "phase_early": _phase_early,
    "negative_budget": lambda c: (
        setattr(c.budget[1], "amount_baisa", -1),
        {("budget[instagram]", IssueCode.NEGATIVE_BUDGET)},
    )[1],
    "duplicate_budget": lambda c: (
        c.budget.append(BudgetLine(Platform.X, 5)),
        {("budget[x]", IssueCode.DUPLICATE_BUDGET_PLATFORM)},
    )[1],
    "empty_report": lambda c: (
        setattr(c.reports[0], "title", ""),
        {("reports[0].title", IssueCode.EMPTY_REPORT_TITLE)},
    )[1],
}


def found(campaign: Campaign) -> Found:
    return {(i.field, i.code) for i in validate(campaign)}


def test_the_sound_campaign_has_no_issue() -> None:
    """The base of the planting test is itself clean."""
    assert validate(sound()) == []


@given(st.sets(st.sampled_from(sorted(PLANTERS))))
def test_validation_finds_exactly_the_planted_problems(chosen: set[str]) -> None:
    """Any combination of planted problems is reported exactly: no more, no fewer."""
    campaign = sound()
    expected: Found = set()
    for name in sorted(chosen):
        expected |= PLANTERS[name](campaign)
    assert found(campaign) == expected
    assert is_valid(campaign) == all(
        ValidationIssue(f, c).severity is Severity.WARNING for f, c in expected
    )


@heavy
@given(campaigns())
def test_generated_valid_campaigns_have_no_issue(campaign: Campaign) -> None:
    """The generator the round-trip tests rely on makes campaigns validation accepts."""
    assert validate(campaign) == []


def test_warnings_do_not_block_saving() -> None:
    """Missing objectives, KPIs or messages and early dates are warnings; the plan can be saved."""
    c = Campaign("حملة", dt.date(2026, 1, 10), dt.date(2026, 1, 20))
    assert found(c) == {
        ("objectives", IssueCode.NO_OBJECTIVES),
        ("messages", IssueCode.NO_KEY_MESSAGES),
    }
    c.objectives = [Objective("هدف", [Kpi(Metric.REACH, 0, 10, deadline=dt.date(2026, 1, 1))])]
    c.messages = [KeyMessage("رسالة")]
    c.reports = [ReportDue("تقرير", dt.date(2026, 1, 9))]
    assert found(c) == {
        ("objectives[0].kpis[0].deadline", IssueCode.KPI_DEADLINE_BEFORE_START),
        ("reports[0].due", IssueCode.REPORT_BEFORE_START),
    }
    assert all(i.severity is Severity.WARNING for i in validate(c))
    assert errors(validate(c)) == []
    assert is_valid(c)


def test_a_phase_on_the_campaign_edges_is_inside() -> None:
    """A phase may start on the first day and end on the last day of the campaign."""
    c = sound()
    c.phases = [Phase("كامل المدة", c.start, c.end)]
    assert validate(c) == []
