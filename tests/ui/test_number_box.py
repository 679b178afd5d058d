"""Whole-number boxes write numbers as the rest of the screen does and read what is typed in
any digits; the follower count shows thousands grouped by a space, never by "٬"."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator

from planner.digits import Digits
from planner.formatting import Formatter
from planner.ui.number_box import CountBox, typed_digits


def _box(qtbot, fmt: Formatter, top: int = 2_000_000_000) -> CountBox:
    box = CountBox(fmt)
    box.setRange(0, top)
    qtbot.addWidget(box)
    return box


def test_arabic_digits_grouped_by_a_space_as_the_lists_write_them(qtbot):
    fmt = Formatter("ar", Digits.ARABIC_INDIC)
    box = _box(qtbot, fmt)
    box.setValue(412_000)
    assert box.text() == fmt.integer(412_000) == "٤١٢\xa0٠٠٠"
    assert "٬" not in box.text()


def test_latin_digits_when_the_officer_chose_them(qtbot):
    box = _box(qtbot, Formatter("ar", Digits.LATIN))
    box.setValue(412_000)
    assert box.text() == "412,000"


def test_typed_in_either_digits_reads_the_same_value(qtbot):
    box = _box(qtbot, Formatter("ar", Digits.ARABIC_INDIC))
    qtbot.keyClicks(box.lineEdit(), "7")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert box.value() == 7
    for typed in ("412000", "٤١٢٠٠٠", "412,000", "٤١٢٬٠٠٠", "۴۱۲۰۰۰"):
        box.lineEdit().selectAll()
        box.lineEdit().insert(typed)  # as typed or pasted (keyClicks types ASCII only)
        qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
        assert box.value() == 412_000, typed


def test_letters_and_numbers_over_the_top_are_refused(qtbot):
    box = _box(qtbot, Formatter("en", Digits.LATIN), top=1000)
    assert box.validate("12a", 3)[0] == QValidator.State.Invalid
    assert box.validate("1001", 4)[0] == QValidator.State.Invalid
    assert box.validate("", 0)[0] == QValidator.State.Intermediate
    assert box.validate("1,000", 5)[0] == QValidator.State.Acceptable


def test_special_value_text_and_suffix(qtbot):
    box = _box(qtbot, Formatter("ar", Digits.ARABIC_INDIC), top=730)
    box.setSpecialValueText("—")
    assert box.text() == "—"
    box.setSuffix(" يومًا")
    box.setValue(30)
    assert box.text() == "٣٠ يومًا"
    assert box.valueFromText(box.text()) == 30


@given(st.integers(0, 2_000_000_000), st.sampled_from(["ar", "en"]), st.sampled_from(Digits))
def test_every_value_round_trips_through_its_text(value, lang, digits):
    text = Formatter(lang, digits).integer(value)
    assert typed_digits(text) == str(value)


def _days(n: int) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("SecurityForm", "%n days", None, n)


def test_the_unit_takes_the_form_its_count_needs_in_arabic(qtbot, arabic):
    """ "Review every ٣٠ أيام" was wrong Arabic: after 11 to 99 the noun is singular."""
    box = _box(qtbot, Formatter("ar", Digits.ARABIC_INDIC), top=730)
    box.setMinimum(7)
    box.count_unit(_days)
    seen = {}
    for n in (7, 10, 30, 90, 100, 180, 365, 730):
        box.setValue(n)
        seen[n] = box.text()
    assert seen == {
        7: "٧ أيام",
        10: "١٠ أيام",
        30: "٣٠ يومًا",
        90: "٩٠ يومًا",
        100: "١٠٠ يوم",
        180: "١٨٠ يومًا",
        365: "٣٦٥ يومًا",
        730: "٧٣٠ يومًا",
    }
    box.lineEdit().selectAll()
    box.lineEdit().insert("١٠٠")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert (box.value(), box.text()) == (100, "١٠٠ يوم")


def test_the_unit_in_english(qtbot, english):
    box = _box(qtbot, Formatter("en", Digits.LATIN), top=730)
    box.count_unit(_days)
    box.setValue(1)
    assert box.text() == "1 day"
    box.setValue(90)
    assert box.text() == "90 days"
