"""The Overview: today's dates, this week's posts, campaigns in flight, coming occasions."""

import datetime as dt

from planner.formatting import Formatter
from planner.ui.document import Document
from planner.ui.overview.view import OverviewView

NOW = dt.datetime(2026, 11, 26, 9, 0)


def make(qtbot, workspace, lang="ar"):
    view = OverviewView(Document(workspace), Formatter(lang), today=lambda: NOW)
    qtbot.addWidget(view)
    return view


def test_shows_gregorian_and_hijri_dates(qtbot, workspace):
    """The header gives today in both calendars."""
    view = make(qtbot, workspace)
    assert "نوفمبر" in view.today.text() and "جمادى الآخرة" in view.today.text()


def test_counts_and_week(qtbot, workspace):
    """The week's table lists exactly the posts scheduled this Sunday-to-Saturday week."""
    view = make(qtbot, workspace)
    week = workspace.posts.between(dt.datetime(2026, 11, 22), dt.datetime(2026, 11, 29))
    assert view.week_model.rowCount() == len(week) > 0
    assert view.stat_week.value.text() == Formatter("ar").integer(len(week))


def test_coming_occasions_in_the_interface_language(qtbot, workspace):
    """Occasions of the next weeks are listed, named in the interface's language."""
    arabic = make(qtbot, workspace)
    texts = [arabic.occasion_list.item(i).text() for i in range(arabic.occasion_list.count())]
    assert any("متطوعين" in t for t in texts)
    english = make(qtbot, workspace, "en")
    texts = [english.occasion_list.item(i).text() for i in range(english.occasion_list.count())]
    assert any("Volunteer" in t for t in texts)
