"""The calendar's More menu: crisis pause and resume, import with column mapping, exports."""

import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt

from planner.domain.model import Platform, Post, PostStatus
from planner.formatting import Digits, Formatter
from planner.i18n import language
from planner.reports.calendar_export import posts_to_export
from planner.reports.calendar_import import DateOrder, Field, Names, OnDuplicate, read_table
from planner.ui.calendar.import_dialog import ImportDialog
from planner.ui.calendar.view import CalendarView
from planner.ui.document import Document

NOW = dt.datetime(2026, 11, 26, 9, 0)


@pytest.fixture
def view(qtbot, workspace, dialogs):
    before = "ar" if language._installed else "en"
    language.install_language("en", set_direction=False)
    widget = CalendarView(
        Document(workspace), Formatter("en", Digits.LATIN), dialogs, today=lambda: NOW
    )
    widget.composer_factory = None
    qtbot.addWidget(widget)
    yield widget
    language.install_language(before, set_direction=False)


def statuses(ws):
    return {
        p.id: (p.status, p.status_before_pause)
        for c in ws.campaigns.summaries()
        for p in ws.posts.for_campaign(c.id)
    }


def test_pause_all_asks_why_then_pauses_every_scheduled_post(view, workspace, dialogs):
    """Every scheduled post is paused, remembering it; the reason is kept; undo restores."""
    before = statuses(workspace)
    scheduled = [i for i, (s, _b) in before.items() if s is PostStatus.SCHEDULED]
    assert scheduled
    dialogs.texts.append(None)  # cancelled: nothing happens
    assert view.actions_.pause_all() == 0
    dialogs.texts.append("حادثة في ولاية السيب")
    assert view.actions_.pause_all() == len(scheduled)
    after = statuses(workspace)
    assert all(after[i] == (PostStatus.PAUSED, PostStatus.SCHEDULED) for i in scheduled)
    assert {i: v for i, v in after.items() if i not in scheduled} == {
        i: v for i, v in before.items() if i not in scheduled
    }
    record = workspace.calendar.pauses.active()
    assert record.reason == "حادثة في ولاية السيب" and sorted(record.post_ids) == sorted(scheduled)
    assert not view.paused.isHidden() and "حادثة في ولاية السيب" in view.paused.text()
    view.doc.undo_stack.undo()
    assert statuses(workspace) == before
    assert workspace.calendar.pauses.active() is None and view.paused.isHidden()
    view.doc.undo_stack.redo()
    assert statuses(workspace) == after


def test_resume_restores_exactly_and_leaves_hand_paused_posts(view, workspace, dialogs):
    """Resume gives each post its state before the pause; one paused by hand stays paused."""
    before = statuses(workspace)
    by_hand = workspace.posts.save(
        Post(
            "موقوف يدويًا", [Platform.X], PostStatus.PAUSED, scheduled_at=NOW + dt.timedelta(days=3)
        )
    )
    dialogs.texts.append("أزمة")
    view.actions_.pause_all()
    resumed = view.actions_.resume_all()
    assert resumed == len([s for s, _b in before.values() if s is PostStatus.SCHEDULED])
    assert {i: v for i, v in statuses(workspace).items() if i != by_hand} == before
    assert workspace.posts.get(by_hand).status is PostStatus.PAUSED
    history = workspace.calendar.pauses.history()
    assert history[0].resumed_at is not None and workspace.calendar.pauses.active() is None
    view.doc.undo_stack.undo()
    assert workspace.calendar.pauses.active() is not None
    assert all(s is not PostStatus.SCHEDULED for s, _b in statuses(workspace).values())


