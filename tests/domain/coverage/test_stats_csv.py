"""Statistics exports are read by their real column names; bad files are refused whole."""

import datetime as dt

import pytest

from planner.domain.coverage.stats_csv import ImportProblem, StatsImportError, parse, read_table
from planner.domain.coverage.stats_layouts import (
    META_FACEBOOK,
    META_INSTAGRAM,
    X_CONTENT,
    X_LEGACY,
    DateOrder,
    Layout,
    LayoutKind,
    StatField,
    detect,
)
from planner.domain.model import Platform

X_NEW = (
    "Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Bookmarks,Shares,"
    "New follows,Replies,Reposts,Profile visits,Detail Expands,URL Clicks,Hashtag Clicks,"
    "Permalink Clicks\n"
    '2125628075013058617,"Wed, Nov 25, 2026",نص المنشور,https://x.com/MuscatMun/status/1,'
    '"12,400",310,520,4,2,1,12,40,9,30,25,3,1\n'
)
X_OLD = (
    "Tweet id,Tweet permalink,Tweet text,time,impressions,engagements,engagement rate,"
    "retweets,replies,likes,user profile clicks,url clicks\n"
    '1,https://x.com/a/1,"Hello, world",2026-11-25 16:00 +0000,1000,50,0.05,3,2,40,1,4\n'
)
IG = (
    "Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,"
    "Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves\n"
    '1801,1784,muscatmun,بلدية مسقط,"افرز نفاياتك",0,11/25/2026 20:05,'
    'https://www.instagram.com/p/x/,IG image,,Lifetime,"15,000",9800,410,120,14,20,55\n'
)
FB = (
    "Post ID,Page ID,Page name,Title,Description,Duration (sec),Publish time,Permalink,"
    'Post type,Date,Views,Reach,"Reactions, Comments and Shares",Reactions,Comments,Shares,'
    "Total clicks\n"
    "1220,6157,بلدية مسقط,,وصف,,11/25/2026 08:00,https://facebook.com/x,Photo,Lifetime,"
    "5000,3200,150,120,20,10,75\n"
)


def load(text: str, encoding="utf-8"):
    table = read_table(text.encode(encoding))
    layout = detect(table.header)
    assert layout is not None
    return layout, parse(table, layout)


def test_x_content_export_takes_the_time_from_the_post_id():
    """X's current export has only a date; the post id carries the exact time (UTC)."""
    layout, [row] = load(X_NEW)
    assert layout is X_CONTENT and row.platform is Platform.X
    assert row.impressions == 12_400 and row.likes == 310 and row.engagements == 520
    assert row.comments == 12 and row.shares == 40 and row.clicks == 25
    assert row.published_on == dt.date(2026, 11, 25)
    assert row.published_at == dt.datetime(2026, 11, 25, 20, 30)  # 16:30 UTC
    assert row.external_id == "2125628075013058617" and row.text == "نص المنشور"


def test_x_legacy_export_converts_utc_to_muscat_time():
    """The tweet-activity export writes UTC: 16:00 UTC is 20:00 in Muscat."""
    layout, [row] = load(X_OLD)
    assert layout is X_LEGACY
    assert row.published_at == dt.datetime(2026, 11, 25, 20, 0)
    assert (row.impressions, row.engagements, row.shares, row.likes) == (1000, 50, 3, 40)


def test_meta_instagram_export_by_its_column_names():
    """Instagram's export: month-first dates, Views as impressions, Saves in engagement."""
    layout, [row] = load(IG)
    assert layout is META_INSTAGRAM and row.platform is Platform.INSTAGRAM
    assert row.published_at == dt.datetime(2026, 11, 25, 20, 5)
    assert (row.impressions, row.reach, row.likes) == (15_000, 9_800, 410)
    assert row.engagements == 410 + 20 + 120 + 55


def test_meta_facebook_export_by_its_column_names():
    """Facebook's export is told apart by Page ID; its engagement column is used as is."""
    layout, [row] = load(FB)
    assert layout is META_FACEBOOK and row.platform is Platform.FACEBOOK
    assert (row.reach, row.engagements, row.clicks, row.text) == (3200, 150, 75, "وصف")


