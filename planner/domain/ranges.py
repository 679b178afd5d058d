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


# Text: the longest any platform takes is YouTube's description (5,000 characters) and a
# LinkedIn article's first screen; a post text, its notes, an aim or a goal keeps up to
# 20,000 characters (four times that), far below the megabytes that made the PDF run for
# minutes. Names, titles, handles and units are a line: 200 characters.
TEXT_MAX = 20_000
NAME_MAX = 200
HASHTAG_MAX = 140  # X's whole post is 280; a hashtag is a word or a few joined
MAX_HASHTAGS = 100

# What one campaign file may hold: a year of ten posts a day is 3,650 posts; the largest
# campaign in the sample has 40. Above these a file is refused before anything is stored.
MAX_POSTS = 5_000
MAX_OBJECTIVES = 50
MAX_KPIS = 20  # per objective
MAX_SEGMENTS = 500
MAX_ACCOUNTS = 500
MAX_LIST = 500  # phases, partners, reports, channels, audience, platforms: any other list

# The plan PDF: a campaign within the limits above can still describe tens of thousands of
# pages (5,000 posts of 20,000 characters). A page of the schedule holds about 2,500
# characters of Arabic body text or 25 posts' rows; past PDF_MAX_PAGES the export is refused
# with the estimate, before minutes of layout, instead of writing a file no one can print.
PDF_MAX_PAGES = 1_000
PDF_CHARS_PER_PAGE = 2_500
PDF_POSTS_PER_PAGE = 25


def estimated_pages(characters: int, posts: int) -> int:
    """A generous estimate of a plan PDF's pages from its text's length and its posts."""
    return 4 + characters // PDF_CHARS_PER_PAGE + posts // PDF_POSTS_PER_PAGE
