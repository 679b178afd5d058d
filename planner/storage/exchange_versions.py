"""Reading the `versions` of a campaign file: each a frozen campaign file with its decision.

Every snapshot is read whole by the campaign-file reader (its problems are named under
`versions[i].snapshot.`), so a version imported is one the program can print and compare.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sqlite_utils import Database

from planner.domain.approval import Decision, DecisionRecord
from planner.storage.exchange_format import (
    CampaignBundle,
    ExchangeCode,
    ExchangeError,
    VersionEntry,
)
from planner.storage.exchange_json import _At
from planner.storage.versions import Frozen, VersionStore


def read_versions(at: _At, read_bundle: Callable[[Any], CampaignBundle]) -> list[VersionEntry]:
    """The file's versions, oldest first; numbers rise, a decision follows its submission."""
    versions: list[VersionEntry] = []
    for item in at.items():
        f = item.fields(("number", "frozen_at", "snapshot"), ("decision",))
        number = f["number"].integer(1)
        if versions and number <= versions[-1].number:
            f["number"].fail(ExchangeCode.INVALID_VALUE)
        frozen_at = f["frozen_at"].moment()
        snapshot = f["snapshot"]
        if not isinstance(snapshot.value, dict):
            snapshot.fail(ExchangeCode.WRONG_TYPE)
        if "versions" in snapshot.value:
            snapshot.child("versions", None).fail(ExchangeCode.UNKNOWN_KEY)
        try:
            read_bundle(snapshot.value)
        except ExchangeError as exc:
            where = f"{snapshot.path}.{exc.field}" if exc.field else snapshot.path
            raise ExchangeError(exc.code, where, exc.issue) from exc
        decision = f.nullable("decision", _decision)
        if decision is not None and decision.decided_on < frozen_at.date():
            f["decision"].child("decided_on", None).fail(ExchangeCode.INVALID_VALUE)
        plain = json.loads(json.dumps(snapshot.value, ensure_ascii=False))
        versions.append(VersionEntry(number, frozen_at, plain, decision))
    return versions


def _decision(at: _At) -> DecisionRecord:
    f = at.fields(("decision", "decided_on", "approver"), ("title", "comments"))
    approver = f["approver"].text()
    if not approver.strip():
        f["approver"].fail(ExchangeCode.INVALID_VALUE)
    return DecisionRecord(
        f["decision"].enum(Decision),
        f["decided_on"].date(),
        approver,
        f.read("title", _At.text, ""),
        f.read("comments", _At.text, ""),
    )


def stored_versions(db: Database, campaign_id: int) -> list[VersionEntry]:
    """The campaign's versions as the file carries them (a signed document stays behind:
    campaign files carry no media files)."""
    store = VersionStore(db)
    entries = []
    for v in store.history(campaign_id).versions:
        assert v.id is not None
        frozen = store.frozen(v.id)
        snapshot = copy.deepcopy(frozen.data)
        for post, key in zip(snapshot.get("posts", []), frozen.post_keys, strict=False):
            post["key"] = key
        decision = (
            None if v.decision is None else replace(v.decision, id=None, document_sha256=None)
        )
        entries.append(VersionEntry(v.number, v.frozen_at, snapshot, decision))
    return entries


def store_versions(
    db: Database, campaign_id: int, versions: list[VersionEntry], keys: dict[str, str]
) -> None:
    """Keep an imported campaign's versions, its posts' keys as the workspace gave them."""
    store = VersionStore(db)
    for v in versions:
        snapshot = copy.deepcopy(v.snapshot)
        post_keys = []
        for i, post in enumerate(snapshot.get("posts", [])):
            key = keys.get(post.get("key", ""), post.get("key", "")) or f"#{i}"
            post["key"] = key
            post_keys.append(key)
        version_id = store.append(campaign_id, v.number, v.frozen_at, Frozen(snapshot, post_keys))
        if v.decision is not None:
            store.add_decision(version_id, v.decision)
