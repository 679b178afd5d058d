"""Reading calendars as officers and other tools write them: encodings, cells, dates, platforms."""

import csv
import datetime as dt
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from planner.domain.model import Platform
from planner.reports.calendar_import import (
    DateOrder,
    Names,
    Options,
    Problem,
    TableError,
    guess_mapping,
    parse,
    platform_named,
    read_table,
)
from planner.reports.calendar_import.dates import read_moment
from planner.reports.calendar_import.reading import decode, parse_csv

CSV = 'التاريخ,المنصة,النص\n2026-12-10 21:30,X,"سطر أول\nسطر ثانٍ\u2028ثالث\u0085رابع"\n'


def _parse(path, **options):
    table = read_table(path)
    return parse(table, guess_mapping(table.headers), Names(), Options(**options))


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("UTF-8", CSV.encode("utf-8")),
        ("UTF-8", CSV.encode("utf-8-sig")),
        ("UTF-16", CSV.replace(",", "\t").encode("utf-16")),  # Excel's "Unicode Text"
        ("UTF-16", CSV.replace(",", "\t").encode("utf-16-le")),
        ("Windows-1256", CSV.replace("\u2028", " ").replace("\u0085", " ").encode("cp1256")),
    ],
)
def test_encodings_are_told_from_the_bytes_and_cells_kept_whole(tmp_path, encoding, data):
    """UTF-8 (BOM or not), UTF-16 tab-separated and Windows-1256 all read the same post, with the
    quoted cell's line breaks kept, U+2028/U+0085 inside it never splitting the record."""
    path = tmp_path / "plan.csv"
    path.write_bytes(data)
    assert read_table(path).encoding == encoding
    result = _parse(path)
    assert result.ok, result.problems
    (post,) = result.posts
    assert post.scheduled_at == dt.datetime(2026, 12, 10, 21, 30)
    assert post.base_text.startswith("سطر أول\nسطر ثانٍ")
    if encoding != "Windows-1256":
        assert post.base_text == "سطر أول\nسطر ثانٍ\u2028ثالث\u0085رابع"


def test_a_binary_file_names_the_encodings_tried(tmp_path):
    """A file that is no text says which encodings were tried."""
    path = tmp_path / "plan.csv"
    path.write_bytes(b"PK\x03\x04\x00\x00\x01\x02\x00\x00\x00\x05\x06" * 20)
    with pytest.raises(TableError) as caught:
        read_table(path)
    assert caught.value.problem is Problem.ENCODING
    assert "Windows-1256" in caught.value.detail


def test_title_rows_an_xfd_header_and_escapes_in_xlsx(tmp_path):
    """The header is found under title and blank rows; a stray cell in XFD adds no columns;
    _x000B_ becomes the character it stands for."""
    book = Workbook()
    sheet = book.active
    sheet.append(["خطة المحتوى لشهر ديسمبر"])
    sheet.append([])
    sheet.append(["Date", "Platform", "Text"])
    sheet.cell(3, 16384, "stray")
    sheet.append([dt.datetime(2026, 12, 10, 21, 30), "X (تويتر)", "a_x000B_b"])
    book.save(tmp_path / "plan.xlsx")
    table = read_table(tmp_path / "plan.xlsx")
    assert table.headers == ["Date", "Platform", "Text"] and table.first_row == 4
    result = parse(table, guess_mapping(table.headers), Names())
    assert result.ok, result.problems
    assert result.posts[0].base_text == "a\x0bb"
    assert result.posts[0].scheduled_at == dt.datetime(2026, 12, 10, 21, 30)


@pytest.mark.parametrize(
    ("value", "date", "time"),
    [
        ("2026-12-10 21:30", dt.date(2026, 12, 10), dt.time(21, 30)),
        ("2026-12-10T05:30:00Z", dt.date(2026, 12, 10), dt.time(9, 30)),
        ("2026-12-10T05:30:00+00:00", dt.date(2026, 12, 10), dt.time(9, 30)),
        ("2026-12-10T23:30:00+04:00", dt.date(2026, 12, 10), dt.time(23, 30)),
        ("10/12/2026 9:30 م", dt.date(2026, 12, 10), dt.time(21, 30)),
        (46366.8958333333, dt.date(2026, 12, 10), dt.time(21, 30)),
        (46366, dt.date(2026, 12, 10), None),
        (dt.datetime(2026, 12, 10, 21, 30), dt.date(2026, 12, 10), dt.time(21, 30)),
        ("Dec 10, 2026 21:30", dt.date(2026, 12, 10), dt.time(21, 30)),
    ],
)
def test_date_and_time_in_one_cell(value, date, time):
    """Date and time together, ISO 8601 with Z or an offset (to Muscat), Excel serials."""
    moment = read_moment(value)
    assert (moment.date, moment.time) == (date, time)


