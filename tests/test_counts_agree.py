"""Counts equal: one campaign's number of posts in the campaign list, the Overview, Coverage
and an Excel export agree, or differ exactly by what each says it leaves out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from planner.domain.calendar import PostFilter
from planner.domain.model import Post, PostStatus
from planner.domain.post_counts import count_posts
from planner.formatting import Digits, Formatter
from planner.storage.workspace import Workspace

NAME = "مسقط أجمل بنظافتها"


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    from planner.i18n.language import install_language

    install_language("en")
    yield Formatter("en", Digits.LATIN)
    install_language("ar")


def the_campaign(ws: Workspace) -> int:
    return next(c.id for c in ws.campaigns.summaries() if c.name == NAME)


def list_counts(ws: Workspace, fmt: Formatter) -> tuple[str, str]:
    """The campaign list's Posts cell and its tooltip."""
    from planner.ui.campaigns.model import CampaignTableModel

    model = CampaignTableModel(fmt)
    model.set_rows(ws.campaigns.summaries())
    index = model.index(model.row_of(the_campaign(ws)), CampaignTableModel.POSTS)
    return (
        str(model.data(index, Qt.ItemDataRole.DisplayRole)),
        str(model.data(index, Qt.ItemDataRole.ToolTipRole)),
    )


BREAKDOWN = re.compile(r"(\d+) posts: (\d+) planned, (\d+) cancelled, (\d+) ideas without a date")


