"""The default playbooks, ready responses and response-time targets (resources/crisis/*.json),
written into a workspace by migration 0004_crisis.

Why the migration: it is the one path every workspace takes exactly once, whether it is new
(File > New, `main.py new`, the sample) or an older file upgraded to this version; so every
workspace starts with the defaults, and a default the officer deleted never comes back on
reopening. Inside the migration the defaults land in the same transaction as the tables.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from planner.domain.crisis import (
    Playbook,
    PlaybookStep,
    ReadyResponse,
    ResponseTarget,
)
from planner.paths import resource
from planner.storage.crisis import PlaybookStore, ResponseStore
from planner.storage.crisis_people import TargetStore
from planner.storage.crisis_schema import CRISIS_TABLES
from planner.storage.records import from_row


def _read(folder: Path, name: str) -> dict[str, Any]:
    data = json.loads((folder / name).read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def playbooks(folder: Path | None = None) -> list[Playbook]:
    """The default playbooks, as read from resources/crisis/playbooks.json."""
    data = _read(folder or resource("crisis"), "playbooks.json")
    return [
        from_row(
            Playbook,
            p,
            steps=[from_row(PlaybookStep, s, target_minutes=s.get("minutes")) for s in p["steps"]],
        )
        for p in data["playbooks"]
    ]


def responses(folder: Path | None = None) -> list[ReadyResponse]:
    """The default bank of ready responses."""
    data = _read(folder or resource("crisis"), "responses.json")
    return [from_row(ReadyResponse, r) for r in data["responses"]]


def targets(folder: Path | None = None) -> list[ResponseTarget]:
    """The default response-time targets."""
    data = _read(folder or resource("crisis"), "targets.json")
    return [target(t) for t in data["targets"]]


def target(t: dict[str, Any]) -> ResponseTarget:
    """A target as the JSON files write it (the same keys as its fields)."""
    return from_row(ResponseTarget, t, minutes=int(t["minutes"]))


def install(db: Database, folder: Path | None = None) -> None:
    """Add the default playbooks, responses and targets to the workspace in `db`."""
    with db.atomic():
        store = PlaybookStore(db)
        for playbook in playbooks(folder):
            store.save(playbook)
        bank = ResponseStore(db)
        for response in responses(folder):
            bank.save(response)
        TargetStore(db).replace(targets(folder))


def migrate_0004(db: Database) -> None:
    """Migration 0004_crisis: the crisis tables, filled with the defaults."""
    for statement in CRISIS_TABLES:
        db.execute(statement)
    install(db)
