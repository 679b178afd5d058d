"""A campaign's life beyond editing: duplicate it to a new start date, archive and restore it."""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, replace

from planner.domain.model import Campaign, CampaignStatus, Post, PostStatus

# A copied post keeps these statuses; every other one starts again as a draft, to be reviewed
# and approved for the new run (an approval or a publication does not carry over).
_KEPT_POST_STATUSES = frozenset({PostStatus.IDEA, PostStatus.CANCELLED})


@dataclass
class PostCopy:
    """A copied post, linked to its new campaign's key message and phase by position.

    The new campaign has no ids until it is saved, so `post.campaign_id`, `post.message_id`
    and `post.phase_id` are None; `message_index` and `phase_index` point into the new
    campaign's `messages` and `phases` lists instead. Save the campaign, then save
    `copy.bind(campaign)` for each copy.
    """

    post: Post
    message_index: int | None = None
    phase_index: int | None = None

    def bind(self, campaign: Campaign) -> Post:
        """The post linked to the saved `campaign`: its id and its message's and phase's ids."""
        if campaign.id is None:
            raise ValueError("save the campaign before binding its posts")
        message = phase = None
        if self.message_index is not None:
            message = campaign.messages[self.message_index].id
        if self.phase_index is not None:
            phase = campaign.phases[self.phase_index].id
        return replace(self.post, campaign_id=campaign.id, message_id=message, phase_id=phase)


def duplicate(
    campaign: Campaign, posts: list[Post], new_start: dt.date, new_name: str, new_name_en: str = ""
) -> tuple[Campaign, list[PostCopy]]:
    """A fresh draft copy of `campaign` and its `posts`, every date moved to start on `new_start`.

    The copy has no ids anywhere. Campaign, phase, KPI-deadline, report and post dates shift by
    the same number of days, so durations and order are kept. The copy is a draft, its KPIs
    have no actual values yet, and posts start again as drafts (ideas stay ideas, cancelled
    posts stay cancelled). Workspace-wide links (audience segments, channel accounts, a post's
    segment) are kept; a post's key message and phase become positions (see `PostCopy`).
    """
    shift = new_start - campaign.start
    new = copy.deepcopy(campaign)
    new.id = None
    new.name, new.name_en = new_name, new_name_en
    new.status, new.status_before_archive = CampaignStatus.DRAFT, None
    new.start, new.end = campaign.start + shift, campaign.end + shift
    for objective in new.objectives:
        objective.id = None
        for kpi in objective.kpis:
            kpi.id, kpi.actual = None, None
            if kpi.deadline is not None:
                kpi.deadline += shift
    for message in new.messages:
        message.id = None
    for phase in new.phases:
        phase.id = None
        phase.start += shift
        phase.end += shift
    for report in new.reports:
        report.due += shift

    message_at: dict[int | None, int] = {
        m.id: i for i, m in enumerate(campaign.messages) if m.id is not None
    }
    phase_at: dict[int | None, int] = {
        p.id: i for i, p in enumerate(campaign.phases) if p.id is not None
    }
    copies = []
    for post in posts:
        status = post.status if post.status in _KEPT_POST_STATUSES else PostStatus.DRAFT
        copied = replace(
            post,
            id=None,
            campaign_id=None,
            message_id=None,
            phase_id=None,
            status=status,
            status_before_pause=None,
            platforms=list(post.platforms),
            variants=dict(post.variants),
            scheduled_at=post.scheduled_at + shift if post.scheduled_at else None,
        )
        copies.append(
            PostCopy(copied, message_at.get(post.message_id), phase_at.get(post.phase_id))
        )
    return new, copies


def archive(campaign: Campaign) -> None:
    """Archive the campaign, remembering its status for `restore`. Archiving twice is a no-op."""
    if campaign.status is CampaignStatus.ARCHIVED:
        return
    campaign.status_before_archive = campaign.status
    campaign.status = CampaignStatus.ARCHIVED


def restore(campaign: Campaign) -> None:
    """Bring an archived campaign back to the status it had (a draft if unknown)."""
    if campaign.status is not CampaignStatus.ARCHIVED:
        return
    campaign.status = campaign.status_before_archive or CampaignStatus.DRAFT
    campaign.status_before_archive = None
