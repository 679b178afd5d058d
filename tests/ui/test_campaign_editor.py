"""The campaign editor driven as a user: open, type, tab, undo, redo, invalid input."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from planner.domain.bidi import marked
from planner.domain.model import CampaignStatus
from planner.domain.names import display_name
from planner.formatting import Formatter
from planner.ui.campaigns.editor.section import qdate
from planner.ui.campaigns.screen import CampaignsScreen
from planner.ui.document import Document
from tests.ui import user
from tests.ui.user import type_text

english = user.english  # the fixture: the interface in English


@pytest.fixture
def screen(qtbot, workspace, dialogs, english):
    doc = Document(workspace)
    widget = CampaignsScreen(doc, Formatter("en"), dialogs)
    qtbot.addWidget(widget)
    widget.setMinimumSize(1060, 700)  # as inside the window: no size hints to pass up
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def campaign_named(workspace, name):
    return next(c for c in workspace.campaigns.summaries() if c.name == name)


@pytest.fixture
def running(workspace):
    """The sample's campaign in flight."""
    return workspace.campaigns.get(campaign_named(workspace, "مسقط أجمل بنظافتها").id)


def test_enter_on_the_list_opens_the_editor_and_back_returns(screen, running, qtbot):
    """Enter on a selected campaign opens its editor; the back button returns to the list."""
    screen.list.select(running.id)
    screen.list.table.setFocus()
    qtbot.keyClick(screen.list.table, Qt.Key.Key_Return)
    assert screen.currentWidget() is screen.editor
    assert screen.editor.title.text() == marked(display_name(running, "en"))  # English screen
    qtbot.mouseClick(screen.editor.back, Qt.MouseButton.LeftButton)
    assert screen.currentWidget() is screen.list
    assert screen.list.selected_id() == running.id


def test_typing_a_name_saves_it_as_one_undo_step(screen, running, workspace, qtbot):
    """Each keystroke is saved at once; undo takes the whole typed name back in one step."""
    screen.open_campaign(running.id)
    identity = screen.editor.section("identity")
    identity.name.setFocus()
    identity.name.selectAll()
    type_text(identity.name, "حملة النظافة")
    assert workspace.campaigns.get(running.id).name == "حملة النظافة"
    stack = screen.editor.doc.undo_stack
    assert stack.count() == 1
    qtbot.keyClick(identity.name, Qt.Key.Key_Tab)
    type_text(screen.focusWidget(), "Clean Muscat")
    assert workspace.campaigns.get(running.id).name_en.endswith("Clean Muscat")
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert workspace.campaigns.get(running.id).name == running.name
    assert identity.name.text() == running.name
    stack.redo()
    assert identity.name.text() == "حملة النظافة"


