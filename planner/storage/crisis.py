"""Reading and writing the crisis screen's playbooks, ready responses and incident log.

`CrisisStore` gathers every crisis store under one name (`workspace.crisis`).
"""

from __future__ import annotations

import builtins
import datetime as dt

from sqlite_utils import Database

from planner.domain.crisis import (
    Incident,
    IncidentStep,
    Playbook,
    PlaybookStep,
    ReadyResponse,
)
from planner.domain.crisis_due import CrisisAlerts, alerts
from planner.storage.crisis_pause import PostPause
from planner.storage.crisis_people import PartnerStore, RequestStore, SecurityStore, TargetStore
from planner.storage.records import from_row, save_list, to_row
from planner.storage.rows import Store, by_id, delete_row, put

# The columns of a playbook's step, which an incident's step has too (with done_at).
_STEP = ("stage", "text", "owner", "target_minutes")
_INCIDENT_COLUMNS = (
    "title",
    "scenario",
    "platform",
    "link",
    "first_seen_at",
    "severity",
    "verification",
    "playbook_id",
    "response_at",
    "closed_at",
    "notes",
    "paused_post_ids",
)


class PlaybookStore(Store):
    """Playbooks with their ordered steps."""

    def list(self) -> list[Playbook]:
        steps: dict[int, list[PlaybookStep]] = {}
        for r in self.db.table("crisis_playbook_steps").rows_where(
            order_by="playbook_id, position"
        ):
            steps.setdefault(r["playbook_id"], []).append(from_row(PlaybookStep, r))
        return [
            from_row(Playbook, r, steps=steps.get(r["id"], []))
            for r in self.db.table("crisis_playbooks").rows_where(order_by="position, id")
        ]

    def get(self, playbook_id: int) -> Playbook:
        return by_id(self.list(), playbook_id)

    def save(self, playbook: Playbook) -> int:
        row = to_row(playbook, ("name", "scenario", "description"))
        with self.db.atomic():
            if playbook.id is None:
                row["position"] = self._next_position()
            playbook.id = pid = put(self.db, "crisis_playbooks", row, playbook.id)
            save_list(self.db, "crisis_playbook_steps", ("playbook_id", pid), playbook.steps, _STEP)
        return pid

    def delete(self, playbook_id: int) -> None:
        delete_row(self.db, "crisis_playbooks", playbook_id)

    def _next_position(self) -> int:
        return int(
            self.db.execute(
                "SELECT COALESCE(MAX(position) + 1, 0) FROM crisis_playbooks"
            ).fetchone()[0]
        )


class ResponseStore(Store):
    """The bank of ready responses."""

    def list(self) -> list[ReadyResponse]:
        return [
            from_row(ReadyResponse, r)
            for r in self.db.table("crisis_responses").rows_where(order_by="position, id")
        ]

    def get(self, response_id: int) -> ReadyResponse:
        return by_id(self.list(), response_id)

    def save(self, response: ReadyResponse) -> int:
        row = to_row(response, ("title", "kind", "text", "scenario"))
        with self.db.atomic():
            if response.id is None:
                row["position"] = int(
                    self.db.execute(
                        "SELECT COALESCE(MAX(position) + 1, 0) FROM crisis_responses"
                    ).fetchone()[0]
                )
            response.id = put(self.db, "crisis_responses", row, response.id)
        return response.id

    def delete(self, response_id: int) -> None:
        delete_row(self.db, "crisis_responses", response_id)


class IncidentStore(Store):
    """The incident and rumour log, with each incident's checklist and partner bodies."""

    def list(self, open_only: bool = False) -> list[Incident]:
        """Incidents, the most recently seen first."""
        where = "closed_at IS NULL" if open_only else None
        rows = list(
            self.db.table("crisis_incidents").rows_where(
                where, order_by="first_seen_at DESC, id DESC"
            )
        )
        ids = [r["id"] for r in rows]
        steps: dict[int, list[IncidentStep]] = {}
        partners: dict[int, list[int]] = {}
        if ids:
            marks = ",".join("?" * len(ids))
            for s in self.db.table("crisis_incident_steps").rows_where(
                f"incident_id IN ({marks})", ids, order_by="incident_id, position"
            ):
                steps.setdefault(s["incident_id"], []).append(from_row(IncidentStep, s))
            for incident_id, partner_id in self.db.execute(
                "SELECT incident_id, partner_id FROM crisis_incident_partners "
                f"WHERE incident_id IN ({marks}) ORDER BY partner_id",
                ids,
            ):
                partners.setdefault(incident_id, []).append(partner_id)
        return [
            from_row(
                Incident, r, steps=steps.get(r["id"], []), partner_ids=partners.get(r["id"], [])
            )
            for r in rows
        ]

    def get(self, incident_id: int) -> Incident:
        return by_id(self.list(), incident_id)

    def save(self, incident: Incident) -> int:
        row = to_row(incident, _INCIDENT_COLUMNS)
        with self.db.atomic():
            incident.id = iid = put(self.db, "crisis_incidents", row, incident.id)
            steps = (*_STEP, "done_at")
            save_list(self.db, "crisis_incident_steps", ("incident_id", iid), incident.steps, steps)
            self.db.execute("DELETE FROM crisis_incident_partners WHERE incident_id = ?", [iid])
            self.db.table("crisis_incident_partners").insert_all(
                {"incident_id": iid, "partner_id": p} for p in dict.fromkeys(incident.partner_ids)
            )
        return iid

    def delete(self, incident_id: int) -> None:
        delete_row(self.db, "crisis_incidents", incident_id)

    def involving(self, partner_id: int) -> builtins.list[Incident]:
        ids = {
            r[0]
            for r in self.db.execute(
                "SELECT incident_id FROM crisis_incident_partners WHERE partner_id = ?",
                [partner_id],
            )
        }
        return [i for i in self.list() if i.id in ids]

    def using(self, playbook_id: int) -> builtins.list[Incident]:
        return [i for i in self.list() if i.playbook_id == playbook_id]


class CrisisStore:
    """Every store of the crisis screen, as `workspace.crisis.<name>`."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.playbooks = PlaybookStore(db)
        self.responses = ResponseStore(db)
        self.incidents = IncidentStore(db)
        self.requests = RequestStore(db)
        self.targets = TargetStore(db)
        self.partners = PartnerStore(db)
        self.security = SecurityStore(db)
        self.pause = PostPause(db)

    def alerts(self, now: dt.datetime) -> CrisisAlerts:
        """Open incidents, overdue follower requests and overdue account reviews."""
        account_ids = [r[0] for r in self.db.execute("SELECT id FROM accounts ORDER BY id")]
        return alerts(
            self.incidents.list(open_only=True),
            self.requests.unanswered(),
            self.targets.list(),
            self.security.list(),
            account_ids,
            now,
        )