def test_a_cell_read_in_part_is_an_error_naming_row_and_column(tmp_path):
    """ "25/12/2026 9:75" is refused with its row and column, never stored at a default time."""
    path = tmp_path / "plan.csv"
    path.write_text("Date,Platform,Text\n25/12/2026 9:75,X,hello\n", "utf-8")
    result = _parse(path)
    assert not result.posts
    (problem,) = result.problems
    assert (problem.row, problem.column, problem.problem) == (2, "Date", Problem.BAD_DATE)


def test_the_date_order_is_decided_by_the_file_or_asked(tmp_path):
    """A day over 12 decides d/m vs m/d; without one the order must be given."""
    path = tmp_path / "plan.csv"
    path.write_text("Date,Platform,Text\n03/04/2026,X,a\n12/25/2026,X,b\n", "utf-8")
    result = _parse(path)
    assert result.ok and result.date_order is DateOrder.MDY
    assert result.posts[0].scheduled_at.date() == dt.date(2026, 3, 4)
    path.write_text("Date,Platform,Text\n03/04/2026,X,a\n", "utf-8")
    assert _parse(path).problems[0].problem is Problem.DATE_ORDER
    given = _parse(path, date_order=DateOrder.DMY)
    assert given.posts[0].scheduled_at.date() == dt.date(2026, 4, 3)
    path.write_text("Date,Platform,Text\n13/04/2026,X,a\n04/13/2026,X,b\n", "utf-8")
    assert _parse(path).problems[0].problem is Problem.MIXED_DATE_ORDER


@pytest.mark.parametrize(
    ("name", "platform"),
    [
        ("تويتر", Platform.X),
        ("Twitter", Platform.X),
        ("X (تويتر)", Platform.X),
        ("Twitter/X", Platform.X),
        ("Instagram - Muscat Municipality", Platform.INSTAGRAM),
        ("Muscat Municipality (Instagram)", Platform.INSTAGRAM),
        ("Threads", None),
    ],
)
def test_platform_names_people_write(name, platform):
    """Arabic, English, old names and profile names find their platform."""
    assert platform_named(name) == platform


def test_handles_marks_several_platforms_and_one_for_the_file(tmp_path):
    """An account's handle, tick columns, several names in a cell; one platform for a file
    without any."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "Date,Account,Text,X,Instagram\n"
        "2026-12-10 10:00,@MuscatMun,a,TRUE,FALSE\n"
        "2026-12-10 11:00,,b,x,✓\n",
        "utf-8",
    )
    table = read_table(path)
    result = parse(
        table, guess_mapping(table.headers), Names(accounts=[(Platform.SNAPCHAT, "@muscatmun")])
    )
    assert result.ok, result.problems
    assert [p.platforms for p in result.posts] == [
        [Platform.X, Platform.SNAPCHAT],
        [Platform.X, Platform.INSTAGRAM],
    ]
    path.write_text("Date,Text\n2026-12-10 10:00,a\n", "utf-8")
    assert _parse(path).problems[0].problem is Problem.NO_PLATFORM
    assert _parse(path, platform=Platform.TIKTOK).posts[0].platforms == [Platform.TIKTOK]


def test_a_post_without_a_date_becomes_an_idea(tmp_path):
    """No date: an idea, whatever status the sheet gives (unless it claims scheduled)."""
    path = tmp_path / "plan.csv"
    path.write_text("Date,Platform,Text,Status\n,X,a,Draft\n", "utf-8")
    result = _parse(path)
    assert result.ok and result.posts[0].scheduled_at is None
    assert result.posts[0].status.value == "idea"


@settings(max_examples=60, deadline=None)
@given(
    cells=st.lists(
        st.lists(
            st.text(
                alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\x00"),
                max_size=30,
            ),
            min_size=3,
            max_size=3,
        ),
        min_size=1,
        max_size=6,
    ),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_any_cell_text_comes_back_exactly_from_csv(cells, delimiter, encoding):
    """Whatever a cell holds (quotes, delimiters, line breaks, U+2028, Arabic, emoji), a CSV
    written by a spreadsheet reads back cell for cell."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["Date", "Platform", "Text"])
    writer.writerows(cells)
    text, _name = decode(out.getvalue().encode(encoding))
    assert parse_csv(text)[1:] == cells