def test_ctrl_z_in_a_field_undoes_the_document(screen, running, workspace, qtbot):
    """Ctrl+Z typed in a field reaches the workspace's history, not the field's own."""
    from PySide6.QtGui import QAction, QKeySequence

    undo = QAction(screen)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.triggered.connect(screen.editor.doc.undo_stack.undo)
    screen.addAction(undo)
    screen.open_campaign(running.id)
    owner = screen.editor.section("identity").owner
    owner.setFocus()
    type_text(owner, " x")
    assert workspace.campaigns.get(running.id).owner == running.owner + " x"
    qtbot.keyClick(owner, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert workspace.campaigns.get(running.id).owner == running.owner


def test_an_empty_name_shows_a_message_and_saves_nothing(screen, running, workspace, qtbot):
    """Clearing the name shows the message beside it and leaves the stored name alone."""
    screen.open_campaign(running.id)
    identity = screen.editor.section("identity")
    identity.name.setFocus()
    identity.name.selectAll()
    qtbot.keyClick(identity.name, Qt.Key.Key_Delete)
    assert identity.name_message.isVisible()
    assert "name" in identity.name_message.text()
    assert workspace.campaigns.get(running.id).name == running.name
    assert screen.editor.doc.undo_stack.count() == 0
    assert "Not saved" in screen.editor.state.text()
    type_text(identity.name, "اسم جديد")
    assert not identity.name_message.isVisible()
    assert workspace.campaigns.get(running.id).name == "اسم جديد"


def test_end_before_start_is_refused_with_hijri_shown(screen, running, workspace, qtbot):
    """An end before the start is not saved; the Hijri date follows the Gregorian one."""
    screen.open_campaign(running.id)
    identity = screen.editor.section("identity")
    identity.end.setDate(identity.start.date().addDays(-1))
    assert "before" in identity.end_message.text()
    assert workspace.campaigns.get(running.id).end == running.end
    identity.end.setDate(qdate(running.end + dt.timedelta(days=5)))
    assert not identity.end_message.isVisible()
    identity.start.setDate(identity.start.date().addDays(-10))
    assert "AH" in identity.start_hijri.text()
    stored = workspace.campaigns.get(running.id)
    assert (stored.start, stored.end) == (
        running.start - dt.timedelta(days=10),
        running.end + dt.timedelta(days=5),
    )
    assert screen.editor.doc.undo_stack.count() == 2


def test_leaving_with_unsaved_changes_asks(screen, running, dialogs, qtbot):
    """Going back while a problem blocks saving asks before dropping the change."""
    screen.open_campaign(running.id)
    identity = screen.editor.section("identity")
    identity.name.setFocus()
    identity.name.selectAll()
    qtbot.keyClick(identity.name, Qt.Key.Key_Delete)
    dialogs.confirmations.append(False)
    screen.editor.leave()
    assert screen.currentWidget() is screen.editor
    dialogs.confirmations.append(True)
    screen.editor.leave()
    assert screen.currentWidget() is screen.list


def test_archiving_from_the_status_remembers_the_status(screen, running, workspace):
    """Choosing Archived keeps the earlier status, so that restoring brings it back."""
    screen.open_campaign(running.id)
    status = screen.editor.section("identity").status
    status.setCurrentIndex(status.findData(CampaignStatus.ARCHIVED.value))
    status.activated.emit(status.currentIndex())
    stored = workspace.campaigns.get(running.id)
    assert stored.status is CampaignStatus.ARCHIVED
    assert stored.status_before_archive is CampaignStatus.RUNNING


def test_undoing_a_new_campaign_closes_its_editor(screen, workspace):
    """When the campaign being edited disappears (its creation undone), the list returns."""
    from planner.domain.model import Campaign
    from planner.ui.commands import SaveCampaign

    doc = screen.editor.doc
    doc.undo_stack.push(
        SaveCampaign(doc, None, Campaign("جديدة", dt.date(2027, 1, 1), dt.date(2027, 1, 31)), "New")
    )
    new_id = max(c.id for c in workspace.campaigns.summaries())
    screen.open_campaign(new_id)
    doc.undo_stack.undo()
    assert screen.currentWidget() is screen.list


def test_choosing_a_brand_kit(screen, running, workspace):
    """A kit made on the Identity screen appears at once; choosing it is one undoable edit."""
    from planner.domain.identity import BrandKit

    screen.open_campaign(running.id)
    kit_id = workspace.kits.save(BrandKit("هوية مسقط أجمل", "Cleaner Muscat"))
    screen.editor.doc.notify("identity")
    combo = screen.editor.section("identity").kit
    assert combo.findData(kit_id) > 0
    combo.setCurrentIndex(combo.findData(kit_id))
    combo.activated.emit(combo.currentIndex())
    assert workspace.campaigns.get(running.id).brand_kit_id == kit_id
    screen.editor.doc.undo_stack.undo()
    assert workspace.campaigns.get(running.id).brand_kit_id is None
    assert combo.currentData() is None


def test_the_list_shows_what_was_edited_on_return(screen, running, qtbot):
    """The list, hidden behind the editor while typing, shows the new name once back."""
    screen.open_campaign(running.id)
    name = screen.editor.section("identity").name
    name.setFocus()
    name.selectAll()
    type_text(name, "حملة معدلة")
    qtbot.mouseClick(screen.editor.back, Qt.MouseButton.LeftButton)
    row = screen.list.model.row_of(running.id)
    assert screen.list.model.summary(row).name == "حملة معدلة"


def test_a_pasted_name_and_aim_are_stored_by_the_text_rule(screen, running, workspace, qtbot):
    """The campaign editor's fields reach the same rule as every way in: Word's VT and FF
    become newlines, NUL and ESC go."""
    from PySide6.QtWidgets import QApplication

    screen.open_campaign(running.id)
    identity = screen.editor.section("identity")
    identity.name.setFocus()
    identity.name.selectAll()
    QApplication.clipboard().setText("حملة\x00 النظافة\x1b")
    identity.name.paste()
    assert workspace.campaigns.get(running.id).name == "حملة النظافة"
    objectives = screen.editor.section("objectives")
    objectives.aim.setFocus()
    objectives.aim.selectAll()
    QApplication.clipboard().setText("هدف\x0bسطر\x0cآخر")
    objectives.aim.paste()
    qtbot.waitUntil(lambda: workspace.campaigns.get(running.id).aim.startswith("هدف"))
    assert workspace.campaigns.get(running.id).aim == "هدف\nسطر\nآخر"
