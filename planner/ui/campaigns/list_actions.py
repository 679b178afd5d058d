"""The campaign list's actions: new from a template, open, duplicate, archive, restore, delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from planner.domain import lifecycle
from planner.domain.model import CampaignStatus
from planner.domain.templates import TemplateError, campaign_from_template, load_template
from planner.i18n import campaigns as campaign_labels
from planner.paths import resource
from planner.ui.campaigns.commands import DuplicateCampaign
from planner.ui.campaigns.dialogs import NewCampaign, ask_duplicate, ask_new_campaign
from planner.ui.commands import SaveCampaign
from planner.ui.icons import icon

if TYPE_CHECKING:
    from planner.ui.campaigns.list_view import CampaignListView

Shortcut = QKeySequence | QKeySequence.StandardKey | str


def next_year(day: dt.date) -> dt.date:
    """The same day a year later (28 February for 29 February): where a yearly campaign goes."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


class CampaignActions(QObject):
    """The list's actions, shared by its toolbar, its context menu and the keyboard."""

    def __init__(
        self, view: CampaignListView, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__(view)
        self.view = view
        self.doc = view.doc
        self.today = today
        self.ask_new = ask_new_campaign  # seams: tests answer instead of a modal dialog
        self.ask_duplicate = ask_duplicate
        table = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.new = self._action(
            "add",
            self.tr("New campaign…"),
            self.new_campaign,
            QKeySequence.StandardKey.New,
            self.tr("Start a campaign from its type's template"),
        )
        self.open = self._action(
            "edit",
            self.tr("Open"),
            view.open_selected,
            QKeySequence(Qt.Key.Key_Return),
            self.tr("Open the campaign's plan"),
            table,
        )
        self.open.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.duplicate = self._action(
            "duplicate",
            self.tr("Duplicate…"),
            self.duplicate_selected,
            "Ctrl+D",
            self.tr("Copy the campaign and its posts to new dates"),
        )
        self.archive = self._action(
            "archive",
            self.tr("Archive"),
            self.archive_selected,
            "Ctrl+Shift+A",
            self.tr("Put the campaign away; it keeps everything and can be restored"),
        )
        self.restore = self._action(
            "restore",
            self.tr("Restore"),
            self.restore_selected,
            "Ctrl+Shift+R",
            self.tr("Bring an archived campaign back"),
        )
        self.rename = self._action(
            "edit",
            self.tr("Rename"),
            view.edit_name,
            QKeySequence(Qt.Key.Key_F2),
            self.tr("Rename the campaign"),
            table,
        )
        self.delete = self._action(
            "delete",
            self.tr("Delete"),
            view.delete_selected,
            QKeySequence.StandardKey.Delete,
            self.tr("Delete the campaign with its posts (undoable)"),
            table,
        )

    def _action(
        self,
        icon_name: str,
        text: str,
        slot: Callable[[], object],
        shortcut: Shortcut,
        tip: str,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    ) -> QAction:
        action = QAction(icon(icon_name), text, self.view)
        keys = QKeySequence(shortcut)
        action.setShortcut(keys)
        action.setShortcutContext(context)
        action.setToolTip(f"{tip} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def toolbar_actions(self) -> list[QAction]:
        return [self.new, self.open, self.duplicate, self.archive, self.restore, self.delete]

    def update(self) -> None:
        """Enable what makes sense for the selected campaign."""
        summary = self.view.selected_summary()
        chosen = summary is not None
        archived = summary is not None and summary.status is CampaignStatus.ARCHIVED
        for action in (self.open, self.duplicate, self.rename, self.delete):
            action.setEnabled(chosen)
        self.archive.setEnabled(chosen and not archived)
        self.restore.setEnabled(bool(archived))

    # new --------------------------------------------------------------------------------------
    def new_campaign(self) -> None:
        request = self.ask_new(self.view, self.view.fmt, self.today())
        if request is not None:
            self.create(request)

    def create(self, request: NewCampaign) -> int | None:
        """Make the campaign from its type's template, as one undoable step; open it."""
        try:
            template = load_template(resource("templates", f"{request.type.value}.json"))
        except TemplateError as exc:
            self.view.dialogs.error(
                self.view,
                self.tr("New campaign"),
                campaign_labels.template_problem(exc.problem, exc.field),
            )
            return None
        campaign = campaign_from_template(template, request.name, request.start, request.end)
        command = SaveCampaign(self.doc, None, campaign, self.tr("New campaign"))
        self.doc.undo_stack.push(command)
        assert command.after is not None  # an added campaign
        new_id = command.after.id
        assert new_id is not None
        self.view.message.emit(self.tr("Campaign created from the template"))
        self.view.openRequested.emit(new_id)
        return new_id

    # duplicate, archive, restore --------------------------------------------------------------
    def duplicate_selected(self) -> None:
        summary = self.view.selected_summary()
        if summary is None:
            return
        request = self.ask_duplicate(
            self.view, self.view.fmt, summary.name, next_year(summary.start)
        )
        if request is None:
            return
        command = DuplicateCampaign(
            self.doc, summary.id, request.start, request.name, self.tr("Duplicate campaign")
        )
        self.doc.undo_stack.push(command)
        if command.new_id is not None:
            self.view.select(command.new_id)
        self.view.message.emit(
            self.view.fmt.counted(
                self.tr("Campaign duplicated with %n posts", "", len(command.copies)),
                len(command.copies),
            )
        )

    def archive_selected(self) -> None:
        self._change_status(
            lifecycle.archive,
            self.tr("Archive campaign"),
            self.tr("Campaign archived. Choose “Archived” in the status filter to see it again."),
        )

    def restore_selected(self) -> None:
        self._change_status(
            lifecycle.restore, self.tr("Restore campaign"), self.tr("Campaign restored")
        )

    def _change_status(self, change: Callable[..., None], text: str, done: str) -> None:
        campaign_id = self.view.selected_id()
        if campaign_id is None:
            return
        before = self.doc.workspace.campaigns.get(campaign_id)
        after = self.doc.workspace.campaigns.get(campaign_id)
        change(after)
        if after != before:
            self.doc.undo_stack.push(SaveCampaign(self.doc, before, after, text))
            self.view.message.emit(done)
