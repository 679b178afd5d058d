"""A schedule warning in the officer's words, with its figures (used by the composer and by
every move in the calendar: drag, keyboard, ideas)."""

from __future__ import annotations

from planner import labels
from planner.domain.model import Campaign, Post
from planner.domain.scheduling import ScheduleWarning, WarningCode
from planner.formatting import Formatter
from planner.i18n import calendar as calendar_labels
from planner.storage.workspace import Workspace


def warning_text(
    ws: Workspace, fmt: Formatter, post: Post, campaign: Campaign | None, warning: ScheduleWarning
) -> str:
    """The warning's sentence: the other post's time, the campaign's or the phase's dates."""
    text = calendar_labels.warning(warning.code)
    if warning.code is WarningCode.SAME_ACCOUNT_WITHIN_HOUR and warning.platform:
        other = None
        if warning.other_post_id:
            try:
                other = ws.posts.get(warning.other_post_id)
            except KeyError:
                other = None
        when = fmt.time(other.scheduled_at) if other and other.scheduled_at else ""
        return text.replace("%1", labels.platform(warning.platform)).replace("%2", when)
    if warning.code is WarningCode.OUTSIDE_CAMPAIGN and campaign is not None:
        return text.replace("%1", fmt.date_range(campaign.start, campaign.end))
    if warning.code is WarningCode.OUTSIDE_PHASE and campaign is not None:
        phase = next((p for p in campaign.phases if p.id == post.phase_id), None)
        if phase is not None:
            return text.replace("%1", f"{phase.name}: {fmt.date_range(phase.start, phase.end)}")
    return text