def test_export_to_excel_follows_the_filter(view, workspace, dialogs, tmp_path):
    """The exported workbook holds the posts the filters show, and nothing else."""
    combo = view.filters.platform
    combo.setCurrentIndex(combo.findData(Platform.INSTAGRAM.value))
    dialogs.files.append(tmp_path / "instagram")
    path = view.actions_.export_xlsx()
    assert path == tmp_path / "instagram.xlsx"
    sheet = load_workbook(path).active
    platforms = [row[4] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert platforms and all("Instagram" in p for p in platforms)
    dialogs.files.append(tmp_path / "all.ics")
    assert view.actions_.export_ics().read_bytes().startswith(b"BEGIN:VCALENDAR")

    dialogs.files.append(tmp_path / "all.csv")
    assert view.actions_.export_csv().read_bytes().startswith(b"\xef\xbb\xbf")


def test_every_export_failure_is_told_and_leaves_no_file(view, dialogs, tmp_path, monkeypatch):
    """Not only a full disk: any failure of a writer is a message, never a traceback."""
    import planner.ui.calendar.actions as actions

    def broken(*args, **kwargs):
        raise ValueError("a writer's bug")

    monkeypatch.setattr(actions, "write_xlsx", broken)
    dialogs.files.append(tmp_path / "x.xlsx")
    assert view.actions_.export_xlsx() is None
    assert dialogs.errors and "wrote nothing" in dialogs.errors[-1][1]

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(actions, "write_ics", full)
    dialogs.files.append(tmp_path / "x.ics")
    assert view.actions_.export_ics() is None
    assert "No space left on device" in dialogs.errors[-1][1]
    assert not list(tmp_path.glob("x.*")) and not list(tmp_path.glob(".x.*"))


def test_hand_off_to_hootsuite_writes_a_file_per_platform_and_tells_what_was_left(
    view, workspace, dialogs, tmp_path
):
    """The menu's hand-off: approved posts the filters show, one Hootsuite file a platform."""
    when = NOW + dt.timedelta(days=3)
    workspace.posts.save(
        Post("جاهز للنشر", [Platform.X, Platform.SNAPCHAT], PostStatus.APPROVED, scheduled_at=when)
    )
    dialogs.files.append(tmp_path / "handoff")
    paths = view.actions_.export_handoff()
    assert tmp_path / "handoff-hootsuite-x.csv" in paths
    assert "جاهز للنشر" in (tmp_path / "handoff-hootsuite-x.csv").read_text("utf-8")
    summary = dialogs.infos[-1][1]
    assert "handoff-hootsuite-x.csv" in summary and "Snapchat" in summary


def calendar_file(path, rows):
    book = Workbook()
    book.active.append(["التاريخ", "الوقت", "المنصة", "النص", "الحملة"])
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_import_shows_bad_rows_and_imports_nothing(view, workspace, dialogs, tmp_path):
    """A sheet with a bad row: the dialog names the row, Import stays off, nothing is added."""
    dialogs.files.append(
        calendar_file(
            tmp_path / "plan.xlsx",
            [
                ["2026-12-01", "20:00", "إكس", "نص سليم", None],
                ["2026-12-02", "20:00", "ثريدز", "منصة غير معروفة", None],
            ],
        )
    )
    seen = []

    def answer(dialog):
        seen.append(
            (
                dialog.import_button.isEnabled(),
                [dialog.problems.item(i).text() for i in range(dialog.problems.count())],
            )
        )
        return True

    view.actions_.run_dialog = answer
    count = workspace.posts.count()
    assert view.actions_.import_calendar() == 0
    assert seen == [(False, ["Row 3, column “المنصة”: “ثريدز” is not a platform"])]
    assert workspace.posts.count() == count


def test_import_maps_columns_and_adds_all_in_one_undo(view, workspace, dialogs, tmp_path):
    """Good rows are added together; choosing no text column blocks; one undo removes all."""
    dialogs.files.append(
        calendar_file(
            tmp_path / "plan.xlsx",
            [
                ["2026-12-01", "20:00", "إكس، إنستغرام", "منشور مستورد أول", "مسقط أجمل بنظافتها"],
                ["2026-12-03", "9:00 ص", "لينكد إن", "منشور مستورد ثان", None],
            ],
        )
    )

    def answer(dialog):
        assert dialog.combos[Field.TEXT].currentData() == 3
        dialog.combos[Field.TEXT].setCurrentIndex(0)  # "not in the file"
        assert not dialog.import_button.isEnabled()
        dialog.combos[Field.TEXT].setCurrentIndex(dialog.combos[Field.TEXT].findData(3))
        assert dialog.import_button.isEnabled() and dialog.preview.rowCount() == 2
        return True

    view.actions_.run_dialog = answer
    count = workspace.posts.count()
    assert view.actions_.import_calendar() == 2
    assert workspace.posts.count() == count + 2
    day = workspace.posts.between(dt.datetime(2026, 12, 3), dt.datetime(2026, 12, 4))
    assert ("منشور مستورد ثان", 9, [Platform.LINKEDIN]) in [
        (p.base_text, p.scheduled_at.hour, p.platforms) for p in day
    ]
    view.doc.undo_stack.undo()
    assert workspace.posts.count() == count


def test_an_unreadable_file_is_explained(view, dialogs, tmp_path):
    """A file that is no spreadsheet gets a clear message and no dialog."""
    bad = tmp_path / "plan.xlsx"
    bad.write_text("hello")
    dialogs.files.append(bad)
    assert view.actions_.import_calendar() == 0
    assert dialogs.errors and "could not be read" in dialogs.errors[0][1]


def test_import_dialog_offers_a_platform_and_date_order_for_the_whole_file(qtbot, tmp_path):
    """A file without platforms and with ambiguous dates becomes importable by the two
    choices of the dialog, and the preview shows the link column it joins to the text."""
    path = tmp_path / "plan.csv"
    path.write_text("Date,Text,Link\n03/04/2026 10:00,hello,https://mm.gov.om\n", "utf-8")
    dialog = ImportDialog(read_table(path), Names(), path.name, fmt=Formatter())
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    dialog.date_order.setCurrentIndex(dialog.date_order.findData(DateOrder.DMY))
    assert not dialog.import_button.isEnabled()
    dialog.platform.setCurrentIndex(dialog.platform.findData(Platform.X))
    assert dialog.import_button.isEnabled()
    (post,) = dialog.result_.posts
    assert post.platforms == [Platform.X] and post.scheduled_at.month == 4
    assert post.base_text == "hello\nhttps://mm.gov.om"
    headers = [dialog.preview.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers[-1] == "Link"


def test_reimport_updates_creates_campaigns_and_undo_takes_all_back(
    view, workspace, dialogs, tmp_path
):
    """Importing a file again with "update" changes the stored post instead of adding one; a
    campaign the file names is created when asked; one undo each puts everything back."""
    path = tmp_path / "plan.csv"
    path.write_text("Date,Platform,Text,Notes\n2031-02-01 09:00,X,نص ثابت,أولى\n", "utf-8")
    dialogs.files.append(path)
    view.actions_.run_dialog = lambda dialog: True
    assert view.actions_.import_calendar() == 1
    count = workspace.posts.count()
    path.write_text("Date,Platform,Text,Notes\n2031-02-01 09:00,X,نص ثابت,ثانية\n", "utf-8")
    dialogs.files.append(path)

    def update(dialog):
        assert "already in the workspace" in dialog.summary.text()
        dialog.on_duplicate.setCurrentIndex(dialog.on_duplicate.findData(OnDuplicate.UPDATE))
        return True

    view.actions_.run_dialog = update
    assert view.actions_.import_calendar() == 1
    (post,) = [
        p
        for p in workspace.posts.unscheduled() + posts_to_export(workspace)
        if p.base_text == "نص ثابت"
    ]
    assert workspace.posts.count() == count and post.notes == "ثانية"
    view.doc.undo_stack.undo()
    assert workspace.posts.get(post.id).notes == "أولى"

    path.write_text("Date,Platform,Text,Campaign\n2031-03-01 09:00,X,جديد,حملة الشتاء\n", "utf-8")
    dialogs.files.append(path)

    def create(dialog):
        assert not dialog.import_button.isEnabled() and not dialog.create_campaigns.isHidden()
        dialog.create_campaigns.setChecked(True)
        assert dialog.import_button.isEnabled()
        return True

    view.actions_.run_dialog = create
    campaigns = len(workspace.campaigns.summaries())
    assert view.actions_.import_calendar() == 1
    assert len(workspace.campaigns.summaries()) == campaigns + 1
    view.doc.undo_stack.undo()
    assert len(workspace.campaigns.summaries()) == campaigns


def test_the_dialog_sets_the_hour_of_dates_without_a_time(qtbot, tmp_path):
    """A date without a time takes the dialog's hour (10:00 until the officer changes it),
    and the summary counts those rows at that hour."""
    from PySide6.QtCore import QTime

    path = tmp_path / "plan.csv"
    path.write_text("Date,Platform,Text\n2026-12-10,X,بلا وقت\n", "utf-8")
    dialog = ImportDialog(read_table(path), Names(), path.name, fmt=Formatter("en", Digits.LATIN))
    qtbot.addWidget(dialog)
    (post,) = dialog.result_.posts
    assert post.scheduled_at.hour == 10
    dialog.default_time.setTime(QTime(19, 30))
    (post,) = dialog.result_.posts
    assert (post.scheduled_at.hour, post.scheduled_at.minute) == (19, 30)
    assert "19:30" in dialog.summary.text()
