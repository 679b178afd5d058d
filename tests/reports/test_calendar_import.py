"""Reading officers' calendars: columns guessed, every row checked, bad rows reported."""

import datetime as dt

import pytest
from openpyxl import Workbook

from planner.domain.model import Platform, PostStatus
from planner.reports.calendar_import import (
    CampaignName,
    Field,
    Problem,
    TableError,
    guess_mapping,
    parse,
    parse_date,
    parse_platforms,
    parse_time,
    read_table,
)

CAMPAIGNS = [
    CampaignName(7, "مسقط أجمل بنظافتها", "A Cleaner Muscat"),
    CampaignName(9, "تصاريح البناء إلكترونيًا", "Building Permits Online"),
]


def xlsx(path, rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_columns_are_guessed_from_arabic_or_english_headers():
    """Headers such as «التاريخ», «المنصة», «النص» or Date/Platform/Post find their fields."""
    mapping = guess_mapping(["التاريخ", "الوقت", "المنصة", "نص المنشور", "الحملة", "الحالة"])
    assert {f: c for f, c in mapping.items() if c is not None} == {
        Field.DATE: 0,
        Field.TIME: 1,
        Field.PLATFORM: 2,
        Field.TEXT: 3,
        Field.CAMPAIGN: 4,
        Field.STATUS: 5,
    }
    mapping = guess_mapping(["Post", "Publish date", "Channel", "Notes"])
    assert mapping[Field.TEXT] == 0 and mapping[Field.DATE] == 1
    assert mapping[Field.PLATFORM] == 2 and mapping[Field.TIME] is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.datetime(2026, 12, 3, 20, 0), dt.date(2026, 12, 3)),
        ("2026-12-03", dt.date(2026, 12, 3)),
        ("03/12/2026", dt.date(2026, 12, 3)),
        ("٠٣/١٢/٢٠٢٦", dt.date(2026, 12, 3)),
        (46359, dt.date(2026, 12, 3)),
        ("غدا", None),
        ("31/02/2026", None),
    ],
)
def test_dates_in_the_forms_officers_write(value, expected):
    """Real dates, Excel serials and written dates (Arabic-Indic digits too) are read."""
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("20:00", dt.time(20)),
        ("8:30 م", dt.time(20, 30)),
        ("8 PM", dt.time(20)),
        ("١٢:٠٠ ص", dt.time(0)),
        (dt.time(9, 15), dt.time(9, 15)),
        (0.75, dt.time(18)),
        ("25:00", None),
        ("مساء", None),
    ],
)
def test_times_in_the_forms_officers_write(value, expected):
    """24-hour, am/pm and ص/م times, real times and fractions of a day are read."""
    assert parse_time(value) == expected


def test_platform_names_in_both_languages():
    """«إكس، انستقرام» and "twitter / Instagram" name platforms; an unknown one is reported."""
    assert parse_platforms("إكس، انستقرام") == ([Platform.X, Platform.INSTAGRAM], "")
    assert parse_platforms("Instagram / twitter") == ([Platform.X, Platform.INSTAGRAM], "")
    assert parse_platforms("قناة واتساب") == ([Platform.WHATSAPP], "")
    assert parse_platforms("X, Threads") == ([], "Threads")


def test_a_good_sheet_gives_one_post_per_row(tmp_path):
    """Every row of a clean sheet becomes a post: date, time, platforms, campaign, status."""
    path = xlsx(
        tmp_path / "plan.xlsx",
        [
            ["التاريخ", "الوقت", "المنصة", "النص", "الحملة", "الحالة"],
            [
                dt.datetime(2026, 12, 3),
                "20:00",
                "إكس، إنستغرام",
                "افرز نفاياتك #مسقط",
                "مسقط أجمل بنظافتها",
                "معتمد",
            ],
            [None, None, None, None, None, None],
            [
                "2026-12-05",
                dt.time(9, 30),
                "LinkedIn",
                "Permits online",
                "Building Permits Online",
                "",
            ],
            [None, None, "TikTok", "فكرة لمقطع قصير", None, None],
        ],
    )
    table = read_table(path)
    result = parse(table, guess_mapping(table.headers), CAMPAIGNS)
    assert result.ok and result.rows == [2, 4, 5]
    first, second, third = result.posts
    assert first.scheduled_at == dt.datetime(2026, 12, 3, 20, 0)
    assert first.platforms == [Platform.X, Platform.INSTAGRAM]
    assert first.campaign_id == 7 and first.status is PostStatus.APPROVED
    assert second.campaign_id == 9 and second.status is PostStatus.DRAFT
    assert second.scheduled_at == dt.datetime(2026, 12, 5, 9, 30)
    assert third.scheduled_at is None and third.status is PostStatus.IDEA


