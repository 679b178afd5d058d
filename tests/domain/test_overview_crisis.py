"""The Overview raises the crisis screen's open incidents, overdue requests and reviews."""

import datetime as dt

from planner.domain import overview
from planner.domain.crisis import FollowerRequest, Incident
from planner.domain.crisis_due import CrisisAlerts, ReviewDue
from planner.domain.model import Platform

NOW = dt.datetime(2026, 11, 26, 12, 0)


def test_crisis_warnings_come_first_and_name_their_item():
    """Each open incident, overdue request and overdue review is one warning, before posts'."""
    crisis = CrisisAlerts(
        (Incident("شائعة", NOW, id=5),),
        (FollowerRequest("سؤال", Platform.X, NOW, id=9),),
        (ReviewDue(3, None),),
    )
    found = overview.warnings([], [], NOW, crisis)
    assert [(w.code, w.item_id) for w in found] == [
        (overview.WarningCode.OPEN_INCIDENT, 5),
        (overview.WarningCode.REQUEST_OVERDUE, 9),
        (overview.WarningCode.REVIEW_OVERDUE, 3),
    ]


def test_without_crisis_alerts_nothing_changes():
    """Called as before (no crisis alerts), the warnings are the posts' and campaigns' only."""
    assert overview.warnings([], [], NOW) == []
    assert overview.warnings([], [], NOW, CrisisAlerts()) == []
