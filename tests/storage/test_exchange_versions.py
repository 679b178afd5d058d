"""The campaign file carries the plan's versions and decisions; version 1 files are still read."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.approval import Decision, DecisionRecord
from planner.storage import approval
from planner.storage.exchange import (
    ExchangeCode,
    ExchangeError,
    export_campaign,
    import_campaign,
)
from planner.storage.exchange_reader import bundle_from_dict
from planner.storage.workspace import Workspace
from tests.campaign_strategies import heavy
from tests.storage.exchange_cases import add_known_campaign
from tests.storage.test_exchange import source_workspaces

NOW = dt.datetime(2026, 10, 20, 9, 30)


@pytest.fixture
def approved_then_changed(tmp_path: Path) -> tuple[Workspace, int]:
    ws = Workspace.create(tmp_path / "source.planner")
    cid = add_known_campaign(ws)
    approval.submit(ws, cid, NOW)
    approval.record_decision(
        ws,
        cid,
        1,
        DecisionRecord(Decision.APPROVED, dt.date(2026, 10, 22), "سالم", "المدير", "موافق"),
    )
    post = ws.posts.for_campaign(cid)[0]
    assert post.scheduled_at is not None
    post.scheduled_at += dt.timedelta(hours=3)
    ws.posts.save(post)
    return ws, cid


def test_versions_and_decisions_travel_with_the_campaign(approved_then_changed, tmp_path):
    ws, cid = approved_then_changed
    data = export_campaign(ws, cid)
    assert data["version"] == 3
    assert all(post["key"] for post in data["posts"])
    (version,) = data["versions"]
    assert version["decision"]["approver"] == "سالم"
    assert "versions" not in version["snapshot"]
    target = Workspace.create(tmp_path / "target.planner")
    new_id = import_campaign(target, bundle_from_dict(json.loads(json.dumps(data))))
    (imported,) = approval.history(target, new_id).versions
    assert imported.decision is not None and imported.decision.comments == "موافق"
    assert imported.frozen_at == NOW
    changes = approval.changes_since_approval(target, new_id)
    assert changes is not None
    assert [m.new for m in changes.diff.moved] == [
        m.new
        for m in approval.changes_since_approval(ws, cid).diff.moved  # type: ignore[union-attr]
    ]
    assert changes.diff.count() == 1
    assert export_campaign(target, new_id) == data  # lossless, versions included


def test_a_second_import_gets_new_keys_and_its_versions_follow(approved_then_changed, tmp_path):
    ws, cid = approved_then_changed
    bundle = bundle_from_dict(export_campaign(ws, cid))
    again = import_campaign(ws, bundle, on_clash="rename")
    assert {p.key for p in ws.posts.for_campaign(again)}.isdisjoint(
        {p.key for p in ws.posts.for_campaign(cid)}
    )
    changes = approval.changes_since_approval(ws, again)
    assert changes is not None
    diff = changes.diff  # the move (and the new name), not every post removed and added
    assert (len(diff.moved), diff.added, diff.removed) == (1, [], [])
    assert [c.field for c in diff.plan] == ["name"]


def test_a_version_1_file_is_still_read(tmp_path):
    ws = Workspace.create(tmp_path / "w.planner")
    data = export_campaign(ws, add_known_campaign(ws))
    assert data["version"] == 1 and "key" not in data["posts"][0]  # no versions: as before
    bundle = bundle_from_dict(copy.deepcopy(data))
    assert bundle.versions == [] and all(e.post.key == "" for e in bundle.posts)
    target = Workspace.create(tmp_path / "t.planner")
    new_id = import_campaign(target, bundle)
    assert all(p.key for p in target.posts.for_campaign(new_id))


def _set(path: str, value: Any):
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(last) if last.isdigit() else last] = value

    return change


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        (_set("versions.0.number", 0), ExchangeCode.INVALID_VALUE, "versions[0].number"),
        (
            _set("versions.0.decision.decided_on", "2026-10-19"),
            ExchangeCode.INVALID_VALUE,
            "versions[0].decision.decided_on",
        ),
        (
            _set("versions.0.decision.approver", " "),
            ExchangeCode.INVALID_VALUE,
            "versions[0].decision.approver",
        ),
        (
            _set("versions.0.decision.decision", "maybe"),
            ExchangeCode.INVALID_VALUE,
            "versions[0].decision.decision",
        ),
        (
            _set("versions.0.snapshot.campaign.start", "2026-02-30"),
            ExchangeCode.INVALID_VALUE,
            "versions[0].snapshot.campaign.start",
        ),
        (
            _set("versions.0.snapshot.versions", []),
            ExchangeCode.UNKNOWN_KEY,
            "versions[0].snapshot.versions",
        ),
        (_set("versions.0.frozen", "x"), ExchangeCode.UNKNOWN_KEY, "versions[0].frozen"),
        (_set("posts.1.key", "مفتاح"), ExchangeCode.INVALID_VALUE, "posts[1].key"),
    ],
)
def test_a_bad_version_field_is_named(approved_then_changed, change, code, field):
    ws, cid = approved_then_changed
    data = json.loads(json.dumps(export_campaign(ws, cid)))
    change(data)
    with pytest.raises(ExchangeError) as caught:
        bundle_from_dict(data)
    assert (caught.value.code, caught.value.field) == (code, field)


def test_a_repeated_post_keeps_its_key_once(approved_then_changed, tmp_path):
    """A post copied within the file (same key) is imported twice, as repeats are: the
    first keeps the key the versions name, the copy is given a new one."""
    ws, cid = approved_then_changed
    data = json.loads(json.dumps(export_campaign(ws, cid)))
    data["posts"].append(copy.deepcopy(data["posts"][0]))
    target = Workspace.create(tmp_path / "target.planner")
    new_id = import_campaign(target, bundle_from_dict(data))
    keys = [p.key for p in target.posts.for_campaign(new_id)]
    assert len(set(keys)) == len(keys) == len(data["posts"])
    assert data["posts"][0]["key"] in keys
    changes = approval.changes_since_approval(target, new_id)
    assert changes is not None
    (added,) = changes.diff.added  # the copy, not the post the version names
    assert added.key != data["posts"][0]["key"]


def test_versions_must_rise(approved_then_changed):
    ws, cid = approved_then_changed
    data = json.loads(json.dumps(export_campaign(ws, cid)))
    data["versions"].append(copy.deepcopy(data["versions"][0]))
    with pytest.raises(ExchangeError) as caught:
        bundle_from_dict(data)
    assert (caught.value.code, caught.value.field) == (
        ExchangeCode.INVALID_VALUE,
        "versions[1].number",
    )


@settings(heavy, max_examples=10)  # each example writes two workspace files
@given(st.data())
def test_any_plan_keeps_its_changes_since_approval_through_a_file(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """Any approved plan, changed since, says the same changes in the workspace it is
    imported into: the versions travel and name the same posts."""
    folder = tmp_path_factory.mktemp("versions")
    source, cid = data.draw(source_workspaces(folder))
    target = Workspace.create(folder / "target.planner")
    try:
        approval.submit(source, cid, NOW)
        record = DecisionRecord(Decision.APPROVED, NOW.date(), "سالم")
        approval.record_decision(source, cid, 1, record)
        for post in source.posts.for_campaign(cid):
            hours = data.draw(st.integers(-48, 48))
            if post.scheduled_at is not None and hours:
                post.scheduled_at += dt.timedelta(hours=hours)
                source.posts.save(post)
        new_id = import_campaign(target, bundle_from_dict(export_campaign(source, cid)))
        before = approval.changes_since_approval(source, cid)
        after = approval.changes_since_approval(target, new_id)
        assert before is not None and after is not None
        assert after.diff == before.diff
        assert export_campaign(target, new_id) == export_campaign(source, cid)
    finally:
        source.close()
        target.close()
