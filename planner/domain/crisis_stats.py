"""Response-time statistics: time to first response and to close, medians per group.

Durations are never negative: a time typed before the first-seen time counts as zero, so a
slip of the keyboard cannot make the institution look faster than instant.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TypeVar

from planner.domain.crisis import FollowerRequest, Incident

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


def _between(start: dt.datetime, end: dt.datetime | None) -> dt.timedelta | None:
    if end is None:
        return None
    return max(end - start, dt.timedelta(0))


def time_to_first_response(incident: Incident) -> dt.timedelta | None:
    """From first seen to the first response posted; None while there is none."""
    return _between(incident.first_seen_at, incident.response_at)


def time_to_close(incident: Incident) -> dt.timedelta | None:
    """From first seen to closed; None while the incident is open."""
    return _between(incident.first_seen_at, incident.closed_at)


def response_time(request: FollowerRequest) -> dt.timedelta | None:
    """From received to answered; None while the request is unanswered."""
    return _between(request.received_at, request.answered_at)


def median(values: Iterable[dt.timedelta]) -> dt.timedelta | None:
    """The median duration (mean of the middle two for an even count); None for none."""
    seconds = [v.total_seconds() for v in values]
    if not seconds:
        return None
    return dt.timedelta(seconds=round(statistics.median(seconds)))


@dataclass(frozen=True)
class TimesRow:
    """The response times of one group (a platform, a severity): how many items it holds,
    how many have been responded to and closed, and the medians of those."""

    key: Hashable
    count: int
    responded: int
    median_response: dt.timedelta | None
    closed: int = 0
    median_close: dt.timedelta | None = None


def _order(key: Hashable) -> tuple[int, int, str]:
    """Enum members in their declared order, None last."""
    if key is None:
        return (1, 0, "")
    if isinstance(key, Enum):
        return (0, list(type(key)).index(key), "")
    return (0, 0, str(key))


def _groups(items: Sequence[T], key: Callable[[T], K]) -> list[tuple[K, list[T]]]:
    grouped: dict[K, list[T]] = {}
    for item in items:
        grouped.setdefault(key(item), []).append(item)
    return sorted(grouped.items(), key=lambda kv: _order(kv[0]))


def incident_times(incidents: Sequence[Incident], key: Callable[[Incident], K]) -> list[TimesRow]:
    """Median time to first response and to close of incidents grouped by `key`
    (e.g. `lambda i: i.platform`), groups in the enum's order."""
    rows = []
    for group, members in _groups(incidents, key):
        responses = [d for d in map(time_to_first_response, members) if d is not None]
        closes = [d for d in map(time_to_close, members) if d is not None]
        rows.append(
            TimesRow(
                group, len(members), len(responses), median(responses), len(closes), median(closes)
            )
        )
    return rows


def request_times(
    requests: Sequence[FollowerRequest], key: Callable[[FollowerRequest], K]
) -> list[TimesRow]:
    """Median response time of follower requests grouped by `key`."""
    rows = []
    for group, members in _groups(requests, key):
        answered = [d for d in map(response_time, members) if d is not None]
        rows.append(TimesRow(group, len(members), len(answered), median(answered)))
    return rows
