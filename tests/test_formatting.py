"""Numbers, money and dates in the chosen language and digits."""

import datetime as dt
import re

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.money import MAX_BAISA, parse_omr
from planner.formatting import Digits, Formatter

AR = Formatter("ar", Digits.ARABIC_INDIC)
AR_LATIN = Formatter("ar", Digits.LATIN)
EN = Formatter("en", Digits.LATIN)
EN_ARABIC = Formatter("en", Digits.ARABIC_INDIC)
ALL = (AR, AR_LATIN, EN, EN_ARABIC)


def plain(text):
    return text.replace("\u200f", "").replace("\u200e", "").replace("\xa0", " ")


def test_money_has_three_decimals_in_omani_rials():
    """1,250.5 rials is written with baisa precision and the rial's sign."""
    assert plain(AR.money(1_250_500)) == "١ ٢٥٠٫٥٠٠ ر.ع."
    assert plain(AR_LATIN.money(1_250_500)) == "1,250.500 ر.ع."
    assert EN.money(1_250_500) == "OMR\xa01,250.500"


def test_whole_rials_have_no_baisa():
    """1,410 rials is "١ ٤١٠ ر.ع.", never "١٬٤١٠٫٠٠٠", which a manager can read as 1.41 million."""
    assert plain(AR.money(1_410_000)) == "١ ٤١٠ ر.ع."
    assert EN.money(1_410_000) == "OMR\xa01,410"
    assert EN.money(0) == "OMR\xa00"


@given(st.integers(min_value=0, max_value=MAX_BAISA), st.sampled_from(ALL))
def test_money_reads_back_as_written(baisa, fmt):
    """Every amount, in every language and digits, is read back by parse_omr as itself."""
    assert parse_omr(fmt.money(baisa)) == baisa


@given(st.integers(min_value=0, max_value=MAX_BAISA))
def test_arabic_money_has_one_kind_of_mark_between_digits(baisa):
    """In Arabic-Indic digits, at most one mark between digits is a separator ("٫", the
    decimal one, followed by the three baisa); thousands are grouped by a no-break space, so no
    two marks that look alike ever stand in one amount."""
    text = AR.money(baisa)
    assert "٬" not in text and text.count("٫") == (1 if baisa % 1000 else 0)
    if baisa % 1000:
        assert re.search(r"٫[٠-٩]{3}\xa0", text)
    whole = re.search(r"[٠-٩](?:[٠-٩]|\xa0(?=[٠-٩]))*", text)
    assert whole and all(len(g) == 3 for g in whole.group(0).split("\xa0")[1:])


def test_the_digits_setting_decides_not_the_library():
    """Arabic-Indic digits everywhere when chosen, Latin ones otherwise."""
    day = dt.date(2026, 11, 26)
    assert AR.integer(412000) == "٤١٢\xa0٠٠٠"
    assert AR_LATIN.integer(412000) == "412,000"
    assert "٢٦" in AR.date(day, "long") and "26" not in AR.date(day, "long")
    assert "26" in AR_LATIN.date(day, "long")
    assert AR.time(dt.time(20, 30)) == "٢٠:٣٠"
    assert AR.percent(0.42) == "٤٢٪"


def test_hijri_date_is_umm_al_qura():
    """26 Nov 2026 is 16 Jumada al-Akhirah 1448 in the Umm al-Qura calendar."""
    assert AR.hijri(dt.date(2026, 11, 26)) == "١٦ جمادى الآخرة ١٤٤٨\u00a0هـ"
    assert EN.hijri(dt.date(2026, 11, 26)) == "16 Jumada al-Akhirah 1448\u00a0AH"


def test_hijri_outside_the_supported_range_is_blank():
    """Dates hijridate cannot convert give an empty string, not an error."""
    assert AR.hijri(dt.date(1800, 1, 1)) == ""


def test_date_range_names_the_year_once():
    """A range within one year writes the year once."""
    assert (
        EN.date_range(dt.date(2026, 11, 12), dt.date(2026, 12, 26))
        == "12 November – 26 December 2026"
    )


@given(st.integers(min_value=0, max_value=10**12))
def test_arabic_and_latin_digits_say_the_same_number(value):
    """Turning Arabic-Indic digits back to Latin gives the Latin rendering."""
    back = AR.integer(value).translate(str.maketrans("٠١٢٣٤٥٦٧٨٩\xa0", "0123456789,"))
    assert back == AR_LATIN.integer(value)


def test_dates_and_times_have_one_form_per_kind():
    """A date in words, a date with its weekday, and a date with a 24-hour time, no seconds."""
    when = dt.datetime(2026, 12, 6, 15, 23, 41)
    assert EN.date(when.date()) == "6 Dec 2026"
    assert AR.date(when.date()) == "٦ ديسمبر ٢٠٢٦"
    assert EN.day(when.date()) == "Sunday 6 December 2026"
    assert EN.datetime(when) == "6 Dec 2026, 15:23"
    assert AR.datetime(when) == "٦ ديسمبر ٢٠٢٦، ١٥:٢٣"
    assert AR.time(when) == "١٥:٢٣"


def test_english_has_no_arabic_comma():
    """ "Sunday 6 December، 20:00" was English with an Arabic comma."""
    assert "،" not in EN.datetime(dt.datetime(2026, 12, 6, 20)) + EN.join(["a", "b"])
    assert AR.join(["أ", "ب"]) == "أ، ب"


def visual_order(text, base="L"):
    """The characters of one line in the order they are drawn, by Qt's bidi algorithm."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextLayout, QTextOption

    layout = QTextLayout(text)
    option = QTextOption()
    option.setTextDirection(
        Qt.LayoutDirection.LeftToRight if base == "L" else Qt.LayoutDirection.RightToLeft
    )
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100000)
    layout.endLayout()
    xs = {i: line.cursorToX(i)[0] for i in range(len(text))}
    return "".join(text[i] for i in sorted(xs, key=xs.get) if text[i] != "\u200e")


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2076, 11, 16)))
def test_english_dates_in_arabic_digits_keep_their_order(qapp, day):
    """With Arabic-Indic digits in English, "Monday ٧ December ٢٠٢٦ — ٢٧ Jumada..." is drawn
    in the order it is written (it showed "٢٧ — ٢٠٢٦"): every number stays where it is."""
    text = f"{EN_ARABIC.day(day)} — {EN_ARABIC.hijri(day)}"
    numbers = re.findall(r"[٠-٩]+", text)
    drawn = re.findall(r"[٠-٩]+", visual_order(text))
    assert drawn == numbers


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(ALL))
def test_a_count_is_rewritten_and_placeholders_are_left_alone(n, fmt):
    """What Qt wrote for %n (Latin digits) becomes the formatter's number; a placeholder such
    as %1 or %2 still to be filled keeps its digit even when the count is 1 or 2."""
    text = f"%1 of {n} posts (%2)"
    assert fmt.counted(text, n) == f"%1 of {fmt.integer(n)} posts (%2)"


def test_parts_of_a_line_are_never_a_middle_dot_before_arabic_digits():
    """ "توعية · ١٩ نوفمبر" reads as "٠١٩": Arabic joins parts with its comma, English a dot."""
    assert Formatter("ar", Digits.ARABIC_INDIC).parts == "، "
    assert Formatter("en", Digits.LATIN).parts == " · "
