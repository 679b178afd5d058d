"""Shared by the campaign-file tests: a known campaign, and the mistakes a file may hold."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from planner.domain.model import (
    Account,
    AudienceTarget,
    BestTime,
    BudgetLine,
    Campaign,
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
from planner.domain.validation import IssueCode
from planner.storage.exchange import ExchangeCode, export_campaign
from planner.storage.workspace import Workspace


def row_counts(ws: Workspace) -> dict[str, int]:
    """How many rows each table of the workspace file holds."""
    tables = [
        r[0]
        for r in ws.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: ws.db.execute(f"SELECT COUNT(*) FROM [{t}]").fetchone()[0] for t in tables}


def add_known_campaign(ws: Workspace) -> int:
    """A small campaign whose shape the bad-field cases below rely on."""
    youth = ws.segments.save(Segment("الشباب", "من ١٨ إلى ٢٩ عامًا", [Platform.INSTAGRAM]))
    families = ws.segments.save(Segment("الأسر", "", [Platform.FACEBOOK, Platform.X]))
    elders = ws.segments.save(Segment("كبار السن"))
    x = ws.accounts.save(
        Account(
            Platform.X,
            "@MuscatMun",
            "https://x.com/MuscatMun",
            412000,
            [youth, families],
            [BestTime(6, 20)],
        )
    )
    insta = ws.accounts.save(
        Account(Platform.INSTAGRAM, "@muscatmun", followers=98000, segment_ids=[youth])
    )
    day = dt.date(2026, 11, 1)
    c = Campaign(
        "مسقط أجمل بنظافتها",
        day,
        day + dt.timedelta(days=40),
        name_en="Cleaner Muscat",
        hashtags=["#مسقط_أجمل"],
        aim="ترسيخ سلوك الفرز",
        objectives=[
            Objective(
                "الوصول إلى 500 ألف شخص",
                [
                    Kpi(Metric.REACH, 0, 500000, "شخص", day + dt.timedelta(days=40)),
                    Kpi(Metric.RESPONSE_TIME, 120, 30, "دقيقة", actual=45.5),
                ],
            )
        ],
        audience=[AudienceTarget(youth, "يتفاعلون مع المقاطع القصيرة"), AudienceTarget(families)],
        messages=[KeyMessage("نظافة مدينتك مسؤوليتك"), KeyMessage("افرز نفاياتك", "Sort it")],
        channel_account_ids=[x, insta],
        partners=[Partner("شرطة عمان السلطانية")],
        phases=[
            Phase("التمهيد", day, day + dt.timedelta(days=9)),
            Phase("الإطلاق", day + dt.timedelta(days=10), day + dt.timedelta(days=40)),
        ],
        budget=[BudgetLine(Platform.X, 150000), BudgetLine(Platform.INSTAGRAM, 350500)],
        reports=[ReportDue("التقرير الختامي", day + dt.timedelta(days=45))],
    )
    cid = ws.campaigns.save(c)
    for i in range(4):
        ws.posts.save(
            Post(
                f"منشور رقم {i} #مسقط_أجمل",
                [Platform.X, Platform.INSTAGRAM],
                PostStatus.SCHEDULED,
                scheduled_at=dt.datetime(2026, 11, 2 + i, 20, 0),
                campaign_id=cid,
                segment_id=[youth, families, elders, None][i],
                message_id=c.messages[i % 2].id,
                phase_id=c.phases[i // 2].id,
                variants={Platform.X: "نص إكس"} if i == 0 else {},
            )
        )
    return cid


def known_data(folder: Path) -> dict[str, Any]:
    """The exported data of the known campaign (from a workspace file made in `folder`)."""
    ws = Workspace.create(folder / "known.planner")
    try:
        return export_campaign(ws, add_known_campaign(ws))
    finally:
        ws.close()


def write(tmp_path: Path, data: Any, name: str = "c.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def set_at(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A change that puts `value` at a dotted path such as campaign.phases[1].start."""

    def change(data: dict[str, Any]) -> None:
        *parents, last = path.replace("[", ".[").split(".")
        node: Any = data
        for part in parents:
            node = node[int(part[1:-1])] if part.startswith("[") else node[part]
        if value is DELETE:
            del node[last]
        elif last.startswith("["):
            node[int(last[1:-1])] = value
        else:
            node[last] = value

    return change


