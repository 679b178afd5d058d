"""Numbers, money and dates in the chosen language and digits."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from planner.formatting import Digits, Formatter

AR = Formatter("ar", Digits.ARABIC_INDIC)
AR_LATIN = Formatter("ar", Digits.LATIN)
EN = Formatter("en", Digits.LATIN)


def test_money_has_three_decimals_in_omani_rials():
    """1,250.5 rials is written with baisa precision and the rial's sign."""
    assert AR.money(1_250_500).replace("\u200f", "").replace("\xa0", " ") == "١٬٢٥٠٫٥٠٠ ر.ع."
    assert AR_LATIN.money(1_250_500).replace("\u200f", "").replace("\xa0", " ") == "1,250.500 ر.ع."
    assert EN.money(1_250_500) == "OMR\xa01,250.500"


def test_the_digits_setting_decides_not_the_library():
    """Arabic-Indic digits everywhere when chosen, Latin ones otherwise."""
    day = dt.date(2026, 11, 26)
    assert AR.integer(412000) == "٤١٢٬٠٠٠"
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
    back = AR.integer(value).translate(str.maketrans("٠١٢٣٤٥٦٧٨٩٬", "0123456789,"))
    assert back == AR_LATIN.integer(value)
