"""Dates, numbers and money for display, through babel, in the digits the officer chose.

babel writes Latin digits for ar_OM and Qt writes Arabic-Indic ones: neither decides here,
the setting does. Qt-free, so the command line, the reports and the UI all share it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal

from babel.dates import format_date, format_time
from babel.numbers import format_currency, format_decimal, format_percent

from planner.digits import Digits
from planner.domain import hijri as hijri_calendar

__all__ = ["DATE", "DAY", "DAY_MONTH", "LONG_DATE", "MONTH", "TIME", "Digits", "Formatter"]

_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_NUMBER_SEPARATOR = re.compile(r"(?<=\d)([.,])(?=\d)")
# Thousands in Arabic-Indic digits are grouped by a no-break space: the Arabic thousands
# separator "٬" and the decimal one "٫" look alike at print size ("١٬٤١٠٫٠٠٠" read as 1.41
# million). A space cannot be taken for a decimal point (ISO 80000-1 groups by spaces too);
# the narrow one (U+202F) left gaps too thin to see between Arabic-Indic digits on screen.
GROUP = "\xa0"
DECIMAL = "٫"
LRM = "\u200e"
_ARABIC_NUMBER = re.compile(r"[٠-٩](?:[٠-٩٫\xa0٪:/]*[٠-٩٪])?")
# Kinds of dates, one pattern each, in every screen, chart, PDF and export (docs/formats.md).
DATE = "d MMM y"  # 7 Dec 2026 / ٧ ديسمبر ٢٠٢٦ (Arabic has no short month names)
LONG_DATE = "d MMMM y"  # 7 December 2026
DAY = "EEEE d MMMM y"  # Monday 7 December 2026
DAY_MONTH = "d MMMM"  # 7 December
MONTH = "MMMM y"  # December 2026
TIME = "HH:mm"  # 24-hour, no seconds
_HIJRI_MONTHS_EN = hijri_calendar.MONTH_NAMES_EN


class Formatter:
    """Formats values for one language ("ar" or "en") and one choice of digits."""

    def __init__(self, lang: str = "ar", digits: Digits = Digits.ARABIC_INDIC) -> None:
        self.lang = lang
        self.locale = "ar_OM" if lang == "ar" else "en_GB"
        self.digits = digits

    def _out(self, text: str) -> str:
        if self.digits is Digits.LATIN:
            return text
        text = _NUMBER_SEPARATOR.sub(lambda m: DECIMAL if m.group(1) == "." else GROUP, text)
        text = text.translate(_ARABIC_INDIC).replace("%", "٪")
        if self.lang != "ar":
            # Arabic-Indic digits are Arabic numbers to the bidi algorithm: in an English
            # line, two of them with only spaces or a dash between are laid out right to left
            # ("7 December ٢٠٢٦ — ٢٧" showed as "٢٧ — ٢٠٢٦"). A left-to-right mark after each
            # keeps every number where it is written.
            text = _ARABIC_NUMBER.sub(lambda m: m.group(0) + LRM, text)
        return text

    def counted(self, text: str, n: int) -> str:
        """A counted string as Qt translated it (`tr("%n posts", "", n)`: Qt chose the
        plural form and wrote n in Latin digits), with n in the chosen digits and grouping.
        Translations hold no digits of their own (tests/test_plurals.py), so every number
        in `text` that reads n is the count; placeholders still to fill ("%1") are not."""
        return re.sub(rf"(?<![0-9%]){n}(?![0-9])", lambda _: self.integer(n), text)

    def digits_of(self, text: str) -> str:
        """Rewrite the digits of an already formatted text (e.g. a count inside a sentence)."""
        return self._out(text)

    def integer(self, value: int) -> str:
        return self._out(format_decimal(value, locale=self.locale))

    def number(self, value: float, decimals: int = 1) -> str:
        pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
        return self._out(format_decimal(value, format=pattern, locale=self.locale))

    def percent(self, value: float) -> str:
        """`value` is a fraction: 0.42 -> 42%."""
        return self._out(format_percent(value, locale=self.locale))

    def money(self, baisa: int) -> str:
        """Omani rials (1 rial = 1000 baisa): whole rials when there are no baisa
        ("١ ٤١٠ ر.ع.", "OMR 1,410"), else the three decimals of the baisa ("OMR 1,410.500")."""
        amount = Decimal(baisa) / 1000
        decimals = "" if baisa % 1000 == 0 else ".000"
        pattern = f"\u200f#,##0{decimals}\xa0¤" if self.lang == "ar" else f"¤\xa0#,##0{decimals}"
        text = format_currency(
            amount, "OMR", format=pattern, locale=self.locale, currency_digits=False
        )
        return self._out(text)

    def date(self, value: dt.date, style: str = DATE) -> str:
        """A date in words, "7 Dec 2026" / "٧ ديسمبر ٢٠٢٦"; `style` is one of this module's
        kinds (DATE, LONG_DATE, DAY, DAY_MONTH, MONTH) or a babel style."""
        return self._out(format_date(value, style, locale=self.locale))

    def day(self, value: dt.date) -> str:
        """The weekday and the date: "Monday 7 December 2026" / "الاثنين ٧ ديسمبر ٢٠٢٦"."""
        return self.date(value, DAY)

    @property
    def comma(self) -> str:
        """The list separator of the interface's language: "، " in Arabic, ", " in English."""
        return "، " if self.lang == "ar" else ", "

    def join(self, parts: Iterable[str]) -> str:
        return self.comma.join(parts)

    def weekday(self, value: dt.date) -> str:
        return format_date(value, "EEEE", locale=self.locale)

    def time(self, value: dt.time | dt.datetime) -> str:
        when = value.time() if isinstance(value, dt.datetime) else value
        return self._out(format_time(when, TIME, locale=self.locale))

    def datetime(self, value: dt.datetime) -> str:
        """A date and a 24-hour time, no seconds: "7 Dec 2026, 20:00" / "٧ ديسمبر ٢٠٢٦، ٢٠:٠٠"."""
        return f"{self.date(value.date())}{self.comma}{self.time(value)}"

    @property
    def parts(self) -> str:
        """What stands between two parts of a line: " · " in English, "، " in Arabic, where a
        middle dot before an Arabic-Indic digit reads as the digit zero ("· ١٩" as "٠١٩")."""
        return "، " if self.lang == "ar" else " · "

    def date_range(self, start: dt.date, end: dt.date) -> str:
        """ "12 November – 26 December 2026"; the year once when both dates share it."""
        if start.year == end.year:
            return f"{self.date(start, DAY_MONTH)} – {self.date(end, LONG_DATE)}"
        return f"{self.date(start, LONG_DATE)} – {self.date(end, LONG_DATE)}"

    def hijri(self, value: dt.date) -> str:
        """The Hijri date in the calendar in use (Umm al-Qura with Oman's announced and the
        officer's corrected months), e.g. "١٦ جمادى الآخرة ١٤٤٨ هـ"; a no-break space keeps
        the era with its year when the line wraps."""
        h = hijri_calendar.hijri_of(value)
        if h is None:
            return ""
        if self.lang == "ar":
            return self._out(f"{h.day} {h.month_name_ar} {h.year}\u00a0هـ")
        return self._out(f"{h.day} {_HIJRI_MONTHS_EN[h.month - 1]} {h.year}\u00a0AH")
