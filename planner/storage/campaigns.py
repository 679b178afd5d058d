"""Reading and writing campaigns with their whole plan."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from planner.domain.model import (
    AudienceTarget,
    BudgetLine,
    Campaign,
    CampaignStatus,
    CampaignSummary,
    CampaignType,
    KeyMessage,
    Kpi,
    Metric,
    Objective,
    Partner,
    Phase,
    Platform,
    ReportDue,
)
from planner.domain.post_counts import NOT_GOING_OUT
from planner.domain.text import normalise_fields
from planner.storage.rows import Store, date_in, date_out, delete_row, put


class CampaignStore(Store):
    """Campaigns: the list, one whole plan, and writes of a whole plan in one transaction."""

    def summaries(self) -> list[CampaignSummary]:
        """Every campaign, as the list shows it, newest start first."""
        platforms: dict[int, set[str]] = {}
        for campaign_id, platform in self.db.execute(
            "SELECT campaign_id, platform FROM budget UNION "
            "SELECT p.campaign_id, pp.platform FROM posts p "
            "JOIN post_platforms pp ON pp.post_id = p.id WHERE p.campaign_id IS NOT NULL"
        ):
            platforms.setdefault(campaign_id, set()).add(platform)
        counts = {  # every post, those without a date, dated ones that will not go out
            r[0]: r[1:]
            for r in self.db.execute(
                "SELECT campaign_id, COUNT(*), SUM(scheduled_at IS NULL), "
                "SUM(scheduled_at IS NOT NULL AND status IN (?, ?)) "
                "FROM posts GROUP BY campaign_id",
                [s.value for s in sorted(NOT_GOING_OUT)],
            ).fetchall()
        }
        rows = self.db.execute(
            'SELECT id, name, name_en, type, status, start, "end", colour FROM campaigns '
            "ORDER BY start DESC, id DESC"
        ).fetchall()
        return [
            CampaignSummary(
                id=r[0],
                name=r[1],
                name_en=r[2],
                type=CampaignType(r[3]),
                status=CampaignStatus(r[4]),
                start=dt.date.fromisoformat(r[5]),
                end=dt.date.fromisoformat(r[6]),
                platforms=[p for p in Platform if p.value in platforms.get(r[0], set())],
                post_count=counts.get(r[0], (0, 0, 0))[0],
                ideas=counts.get(r[0], (0, 0, 0))[1],
                cancelled=counts.get(r[0], (0, 0, 0))[2],
                colour=r[7],
            )
            for r in rows
        ]

    def ids_by_name(self, name: str) -> list[int]:
        return [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM campaigns WHERE name = ? OR name_en = ? ORDER BY id", [name, name]
            )
        ]

    def get(self, campaign_id: int) -> Campaign:
        """The whole plan of one campaign. Raises KeyError when there is none."""
        rows = list(self.db.table("campaigns").rows_where("id = ?", [campaign_id]))
        if not rows:
            raise KeyError(campaign_id)
        r = rows[0]
        c = Campaign(
            id=r["id"],
            name=r["name"],
            name_en=r["name_en"],
            type=CampaignType(r["type"]),
            status=CampaignStatus(r["status"]),
            status_before_archive=(
                CampaignStatus(r["status_before_archive"]) if r["status_before_archive"] else None
            ),
            start=dt.date.fromisoformat(r["start"]),
            end=dt.date.fromisoformat(r["end"]),
            owner=r["owner"],
            colour=r["colour"],
            brand_kit_id=r["brand_kit_id"],
            aim=r["aim"],
            proposition=r["proposition"],
            hashtags=json.loads(r["hashtags"]),
            approver=r["approver"],
            version=r["version"],
        )
        where, args = "campaign_id = ?", [campaign_id]
        for o in self.db.table("objectives").rows_where(where, args, order_by="position"):
            kpis = [
                Kpi(
                    metric=Metric(k["metric"]),
                    baseline=k["baseline"],
                    target=k["target"],
                    unit=k["unit"],
                    deadline=date_out(k["deadline"]),
                    measurement=k["measurement"],
                    actual=k["actual"],
                    id=k["id"],
                )
                for k in self.db.table("kpis").rows_where(
                    "objective_id = ?", [o["id"]], order_by="position"
                )
            ]
            c.objectives.append(Objective(text=o["text"], kpis=kpis, id=o["id"]))
        c.audience = [
            AudienceTarget(a["segment_id"], a["insight"], a["barriers"])
            for a in self.db.table("audience").rows_where(where, args, order_by="position")
        ]
        c.messages = [
            KeyMessage(m["text"], m["text_en"], id=m["id"])
            for m in self.db.table("messages").rows_where(where, args, order_by="position")
        ]
        c.channel_account_ids = [
            r["account_id"]
            for r in self.db.table("channels").rows_where(where, args, order_by="account_id")
        ]
        c.partners = [
            Partner(p["name"], p["handle"], p["kind"])
            for p in self.db.table("partners").rows_where(where, args, order_by="position")
        ]
        c.phases = [
            Phase(
                p["name"],
                dt.date.fromisoformat(p["start"]),
                dt.date.fromisoformat(p["end"]),
                p["goal"],
                id=p["id"],
            )
            for p in self.db.table("phases").rows_where(where, args, order_by="position")
        ]
        order = {p.value: i for i, p in enumerate(Platform)}
        c.budget = sorted(
            (
                BudgetLine(Platform(b["platform"]), b["amount_baisa"])
                for b in self.db.table("budget").rows_where(where, args)
            ),
            key=lambda b: order[b.platform.value],
        )
        c.reports = [
            ReportDue(r["title"], dt.date.fromisoformat(r["due"]))
            for r in self.db.table("reports").rows_where(where, args, order_by="position")
        ]
        return c

    def save(self, campaign: Campaign) -> int:
        """Write the whole plan (insert when it has no id); children keep their ids. Every text,
        nested ones included, is normalised first (planner.domain.text)."""
        normalise_fields(campaign, "campaign")
        row = {
            "name": campaign.name,
            "name_en": campaign.name_en,
            "type": campaign.type.value,
            "status": campaign.status.value,
            "status_before_archive": (
                campaign.status_before_archive.value if campaign.status_before_archive else None
            ),
            "start": campaign.start.isoformat(),
            "end": campaign.end.isoformat(),
            "owner": campaign.owner,
            "colour": campaign.colour,
            "brand_kit_id": campaign.brand_kit_id,
            "aim": campaign.aim,
            "proposition": campaign.proposition,
            "hashtags": json.dumps(campaign.hashtags, ensure_ascii=False),
            "approver": campaign.approver,
            "version": campaign.version,
            "updated_at": dt.datetime.now().isoformat(timespec="seconds"),
        }
        with self.db.atomic():
            campaign.id = cid = put(self.db, "campaigns", row, campaign.id)
            kept = []
            for i, o in enumerate(campaign.objectives):
                o.id = put(
                    self.db, "objectives", {"campaign_id": cid, "position": i, "text": o.text}, o.id
                )
                kept.append(o.id)
                self._save_kpis(o)
            self._drop_missing("objectives", cid, kept)
            self._replace(
                "audience",
                cid,
                [
                    {"segment_id": a.segment_id, "insight": a.insight, "barriers": a.barriers}
                    for a in campaign.audience
                ],
            )
            kept = []
            for i, m in enumerate(campaign.messages):
                m.id = put(
                    self.db,
                    "messages",
                    {"campaign_id": cid, "position": i, "text": m.text, "text_en": m.text_en},
                    m.id,
                )
                kept.append(m.id)
            self._drop_missing("messages", cid, kept)
            self._replace(
                "channels",
                cid,
                [{"account_id": a} for a in dict.fromkeys(campaign.channel_account_ids)],
                positioned=False,
            )
            self._replace(
                "partners",
                cid,
                [{"name": p.name, "handle": p.handle, "kind": p.kind} for p in campaign.partners],
            )
            kept = []
            for i, p in enumerate(campaign.phases):
                p.id = put(
                    self.db,
                    "phases",
                    {
                        "campaign_id": cid,
                        "position": i,
                        "name": p.name,
                        "start": p.start.isoformat(),
                        "end": p.end.isoformat(),
                        "goal": p.goal,
                    },
                    p.id,
                )
                kept.append(p.id)
            self._drop_missing("phases", cid, kept)
            self._replace(
                "budget",
                cid,
                [
                    {"platform": b.platform.value, "amount_baisa": b.amount_baisa}
                    for b in campaign.budget
                ],
                positioned=False,
            )
            self._replace(
                "reports",
                cid,
                [{"title": r.title, "due": r.due.isoformat()} for r in campaign.reports],
            )
        return cid

    def delete(self, campaign_id: int) -> None:
        """Delete a campaign with its plan and its posts."""
        delete_row(self.db, "campaigns", campaign_id)

    def _save_kpis(self, objective: Objective) -> None:
        assert objective.id is not None
        kept = []
        for i, k in enumerate(objective.kpis):
            k.id = put(
                self.db,
                "kpis",
                {
                    "objective_id": objective.id,
                    "position": i,
                    "metric": k.metric.value,
                    "baseline": k.baseline,
                    "target": k.target,
                    "unit": k.unit,
                    "deadline": date_in(k.deadline),
                    "measurement": k.measurement,
                    "actual": k.actual,
                },
                k.id,
            )
            kept.append(k.id)
        marks = ",".join("?" * len(kept))
        self.db.execute(
            f"DELETE FROM kpis WHERE objective_id = ? AND id NOT IN ({marks})",
            [objective.id, *kept],
        )

    def _drop_missing(self, table: str, campaign_id: int, kept: Sequence[int | None]) -> None:
        marks = ",".join("?" * len(kept))
        self.db.execute(
            f"DELETE FROM {table} WHERE campaign_id = ? AND id NOT IN ({marks})",
            [campaign_id, *kept],
        )

    def _replace(
        self, table: str, campaign_id: int, rows: list[dict[str, Any]], positioned: bool = True
    ) -> None:
        self.db.execute(f"DELETE FROM {table} WHERE campaign_id = ?", [campaign_id])
        self.db.table(table).insert_all(
            {"campaign_id": campaign_id, **({"position": i} if positioned else {}), **r}
            for i, r in enumerate(rows)
        )
