"""The plan PDF's approval story: the version history, the changes since approval, and a plan
rebuilt from a frozen version so that any version can be printed as it was approved."""

from __future__ import annotations

import copy
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from planner import approval_labels, labels
from planner.domain.approval import Decision
from planner.domain.model import Account, AudienceTarget, Post, Segment
from planner.domain.plan_diff import PlanDiff
from planner.formatting import Formatter
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.reports.pdf import sections
from planner.reports.pdf.html import bidi, blocks, heading, table, translated
from planner.reports.pdf.sections import PlanContext, Section
from planner.storage import approval
from planner.storage.exchange_format import AccountKey, CampaignBundle
from planner.storage.workspace import Workspace

HISTORY = (  # the version history's columns
    QT_TRANSLATE_NOOP("ApprovalPdf", "Version"),
    QT_TRANSLATE_NOOP("ApprovalPdf", "Submitted"),
    QT_TRANSLATE_NOOP("ApprovalPdf", "Decision"),
    QT_TRANSLATE_NOOP("ApprovalPdf", "Decision date"),
    QT_TRANSLATE_NOOP("ApprovalPdf", "Approver"),
    QT_TRANSLATE_NOOP("ApprovalPdf", "Comments"),
)
CHANGES = (  # the changes' columns
    QT_TRANSLATE_NOOP("ApprovalPdf", "Change"),
    QT_TRANSLATE_NOOP("ApprovalPdf", "Post or part of the plan"),
    QT_TRANSLATE_NOOP("ApprovalPdf", "Before"),
    QT_TRANSLATE_NOOP("ApprovalPdf", "After"),
)


def snapshot_context(
    workspace: Workspace, campaign_id: int, number: int, formatter: Formatter, institution: str
) -> PlanContext:
    """The plan as frozen in version `number`, with ids of its own so that the writer links
    posts to key messages, phases, segments and accounts as it does for the live plan.
    KeyError when there is no such version."""
    _, bundle = approval.load_version(workspace, campaign_id, number)
    segments, accounts = _references(bundle)
    seg_id = {s.name: s.id for s in segments.values()}
    campaign = copy.deepcopy(bundle.campaign)
    campaign.id = campaign_id
    campaign.brand_kit_id = workspace.campaigns.get(campaign_id).brand_kit_id
    for i, message in enumerate(campaign.messages, 1):
        message.id = i
    for i, phase in enumerate(campaign.phases, 1):
        phase.id = i
    campaign.audience = [
        AudienceTarget(seg_id[a.segment] or 0, a.insight, a.barriers) for a in bundle.audience
    ]
    by_key = {AccountKey(a.platform, a.handle).match: a.id for a in accounts}
    campaign.channel_account_ids = [
        i for i in (by_key.get(k.match) for k in bundle.channels) if i is not None
    ]
    posts: list[Post] = []
    for entry in bundle.posts:
        post = copy.deepcopy(entry.post)
        post.campaign_id = campaign_id
        post.message_id = None if entry.message_index is None else entry.message_index + 1
        post.phase_id = None if entry.phase_index is None else entry.phase_index + 1
        post.segment_id = seg_id.get(entry.segment) if entry.segment is not None else None
        posts.append(post)
    rtl = formatter.lang == "ar"
    return PlanContext(
        workspace, campaign, posts, segments, accounts, formatter, rtl, institution, number
    )


def _references(bundle: CampaignBundle) -> tuple[dict[int, Segment], list[Account]]:
    segments = {i: replace(s, id=i) for i, s in enumerate(bundle.segments, 1)}
    seg_id = {s.name: i for i, s in segments.items()}
    accounts = [
        replace(e.account, id=i, segment_ids=[seg_id[n] for n in e.segments if n in seg_id])
        for i, e in enumerate(bundle.accounts, 1)
    ]
    return segments, accounts


