"""Reading and writing campaigns with their whole plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from planner.domain.model import (
    AudienceTarget,
    BudgetLine,
    Campaign,
    CampaignStatus,
    CampaignSummary,
    CampaignType,
    KeyMessage,
    Kpi,
    Objective,
    Partner,
    Phase,
    Platform,
    ReportDue,
)
from planner.domain.post_counts import NOT_GOING_OUT
from planner.domain.text import normalise_fields
from planner.storage.records import from_row, save_list, to_row
from planner.storage.rows import Store, delete_row, ids_named, one_where, put

if TYPE_CHECKING:
    from _typeshed import DataclassInstance


# The campaign's own columns (each holds the field of that name), and a KPI's.
_CAMPAIGN = (
    "name",
    "name_en",
    "type",
    "status",
    "status_before_archive",
    "start",
    "end",
    "owner",
    "colour",
    "brand_kit_id",
    "aim",
    "proposition",
    "hashtags",
    "approver",
    "version",
)
_KPI = ("metric", "baseline", "target", "unit", "deadline", "measurement", "actual")


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
        return ids_named(self.db, "campaigns", name)

    def get(self, campaign_id: int) -> Campaign:
        """The whole plan of one campaign. Raises KeyError when there is none."""
        r = one_where(self.db, "campaigns", "id", campaign_id)
        c = from_row(Campaign, r)
        where, args = "campaign_id = ?", [campaign_id]

        def items(table: str, order_by: str | None = "position") -> Iterator[dict[str, Any]]:
            """The campaign's rows of `table`, by column name."""
            return self.db.table(table).rows_where(where, args, order_by=order_by)

        for o in items("objectives"):
            kpis = self.db.table("kpis").rows_where(
                "objective_id = ?", [o["id"]], order_by="position"
            )
            c.objectives.append(from_row(Objective, o, kpis=[from_row(Kpi, k) for k in kpis]))
        c.audience = [from_row(AudienceTarget, a) for a in items("audience")]
        c.messages = [from_row(KeyMessage, m) for m in items("messages")]
        c.channel_account_ids = [r["account_id"] for r in items("channels", "account_id")]
        c.partners = [from_row(Partner, p) for p in items("partners")]
        c.phases = [from_row(Phase, p) for p in items("phases")]
        order = {p: i for i, p in enumerate(Platform)}
        budget = (from_row(BudgetLine, b) for b in items("budget", None))
        c.budget = sorted(budget, key=lambda b: order[b.platform])
        c.reports = [from_row(ReportDue, r) for r in items("reports")]
        return c

    def save(self, campaign: Campaign) -> int:
        """Write the whole plan (insert when it has no id); children keep their ids. Every text,
        nested ones included, is normalised first (planner.domain.text)."""
        normalise_fields(campaign, "campaign")
        now = dt.datetime.now().isoformat(timespec="seconds")
        row = to_row(campaign, _CAMPAIGN, updated_at=now)
        with self.db.atomic():
            campaign.id = cid = put(self.db, "campaigns", row, campaign.id)
            owner = ("campaign_id", cid)
            save_list(self.db, "objectives", owner, campaign.objectives, ("text",))
            for o in campaign.objectives:
                assert o.id is not None
                save_list(self.db, "kpis", ("objective_id", o.id), o.kpis, _KPI)
            save_list(self.db, "messages", owner, campaign.messages, ("text", "text_en"))
            save_list(self.db, "phases", owner, campaign.phases, ("name", "start", "end", "goal"))
            # Lists without ids of their own: their rows are replaced.
            self._replace("audience", cid, campaign.audience, ("segment_id", "insight", "barriers"))
            accounts = [{"account_id": a} for a in dict.fromkeys(campaign.channel_account_ids)]
            self._replace_rows("channels", cid, accounts, positioned=False)
            self._replace("partners", cid, campaign.partners, ("name", "handle", "kind"))
            self._replace("budget", cid, campaign.budget, ("platform", "amount_baisa"), False)
            self._replace("reports", cid, campaign.reports, ("title", "due"))
        return cid

    def delete(self, campaign_id: int) -> None:
        """Delete a campaign with its plan and its posts."""
        delete_row(self.db, "campaigns", campaign_id)

    def _replace(
        self,
        table: str,
        campaign_id: int,
        items: Sequence[DataclassInstance],
        columns: tuple[str, ...],
        positioned: bool = True,
    ) -> None:
        self._replace_rows(table, campaign_id, [to_row(i, columns) for i in items], positioned)

    def _replace_rows(
        self, table: str, campaign_id: int, rows: list[dict[str, Any]], positioned: bool = True
    ) -> None:
        self.db.execute(f"DELETE FROM {table} WHERE campaign_id = ?", [campaign_id])
        self.db.table(table).insert_all(
            {"campaign_id": campaign_id, **({"position": i} if positioned else {}), **r}
            for i, r in enumerate(rows)
        )
