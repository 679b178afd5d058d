"""The editor's Approval tab: versions, changes since approval with filters, submit and decide,
each an undo step."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel

from planner.domain.approval import Decision, DecisionRecord, PlanStage
from planner.domain.model import CampaignStatus
from planner.formatting import Digits, Formatter
from planner.storage import approval
from planner.ui.campaigns.editor.decision_dialog import DecisionDialog
from planner.ui.campaigns.screen import CampaignsScreen
from planner.ui.document import Document
from tests import identity_files
from tests.ui import user

english = user.english  # the fixture: the interface in English


@pytest.fixture
def screen(qtbot, workspace, dialogs, english):
    widget = CampaignsScreen(Document(workspace), Formatter("en", Digits.LATIN), dialogs)
    qtbot.addWidget(widget)
    widget.setMinimumSize(1060, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def running(workspace):
    summary = next(c for c in workspace.campaigns.summaries() if c.name == "مسقط أجمل بنظافتها")
    return summary.id


def _panel(screen, campaign_id):
    screen.open_campaign(campaign_id, "approval")
    return screen.editor.approval


def _rows(table):
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_tab_shows_the_approved_version_and_the_changes_since(screen, running):
    panel = _panel(screen, running)
    assert screen.editor.current_tab() == "approval"
    assert panel.stage.text() == "Changed since its approval"
    assert panel.count.text() == "3 changes since approval"
    (version,) = _rows(panel.versions)
    assert version[0] == "1" and version[2] == "Approved" and "خالد" in version[4]
    assert panel.changes_title.text() == "Changes since version 1"
    assert [r[0] for r in _rows(panel.change_table)] == [
        "Post moved",
        "X text changed",
        "Budget: TikTok",
    ]


def test_filters_narrow_the_changes_by_kind_and_platform(screen, running):
    panel = _panel(screen, running)
    panel.kind.setCurrentIndex(panel.kind.findData("texts"))
    assert [r[0] for r in _rows(panel.change_table)] == ["X text changed"]
    (row,) = _rows(panel.change_table)
    assert row[3] == "في المسفاة"  # the words added
    panel.kind.setCurrentIndex(0)
    panel.platform.setCurrentIndex(panel.platform.findData("tiktok"))
    assert [r[0] for r in _rows(panel.change_table)] == ["Budget: TikTok"]
    panel.platform.setCurrentIndex(panel.platform.findData("x"))  # a post on X moved, too
    assert [r[0] for r in _rows(panel.change_table)] == ["Post moved", "X text changed"]
    panel.platform.setCurrentIndex(panel.platform.findData("linkedin"))
    assert not panel.change_table.isVisible()
    assert panel.empty.text() == "No change of this kind since the approved version."


def test_submit_then_decide_then_undo_both(screen, running, workspace, dialogs):
    panel = _panel(screen, running)
    panel.now = lambda: dt.datetime(2026, 12, 1, 9, 0)
    stack = screen.editor.doc.undo_stack
    before = stack.count()
    assert panel.submit()
    assert panel.stage.text() == "Submitted, awaiting a decision"
    assert [r[0] for r in _rows(panel.versions)] == ["2", "1"]  # the newest first
    assert panel.decide_button.isEnabled()
    assert not panel.submit()  # nothing changed since version 2
    assert dialogs.errors[-1][1].startswith("The latest version awaits a decision")
    record = DecisionRecord(Decision.RETURNED, dt.date(2026, 12, 2), "خالد", comments="اختصر")
    assert panel.record(record)
    assert panel.stage.text() == "Returned with comments"
    assert workspace.campaigns.get(running).status is CampaignStatus.RUNNING  # runs on
    assert stack.count() == before + 2
    stack.undo()
    assert approval.stage(workspace, running) is PlanStage.SUBMITTED
    stack.undo()
    assert approval.stage(workspace, running) is PlanStage.CHANGED
    assert [r[0] for r in _rows(panel.versions)] == ["1"]
    stack.redo()
    assert [r[0] for r in _rows(panel.versions)] == ["2", "1"]


def test_the_decision_dialog_says_what_is_missing(qtbot, workspace, running, dialogs, english):
    approval.submit(workspace, running, dt.datetime(2026, 12, 1, 9, 0))
    history = approval.history(workspace, running)
    fmt = Formatter("en", Digits.LATIN)
    dialog = DecisionDialog(history, fmt, dialogs, dt.date(2026, 12, 3))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Record the decision on version 2"
    dialog.accept()
    assert dialog.result() == 0  # not accepted: no approver
    assert "approver's name" in dialog.message.text()
    dialog.approver.setText("سالم الهنائي")
    dialog.job_title.setText("المدير العام")
    bad = dialog.use_document(__import__("pathlib").Path(__file__))  # a .py file, not a PDF
    assert not bad and dialog.document is None and dialog.message.text()


def test_a_signed_document_is_kept(qtbot, workspace, running, dialogs, english, tmp_path):
    approval.submit(workspace, running, dt.datetime(2026, 12, 1, 9, 0))
    signed = tmp_path / "موافقة.pdf"
    signed.write_bytes(identity_files.pdf())
    dialog = DecisionDialog(
        approval.history(workspace, running),
        Formatter("en", Digits.LATIN),
        dialogs,
        dt.date(2026, 12, 3),
        "سالم",
    )
    qtbot.addWidget(dialog)
    assert dialog.use_document(signed)
    assert dialog.problem() == ""
    assert dialog.document is not None and dialog.document.data == identity_files.pdf()


def test_the_overview_says_how_many_changes_since_approval(qtbot, workspace):
    from planner.ui.overview.view import OverviewView

    view = OverviewView(
        Document(workspace), Formatter("ar"), today=lambda: dt.datetime(2026, 11, 26, 9, 0)
    )
    qtbot.addWidget(view)
    lines = [view.warn_list.item(i).text() for i in range(view.warn_list.count())]
    assert "حملة «مسقط أجمل بنظافتها» تغيّرت منذ اعتمادها: ٣ تغييرات منذ الاعتماد" in lines
    flight = view.flight_card.findChildren(QLabel)
    assert "٣ تغييرات منذ الاعتماد" in [label.text() for label in flight]


@pytest.mark.parametrize(
    ("count", "arabic"),
    [
        (1, "تغيير واحد منذ الاعتماد"),
        (2, "تغييران منذ الاعتماد"),
        (3, "3 تغييرات منذ الاعتماد"),
        (11, "11 تغييرًا منذ الاعتماد"),
        (100, "100 تغيير منذ الاعتماد"),
    ],
)
def test_the_count_takes_arabic_plural_forms(qapp, count, arabic):
    from planner.approval_labels import changes_since

    assert changes_since(count, Formatter("ar", Digits.LATIN)) == arabic


def test_the_campaign_list_marks_a_plan_changed_since_approval(qtbot, workspace, running, dialogs):
    from planner.ui.campaigns.model import CampaignTableModel

    screen = CampaignsScreen(Document(workspace), Formatter("ar"), dialogs)
    qtbot.addWidget(screen)
    model = screen.list.model
    row = model.row_of(running)
    status = model.index(row, CampaignTableModel.STATUS).data()
    assert "جارية، ٣ تغييرات منذ الاعتماد" in status  # no middle dot: it reads as ٠


def test_undoing_a_deletion_brings_the_approved_versions_back(workspace, running):
    from planner.ui.commands import DeleteCampaign

    doc = Document(workspace)
    before = approval.history(workspace, running)
    doc.undo_stack.push(DeleteCampaign(doc, running, "delete"))
    doc.undo_stack.undo()
    assert approval.history(workspace, running) == before
    assert approval.stage(workspace, running) is PlanStage.CHANGED


def test_undoing_an_import_that_replaced_a_plan_keeps_its_versions(workspace, running):
    from planner.storage.exchange import export_bundle
    from planner.ui.campaigns.commands import ImportCampaign

    doc = Document(workspace)
    before = approval.history(workspace, running)
    bundle = export_bundle(workspace, running)
    command = ImportCampaign(doc, bundle, "replace", "import")
    doc.undo_stack.push(command)
    new_id = command.new_id
    assert new_id is not None and len(approval.history(workspace, new_id).versions) == 1
    doc.undo_stack.undo()
    assert approval.history(workspace, running) == before
    doc.undo_stack.redo()
    assert len(approval.history(workspace, new_id).versions) == 1


@pytest.mark.skipif(__import__("shutil").which("pdftotext") is None, reason="needs poppler")
def test_the_export_dialog_writes_a_version_as_it_was_approved(
    qtbot, workspace, running, settings, dialogs, tmp_path
):
    from planner.ui.export_dialog import ExportPdfDialog

    settings.language = "ar"
    dialog = ExportPdfDialog(Document(workspace), settings, dialogs, running)
    qtbot.addWidget(dialog)
    assert [dialog.version.itemData(i) for i in range(dialog.version.count())] == [0, 1]
    dialog.version.setCurrentIndex(1)
    dialogs.files.append(tmp_path / "v1.pdf")
    dialogs.choices.append(1)
    dialog.export()
    from tests.reports.test_pdf import text_of, words

    found = set(words(text_of(tmp_path / "v1.pdf")))
    assert set(words("هذا المستند هو الإصدار كما رفع للاعتماد")) <= found


def test_an_edit_in_another_tab_shows_in_the_approval_tab_once_it_is_open(
    screen, running, workspace
):
    panel = _panel(screen, running)
    screen.editor.show_tab("identity")
    post = workspace.posts.for_campaign(running)[0]
    assert post.scheduled_at is not None
    post.scheduled_at += dt.timedelta(hours=1)
    workspace.posts.save(post)
    screen.editor.doc.notify("posts")
    screen.editor.show_tab("approval")
    assert panel.count.text() == "4 changes since approval"
