"""Fill a workspace from the sample data in `resources/sample/workspace.json`.

Dates in the sample are days relative to the day it is loaded, so the sample campaign is
always in flight, the finished one always just over, whatever the date.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from planner.domain.model import (
    Account,
    AudienceTarget,
    BestTime,
    BudgetLine,
    Campaign,
    CampaignStatus,
    CampaignType,
    ContentType,
    KeyMessage,
    Kpi,
    Metric,
    Objective,
    Partner,
    Phase,
    Platform,
    Post,
    PostStatus,
    ReportDue,
    Segment,
)
from planner.storage.workspace import Workspace


def load_sample(workspace: Workspace, source: Path, today: dt.date | None = None) -> None:
    """Add everything in the sample file to `workspace`, in one transaction."""
    data = json.loads(source.read_text("utf-8"))
    today = today or dt.date.today()

    def day(offset: int) -> dt.date:
        return today + dt.timedelta(days=offset)

    with workspace.transaction():
        workspace.meta.set("institution", data["institution"])
        workspace.meta.set("institution_en", data.get("institution_en", ""))
        segments: dict[str, int] = {}
        for s in data["segments"]:
            segments[s["key"]] = workspace.segments.save(
                Segment(s["name"], s.get("description", ""), [Platform(p) for p in s["platforms"]])
            )
        accounts: dict[str, int] = {}
        for a in data["accounts"]:
            accounts[a["platform"]] = workspace.accounts.save(
                Account(
                    Platform(a["platform"]),
                    a["handle"],
                    a.get("url", ""),
                    a.get("followers", 0),
                    [segments[k] for k in a.get("segments", [])],
                    [BestTime(w, h) for w, h in a.get("best_times", [])],
                )
            )
        for c in data["campaigns"]:
            campaign_id, post_ids = _load_campaign(workspace, c, segments, accounts, day)
            if "approval" in c:
                _approval(workspace, campaign_id, post_ids, c["approval"], day)


def _load_campaign(
    workspace: Workspace,
    c: dict[str, Any],
    segments: dict[str, int],
    accounts: dict[str, int],
    day: Any,
) -> tuple[int, list[int]]:
    campaign = Campaign(
        name=c["name"],
        name_en=c.get("name_en", ""),
        type=CampaignType(c["type"]),
        status=CampaignStatus(c["status"]),
        start=day(c["start"]),
        end=day(c["end"]),
        owner=c.get("owner", ""),
        colour=c.get("colour", "#1f6f8b"),
        aim=c.get("aim", ""),
        proposition=c.get("proposition", ""),
        hashtags=c.get("hashtags", []),
        approver=c.get("approver", ""),
        version=str(c.get("version", "1")),
        objectives=[
            Objective(
                o["text"],
                [
                    Kpi(
                        Metric(k["metric"]),
                        k["baseline"],
                        k["target"],
                        k.get("unit", ""),
                        day(k["deadline"]) if k.get("deadline") is not None else None,
                        k.get("measurement", ""),
                        k.get("actual"),
                    )
                    for k in o.get("kpis", [])
                ],
            )
            for o in c.get("objectives", [])
        ],
        audience=[
            AudienceTarget(segments[a["segment"]], a.get("insight", ""), a.get("barriers", ""))
            for a in c.get("audience", [])
        ],
        messages=[KeyMessage(m["text"], m.get("text_en", "")) for m in c.get("messages", [])],
        channel_account_ids=[accounts[p] for p in c.get("channels", [])],
        partners=[
            Partner(p["name"], p.get("handle", ""), p.get("kind", "partner"))
            for p in c.get("partners", [])
        ],
        phases=[
            Phase(p["name"], day(p["start"]), day(p["end"]), p.get("goal", ""))
            for p in c.get("phases", [])
        ],
        budget=[
            BudgetLine(Platform(p), int(Decimal(str(v)) * 1000))
            for p, v in c.get("budget", {}).items()
        ],
        reports=[ReportDue(r["title"], day(r["due"])) for r in c.get("reports", [])],
    )
    campaign_id = workspace.campaigns.save(campaign)
    post_ids = []
    for p in c.get("posts", []):
        when = None
        if p.get("day") is not None:
            hour, minute = (int(x) for x in p["time"].split(":"))
            when = dt.datetime.combine(day(p["day"]), dt.time(hour, minute))
        message = p.get("message")
        phase = p.get("phase")
        saved = workspace.posts.save(
            Post(
                base_text=p["text"],
                platforms=[Platform(x) for x in p["platforms"]],
                status=PostStatus(p.get("status", "draft")),
                content_type=ContentType(p.get("content_type", "text")),
                scheduled_at=when,
                campaign_id=campaign.id,
                segment_id=segments[p["segment"]] if p.get("segment") else None,
                message_id=campaign.messages[message].id if message is not None else None,
                phase_id=campaign.phases[phase].id if phase is not None else None,
                variants={Platform(k): v for k, v in p.get("variants", {}).items()},
                notes=p.get("notes", ""),
            )
        )
        post_ids.append(saved)
    return campaign_id, post_ids


def _moment(day: Any, at: dict[str, Any]) -> dt.datetime:
    hour, minute = (int(x) for x in at["time"].split(":"))
    return dt.datetime.combine(day(at["day"]), dt.time(hour, minute))


def _approval(
    workspace: Workspace, campaign_id: int, post_ids: list[int], a: dict[str, Any], day: Any
) -> None:
    """The plan as loaded is submitted and approved as version 1; the changes made since are
    applied after, so the sample shows the approval cycle (docs/approval.md)."""
    from planner.domain.approval import Decision, DecisionRecord
    from planner.storage import approval

    approval.submit(workspace, campaign_id, _moment(day, a["submitted"]))
    d = a.get("decision")
    if d is not None:
        record = DecisionRecord(
            Decision(d["decision"]),
            day(d["day"]),
            d["approver"],
            d.get("title", ""),
            d.get("comments", ""),
        )
        approval.record_decision(workspace, campaign_id, 1, record)
    for change in a.get("changes_since", []):
        if "post" in change:
            post = workspace.posts.get(post_ids[change["post"]])
            if "day" in change:
                post.scheduled_at = _moment(day, change)
            for platform, text in change.get("variants", {}).items():
                post.variants[Platform(platform)] = text
            workspace.posts.save(post)
        if "budget" in change:
            campaign = workspace.campaigns.get(campaign_id)
            amounts = {b.platform: b.amount_baisa for b in campaign.budget}
            for platform, value in change["budget"].items():
                amounts[Platform(platform)] = int(Decimal(str(value)) * 1000)
            campaign.budget = [BudgetLine(p, amounts[p]) for p in Platform if p in amounts]
            workspace.campaigns.save(campaign)