def test_list_overview_coverage_and_export_agree(
    workspace: Workspace, english: Formatter, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """The sample's running campaign: 40 posts in the list (35 planned, 1 cancelled,
    4 ideas, as its tooltip and the Overview say), 36 rows in the Excel export (4 ideas left
    out, as its message says), 35 posts in Coverage (53 counting each platform)."""
    from planner.i18n.calendar import export_words
    from planner.i18n.posts import exported
    from planner.reports import charts
    from planner.reports.calendar_export import ideas_left_out, posts_to_export
    from planner.reports.calendar_xlsx import write_xlsx
    from planner.reports.charts.data import Selection, collect

    fmt = english
    campaign_id = the_campaign(workspace)
    posts = workspace.posts.for_campaign(campaign_id)
    truth = count_posts(posts)
    assert (truth.total, truth.ideas, truth.cancelled) == (40, 4, 1)

    # the campaign list: the number, and what it holds
    shown, tip = list_counts(workspace, fmt)
    found = BREAKDOWN.search(tip)
    assert found, tip
    total, planned, cancelled, ideas = map(int, found.groups())
    assert shown == str(total) == str(len(posts))
    assert total == planned + cancelled + ideas

    # the Excel export: its rows, and the message that says what it left out and why
    where = PostFilter(campaign_id=campaign_id)
    out = tmp_path / "c.xlsx"
    rows = write_xlsx(workspace, posts_to_export(workspace, where), out, export_words(), fmt)
    message = exported(rows, ideas_left_out(workspace, where), out.name, fmt)
    assert load_workbook(out).active.max_row - 1 == rows
    written = re.search(
        r"(\d+) posts written to c\.xlsx; (\d+) ideas without a date left out", message
    )
    assert written, message
    assert int(written.group(1)) == rows == total - ideas
    assert int(written.group(2)) == ideas

    # Coverage: the planned posts, then the same counted once per platform
    data = charts.CHARTS["platform-week"].compute(collect(workspace, Selection(campaign_id)))
    sentence = charts.CHARTS["platform-week"].summary(data, fmt)
    counted = re.match(r"(\d+) posts \((\d+) counting each platform\) are planned", sentence)
    assert counted, sentence
    assert int(counted.group(1)) == planned == rows - cancelled
    going_out = [p for p in posts if p.scheduled_at and p.status is not PostStatus.CANCELLED]
    assert int(counted.group(2)) == sum(len(p.platforms) for p in going_out) == 53
    assert re.search(r"with \d+ counting each platform\.", sentence), sentence  # the same unit

    # the Overview's campaigns in flight: the list's words for the same campaign
    import datetime as dt

    from planner.ui.document import Document
    from planner.ui.overview.view import OverviewView

    view = OverviewView(Document(workspace), fmt, lambda: dt.datetime(2026, 11, 26, 9))
    qtbot.addWidget(view)
    texts = [label.text() for label in view.flight_card.findChildren(QLabel)]
    assert tip in texts, texts


def test_an_export_says_nothing_was_left_out_when_nothing_was(
    workspace: Workspace, english: Formatter, tmp_path: Path
) -> None:
    """A campaign without ideas: the message names the rows only; the list shows the bare
    count (nothing else to say)."""
    from planner.i18n.posts import breakdown, exported

    finished = next(c for c in workspace.campaigns.summaries() if c.status == "finished")
    assert breakdown(finished.counts, english) == f"{finished.post_count} posts"
    assert exported(15, 0, "f.csv", english) == "15 posts written to f.csv"


def test_a_post_dated_outside_its_campaign_is_told_apart_in_coverage(
    workspace: Workspace, english: Formatter
) -> None:
    """A planned post dated after its campaign's end counts in the list and the export
    but not in Coverage's charts, and Coverage says so."""
    import datetime as dt

    from planner.domain.model import Platform
    from planner.reports import charts
    from planner.reports.charts.data import Selection, collect

    campaign_id = the_campaign(workspace)
    end = workspace.campaigns.get(campaign_id).end
    workspace.posts.save(
        Post(
            "بعد نهاية الحملة",
            [Platform.X],
            PostStatus.DRAFT,
            scheduled_at=dt.datetime.combine(end + dt.timedelta(days=3), dt.time(9)),
            campaign_id=campaign_id,
        )
    )
    data = charts.CHARTS["platform-week"].compute(collect(workspace, Selection(campaign_id)))
    sentence = charts.CHARTS["platform-week"].summary(data, english)
    assert sentence.startswith("35 posts (53 counting each platform)")
    assert "1 planned post is dated outside the period: not counted here." in sentence
    assert BREAKDOWN.search(list_counts(workspace, english)[1]).group(2) == "36"  # type: ignore[union-attr]


def test_arabic_counts_use_the_six_forms(workspace: Workspace, qapp) -> None:  # type: ignore[no-untyped-def]
    """In Arabic the breakdown reads with its plural forms and Arabic-Indic digits."""
    from planner.i18n.language import install_language
    from planner.i18n.posts import breakdown, exported

    install_language("ar")
    fmt = Formatter("ar", Digits.ARABIC_INDIC)
    summary = next(c for c in workspace.campaigns.summaries() if c.name == NAME)
    text = breakdown(summary.counts, fmt)
    assert text.startswith("٤٠ منشورًا: ٣٥ مخططًا له، واحد ملغى، ٤ أفكار بلا تاريخ"), text
    assert exported(2, 1, "ك.xlsx", fmt).startswith("كُتب منشوران في ك.xlsx؛ استُبعدت فكرة واحدة")


def test_periods_count_alike_on_screen_and_paper(
    workspace: Workspace, english: Formatter, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """The Overview's posts this week are the calendar's posts of that week, and the
    printed month's count is the calendar's count of the month (cancelled ones included,
    and said)."""
    import datetime as dt

    from planner.domain import overview
    from planner.reports.pdf.month import MonthWriter
    from planner.ui.document import Document
    from planner.ui.overview.view import OverviewView

    now = dt.datetime(2026, 11, 26, 9)
    view = OverviewView(Document(workspace), english, lambda: now)
    qtbot.addWidget(view)
    start, end = overview.week_of(now.date())
    week = workspace.calendar.chips(
        dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time())
    )
    assert view.stat_week.value.text() == str(len(week)) and week
    assert "cancelled ones included" in view.stat_week.toolTip()

    month = dt.date(2026, 12, 1)
    chips = workspace.calendar.chips(dt.datetime(2026, 12, 1), dt.datetime(2027, 1, 1))
    cancelled = sum(1 for c in chips if c.status is PostStatus.CANCELLED)
    text = MonthWriter(workspace, month, english).count()
    expected = f"{len(chips)} posts" + (f" ({cancelled} of them cancelled)" if cancelled else "")
    assert text == expected
