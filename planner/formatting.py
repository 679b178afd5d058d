"""Dates, numbers and money for display, through babel, in the digits the officer chose.

babel writes Latin digits for ar_OM and Qt writes Arabic-Indic ones: neither decides here,
the setting does. Qt-free, so the command line, the reports and the UI all share it.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from babel.dates import format_date, format_datetime, format_time
from babel.numbers import format_currency, format_decimal, format_percent

from planner.digits import Digits
from planner.domain import hijri as hijri_calendar

__all__ = ["Digits", "Formatter"]

_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_NUMBER_SEPARATOR = re.compile(r"(?<=\d)([.,])(?=\d)")
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
        text = _NUMBER_SEPARATOR.sub(lambda m: "٫" if m.group(1) == "." else "٬", text)
        return text.translate(_ARABIC_INDIC).replace("%", "٪")

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
        """Omani rials with three decimals (1 rial = 1000 baisa)."""
        amount = Decimal(baisa) / 1000
        if self.lang == "ar":
            text = format_currency(amount, "OMR", locale=self.locale)
        else:
            text = format_currency(
                amount, "OMR", format="¤\xa0#,##0.000", locale=self.locale, currency_digits=False
            )
        return self._out(text)

    def date(self, value: dt.date, style: str = "medium") -> str:
        """`style` is a babel style ("short", "medium", "long", "full") or a pattern."""
        return self._out(format_date(value, style, locale=self.locale))

    def weekday(self, value: dt.date) -> str:
        return format_date(value, "EEEE", locale=self.locale)

    def time(self, value: dt.time | dt.datetime) -> str:
        when = value.time() if isinstance(value, dt.datetime) else value
        return self._out(format_time(when, "HH:mm", locale=self.locale))

    def datetime(self, value: dt.datetime) -> str:
        return self._out(format_datetime(value, "medium", locale=self.locale))

    def date_range(self, start: dt.date, end: dt.date) -> str:
        """ "12 November – 26 December 2026"; the year once when both dates share it."""
        if start.year == end.year:
            return f"{self.date(start, 'd MMMM')} – {self.date(end, 'd MMMM y')}"
        return f"{self.date(start, 'd MMMM y')} – {self.date(end, 'd MMMM y')}"

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