def test_utf16_and_semicolons_are_read():
    """A file saved by Excel as UTF-16, or with semicolons, reads the same."""
    _, [row] = load(
        IG.replace(",", ";").replace('"15;000"', "15000").replace('"افرز نفاياتك"', "افرز"),
        "utf-16",
    )
    assert row.reach == 9_800


@pytest.mark.parametrize(
    "data, problem",
    [
        (b"", ImportProblem.EMPTY),
        (b"   \n\n", ImportProblem.EMPTY),
        (b"Post ID,Publish time\n", ImportProblem.NO_ROWS),
        (b"Post ID,Publish time\n" + b"\xff\xfe\xfa bad,1\n", ImportProblem.BAD_ENCODING),
        ("تاريخ,نص\n1,2\n".encode("cp1256"), ImportProblem.BAD_ENCODING),
    ],
)
def test_empty_and_badly_encoded_files_are_refused(data, problem):
    """Empty files and files that are not UTF-8 are refused with their own problem."""
    with pytest.raises(StatsImportError) as caught:
        read_table(data)
    assert caught.value.problem is problem


def test_unknown_columns_are_not_guessed():
    """A file that is neither X's nor Meta's is not recognised."""
    table = read_table(b"when,views\n2026-11-01,5\n")
    assert detect(table.header) is None


def test_a_bad_date_refuses_the_file_naming_the_line():
    """One unreadable date refuses the whole file, with its line and value."""
    bad = IG + IG.splitlines()[1].replace("11/25/2026", "25/13/2026") + "\n"
    table = read_table(bad.encode())
    with pytest.raises(StatsImportError) as caught:
        parse(table, META_INSTAGRAM)
    assert caught.value.problem is ImportProblem.BAD_DATE
    assert caught.value.line == 3 and caught.value.value.startswith("25/13/2026")


def test_a_bad_number_refuses_the_file():
    """ "lots" in a figure column is refused, naming the column."""
    table = read_table(FB.replace(",3200,", ",lots,").encode())
    with pytest.raises(StatsImportError) as caught:
        parse(table, META_FACEBOOK)
    assert caught.value.problem is ImportProblem.BAD_NUMBER and caught.value.column == "Reach"


def custom(**changes):
    values = dict(
        kind=LayoutKind.CUSTOM,
        platform=Platform.TIKTOK,
        date_order=DateOrder.DMY,
        columns={StatField.PUBLISHED: ["Posted"], StatField.REACH: ["People"]},
    )
    values.update(changes)
    return Layout(**values)


def test_custom_mapping_with_day_first_dates():
    """Another layout is read through a mapping: column names, platform, date order."""
    table = read_table(b"Posted,People\n03/11/2026 21:30,1 200\n")
    [row] = parse(table, custom())
    assert row.platform is Platform.TIKTOK and row.reach == 1200
    assert row.published_at == dt.datetime(2026, 11, 3, 21, 30)


def test_custom_mapping_reads_the_platform_from_a_column():
    """With no fixed platform, a platform column names it row by row (Arabic names too)."""
    table = read_table(
        "Posted,People,Network\n2026-11-03,5,فيسبوك\n2026-11-04,6,Twitter\n".encode()
    )
    layout = custom(
        platform=None,
        columns={
            StatField.PUBLISHED: ["Posted"],
            StatField.REACH: ["People"],
            StatField.PLATFORM: ["Network"],
        },
    )
    rows = parse(table, layout)
    assert [r.platform for r in rows] == [Platform.FACEBOOK, Platform.X]
    assert rows[0].published_at is None and rows[0].published_on == dt.date(2026, 11, 3)


@pytest.mark.parametrize(
    "layout, problem",
    [
        (
            custom(columns={StatField.PUBLISHED: ["Nope"], StatField.REACH: ["People"]}),
            ImportProblem.MISSING_COLUMN,
        ),
        (custom(platform=None), ImportProblem.NO_PLATFORM),
        (custom(columns={StatField.PUBLISHED: ["Posted"]}), ImportProblem.NO_FIGURES),
    ],
)
def test_a_mapping_that_does_not_fit_the_file_is_refused(layout, problem):
    """Mapped columns must exist; a platform and at least one figure are needed."""
    table = read_table(b"Posted,People\n2026-11-03,5\n")
    with pytest.raises(StatsImportError) as caught:
        parse(table, layout)
    assert caught.value.problem is problem
