"""Every date, time and count the composer shows follows the digits setting (١٢٣ or 123)."""

import datetime as dt
import re

import pytest
from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit

from planner.domain.model import BestTime, Platform, PostStatus
from planner.formatting import Digits, Formatter
from planner.i18n import language
from planner.paths import resource
from planner.storage.calendar_sample import load_calendar_sample
from planner.ui.calendar.composer import Composer
from planner.ui.document import Document

NOW = dt.datetime(2026, 11, 26, 9, 0)
LATIN = re.compile(r"[0-9]")
ARABIC = re.compile(r"[٠-٩]")
_SHOWN = {
    Digits.LATIN: str.maketrans("", ""),
    Digits.ARABIC_INDIC: str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
}


@pytest.fixture(
    params=[
        ("ar", Digits.ARABIC_INDIC),
        ("ar", Digits.LATIN),
        ("en", Digits.LATIN),
        ("en", Digits.ARABIC_INDIC),
    ],
    ids=["ar-arabic", "ar-latin", "en-latin", "en-arabic"],
)
def composer(request, qtbot, workspace, dialogs):
    lang, digits = request.param
    before = "ar" if language._installed else "en"
    language.install_language(lang, set_direction=False)
    load_calendar_sample(workspace, resource("sample", "calendar.json"), NOW.date())
    start = dt.datetime.combine(NOW.date(), dt.time())
    post = next(
        p
        for p in workspace.posts.between(start, start + dt.timedelta(days=14))
        if p.status is PostStatus.SCHEDULED and p.phase_id is not None
    )
    widget = Composer(Document(workspace), Formatter(lang, digits), dialogs, post, lambda: NOW)
    qtbot.addWidget(widget)
    widget.setMinimumSize(1040, 680)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget, digits
    language.install_language(before, set_direction=False)


def wrong_digits(digits):
    return LATIN if digits is Digits.ARABIC_INDIC else ARABIC


def right_digits(digits):
    return ARABIC if digits is Digits.ARABIC_INDIC else LATIN


def test_the_date_box_writes_the_chosen_digits(composer):
    """The date and time box shows ٢٠٢٦-١١-… or 2026-11-…, as the setting says."""
    widget, digits = composer
    text = widget.details.when.text()
    assert right_digits(digits).search(text) and not wrong_digits(digits).search(text)
    when = widget.post.scheduled_at
    assert widget.details.when.dateTime().date() == QDate(when.year, when.month, when.day)


def test_the_calendar_popup_numbers_days_in_the_chosen_digits(composer):
    """The date box's calendar writes day numbers in the chosen digits (in Arabic)."""
    widget, digits = composer
    calendar = widget.details.when.calendarWidget()
    zero = calendar.locale().zeroDigit()
    if widget.fmt.lang == "ar":
        assert zero == ("٠" if digits is Digits.ARABIC_INDIC else "0")
        assert calendar.locale().language() == QLocale.Language.Arabic
        assert calendar.locale().monthName(8) == "أغسطس"  # Oman's month names either way
    else:
        assert calendar.locale().language() == QLocale.Language.English


def test_typing_a_date_in_the_chosen_digits_moves_the_post(composer, qtbot):
    """Typing a day and an hour into their sections, in the box's own digits, saves them."""
    widget, digits = composer
    edit = widget.details.when
    edit.setFocus()
    when = widget.post.scheduled_at
    for section, value in (
        (QDateTimeEdit.Section.DaySection, "03"),
        (QDateTimeEdit.Section.HourSection, "18"),
    ):
        edit.setSelectedSection(section)  # as a double-click on it does
        for latin, ch in zip(value, value.translate(_SHOWN[digits]), strict=True):
            key = Qt.Key.Key_0.value + int(latin)  # the digit key; its text in the digits
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    edit, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
                )
    edit.interpretText()
    saved = widget.doc.workspace.posts.get(widget.post.id).scheduled_at
    assert saved == when.replace(day=3, hour=18)
    assert "3" in edit.text() or "٣" in edit.text()


def test_other_dates_and_counts_follow_the_digits(composer):
    """The Hijri line, the phase's dates, the suggestion and the counters too."""
    widget, digits = composer
    ws = widget.doc.workspace
    for account in ws.accounts.list():
        account.best_times = [BestTime(d, 20) for d in range(7)]
        ws.accounts.save(account)
    widget.suggest_time()
    texts = [
        widget.details.hijri.text(),
        widget.details.phase.currentText(),
        widget.details.suggestion.text(),
        *[c.text() for c in widget.counters.counters.values()],
    ]
    for text in texts:
        assert right_digits(digits).search(text), text
        assert not wrong_digits(digits).search(text), text
    assert Platform.X in widget.post.platforms or widget.post.platforms
