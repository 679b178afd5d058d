"""Reading and writing the crisis screen's playbooks, ready responses and incident log.

`CrisisStore` gathers every crisis store under one name (`workspace.crisis`).
"""

from __future__ import annotations

import builtins
import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from planner.domain.crisis import (
    Incident,
    IncidentStep,
    Playbook,
    PlaybookStep,
    ReadyResponse,
    ResponseKind,
    Scenario,
    Severity,
    Stage,
    Verification,
)
from planner.domain.crisis_due import CrisisAlerts, alerts
from planner.domain.model import Platform
from planner.storage.crisis_pause import PostPause
from planner.storage.crisis_people import PartnerStore, RequestStore, SecurityStore, TargetStore
from planner.storage.rows import Store, by_id, datetime_in, datetime_out, delete_row, put


class PlaybookStore(Store):
    """Playbooks with their ordered steps."""

    def list(self) -> list[Playbook]:
        steps: dict[int, list[PlaybookStep]] = {}
        for r in self.db.table("crisis_playbook_steps").rows_where(
            order_by="playbook_id, position"
        ):
            steps.setdefault(r["playbook_id"], []).append(
                PlaybookStep(
                    r["text"], r["owner"], r["target_minutes"], Stage(r["stage"]), id=r["id"]
                )
            )
        return [
            Playbook(
                r["name"],
                Scenario(r["scenario"]),
                r["description"],
                steps.get(r["id"], []),
                id=r["id"],
            )
            for r in self.db.table("crisis_playbooks").rows_where(order_by="position, id")
        ]

    def get(self, playbook_id: int) -> Playbook:
        return by_id(self.list(), playbook_id)

    def save(self, playbook: Playbook) -> int:
        row: dict[str, Any] = {
            "name": playbook.name,
            "scenario": playbook.scenario.value,
            "description": playbook.description,
        }
        with self.db.atomic():
            if playbook.id is None:
                row["position"] = self._next_position()
            playbook.id = pid = put(self.db, "crisis_playbooks", row, playbook.id)
            kept = []
            for i, s in enumerate(playbook.steps):
                s.id = put(
                    self.db,
                    "crisis_playbook_steps",
                    {
                        "playbook_id": pid,
                        "position": i,
                        "stage": s.stage.value,
                        "text": s.text,
                        "owner": s.owner,
                        "target_minutes": s.target_minutes,
                    },
                    s.id,
                )
                kept.append(s.id)
            _drop_missing(self.db, "crisis_playbook_steps", "playbook_id", pid, kept)
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
            ReadyResponse(
                r["title"],
                ResponseKind(r["kind"]),
                r["text"],
                Scenario(r["scenario"]) if r["scenario"] else None,
                id=r["id"],
            )
            for r in self.db.table("crisis_responses").rows_where(order_by="position, id")
        ]

    def get(self, response_id: int) -> ReadyResponse:
        return by_id(self.list(), response_id)

    def save(self, response: ReadyResponse) -> int:
        row: dict[str, Any] = {
            "title": response.title,
            "kind": response.kind.value,
            "text": response.text,
            "scenario": response.scenario.value if response.scenario else None,
        }
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
            for s in self.db.execute(
                "SELECT incident_id, text, owner, target_minutes, stage, done_at, id "
                f"FROM crisis_incident_steps WHERE incident_id IN ({marks}) "
                "ORDER BY incident_id, position",
                ids,
            ):
                steps.setdefault(s[0], []).append(
                    IncidentStep(s[1], s[2], s[3], Stage(s[4]), datetime_out(s[5]), id=s[6])
                )
            for incident_id, partner_id in self.db.execute(
                "SELECT incident_id, partner_id FROM crisis_incident_partners "
                f"WHERE incident_id IN ({marks}) ORDER BY partner_id",
                ids,
            ):
                partners.setdefault(incident_id, []).append(partner_id)
        return [_incident(r, steps.get(r["id"], []), partners.get(r["id"], [])) for r in rows]

    def get(self, incident_id: int) -> Incident:
        return by_id(self.list(), incident_id)

    def save(self, incident: Incident) -> int:
        row: dict[str, Any] = {
            "title": incident.title,
            "scenario": incident.scenario.value if incident.scenario else None,
            "platform": incident.platform.value if incident.platform else None,
            "link": incident.link,
            "first_seen_at": datetime_in(incident.first_seen_at),
            "severity": incident.severity.value,
            "verification": incident.verification.value,
            "playbook_id": incident.playbook_id,
            "response_at": datetime_in(incident.response_at),
            "closed_at": datetime_in(incident.closed_at),
            "notes": incident.notes,
            "paused_post_ids": json.dumps(incident.paused_post_ids),
        }
        with self.db.atomic():
            incident.id = iid = put(self.db, "crisis_incidents", row, incident.id)
            kept = []
            for i, s in enumerate(incident.steps):
                s.id = put(
                    self.db,
                    "crisis_incident_steps",
                    {
                        "incident_id": iid,
                        "position": i,
                        "stage": s.stage.value,
                        "text": s.text,
                        "owner": s.owner,
                        "target_minutes": s.target_minutes,
                        "done_at": datetime_in(s.done_at),
                    },
                    s.id,
                )
                kept.append(s.id)
            _drop_missing(self.db, "crisis_incident_steps", "incident_id", iid, kept)
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


def _incident(r: dict[str, Any], steps: list[IncidentStep], partners: list[int]) -> Incident:
    first_seen = datetime_out(r["first_seen_at"])
    assert first_seen is not None
    return Incident(
        title=r["title"],
        first_seen_at=first_seen,
        severity=Severity(r["severity"]),
        verification=Verification(r["verification"]),
        scenario=Scenario(r["scenario"]) if r["scenario"] else None,
        platform=Platform(r["platform"]) if r["platform"] else None,
        link=r["link"],
        playbook_id=r["playbook_id"],
        response_at=datetime_out(r["response_at"]),
        closed_at=datetime_out(r["closed_at"]),
        partner_ids=partners,
        notes=r["notes"],
        steps=steps,
        paused_post_ids=json.loads(r["paused_post_ids"]),
        id=r["id"],
    )


def _drop_missing(
    db: Database, table: str, column: str, owner: int, kept: Sequence[int | None]
) -> None:
    marks = ",".join("?" * len(kept))
    db.execute(f"DELETE FROM {table} WHERE {column} = ? AND id NOT IN ({marks})", [owner, *kept])


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