DELETE = object()

# (change, code, field, issue): each a mistake a file may hold, and how it must be reported.
BAD_FIELDS = [
    (set_at("format", "other/thing"), ExchangeCode.WRONG_FORMAT, "format", None),
    (set_at("version", 4), ExchangeCode.NEWER_VERSION, "version", None),
    (set_at("version", "1"), ExchangeCode.WRONG_TYPE, "version", None),
    (set_at("version", 0), ExchangeCode.INVALID_VALUE, "version", None),
    (set_at("version", DELETE), ExchangeCode.MISSING, "version", None),
    (set_at("extra", 1), ExchangeCode.UNKNOWN_KEY, "extra", None),
    (set_at("assets", [{"sha256": "00"}]), ExchangeCode.ASSETS_NOT_SUPPORTED, "assets", None),
    (set_at("campaign.name", DELETE), ExchangeCode.MISSING, "campaign.name", None),
    (
        set_at("campaign.name", "  "),
        ExchangeCode.INVALID_CAMPAIGN,
        "campaign.name",
        IssueCode.EMPTY_NAME,
    ),
    (set_at("campaign.type", "party"), ExchangeCode.INVALID_VALUE, "campaign.type", None),
    (set_at("campaign.start", "2026-02-30"), ExchangeCode.INVALID_VALUE, "campaign.start", None),
    (set_at("campaign.end", "26/12/2026"), ExchangeCode.INVALID_VALUE, "campaign.end", None),
    (
        set_at("campaign.end", "2000-01-01"),
        ExchangeCode.INVALID_CAMPAIGN,
        "campaign.end",
        IssueCode.END_BEFORE_START,
    ),
    (
        set_at("campaign.colour", "green"),
        ExchangeCode.INVALID_CAMPAIGN,
        "campaign.colour",
        IssueCode.INVALID_COLOUR,
    ),
    (set_at("campaign.hashtags[0]", 7), ExchangeCode.WRONG_TYPE, "campaign.hashtags[0]", None),
    (
        set_at("campaign.objectives[0].kpis[0].target", "كثير"),
        ExchangeCode.WRONG_TYPE,
        "campaign.objectives[0].kpis[0].target",
        None,
    ),
    (
        set_at("campaign.objectives[0].kpis[0].target", 10**400),
        ExchangeCode.INVALID_VALUE,
        "campaign.objectives[0].kpis[0].target",
        None,
    ),
    (
        set_at("campaign.objectives[0].kpis[0].baseline", True),
        ExchangeCode.WRONG_TYPE,
        "campaign.objectives[0].kpis[0].baseline",
        None,
    ),
    (
        set_at("campaign.objectives[0].kpis[0].metric", "likes"),
        ExchangeCode.INVALID_VALUE,
        "campaign.objectives[0].kpis[0].metric",
        None,
    ),
    (
        set_at("campaign.objectives[0].kpis[0].baseline", 500000),
        ExchangeCode.INVALID_CAMPAIGN,
        "campaign.objectives[0].kpis[0].target",
        IssueCode.KPI_TARGET_EQUALS_BASELINE,
    ),
    (
        set_at("campaign.audience[0].segment", "غير موجود"),
        ExchangeCode.UNKNOWN_REFERENCE,
        "campaign.audience[0].segment",
        None,
    ),
    (
        set_at("campaign.channels[0].handle", "@nobody"),
        ExchangeCode.UNKNOWN_REFERENCE,
        "campaign.channels[0]",
        None,
    ),
    (
        set_at("campaign.phases[1].start", "1999-01-01"),
        ExchangeCode.INVALID_CAMPAIGN,
        "campaign.phases[1].start",
        IssueCode.PHASE_OUTSIDE_CAMPAIGN,
    ),
    (
        set_at("campaign.phases[0].name", ""),
        ExchangeCode.INVALID_CAMPAIGN,
        "campaign.phases[0].name",
        IssueCode.EMPTY_PHASE_NAME,
    ),
    (
        set_at("campaign.budget[0].amount_baisa", -1000),
        ExchangeCode.INVALID_VALUE,
        "campaign.budget[0].amount_baisa",
        None,
    ),
    (
        set_at("campaign.budget[0].amount_baisa", 12.5),
        ExchangeCode.WRONG_TYPE,
        "campaign.budget[0].amount_baisa",
        None,
    ),
    (
        set_at("campaign.budget[1].platform", "x"),
        ExchangeCode.DUPLICATE,
        "campaign.budget[1].platform",
        None,
    ),
    (
        set_at("campaign.reports[0].due", None),
        ExchangeCode.WRONG_TYPE,
        "campaign.reports[0].due",
        None,
    ),
    (
        set_at("campaign.messages", [{"text": f"رسالة {i}"} for i in range(6)]),
        ExchangeCode.INVALID_CAMPAIGN,
        "campaign.messages",
        IssueCode.TOO_MANY_MESSAGES,
    ),
    (set_at("segments[1].name", "الأسر"), ExchangeCode.DUPLICATE, "segments[1].name", None),
    (set_at("segments[2].name", " "), ExchangeCode.INVALID_VALUE, "segments[2].name", None),
    (set_at("campaign", []), ExchangeCode.WRONG_TYPE, "campaign", None),
    (
        set_at("campaign.objectives[0].kpis[0].deadline", "2026-1-5"),
        ExchangeCode.INVALID_VALUE,
        "campaign.objectives[0].kpis[0].deadline",
        None,
    ),
    (
        set_at("posts[1].scheduled_at", "2026-11-03 20:00"),
        ExchangeCode.INVALID_VALUE,
        "posts[1].scheduled_at",
        None,
    ),
    (
        set_at("posts[1].variants", {"x": ""}),
        ExchangeCode.INVALID_VALUE,
        "posts[1].variants.x",
        None,
    ),
    (set_at("accounts[1].platform", "x"), ExchangeCode.DUPLICATE, "accounts[1].handle", None),
    (
        set_at("segments[0].platforms", ["x", "x"]),
        ExchangeCode.DUPLICATE,
        "segments[0].platforms[1]",
        None,
    ),
    (
        set_at("accounts[0].followers", -5),
        ExchangeCode.INVALID_VALUE,
        "accounts[0].followers",
        None,
    ),
    (
        set_at("accounts[0].best_times[0].hour", 24),
        ExchangeCode.INVALID_VALUE,
        "accounts[0].best_times[0].hour",
        None,
    ),
    (
        set_at("accounts[0].segments", ["مجهولون"]),
        ExchangeCode.UNKNOWN_REFERENCE,
        "accounts[0].segments[0]",
        None,
    ),
    (set_at("posts[2].message", 9), ExchangeCode.UNKNOWN_REFERENCE, "posts[2].message", None),
    (set_at("posts[2].phase", -1), ExchangeCode.INVALID_VALUE, "posts[2].phase", None),
    (
        set_at("posts[3].segment", "مجهولون"),
        ExchangeCode.UNKNOWN_REFERENCE,
        "posts[3].segment",
        None,
    ),
    (
        set_at("posts[0].scheduled_at", "2026-12-01T20:00:30"),
        ExchangeCode.INVALID_VALUE,
        "posts[0].scheduled_at",
        None,
    ),
    (set_at("posts[0].status", "viral"), ExchangeCode.INVALID_VALUE, "posts[0].status", None),
    (set_at("posts[0].platforms", DELETE), ExchangeCode.MISSING, "posts[0].platforms", None),
    (
        set_at("posts[0].variants", {"myspace": "نص"}),
        ExchangeCode.UNKNOWN_KEY,
        "posts[0].variants.myspace",
        None,
    ),
    (
        set_at("posts[0].variants", {"linkedin": "نص"}),
        ExchangeCode.UNKNOWN_REFERENCE,
        "posts[0].variants.linkedin",
        None,
    ),
]


def case_id(case: tuple[Any, ...]) -> str:
    return f"{case[1].value}@{case[2]}"
