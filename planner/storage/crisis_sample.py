"""Fill a workspace's crisis screen from the sample in `resources/sample/crisis.json`.

Like the rest of the sample, days are relative to the day it is loaded (0 = today), so the
past incidents stay in the past and the overdue requests stay overdue, whatever the date.
The default playbooks are already in the workspace (migration 0004_crisis); the sample runs
them on its incidents.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

from planner.domain.crisis import (
    AccessHolder,
    Contact,
    FollowerRequest,
    Incident,
    PartnerAccount,
    PartnerBody,
    PartnerKind,
    RequestKind,
    Scenario,
    SecurityRecord,
    Severity,
    TwoFactor,
    Verification,
    run_playbook,
)
from planner.domain.model import Platform
from planner.paths import resource
from planner.storage.crisis_defaults import target
from planner.storage.workspace import Workspace


def load_crisis_sample(
    workspace: Workspace, source: Path | None = None, today: dt.date | None = None
) -> None:
    """Add the sample partners, incidents, requests and security records, in one transaction."""
    data = json.loads((source or resource("sample", "crisis.json")).read_text("utf-8"))
    today = today or dt.date.today()
    crisis = workspace.crisis

    def day(offset: int | None) -> dt.date | None:
        return None if offset is None else today + dt.timedelta(days=offset)

    def when(pair: list[Any]) -> dt.datetime:
        hour, minute = (int(x) for x in pair[1].split(":"))
        return dt.datetime.combine(today + dt.timedelta(days=pair[0]), dt.time(hour, minute))

    def after(start: dt.datetime, minutes: int | None) -> dt.datetime | None:
        return None if minutes is None else start + dt.timedelta(minutes=minutes)

    with workspace.transaction():
        targets = {(t.platform, t.severity): t for t in crisis.targets.list()}
        for t in data.get("targets", []):
            extra = target(t)
            targets[(extra.platform, extra.severity)] = extra
        hotline = data.get("hotline", "")
        crisis.targets.replace(
            [
                dataclasses.replace(t, route_to=hotline) if t.route_to and hotline else t
                for t in targets.values()
            ]
        )

        partners: dict[str, int] = {}
        for p in data["partners"]:
            partners[p["key"]] = crisis.partners.save(
                PartnerBody(
                    p["name"],
                    PartnerKind(p["kind"]),
                    p.get("topics", []),
                    [PartnerAccount(Platform(pl), h) for pl, h in p.get("accounts", [])],
                    [
                        Contact(
                            c["name"], c.get("role", ""), c.get("phone", ""), c.get("email", "")
                        )
                        for c in p.get("contacts", [])
                    ],
                    p.get("notes", ""),
                )
            )

        playbooks = {pb.scenario: pb for pb in crisis.playbooks.list()}
        for i in data["incidents"]:
            seen = when(i["first_seen"])
            incident = Incident(
                i["title"],
                seen,
                Severity(i["severity"]),
                Verification(i["verification"]),
                Scenario(i["scenario"]),
                Platform(i["platform"]) if i.get("platform") else None,
                i.get("link", ""),
                response_at=after(seen, i.get("response_after")),
                closed_at=after(seen, i.get("closed_after")),
                partner_ids=[partners[k] for k in i.get("partners", [])],
                notes=i.get("notes", ""),
            )
            if i.get("run_playbook") and incident.scenario in playbooks:
                run_playbook(incident, playbooks[incident.scenario])
                for step, minutes in zip(incident.steps, i.get("ticked", []), strict=False):
                    step.done_at = after(seen, minutes)
            crisis.incidents.save(incident)

        for r in data["requests"]:
            received = when(r["received"])
            crisis.requests.save(
                FollowerRequest(
                    r["summary"],
                    Platform(r["platform"]),
                    received,
                    RequestKind(r["kind"]),
                    Severity(r["severity"]),
                    after(received, r.get("answered_after")),
                    partners[r["referred_to"]] if r.get("referred_to") else None,
                    r.get("routed_to", ""),
                    r.get("outcome", ""),
                )
            )

        accounts = {a.platform: a.id for a in workspace.accounts.list()}
        for s in data["security"]:
            account_id = accounts.get(Platform(s["platform"]))
            if account_id is None:
                continue
            crisis.security.save(
                SecurityRecord(
                    account_id,
                    [
                        AccessHolder(h["name"], h.get("role", ""), day(h.get("since")))
                        for h in s.get("holders", [])
                    ],
                    TwoFactor(s["two_factor"]),
                    bool(s.get("recovery_email_verified")),
                    bool(s.get("recovery_phone_verified")),
                    day(s.get("last_password_change")),
                    day(s.get("last_access_review")),
                    int(s.get("review_every_days", 90)),
                )
            )
