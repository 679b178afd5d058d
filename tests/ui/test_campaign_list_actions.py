"""The campaign list's actions as a user meets them: new, duplicate, archive, filters; undo."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from planner.domain.model import CampaignStatus, CampaignType, PostStatus
from planner.formatting import Digits, Formatter
from planner.ui.campaigns.dialogs import (
    Duplicate,
    NewCampaign,
    NewCampaignDialog,
    template_days,
)
from planner.ui.campaigns.editor.section import qdate
from planner.ui.campaigns.list_actions import next_year
from planner.ui.campaigns.model import IdRole
from planner.ui.campaigns.screen import CampaignsScreen
from planner.ui.document import Document
from tests.ui import user
from tests.ui.user import type_text

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
    return workspace.campaigns.get(summary.id)


def names(view):
    return [
        view.proxy.index(r, 0).data(Qt.ItemDataRole.EditRole) for r in range(view.proxy.rowCount())
    ]


def test_ctrl_n_makes_a_campaign_from_its_template_and_opens_it(screen, workspace, qtbot):
    """Ctrl+N asks for a name, type and dates, fills the plan from the template, opens it."""
    actions = screen.list.actions_
    actions.ask_new = lambda parent, fmt, today: NewCampaign(
        "اليوم الوطني", CampaignType.EVENT, dt.date(2027, 11, 1), dt.date(2027, 11, 30)
    )
    screen.list.table.setFocus()
    qtbot.keyClick(screen.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.currentWidget() is screen.editor
    plan = workspace.campaigns.get(screen.editor.campaign_id)
    assert (plan.name, plan.type, plan.start, plan.end) == (
        "اليوم الوطني",
        CampaignType.EVENT,
        dt.date(2027, 11, 1),
        dt.date(2027, 11, 30),
    )
    assert plan.objectives and plan.phases and plan.messages
    assert all(plan.start <= p.start <= p.end <= plan.end for p in plan.phases)
    screen.editor.doc.undo_stack.undo()
    assert screen.currentWidget() is screen.list
    assert "اليوم الوطني" not in [c.name for c in workspace.campaigns.summaries()]


def test_the_new_campaign_dialog_fits_the_end_to_the_template(qtbot, english):
    """The end follows the type's template length until the officer picks one; OK needs a name,
    and the dialog opens without an error: it is said once the name has been touched."""
    dialog = NewCampaignDialog(Formatter("en"), dt.date(2027, 1, 1))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.message.text() == ""
    type_text(dialog.name, "x")
    dialog.name.selectAll()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Backspace)
    assert not ok.isEnabled() and "name" in dialog.message.text()
    type_text(dialog.name, "حملة")
    assert ok.isEnabled()
    start = dt.date(2027, 1, 1)
    for kind in (CampaignType.EVENT, CampaignType.CRISIS):
        dialog.type.setCurrentIndex(dialog.type.findData(kind.value))
        assert dialog.request().end == start + dt.timedelta(days=template_days(kind) - 1)
    dialog.end.setDate(qdate(dt.date(2026, 12, 1)))
    assert not ok.isEnabled() and "before" in dialog.message.text()
    dialog.end.setDate(qdate(dt.date(2027, 2, 1)))
    request = dialog.request()
    assert (request.name, request.start, request.end) == (
        "حملة",
        dt.date(2027, 1, 1),
        dt.date(2027, 2, 1),
    )


def test_duplicate_copies_the_posts_to_the_new_dates_in_one_step(screen, running, workspace, qtbot):
    """Ctrl+D copies the campaign and its posts shifted to the chosen start; undo removes both."""
    posts = workspace.posts.for_campaign(running.id)
    asked = []
    new_start = running.start + dt.timedelta(days=365)

    def answer(parent, fmt, name, start):
        asked.append((name, start))
        return Duplicate("مسقط أجمل بنظافتها ٢٠٢٧", new_start)

    screen.list.actions_.ask_duplicate = answer
    messages = []
    screen.list.message.connect(messages.append)
    screen.list.select(running.id)
    screen.list.table.setFocus()
    qtbot.keyClick(screen.list.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert asked == [(running.name, next_year(running.start))]
    copy_id = screen.list.selected_id()
    assert copy_id != running.id
    copy = workspace.campaigns.get(copy_id)
    assert copy.status is CampaignStatus.DRAFT and copy.start == new_start
    copied = workspace.posts.for_campaign(copy_id)
    assert len(copied) == len(posts)
    shift = new_start - running.start
    assert [p.scheduled_at for p in copied] == [
        p.scheduled_at + shift if p.scheduled_at else None for p in posts
    ]
    assert all(
        p.status in (PostStatus.DRAFT, PostStatus.IDEA, PostStatus.CANCELLED) for p in copied
    )
    stack = screen.editor.doc.undo_stack
    assert stack.count() == 1
    stack.undo()
    with pytest.raises(KeyError):
        workspace.campaigns.get(copy_id)
    assert workspace.posts.for_campaign(copy_id) == []
    stack.redo()
    assert workspace.campaigns.get(copy_id).name == "مسقط أجمل بنظافتها ٢٠٢٧"
    assert len(workspace.posts.for_campaign(copy_id)) == len(posts)
    assert messages == [f"Campaign duplicated with {len(posts)} posts"]


def test_archive_hides_and_restore_brings_back_the_status(screen, running, workspace, qtbot):
    """Archiving hides the campaign from the default list; restoring gives back its status."""
    view = screen.list
    messages = []
    view.message.connect(messages.append)
    view.select(running.id)
    assert view.actions_.archive.isEnabled() and not view.actions_.restore.isEnabled()
    view.actions_.archive.trigger()
    assert workspace.campaigns.get(running.id).status is CampaignStatus.ARCHIVED
    assert running.name not in names(view)
    assert "archived" in messages[-1]
    view.status.setCurrentIndex(view.status.findData(CampaignStatus.ARCHIVED.value))
    view.select(running.id)
    assert view.actions_.restore.isEnabled() and not view.actions_.archive.isEnabled()
    qtbot.keyClick(
        view.table,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert workspace.campaigns.get(running.id).status is CampaignStatus.RUNNING
    stack = view.doc.undo_stack
    stack.undo()
    stack.undo()
    assert workspace.campaigns.get(running.id).status is CampaignStatus.RUNNING
    stack.redo()
    assert workspace.campaigns.get(running.id).status is CampaignStatus.ARCHIVED


def test_filters_by_type_and_dates(screen, running, workspace):
    """The type filter and a date range keep only the campaigns that match and overlap."""
    view = screen.list
    view.type.setCurrentIndex(view.type.findData(running.type.value))
    assert running.name in names(view)
    shown = [view.proxy.index(r, 0).data(IdRole) for r in range(view.proxy.rowCount())]
    assert all(view.model.summary(view.model.row_of(i)).type is running.type for i in shown)
    view.type.setCurrentIndex(0)
    view.date_from.setDate(qdate(running.end + dt.timedelta(days=1)))
    assert running.name not in names(view)
    view.date_from.setDate(qdate(running.end))
    assert running.name in names(view)
    view.date_to.setDate(qdate(running.start - dt.timedelta(days=1)))
    assert running.name not in names(view)
    assert view.count.text()


def test_toolbar_buttons_say_what_they_do_and_their_keys(screen):
    """Every toolbar action has an icon and a tooltip that names its shortcut."""
    for action in screen.list.actions_.toolbar_actions():
        assert not action.icon().isNull()
        assert action.toolTip().endswith(")") and "(" in action.toolTip()
    assert "Ctrl+N" in screen.list.actions_.new.toolTip()
    assert "Ctrl+D" in screen.list.actions_.duplicate.toolTip()


def test_next_year_keeps_the_day():
    """A yearly campaign's copy starts on the same day next year (29 February: the 28th)."""
    assert next_year(dt.date(2026, 12, 18)) == dt.date(2027, 12, 18)
    assert next_year(dt.date(2028, 2, 29)) == dt.date(2029, 2, 28)
