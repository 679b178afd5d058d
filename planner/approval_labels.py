"""The approval cycle in the officer's words: decisions, stages, refusals, and each change as a row.

Shared by the plan PDF, the command line and the editor's "Changes since approval" view, so
that the three say the same thing the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from planner import labels
from planner.domain.approval import ApprovalCode, Decision, PlanStage
from planner.domain.model import CampaignType, Platform
from planner.domain.plan_diff import PlanArea, PlanChange, PlanDiff, Value, WordOp
from planner.formatting import Formatter
from planner.i18n.marker import QT_TRANSLATE_NOOP, LabelTable, translator

DECISIONS = {
    Decision.APPROVED: QT_TRANSLATE_NOOP("Approval", "Approved"),
    Decision.RETURNED: QT_TRANSLATE_NOOP("Approval", "Returned with comments"),
}

STAGES = {
    PlanStage.DRAFT: QT_TRANSLATE_NOOP("Approval", "Not submitted"),
    PlanStage.SUBMITTED: QT_TRANSLATE_NOOP("Approval", "Submitted, awaiting a decision"),
    PlanStage.APPROVED: QT_TRANSLATE_NOOP("Approval", "Approved, unchanged since"),
    PlanStage.RETURNED: QT_TRANSLATE_NOOP("Approval", "Returned with comments"),
    PlanStage.CHANGED: QT_TRANSLATE_NOOP("Approval", "Changed since its approval"),
}

REFUSALS = {
    ApprovalCode.NOTHING_CHANGED: QT_TRANSLATE_NOOP(
        "Approval", "Nothing has changed since the latest version: there is nothing to submit."
    ),
    ApprovalCode.AWAITING_DECISION: QT_TRANSLATE_NOOP(
        "Approval",
        "The latest version awaits a decision and the plan has not changed since: "
        "record the decision first.",
    ),
    ApprovalCode.NOT_LATEST: QT_TRANSLATE_NOOP(
        "Approval", "A decision can be recorded on the latest version only."
    ),
    ApprovalCode.ALREADY_DECIDED: QT_TRANSLATE_NOOP(
        "Approval", "A decision is already recorded on this version."
    ),
    ApprovalCode.NO_APPROVER: QT_TRANSLATE_NOOP("Approval", "Give the approver's name."),
    ApprovalCode.BEFORE_SUBMISSION: QT_TRANSLATE_NOOP(
        "Approval", "The decision's date is before the version was submitted."
    ),
}

AREAS = {
    PlanArea.PLAN: QT_TRANSLATE_NOOP("Approval", "Plan"),
    PlanArea.OBJECTIVE: QT_TRANSLATE_NOOP("Approval", "Objective %1"),
    PlanArea.KPI: QT_TRANSLATE_NOOP("Approval", "Indicators of objective %1"),
    PlanArea.MESSAGE: QT_TRANSLATE_NOOP("Approval", "Key message %1"),
    PlanArea.PHASE: QT_TRANSLATE_NOOP("Approval", "Phase %1"),
    PlanArea.BUDGET: QT_TRANSLATE_NOOP("Approval", "Budget: %1"),
    PlanArea.REPORT: QT_TRANSLATE_NOOP("Approval", "Report %1"),
    PlanArea.PARTNER: QT_TRANSLATE_NOOP("Approval", "Partner %1"),
}

PLAN_FIELDS = {
    "name": QT_TRANSLATE_NOOP("Approval", "Campaign name"),
    "name_en": QT_TRANSLATE_NOOP("Approval", "English name"),
    "start": QT_TRANSLATE_NOOP("Approval", "Start"),
    "end": QT_TRANSLATE_NOOP("Approval", "End"),
    "type": QT_TRANSLATE_NOOP("Approval", "Type"),
    "owner": QT_TRANSLATE_NOOP("Approval", "Prepared by"),
    "aim": QT_TRANSLATE_NOOP("Approval", "Aim"),
    "proposition": QT_TRANSLATE_NOOP("Approval", "Proposition"),
    "hashtags": QT_TRANSLATE_NOOP("Approval", "Hashtags"),
}


tr = translator("Approval")  # one of the labels above, in the current language
decision = LabelTable("Approval", DECISIONS)
stage = LabelTable("Approval", STAGES)
refusal = LabelTable("Approval", REFUSALS)


def changes_since(count: int, fmt: Formatter) -> str:
    """ "٣ تغييرات منذ الاعتماد": Arabic's six plural forms, the count in the chosen digits."""
    text = QCoreApplication.translate("Approval", "%n changes since approval", "", count)
    return fmt.counted(text, count)


