"""Reading one cell of a statistics export: counts, platform names, and dates and times."""

from __future__ import annotations

import datetime as dt
import re

from planner.domain.coverage.stats_layouts import DateOrder, Layout, LayoutKind
from planner.domain.model import Platform

MUSCAT = dt.timezone(dt.timedelta(hours=4), "Asia/Muscat")  # no daylight saving in Oman
X_EPOCH_MS = 1288834974657  # X ("Twitter") post ids carry their creation time since this


_DIGITS = str.maketrans(
    {
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
        "٬": ",",
        "٫": ".",
    }
)


def _number(raw: str) -> int | None:
    """A count as exports write it ("12,400", "980", "", "-"); ValueError otherwise."""
    text = raw.translate(_DIGITS).replace("\u00a0", "").replace(" ", "")
    if text in ("", "-", "--", "N/A", "n/a"):
        return None
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?", text):
        return round(float(text.replace(",", "")))
    raise ValueError(raw)


_PLATFORM_NAMES = {
    "twitter": Platform.X,
    "x": Platform.X,
    "ig": Platform.INSTAGRAM,
    "fb": Platform.FACEBOOK,
    "whatsapp channel": Platform.WHATSAPP,
    "إكس": Platform.X,
    "تويتر": Platform.X,
    "إنستغرام": Platform.INSTAGRAM,
    "انستغرام": Platform.INSTAGRAM,
    "فيسبوك": Platform.FACEBOOK,
    "سناب شات": Platform.SNAPCHAT,
    "يوتيوب": Platform.YOUTUBE,
    "لينكد إن": Platform.LINKEDIN,
    "تيك توك": Platform.TIKTOK,
    "واتساب": Platform.WHATSAPP,
    "قناة واتساب": Platform.WHATSAPP,
}


def platform_named(text: str) -> Platform | None:
    """A platform from how a file names it: "X", "Twitter", "instagram", "فيسبوك" ..."""
    key = text.strip().casefold()
    try:
        return Platform(key)
    except ValueError:
        return _PLATFORM_NAMES.get(key)


_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
_X_CONTENT_DATE = re.compile(r"(?:[A-Za-z]{3},\s*)?([A-Za-z]{3})\s+(\d{1,2}),\s*(\d{4})")
_NUMERIC = re.compile(
    r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?"
    r"\s*([AaPp][Mm])?)?\s*(Z|[+-]\d{2}:?\d{2})?"
)


def _when(raw: str, layout: Layout, post_id: str) -> tuple[dt.date, dt.datetime | None] | None:
    """The local day and, when the file says it, the local time of a row."""
    if layout.kind is LayoutKind.X_CONTENT:
        found = _X_CONTENT_DATE.fullmatch(raw)
        if found and found[1].casefold() in _MONTHS:
            try:
                day = dt.date(int(found[3]), _MONTHS[found[1].casefold()], int(found[2]))
            except ValueError:
                return None
            when = _x_id_time(post_id, day)
            return (when.date() if when else day), when
        if _NUMERIC.fullmatch(raw) is None:
            return None
    order = {
        LayoutKind.X_LEGACY: DateOrder.YMD,
        LayoutKind.X_CONTENT: DateOrder.YMD,
        LayoutKind.META_FACEBOOK: DateOrder.MDY,
        LayoutKind.META_INSTAGRAM: DateOrder.MDY,
    }.get(layout.kind, layout.date_order)
    found = _NUMERIC.fullmatch(raw)
    if not found:
        return None
    a, b, c = (int(found[i]) for i in (1, 2, 3))
    if len(found[1]) == 4:
        year, month, day_ = a, b, c
    elif order is DateOrder.DMY:
        day_, month, year = a, b, c
    else:
        month, day_, year = a, b, c
    try:
        day = dt.date(year, month, day_)
        if found[4] is None:
            return day, None
        hour = (
            int(found[4]) % 12 + (12 if (found[7] or "").lower() == "pm" else 0)
            if found[7]
            else int(found[4])
        )
        when = dt.datetime.combine(day, dt.time(hour, int(found[5]), int(found[6] or 0)))
    except ValueError:
        return None
    if found[8]:
        offset = found[8].replace(":", "")
        tz = (
            dt.UTC
            if offset == "Z"
            else dt.timezone(
                dt.timedelta(hours=int(offset[:3]), minutes=int(offset[0] + offset[3:]))
            )
        )
        when = when.replace(tzinfo=tz).astimezone(MUSCAT).replace(tzinfo=None)
    return when.date(), when


def _x_id_time(post_id: str, day: dt.date) -> dt.datetime | None:
    """The Muscat time an X post was made, read from its id; None when the id is more than a
    day away from the export's date (not a real id). The export's date may be in UTC."""
    if not post_id.isdigit() or int(post_id) < 1 << 22:
        return None
    millis = (int(post_id) >> 22) + X_EPOCH_MS
    when = dt.datetime.fromtimestamp(millis / 1000, dt.UTC).astimezone(MUSCAT)
    if abs((when.date() - day).days) > 1:
        return None
    return when.replace(tzinfo=None, microsecond=0)
