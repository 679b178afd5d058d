"""The ranges every stored value must stay in, so that the charts and the PDF can draw it."""

from __future__ import annotations

import datetime as dt
import math

# Dates: a plan is about the years an officer works in; 1900-2100 leaves room for history
# (a founding date) and long plans, and keeps every date inside what babel, the Hijri
# converter (1343-1500 AH covers 1924-2077; outside it only the Gregorian date is shown)
# and Qt's date widgets draw.
YEAR_MIN = 1900
YEAR_MAX = 2100
DATE_MIN = dt.date(YEAR_MIN, 1, 1)
DATE_MAX = dt.date(YEAR_MAX, 12, 31)

# Numbers (KPI baselines, targets and actuals, follower counts, statistics): the world's
# population is 8e9 and a year of impressions of the largest account about 1e12; 1e15 is
# above every real figure and far below where a float loses whole numbers (9e15) or the
# PDF's Decimal formatting and the charts' axes overflow (about 1e25 and up).
NUMBER_MAX = 1e15


def date_in_range(value: dt.date) -> bool:
    """Whether a date (or a date-time) lies between 1900-01-01 and 2100-12-31."""
    return YEAR_MIN <= value.year <= YEAR_MAX


def number_in_range(value: float) -> bool:
    """Whether a figure is finite and no larger than NUMBER_MAX either way."""
    return math.isfinite(value) and abs(value) <= NUMBER_MAX


def is_valid_unicode(text: str) -> bool:
    """Whether `text` can be written as UTF-8 (no lone surrogate such as "\\ud800")."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