def platform_texts(post: Post, rtl: bool) -> str:
    """The post's shared text, then each platform's own text where it differs, under the
    platform's name: the exact words the approver approves for every platform."""
    html = blocks(post.base_text)
    side = "right" if rtl else "left"
    for platform in post.platforms:
        own = post.variants.get(platform)
        if own and own != post.base_text:
            html += f'<div align="{side}"><b>{bidi(labels.platform(platform), rtl)}:</b></div>'
            html += blocks(own)
    return html


def history(ctx: PlanContext) -> Section | None:
    """The versions (up to the one printed), the decision on each, who decided and why."""
    if ctx.campaign.id is None:
        return None
    versions = approval.history(ctx.workspace, ctx.campaign.id).versions
    if ctx.version is not None:
        versions = [v for v in versions if v.number <= ctx.version]
    if not versions:
        return None
    f = ctx.formatter

    def u(text: object) -> str:
        return bidi(text, ctx.rtl)

    rows = []
    for v in versions:
        d = v.decision
        who = ""
        if d is not None:
            who = u(d.approver) + (
                f'<br/><span class="small muted">{u(d.title)}</span>' if d.title else ""
            )
        rows.append(
            [
                u(f.integer(v.number)),
                u(f.date(v.frozen_at.date(), "long")),
                u(approval_labels.decision(d.decision))
                if d
                else u(QCoreApplication.translate("ApprovalPdf", "Awaiting a decision")),
                u(f.date(d.decided_on, "long")) if d else "—",
                who or "—",
                u(d.comments) if d and d.comments else "—",
            ]
        )
    title = QCoreApplication.translate("ApprovalPdf", "Version history")
    html = heading("versions", title)
    if ctx.version is not None:
        html += (
            '<p class="muted">'
            + u(
                QCoreApplication.translate(
                    "ApprovalPdf", "This document is version %1 of the plan, as it was submitted."
                )
            ).replace("%1", u(f.integer(ctx.version)))
            + "</p>"
        )
    html += table(translated("ApprovalPdf", *HISTORY), rows, ctx.rtl, [9, 16, 15, 16, 18, 26])
    return Section("versions", title, html + changes(ctx, ctx.campaign.id))


def changes(ctx: PlanContext, cid: int) -> str:
    """What changed since the last approved version (before the printed one, for a version),
    as a titled table; "" when nothing did."""
    found = _changes(ctx, cid)
    if found is None or found[1].is_empty():
        return ""
    number, diff = found
    f = ctx.formatter

    def u(text: object) -> str:
        return bidi(text, ctx.rtl)

    rows = []
    for row in approval_labels.rows(diff, f):
        if row.group is approval_labels.ChangeGroup.TEXTS:
            before = u(row.removed) if row.removed else "—"
            after = u(row.added) if row.added else "—"
            subject = u(row.after)
        else:
            before, after, subject = u(row.before), u(row.after), u(row.subject) or "—"
        rows.append([u(row.what), subject, before, after])
    title = QCoreApplication.translate("ApprovalPdf", "Changes since version %1").replace(
        "%1", f.integer(number)
    )
    intro = approval_labels.changes_since(diff.count(), f)
    return (
        f'<h3><a name="changes"></a>{u(title)}</h3>'
        + f"<p>{u(intro)}</p>"
        + table(translated("ApprovalPdf", *CHANGES), rows, ctx.rtl, [18, 38, 22, 22])
    )


def _changes(ctx: PlanContext, cid: int) -> tuple[int, PlanDiff] | None:
    h = approval.history(ctx.workspace, cid)
    if ctx.version is None:
        found = approval.changes_since_approval(ctx.workspace, cid)
        return None if found is None else (found.version.number, found.diff)
    earlier = [
        v
        for v in h.versions
        if v.number < ctx.version and v.decision and v.decision.decision is Decision.APPROVED
    ]
    if not earlier:
        return None
    base = earlier[-1].number
    return base, approval.changes_between(ctx.workspace, cid, base, ctx.version)


sections.register(5, history)
