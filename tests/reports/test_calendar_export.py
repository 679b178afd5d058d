"""Excel and iCalendar exports of the calendar, read back with openpyxl and icalendar."""

import datetime as dt

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from planner.domain.calendar import PostFilter
from planner.domain.model import ContentType, Platform, Post, PostStatus
from planner.formatting import Digits, Formatter
from planner.reports.calendar_export import ExportWords, posts_to_export, safe_cell
from planner.reports.calendar_ics import write_ics
from planner.reports.calendar_xlsx import write_xlsx

WORDS = ExportWords(
    sheet="Calendar",
    date="Date",
    time="Time",
    weekday="Day",
    hijri="Hijri date",
    platforms="Platforms",
    text="Text",
    campaign="Campaign",
    status="Status",
    content_type="Type",
    segment="Segment",
    notes="Notes",
    text_for="Text for %1",
    statuses={s: s.value.title() for s in PostStatus},
    platform_names={p: p.value.title() for p in Platform},
    content_types={t: t.value for t in ContentType},
    calendar_name="Muscat calendar",
)


@pytest.fixture
def posts(workspace):
    return posts_to_export(workspace)


def test_formula_like_texts_become_plain_text():
    """A text starting with = + - @ (or a tab) is prefixed so no spreadsheet runs it."""
    assert safe_cell('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    for start in ("+9689", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert safe_cell(start).startswith("'")
    assert safe_cell("مسقط = أجمل") == "مسقط = أجمل"
    assert safe_cell("") == ""


def test_export_picks_dated_posts_through_the_filter(workspace, posts):
    """Every dated post, in time order; a filter keeps only its posts."""
    dated = [
        p
        for c in workspace.campaigns.summaries()
        for p in workspace.posts.for_campaign(c.id)
        if p.scheduled_at
    ]
    assert sorted(p.id for p in posts) == sorted(p.id for p in dated)
    assert [p.scheduled_at for p in posts] == sorted(p.scheduled_at for p in posts)
    tiktok = posts_to_export(workspace, PostFilter(platform=Platform.TIKTOK))
    assert tiktok and all(Platform.TIKTOK in p.platforms for p in tiktok)


def test_excel_sheet_is_right_to_left_with_widths_and_real_dates(workspace, posts, tmp_path):
    """The Arabic sheet runs right to left, has column widths, dates, times and every post."""
    path = tmp_path / "calendar.xlsx"
    assert write_xlsx(workspace, posts, path, WORDS, Formatter("ar")) == len(posts)
    book = load_workbook(path)
    sheet = book.active
    assert sheet.sheet_view.rightToLeft is True
    assert [c.value for c in sheet[1]][:6] == [
        "Date",
        "Time",
        "Day",
        "Hijri date",
        "Platforms",
        "Text",
    ]
    assert sheet.max_row == len(posts) + 1
    assert sheet.column_dimensions["F"].width == 60
    first = posts[0]
    row = [c.value for c in sheet[2]]
    assert row[0] == first.scheduled_at.replace(hour=0, minute=0)  # read back as a datetime
    assert row[1] == first.scheduled_at.time()
    assert row[5] == first.base_text
    assert sheet.freeze_panes == "A2"
    english = tmp_path / "calendar-en.xlsx"
    write_xlsx(workspace, posts, english, WORDS, Formatter("en", Digits.LATIN))
    assert load_workbook(english).active.sheet_view.rightToLeft in (None, False)


def test_excel_cells_never_hold_formulas(workspace, tmp_path):
    """A post text, note or variant that starts like a formula is a text cell with Excel's
    quote prefix: its value is the stored text exactly, with no apostrophe added."""
    ws = workspace
    campaign = ws.campaigns.summaries()[0]
    dangerous = ["=cmd|' /C calc'!A0", "@SUM(1+1)", "+9689 123", "-1", "\tindented"]
    ws.posts.save(
        Post(
            dangerous[0],
            [Platform.X, Platform.FACEBOOK],
            PostStatus.DRAFT,
            scheduled_at=dt.datetime(2026, 12, 1, 9),
            campaign_id=campaign.id,
            notes=dangerous[1],
            variants={Platform.X: dangerous[2], Platform.FACEBOOK: dangerous[4]},
        )
    )
    ws.posts.save(Post(dangerous[3], [Platform.X], scheduled_at=dt.datetime(2026, 12, 1, 10)))
    path = tmp_path / "x.xlsx"
    write_xlsx(ws, posts_to_export(ws), path, WORDS, Formatter("en"))
    sheet = load_workbook(path).active
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    by_value = {c.value: c for c in cells}
    for text in dangerous:
        assert by_value[text].data_type == "s" and by_value[text].quotePrefix
    assert not any(c.data_type == "f" for c in cells)
    assert not any(c.value.startswith("'") for c in cells)
    plain = [c for c in cells if not c.value.startswith(("=", "+", "-", "@", "\t"))]
    assert plain and not any(c.quotePrefix for c in plain)  # no noise on ordinary texts


def test_ics_has_an_event_per_post_in_muscat_time(workspace, posts, tmp_path):
    """One VEVENT per dated post, at its Muscat time, with a VTIMEZONE for Asia/Muscat."""
    path = tmp_path / "calendar.ics"
    assert write_ics(workspace, posts, path, WORDS, "en") == len(posts)
    calendar = Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(posts)
    zones = [z for z in calendar.walk("VTIMEZONE")]
    assert [str(z["TZID"]) for z in zones] == ["Asia/Muscat"]
    by_uid = {str(e["UID"]): e for e in events}
    first = posts[0]
    event = by_uid[f"post-{first.id}@campaign-planner"]
    start = event.decoded("DTSTART")
    assert start.replace(tzinfo=None) == first.scheduled_at
    assert start.utcoffset() == dt.timedelta(hours=4)
    assert event["DTSTART"].params["TZID"] == "Asia/Muscat"
    assert first.base_text in str(event["DESCRIPTION"])
    assert str(event["SUMMARY"]).startswith(WORDS.platform_names[first.platforms[0]])
    assert str(calendar["X-WR-CALNAME"]) == "Muscat calendar"


def test_a_failed_write_leaves_no_file(workspace, posts, tmp_path, monkeypatch):
    """When writing fails half-way, neither the file nor a temporary one is left."""
    from openpyxl.writer.excel import ExcelWriter

    def broken(self):
        self.write_data()  # every sheet written, then the disk is full
        self._archive.close()
        raise OSError("disk full")

    monkeypatch.setattr(ExcelWriter, "save", broken)
    with pytest.raises(OSError):
        write_xlsx(workspace, posts, tmp_path / "x.xlsx", WORDS, Formatter("en"))
    assert not any("x.xlsx" in p.name for p in tmp_path.iterdir())
