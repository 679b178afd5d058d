"""What is late: requests against their targets, playbook steps, account reviews."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.crisis import (
    FollowerRequest,
    Incident,
    IncidentStep,
    Playbook,
    PlaybookStep,
    ResponseTarget,
    Scenario,
    SecurityRecord,
    Severity,
    run_playbook,
)
from planner.domain.crisis_due import (
    alerts,
    is_overdue,
    next_review,
    overdue_requests,
    overdue_reviews,
    overdue_steps,
    route,
    share_within_target,
    target_for,
    within_target,
)
from planner.domain.model import Platform

T0 = dt.datetime(2026, 11, 20, 8, 0)
TARGETS = [
    ResponseTarget(Severity.CRITICAL, 30, None, "الخط الساخن"),
    ResponseTarget(Severity.MEDIUM, 480),
    ResponseTarget(Severity.MEDIUM, 120, Platform.X),
]


def request(platform=Platform.INSTAGRAM, severity=Severity.MEDIUM, answered=None, rid=1):
    return FollowerRequest(
        "q",
        platform,
        T0,
        severity=severity,
        id=rid,
        answered_at=T0 + dt.timedelta(minutes=answered) if answered is not None else None,
    )


def test_a_platform_target_wins_over_the_general_one():
    """X has its own medium target; Instagram falls back to the general one; none for low."""
    assert target_for(TARGETS, Platform.X, Severity.MEDIUM).minutes == 120
    assert target_for(TARGETS, Platform.INSTAGRAM, Severity.MEDIUM).minutes == 480
    assert target_for(TARGETS, Platform.X, Severity.LOW) is None


def test_critical_requests_are_routed_to_the_named_channel():
    """The critical target names the hotline: a critical request is routed there."""
    assert route(request(severity=Severity.CRITICAL), TARGETS) == "الخط الساخن"
    assert route(request(), TARGETS) == ""


def test_overdue_and_within_target():
    """Unanswered past target is overdue; answered in time counts within; late does not."""
    later = T0 + dt.timedelta(hours=9)
    assert is_overdue(request(), TARGETS, later)
    assert not is_overdue(request(), TARGETS, T0 + dt.timedelta(hours=7))
    assert within_target(request(answered=400), TARGETS, later) is True
    assert within_target(request(answered=500), TARGETS, later) is False
    assert within_target(request(), TARGETS, T0 + dt.timedelta(hours=1)) is None
    assert within_target(request(severity=Severity.LOW, answered=5), TARGETS, later) is None


def test_share_leaves_pending_requests_out():
    """Share = in time / (answered + overdue); a request still inside its target is left out."""
    now = T0 + dt.timedelta(hours=3)
    requests = [
        request(Platform.X, answered=60, rid=1),
        request(Platform.X, answered=200, rid=2),
        request(Platform.X, rid=3),
        request(Platform.INSTAGRAM, rid=4),
    ]
    share = share_within_target(requests, TARGETS, now)
    assert (share.within, share.counted) == (1, 3)
    assert share.fraction == 1 / 3
    assert share_within_target([], TARGETS, now).fraction is None
    assert [r.id for r in overdue_requests(requests, TARGETS, now)] == [3]


def test_playbook_steps_become_a_checklist_with_due_times():
    """Running a playbook copies its steps; unticked steps past their target are overdue."""
    playbook = Playbook(
        "شائعة",
        Scenario.RUMOUR,
        steps=[
            PlaybookStep("رصد", "المسؤول", 15),
            PlaybookStep("تحقق", "", 60),
            PlaybookStep("استعداد", "", None),
        ],
        id=7,
    )
    incident = Incident("شائعة", T0)
    run_playbook(incident, playbook)
    assert incident.playbook_id == 7 and incident.scenario is Scenario.RUMOUR
    assert [s.text for s in incident.steps] == ["رصد", "تحقق", "استعداد"]
    playbook.steps[0].text = "changed"
    assert incident.steps[0].text == "رصد"  # a snapshot
    now = T0 + dt.timedelta(minutes=30)
    assert [s.text for s in overdue_steps(incident, now)] == ["رصد"]
    incident.steps[0].done_at = now
    assert overdue_steps(incident, now) == []
    incident.closed_at = now
    assert overdue_steps(incident, T0 + dt.timedelta(days=3)) == []


def test_review_due_after_its_interval_and_never_reviewed_is_overdue():
    """A review is due `review_every_days` after the last; none recorded means due now."""
    today = dt.date(2026, 11, 26)
    records = [
        SecurityRecord(1, last_access_review=today - dt.timedelta(days=91)),
        SecurityRecord(2, last_access_review=today - dt.timedelta(days=10)),
        SecurityRecord(3),
    ]
    assert next_review(records[1]) == today + dt.timedelta(days=80)
    found = overdue_reviews(records, [1, 2, 3, 4], today)
    assert [(r.account_id, r.due) for r in found] == [
        (1, today - dt.timedelta(days=1)),
        (3, None),
        (4, None),
    ]
    assert found[0].days_late(today) == 1


def test_alerts_put_the_most_severe_open_incident_first():
    """Open incidents come most severe first; closed ones are left out."""
    incidents = [
        Incident("a", T0, Severity.LOW, id=1),
        Incident("b", T0 + dt.timedelta(hours=1), Severity.CRITICAL, id=2),
        Incident("c", T0, Severity.CRITICAL, closed_at=T0, id=3),
    ]
    found = alerts(incidents, [], TARGETS, [], [], T0 + dt.timedelta(hours=2))
    assert [i.id for i in found.open_incidents] == [2, 1]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(list(Platform)),
            st.sampled_from(list(Severity)),
            st.one_of(st.none(), st.integers(0, 3000)),
        ),
        max_size=20,
    ),
    st.integers(0, 3000),
    st.integers(0, 3000),
)
def test_overdue_only_grows_with_time_and_share_is_a_fraction(rows, a, b):
    """Later, no overdue request stops being overdue; the share stays within [0, 1]; a
    request answered in time is never overdue."""
    requests = [request(p, s, ans, rid=i) for i, (p, s, ans) in enumerate(rows)]
    early, late = T0 + dt.timedelta(minutes=min(a, b)), T0 + dt.timedelta(minutes=max(a, b))
    before = {r.id for r in overdue_requests(requests, TARGETS, early)}
    after = {r.id for r in overdue_requests(requests, TARGETS, late)}
    assert before <= after
    share = share_within_target(requests, TARGETS, late)
    assert 0 <= share.within <= share.counted <= len(requests)
    for r in requests:
        if r.answered_at is not None:
            assert r.id not in after


@given(st.integers(1, 400), st.integers(-1000, 1000))
def test_a_review_is_overdue_exactly_after_its_interval(every, days_ago):
    """Reviewed `days_ago` days back with an interval of `every` days: overdue iff past it."""
    today = dt.date(2026, 11, 26)
    record = SecurityRecord(
        1, last_access_review=today - dt.timedelta(days=days_ago), review_every_days=every
    )
    assert bool(overdue_reviews([record], [1], today)) == (days_ago > every)


def test_step_due_time_counts_from_first_seen():
    """A step's due time is the first-seen time plus its target; no target, no due time."""
    assert IncidentStep("x", target_minutes=90).due_at(T0) == T0 + dt.timedelta(minutes=90)
    assert IncidentStep("x").due_at(T0) is None
