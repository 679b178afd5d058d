"""The progress window of long exports and imports: it shows, its Cancel stops the work, and
then no file is left, nothing is stored, and the status bar says so (issue 16, point 7).

Cancel is clicked for real: a timer finds the shown QProgressDialog and clicks its button
when Qt handles events inside the dialog's setValue()."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

import planner.ui.progress as progress_ui
from planner.storage.workspace import Workspace
from planner.ui.document import Document
from planner.ui.progress import ProgressWindow
from tests.ui import user
from tests.ui.test_calendar_actions import view  # noqa: F401  (the calendar view fixture)
from tests.ui.test_campaign_exchange import NAME, select

english = user.english


@pytest.fixture(autouse=True)
def at_once(monkeypatch):
    """Show the window at the first step and update it at every call (the half second and
    the 50 ms between updates are for people, not for tests)."""
    monkeypatch.setattr(progress_ui, "SHOW_AFTER_MS", 0)
    monkeypatch.setattr(progress_ui, "REFRESH_S", 0.0)


def click_cancel_when_shown(qtbot) -> list[QProgressDialog]:
    """Click Cancel on the first progress window that shows; returns the one clicked."""
    clicked: list[QProgressDialog] = []

    def poll() -> None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        ]
        if shown:
            clicked.append(shown[0])
            qtbot.mouseClick(shown[0].findChild(QPushButton), Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(0, poll)

    QTimer.singleShot(0, poll)
    return clicked


def test_the_window_shows_and_its_cancel_stops(qtbot):
    clicked = click_cancel_when_shown(qtbot)
    with ProgressWindow(None, "title", "working…") as window:
        answers = [window(done, 100) for done in range(1, 101)]
        assert window.dialog.isVisible()
    assert clicked and window.cancelled
    stop = answers.index(False)
    assert all(answers[:stop]) and not any(answers[stop:])  # once cancelled, it stays so


def test_the_window_is_quiet_for_short_work(qtbot, monkeypatch):
    monkeypatch.setattr(progress_ui, "SHOW_AFTER_MS", 60_000)
    with ProgressWindow(None, "title", "working…") as window:
        assert all(window(done, 10) for done in range(1, 11))
        assert not window.dialog.isVisible()


@pytest.mark.parametrize("kind", ["xlsx", "csv", "ics"])
def test_cancel_during_a_calendar_export_leaves_no_file(view, qtbot, dialogs, tmp_path, kind):  # noqa: F811
    messages: list[str] = []
    view.message.connect(messages.append)
    (tmp_path / "out").mkdir()
    dialogs.files.append(tmp_path / "out" / f"calendar.{kind}")
    clicked = click_cancel_when_shown(qtbot)
    assert getattr(view.actions_, f"export_{kind}")() is None
    assert clicked
    assert list((tmp_path / "out").iterdir()) == []
    assert messages == ["Cancelled: nothing was written."]
    assert not dialogs.errors


def test_cancel_during_a_hand_off_leaves_no_file(view, qtbot, dialogs, tmp_path):  # noqa: F811
    (tmp_path / "out").mkdir()
    dialogs.files.append(tmp_path / "out" / "calendar.csv")
    click_cancel_when_shown(qtbot)
    assert view.actions_.export_handoff() == []
    assert list((tmp_path / "out").iterdir()) == []
    assert not dialogs.errors


@pytest.fixture
def window(app_shell, workspace, english):
    path = workspace.path
    workspace.close()
    app_shell.show_document(Document(Workspace.open(path, backup=False)))
    return app_shell.window


def test_cancel_during_a_campaign_import_stores_nothing(window, qtbot, dialogs, tmp_path):
    from planner.ui.campaigns.exchange_ui import export_campaign, import_campaign

    select(window, NAME)
    dialogs.files.append(tmp_path / "c.json")
    export_campaign(window)
    data = json.loads((tmp_path / "c.json").read_text("utf-8"))
    data["campaign"]["name"] = "حملة جديدة"  # no name clash: no question
    (tmp_path / "c.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    ws = window.ctx.doc.workspace
    before = (len(ws.campaigns.summaries()), ws.db.execute("SELECT count(*) FROM posts").fetchone())
    undo_count = window.ctx.doc.undo_stack.count()
    click_cancel_when_shown(qtbot)
    assert import_campaign(window, tmp_path / "c.json") is None
    after = (len(ws.campaigns.summaries()), ws.db.execute("SELECT count(*) FROM posts").fetchone())
    assert after == before
    assert window.ctx.doc.undo_stack.count() == undo_count  # no command for what was not done
    assert window.statusBar().currentMessage() == "Cancelled: nothing was written."
    assert not dialogs.errors


def test_cancel_during_a_campaign_export_leaves_no_file(window, qtbot, dialogs, tmp_path):
    from planner.ui.campaigns.exchange_ui import export_campaign

    select(window, NAME)
    (tmp_path / "out").mkdir()
    dialogs.files.append(tmp_path / "out" / "c.json")
    click_cancel_when_shown(qtbot)
    assert export_campaign(window) is None
    assert list((tmp_path / "out").iterdir()) == []
    assert window.statusBar().currentMessage() == "Cancelled: nothing was written."


def test_cancel_during_a_pdf_plan_leaves_no_file(qtbot, workspace, settings, dialogs, tmp_path):
    """(A month of the sample is one page, done before a click could land; stopping the
    month's writer at any call is tested in tests/test_progress.py.)"""
    from planner.ui.export_dialog import ExportPdfDialog

    settings.language = "ar"
    dialog = ExportPdfDialog(
        Document(workspace), settings, dialogs, workspace.campaigns.summaries()[0].id
    )
    qtbot.addWidget(dialog)
    dialog.plan.setChecked(True)
    said: list[str] = []
    dialog.cancelled.connect(said.append)
    (tmp_path / "out").mkdir()
    dialogs.files.append(tmp_path / "out" / "p.pdf")
    click_cancel_when_shown(qtbot)
    dialog.export()
    assert said == ["أُلغي: لم يُكتب شيء."]
    assert dialog.written is None
    assert list((tmp_path / "out").iterdir()) == []
    assert not dialogs.errors


def test_cancel_during_a_calendar_import_stores_nothing(view, qtbot, workspace, dialogs, tmp_path):  # noqa: F811
    from tests.ui.test_calendar_actions import calendar_file

    rows = [["2026-12-01", "20:00", "إكس", f"منشور مستورد {n}", None] for n in range(40)]
    dialogs.files.append(calendar_file(tmp_path / "plan.xlsx", rows))
    view.actions_.run_dialog = lambda dialog: True
    messages: list[str] = []
    view.message.connect(messages.append)
    count, undo_count = workspace.posts.count(), view.doc.undo_stack.count()
    click_cancel_when_shown(qtbot)
    assert view.actions_.import_calendar() == 0
    assert workspace.posts.count() == count
    assert view.doc.undo_stack.count() == undo_count
    assert messages == ["Cancelled: nothing was written."]


def test_stages_without_items_show_the_window_and_hear_cancel(qtbot):
    """A PDF plan says "0 of 1" between its layout stages for seconds before its first page:
    the window shows all the same, and a Cancel clicked then stops the work there."""
    clicked = click_cancel_when_shown(qtbot)
    with ProgressWindow(None, "title", "working…") as window:
        answers = [window(0, 1) for _ in range(20)]
    assert clicked and window.cancelled
    stop = answers.index(False)
    assert all(answers[:stop]) and not any(answers[stop:])


def test_cancel_during_an_asset_import_stores_none_of_the_files(
    app_shell, workspace, dialogs, tmp_path, qtbot, monkeypatch
):
    """The library's import (its own progress window, a file at a time): Cancel after the
    first file rolls the first back too; the status line says nothing was written."""
    from PySide6.QtWidgets import QProgressDialog as Real

    import planner.ui.identity.importer as importer
    from tests.identity_files import raster
    from tests.ui.identity_helpers import open_identity

    class CancelledAfterOneFile(Real):
        def wasCanceled(self) -> bool:  # the officer clicks Cancel while the 2nd file is read
            return self.value() >= 1

    monkeypatch.setattr(importer, "QProgressDialog", CancelledAfterOneFile)
    _window, identity = open_identity(app_shell, workspace)
    ws = app_shell.doc.workspace
    paths = []
    for n in range(3):
        paths.append(tmp_path / f"صورة {n}.png")
        paths[-1].write_bytes(raster("PNG", 300 + n, 200))
    before, undo_count = ws.assets.count(), app_shell.doc.undo_stack.count()
    report = importer.import_files(app_shell.doc, paths, None, identity.fmt, identity)
    assert report.cancelled and not report.added
    assert ws.assets.count() == before
    assert app_shell.doc.undo_stack.count() == undo_count
    assert report.summary(identity.fmt) in ("Cancelled: nothing was written.", "أُلغي: لم يُكتب شيء.")


def test_cancel_while_a_workbook_is_read_imports_nothing(view, qtbot, workspace, dialogs, tmp_path):  # noqa: F811
    """Reading a workbook of 20,000 rows takes seconds before the import dialog: its window
    (the number of rows is not known yet) can be cancelled too."""
    from tests.ui.test_calendar_actions import calendar_file

    rows = [["2026-12-01", "20:00", "إكس", f"منشور {n}", None] for n in range(30)]
    dialogs.files.append(calendar_file(tmp_path / "plan.xlsx", rows))
    asked: list[object] = []
    view.actions_.run_dialog = asked.append
    messages: list[str] = []
    view.message.connect(messages.append)
    count = workspace.posts.count()
    click_cancel_when_shown(qtbot)
    assert view.actions_.import_calendar() == 0
    assert asked == []  # the mapping dialog never opened
    assert workspace.posts.count() == count
    assert messages == ["Cancelled: nothing was written."]


def test_no_window_pops_up_after_short_work_has_ended(qtbot, monkeypatch):
    """Qt's own timer would show a progress window when its half second is up: once the
    work has ended, none appears."""
    monkeypatch.setattr(progress_ui, "SHOW_AFTER_MS", 200)
    with ProgressWindow(None, "title", "working…") as window:
        assert window(1, 10)
    qtbot.wait(400)
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]