class ChangeGroup(StrEnum):
    """The filters of the changes view."""

    POSTS = "posts"  # added, removed, moved, status, platforms
    TEXTS = "texts"
    PLAN = "plan"


@dataclass(frozen=True)
class ChangeRow:
    """One change, in words: what changed, on which post or part of the plan, before, after.
    `removed` and `added` are the words that changed, for a text."""

    group: ChangeGroup
    platforms: tuple[Platform, ...]  # the platforms it concerns, for the platform filter
    what: str
    subject: str
    before: str
    after: str
    removed: str = ""
    added: str = ""


def rows(diff: PlanDiff, fmt: Formatter) -> list[ChangeRow]:
    """Every change of `diff`, posts first, then texts, then the plan's parts."""
    when = _when(fmt)
    on = diff.post_platforms

    def post(key: str, what: str, text: str, before: str, after: str) -> ChangeRow:
        """A change to one post, filtered by the platforms it is on."""
        return ChangeRow(ChangeGroup.POSTS, on.get(key, ()), what, text, before, after)

    translate = QCoreApplication.translate
    out = [
        post(r.key, translate("Approval", "Post added"), r.text, "—", when(r.scheduled_at))
        for r in diff.added
    ]
    out += [
        post(r.key, translate("Approval", "Post removed"), r.text, when(r.scheduled_at), "—")
        for r in diff.removed
    ]
    out += [
        post(m.key, translate("Approval", "Post moved"), m.text, when(m.old), when(m.new))
        for m in diff.moved
    ]
    out += [
        post(
            s.key,
            translate("Approval", "Status changed"),
            s.text,
            labels.post_status(s.old),
            labels.post_status(s.new),
        )
        for s in diff.statuses
    ]
    sep = "، " if fmt.lang == "ar" else ", "
    for change in diff.platforms:
        row = post(
            change.key,
            translate("Approval", "Platforms changed"),
            change.text,
            sep.join(labels.platform(p) for p in change.removed) or "—",
            sep.join(labels.platform(p) for p in change.added) or "—",
        )
        out.append(replace(row, platforms=row.platforms + change.removed))
    for text in diff.texts:
        what = (
            QCoreApplication.translate("Approval", "Shared text changed")
            if text.platform is None
            else QCoreApplication.translate("Approval", "%1 text changed").replace(
                "%1", labels.platform(text.platform)
            )
        )
        removed = " … ".join(" ".join(w.old) for w in text.words if w.op is not WordOp.ADDED)
        added = " … ".join(" ".join(w.new) for w in text.words if w.op is not WordOp.REMOVED)
        out.append(
            ChangeRow(
                ChangeGroup.TEXTS,
                on.get(text.key, ()) if text.platform is None else (text.platform,),
                what,
                "",
                text.old,
                text.new,
                removed,
                added,
            )
        )
    out.extend(_plan_row(part, fmt) for part in diff.plan)
    return out


def _plan_row(change: PlanChange, fmt: Formatter) -> ChangeRow:
    if change.area is PlanArea.PLAN:
        what = tr(PLAN_FIELDS.get(change.field, change.field))
    elif change.area is PlanArea.BUDGET:
        assert change.platform is not None
        what = tr(AREAS[change.area]).replace("%1", labels.platform(change.platform))
    else:
        what = tr(AREAS[change.area]).replace("%1", fmt.integer(change.index or 0))

    def show(value: Value) -> str:
        if value is None:
            return "—"
        if change.area is PlanArea.BUDGET and isinstance(value, int):
            return fmt.money(value)
        if change.field == "type" and isinstance(value, str):
            return labels.campaign_type(CampaignType(value))
        if isinstance(value, dt.date):
            return fmt.date(value, "long")
        return str(value)

    return ChangeRow(
        ChangeGroup.PLAN,
        () if change.platform is None else (change.platform,),
        what,
        "",
        show(change.old),
        show(change.new),
    )


def _when(fmt: Formatter) -> Callable[[dt.datetime | None], str]:
    def when(moment: dt.datetime | None) -> str:
        if moment is None:
            return QCoreApplication.translate("Approval", "Not scheduled")
        return f"{fmt.weekday(moment.date())} {fmt.date(moment.date(), 'long')} {fmt.time(moment)}"

    return when
