"""Date boxes on every screen write the interface's language and the chosen digits."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication

from planner.digits import Digits
from planner.formatting import Formatter
from planner.ui.campaigns.editor.section import date_edit
from planner.ui.crisis.fields import OptionalDateTime


@pytest.fixture
def direction(qapp):
    """Lay the application out as the language of the test does (boxes take it when made)."""

    def set_for(lang):
        qapp.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        )

    before = QApplication.layoutDirection()
    yield set_for
    qapp.setLayoutDirection(before)


@pytest.mark.parametrize(
    ("lang", "digits", "shown"),
    [
        ("ar", Digits.ARABIC_INDIC, "٠٢/١١/٢٠٢٦  ١٣:٠٥"),
        ("ar", Digits.LATIN, "02/11/2026  13:05"),
        ("en", Digits.LATIN, "02/11/2026  13:05"),
        ("en", Digits.ARABIC_INDIC, "٠٢/١١/٢٠٢٦  ١٣:٠٥"),
    ],
)
def test_crisis_times_keep_hours_before_minutes(qtbot, direction, lang, digits, shown):
    """An incident's time reads day/month/year then hours:minutes in the chosen digits,
    never with the pattern turned around by the right-to-left layout (13:05 showed as
    05:13 in Arabic)."""
    direction(lang)
    field = OptionalDateTime(lambda: dt.datetime(2026, 11, 2, 13, 5), Formatter(lang, digits))
    qtbot.addWidget(field)
    field.edit.setDateTime(QDateTime(QDate(2026, 11, 2), QTime(13, 5)))
    assert field.edit.text() == shown


@pytest.mark.parametrize(
    ("lang", "digits", "shown", "month"),
    [
        ("ar", Digits.ARABIC_INDIC, "٠٢/٠٢/٢٠٢٦", "فبراير"),
        ("ar", Digits.LATIN, "02/02/2026", "فبراير"),
        ("en", Digits.LATIN, "02/02/2026", "February"),
        ("en", Digits.ARABIC_INDIC, "٠٢/٠٢/٢٠٢٦", "February"),
    ],
)
def test_campaign_dates_read_as_every_date_box(qtbot, direction, lang, digits, shown, month):
    """A campaign's start reads day/month/year like every other date box, in the chosen
    digits, and its calendar names the months as Oman does (فبراير, not Algeria's فيفري)."""
    direction(lang)
    edit = date_edit(Formatter(lang, digits), "start")
    qtbot.addWidget(edit)
    edit.setDate(QDate(2026, 2, 2))
    assert edit.text() == shown
    assert edit.calendarWidget().locale().monthName(2) == month


@pytest.mark.parametrize("digits", [Digits.ARABIC_INDIC, Digits.LATIN])
def test_every_other_date_box_follows_the_digits(
    qtbot, direction, workspace, dialogs, settings, digits
):
    """The occasion editor's dates, the Coverage screen's period and the month to print
    write the digits the officer chose, in Arabic: the whole interface agrees."""
    from planner.ui.calendar.library import OccasionsPage
    from planner.ui.coverage.view import CoverageView
    from planner.ui.document import Document
    from planner.ui.export_dialog import ExportPdfDialog

    direction("ar")
    settings.language, settings.digits = "ar", digits
    fmt = Formatter("ar", digits)
    doc = Document(workspace)
    page = OccasionsPage(doc, dialogs, fmt, dt.date(2026, 11, 26))
    coverage = CoverageView(doc, fmt, dialogs, "ar")
    export = ExportPdfDialog(doc, settings, dialogs, None)
    boxes = [page.start, coverage.start, export.when]
    for widget in (page, coverage, export):
        qtbot.addWidget(widget)
    for box in boxes:
        box.blockSignals(True)  # only how a date is written is looked at here
        box.setDate(QDate(2026, 11, 26))
    wanted, unwanted = ("٢٠٢٦", "2026") if digits is Digits.ARABIC_INDIC else ("2026", "٢٠٢٦")
    assert all(wanted in b.text() and unwanted not in b.text() for b in boxes), [
        b.text() for b in boxes
    ]
    assert (
        page.start.text().replace("٠", "0").replace("٢", "2").replace("١", "1").replace("٦", "6")
        == "26/11/2026"
    )