def test_bad_rows_are_all_reported_with_their_row_numbers(tmp_path):
    """Each bad row is named by its sheet row with what is wrong; no post is returned."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "Date;Time;Platform;Text;Campaign;Status\n"
        "2026-12-03;20:00;X;نص سليم;;\n"
        "2026-13-40;20:00;X;تاريخ خطأ;;\n"
        "2026-12-04;25:00;Threads;;Unknown campaign;done\n"
        ";;X;مجدول بلا موعد;;scheduled\n",
        "utf-8",
    )
    table = read_table(path)
    result = parse(table, guess_mapping(table.headers), CAMPAIGNS)
    assert not result.ok
    found = {(p.row, p.problem) for p in result.problems}
    assert found == {
        (3, Problem.BAD_DATE),
        (4, Problem.BAD_TIME),
        (4, Problem.UNKNOWN_PLATFORM),
        (4, Problem.NO_TEXT),
        (4, Problem.UNKNOWN_CAMPAIGN),
        (4, Problem.UNKNOWN_STATUS),
        (5, Problem.SCHEDULED_WITHOUT_DATE),
    }
    assert (
        next(p.value for p in result.problems if p.problem is Problem.UNKNOWN_PLATFORM) == "Threads"
    )


def test_without_a_text_column_nothing_is_read(tmp_path):
    """A mapping with no text column is refused as a whole."""
    table = read_table(xlsx(tmp_path / "a.xlsx", [["Date", "Platform"], ["2026-12-01", "X"]]))
    result = parse(table, guess_mapping(table.headers), CAMPAIGNS)
    assert [p.problem for p in result.problems] == [Problem.NO_TEXT_COLUMN]


def test_unreadable_and_empty_files_are_refused(tmp_path):
    """A broken workbook, an unknown type and a header with no rows are told apart."""
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(TableError) as exc:
        read_table(broken)
    assert exc.value.problem is Problem.UNREADABLE
    with pytest.raises(TableError):
        read_table(tmp_path / "plan.docx")
    empty = xlsx(tmp_path / "empty.xlsx", [["Date", "Text"]])
    with pytest.raises(TableError) as exc:
        read_table(empty)
    assert exc.value.problem is Problem.EMPTY


def test_csv_in_utf8_with_a_bom_and_commas(tmp_path):
    """Excel's 'CSV UTF-8' (with a BOM) and comma-separated quoted fields are read."""
    path = tmp_path / "plan.csv"
    path.write_bytes('\ufeffالتاريخ,المنصة,النص\n2026-12-03,"إكس، فيسبوك","نص، بفاصلة"\n'.encode())
    table = read_table(path)
    assert table.headers == ["التاريخ", "المنصة", "النص"]
    result = parse(table, guess_mapping(table.headers), [])
    assert result.ok and result.posts[0].base_text == "نص، بفاصلة"
    assert result.posts[0].platforms == [Platform.X, Platform.FACEBOOK]


def test_status_type_and_segment_are_read_by_name_or_refused_naming_the_cell(tmp_path):
    """A status, a type and a segment are found by any of their names; one that names
    nothing is refused with its column and value; a blank one takes the default."""
    from planner.domain.model import ContentType
    from planner.reports.calendar_import import Names

    path = tmp_path / "plan.csv"
    path.write_text(
        "Date;Time;Platform;Text;Status;Type;Segment\n"
        "2026-12-03;20:00;X;one;معتمد;فيديو;الشباب\n"
        "2026-12-03;21:00;X;two;;;\n"
        ";;X;three;;;\n",
        "utf-8",
    )
    table = read_table(path)
    names = Names(campaigns=CAMPAIGNS, segments=[(4, "الشباب")])
    good = parse(table, guess_mapping(table.headers), names)
    assert good.ok
    one, two, three = good.posts
    assert (one.status, one.content_type, one.segment_id) == (
        PostStatus.APPROVED,
        ContentType.VIDEO,
        4,
    )
    assert (two.status, two.content_type, two.segment_id) == (
        PostStatus.DRAFT,
        ContentType.TEXT,
        None,
    )
    assert three.status is PostStatus.IDEA

    path.write_text(
        "Date;Time;Platform;Text;Status;Type;Segment\n2026-12-03;20:00;X;one;done;poem;elders\n",
        "utf-8",
    )
    table = read_table(path)
    bad = parse(table, guess_mapping(table.headers), names)
    assert {(p.problem, p.column, p.value) for p in bad.problems} == {
        (Problem.UNKNOWN_STATUS, "Status", "done"),
        (Problem.UNKNOWN_TYPE, "Type", "poem"),
        (Problem.UNKNOWN_SEGMENT, "Segment", "elders"),
    }
