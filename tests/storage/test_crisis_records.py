"""Every crisis record comes back from the workspace exactly as it was saved (hypothesis).

The stores map fields to columns through storage/records.py; these round trips hold for any
text, any code, any optional left empty, and dates and times (to the minute, as stored).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.crisis import (
    AccessHolder,
    Contact,
    FollowerRequest,
    Incident,
    IncidentStep,
    PartnerAccount,
    PartnerBody,
    PartnerKind,
    Playbook,
    PlaybookStep,
    ReadyResponse,
    RequestKind,
    ResponseKind,
    ResponseTarget,
    Scenario,
    SecurityRecord,
    Severity,
    Stage,
    TwoFactor,
    Verification,
)
from planner.domain.model import Platform
from tests.campaign_strategies import MIXED

fixture_settings = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

words = st.text(alphabet=MIXED, max_size=20)
minutes = st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2099, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)
days = st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31))
counts = st.none() | st.integers(0, 10_000)


def _steps(cls: Any, **extra: Any) -> Any:
    return st.lists(
        st.builds(
            cls,
            text=words,
            owner=words,
            target_minutes=counts,
            stage=st.sampled_from(Stage),
            **extra,
        ),
        max_size=4,
    )


playbooks = st.builds(
    Playbook,
    name=words,
    scenario=st.sampled_from(Scenario),
    description=words,
    steps=_steps(PlaybookStep),
)
responses = st.builds(
    ReadyResponse,
    title=words,
    kind=st.sampled_from(ResponseKind),
    text=words,
    scenario=st.none() | st.sampled_from(Scenario),
)
incidents = st.builds(
    Incident,
    title=words,
    first_seen_at=minutes,
    severity=st.sampled_from(Severity),
    verification=st.sampled_from(Verification),
    scenario=st.none() | st.sampled_from(Scenario),
    platform=st.none() | st.sampled_from(Platform),
    link=words,
    response_at=st.none() | minutes,
    closed_at=st.none() | minutes,
    notes=words,
    steps=_steps(IncidentStep, done_at=st.none() | minutes),
    paused_post_ids=st.lists(st.integers(1, 10**9), max_size=5),
)
requests = st.builds(
    FollowerRequest,
    summary=words,
    platform=st.sampled_from(Platform),
    received_at=minutes,
    kind=st.sampled_from(RequestKind),
    severity=st.sampled_from(Severity),
    answered_at=st.none() | minutes,
    routed_to=words,
    outcome=words,
)
partners = st.builds(
    PartnerBody,
    name=words,
    kind=st.sampled_from(PartnerKind),
    topics=st.lists(words, max_size=3),
    accounts=st.lists(st.builds(PartnerAccount, st.sampled_from(Platform), words), max_size=3),
    contacts=st.lists(st.builds(Contact, words, words, words, words), max_size=3),
    notes=words,
)
targets = st.builds(
    ResponseTarget,
    severity=st.sampled_from(Severity),
    minutes=st.integers(1, 10_000),
    platform=st.none() | st.sampled_from(Platform),
    route_to=words,
)


@fixture_settings
@given(playbook=playbooks, response=responses, incident=incidents)
def test_playbooks_responses_and_incidents_round_trip(
    empty_workspace, playbook, response, incident
):
    crisis = empty_workspace.crisis
    assert crisis.playbooks.get(crisis.playbooks.save(playbook)) == playbook
    assert crisis.responses.get(crisis.responses.save(response)) == response
    assert crisis.incidents.get(crisis.incidents.save(incident)) == incident


@fixture_settings
@given(request=requests, partner=partners, target=targets)
def test_requests_partners_and_targets_round_trip(empty_workspace, request, partner, target):
    crisis = empty_workspace.crisis
    assert crisis.partners.get(crisis.partners.save(partner)) == partner
    request.referred_to = partner.id
    assert crisis.requests.get(crisis.requests.save(request)) == request
    crisis.targets.replace([target])
    assert crisis.targets.list() == [target]


@fixture_settings
@given(
    holders=st.lists(st.builds(AccessHolder, words, words, st.none() | days), max_size=3),
    two_factor=st.sampled_from(TwoFactor),
    flags=st.tuples(st.booleans(), st.booleans()),
    reviewed=st.tuples(st.none() | days, st.none() | days),
    every=st.integers(1, 3650),
    notes=words,
)
def test_security_records_round_trip(workspace, holders, two_factor, flags, reviewed, every, notes):
    account_id = workspace.accounts.list()[0].id
    record = SecurityRecord(
        account_id, holders, two_factor, *flags, *reviewed, review_every_days=every, notes=notes
    )
    assert workspace.crisis.security.save(record) == account_id
    assert workspace.crisis.security.get(account_id) == record
