"""Response-time statistics: durations, medians per platform and per severity."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.crisis import FollowerRequest, Incident, Severity
from planner.domain.crisis_stats import (
    incident_times,
    median,
    request_times,
    response_time,
    time_to_close,
    time_to_first_response,
)
from planner.domain.model import Platform

T0 = dt.datetime(2026, 11, 1, 9, 0)
MINUTES = st.integers(min_value=-600, max_value=20_000)


def incident(platform, severity, respond=None, close=None, iid=1):
    return Incident(
        "x",
        T0,
        severity,
        platform=platform,
        response_at=T0 + dt.timedelta(minutes=respond) if respond is not None else None,
        closed_at=T0 + dt.timedelta(minutes=close) if close is not None else None,
        id=iid,
    )


def test_times_of_one_incident():
    """Time to first response and to close are counted from when it was first seen."""
    i = incident(Platform.X, Severity.HIGH, respond=45, close=600)
    assert time_to_first_response(i) == dt.timedelta(minutes=45)
    assert time_to_close(i) == dt.timedelta(minutes=600)
    assert time_to_first_response(incident(Platform.X, Severity.LOW)) is None


def test_medians_per_platform_and_severity():
    """Medians are taken per group, over the incidents that have the time; groups in order."""
    incidents = [
        incident(Platform.INSTAGRAM, Severity.LOW, 30, 100),
        incident(Platform.X, Severity.HIGH, 10, 60),
        incident(Platform.X, Severity.LOW, 50, None),
        incident(None, Severity.HIGH, None, None),
        incident(Platform.X, Severity.HIGH, 20, 200),
    ]
    by_platform = incident_times(incidents, lambda i: i.platform)
    assert [r.key for r in by_platform] == [Platform.X, Platform.INSTAGRAM, None]
    x = by_platform[0]
    assert (x.count, x.responded, x.closed) == (3, 3, 2)
    assert x.median_response == dt.timedelta(minutes=20)
    assert x.median_close == dt.timedelta(minutes=130)
    assert by_platform[2].median_response is None
    by_severity = incident_times(incidents, lambda i: i.severity)
    assert [r.key for r in by_severity] == [Severity.LOW, Severity.HIGH]


def test_request_response_time_and_medians():
    """A request's response time runs from received to answered; medians per platform."""
    requests = [
        FollowerRequest("q", Platform.X, T0, answered_at=T0 + dt.timedelta(hours=h))
        for h in (1, 3, 8)
    ]
    requests.append(FollowerRequest("q", Platform.X, T0))
    assert response_time(requests[0]) == dt.timedelta(hours=1)
    (row,) = request_times(requests, lambda r: r.platform)
    assert (row.count, row.responded, row.median_response) == (4, 3, dt.timedelta(hours=3))


@given(st.lists(MINUTES, min_size=1, max_size=30))
def test_median_lies_between_the_extremes(minutes):
    """The median is never below the smallest nor above the largest duration."""
    values = [dt.timedelta(minutes=m) for m in minutes]
    assert min(values) <= median(values) <= max(values)


@given(
    st.lists(
        st.tuples(
            st.sampled_from([*Platform, None]),
            st.sampled_from(list(Severity)),
            st.one_of(st.none(), MINUTES),
            st.one_of(st.none(), MINUTES),
        ),
        max_size=25,
    ),
    st.randoms(),
)
def test_groups_partition_the_incidents_and_ignore_order(rows, rnd):
    """Every incident lands in exactly one group; shuffling changes no median; no time is
    negative, even when a response time was typed before the first-seen time."""
    incidents = [incident(p, s, r, c, iid=n) for n, (p, s, r, c) in enumerate(rows)]
    grouped = incident_times(incidents, lambda i: i.platform)
    assert sum(g.count for g in grouped) == len(incidents)
    assert sum(g.responded for g in grouped) == sum(r is not None for _, _, r, _ in rows)
    shuffled = list(incidents)
    rnd.shuffle(shuffled)
    assert incident_times(shuffled, lambda i: i.platform) == grouped
    for g in grouped:
        for value in (g.median_response, g.median_close):
            assert value is None or value >= dt.timedelta(0)
