"""A whole plan comes back from the workspace as it was saved, and saving it again after
edits keeps the ids of what stayed and drops what was removed (hypothesis)."""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.campaign_strategies import campaigns

fixture_settings = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@fixture_settings
@given(data=st.data())
def test_a_plan_round_trips_and_saving_again_keeps_ids(workspace, data):
    segment_ids = [s.id for s in workspace.segments.list()]
    account_ids = [a.id for a in workspace.accounts.list()]
    campaign = data.draw(campaigns(segment_ids, account_ids))
    cid = workspace.campaigns.save(campaign)
    stored = workspace.campaigns.get(cid)
    assert stored == campaign
    assert all(o.id and all(k.id for k in o.kpis) for o in stored.objectives)

    edited = copy.deepcopy(stored)
    kept_objective = edited.objectives[0]
    edited.objectives = [kept_objective]
    kept_objective.kpis = kept_objective.kpis[-1:]
    edited.messages = edited.messages[::-1]
    edited.phases = edited.phases[1:]
    edited.reports = []
    workspace.campaigns.save(edited)
    again = workspace.campaigns.get(cid)
    assert again == edited
    assert [o.id for o in again.objectives] == [stored.objectives[0].id]
    assert [k.id for k in again.objectives[0].kpis] == [stored.objectives[0].kpis[-1].id]
    assert [m.id for m in again.messages] == [m.id for m in stored.messages[::-1]]
    rows = workspace.db.execute(
        "SELECT COUNT(*) FROM kpis k JOIN objectives o ON o.id = k.objective_id "
        "WHERE o.campaign_id = ?",
        [cid],
    ).fetchone()[0]
    assert rows == 1
