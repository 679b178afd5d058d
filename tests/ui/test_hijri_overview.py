"""The Overview lists coming public holidays with their days, and follows a correction."""

from __future__ import annotations

import datetime as dt

from planner.domain.hijri import HijriMonth
from planner.formatting import Digits, Formatter
from planner.ui.document import Document
from planner.ui.overview.view import OverviewView

NOW = dt.datetime(2027, 2, 20, 9, 0)


def texts(view: OverviewView) -> list[str]:
    return [view.occasion_list.item(i).text() for i in range(view.occasion_list.count())]


def test_coming_holidays_and_the_corrected_eid(qtbot, empty_workspace, english) -> None:  # type: ignore[no-untyped-def]
    """Eid al-Fitr 1448's holiday (a forecast, 29 Ramadan to 3 Shawwal) is listed with its
    span; after correcting Shawwal 1448 a day later, Ramadan has a 30th, so the holiday ends
    a day later and the Eid moves a day."""
    doc = Document(empty_workspace)
    view = OverviewView(doc, Formatter("en", Digits.LATIN), today=lambda: NOW)
    qtbot.addWidget(view)
    assert any(
        t.startswith("Eid al-Fitr holiday — public holiday: 8 March – 11 March 2027")
        and "not announced" in t
        for t in texts(view)
    )
    empty_workspace.hijri.set_correction(HijriMonth(1448, 10), dt.date(2027, 3, 10))
    doc.notify("all")
    shown = texts(view)
    holiday = "Eid al-Fitr holiday — public holiday: 8 March – 12 March 2027"  # to 3 Shawwal
    assert any(t.startswith(holiday) for t in shown)
    assert any(t.startswith("Eid al-Fitr — Wednesday 10 March 2027") for t in shown)
