"""The Campaigns screen's list: search as you type, filter, and the campaign actions' toolbar."""

from __future__ import annotations

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from planner import labels
from planner.domain import bidi
from planner.domain.model import CampaignStatus, CampaignSummary, CampaignType
from planner.formatting import Formatter
from planner.ui.campaigns.editor.section import date_edit
from planner.ui.campaigns.list_actions import CampaignActions
from planner.ui.campaigns.model import (
    CampaignFilterProxy,
    CampaignTableModel,
    IdRole,
)
from planner.ui.commands import DeleteCampaign, SaveCampaign
from planner.ui.dates import pydate
from planner.ui.delegates import PlatformsDelegate, StatusDelegate
from planner.ui.dialogs import Dialogs
from planner.ui.document import Document
from planner.ui.table_model import row_table
from planner.ui.widgets import EmptyState, caption, heading, search_field
from planner.ui.workspace_widget import WorkspaceWidget

ANY_DAY = QDate(2000, 1, 1)  # the date fields' "no limit" value, shown as words


class CampaignListView(WorkspaceWidget):
    """All campaigns of the workspace in a sortable, searchable, filterable table."""

    openRequested = Signal(int)

    def __init__(
        self, doc: Document, formatter: Formatter, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(doc, formatter, dialogs, parent)
        self._stale = False
        self.model = CampaignTableModel(formatter, self)
        self.proxy = CampaignFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.model.renameRequested.connect(self._rename)

        self.search = search_field(self.tr("Search campaigns…"), self.tr("Search campaigns"))
        self.search.textChanged.connect(self.proxy.set_query)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.status.addItem(self.tr("All but archived"), None)
        for s in CampaignStatus:
            self.status.addItem(labels.campaign_status(s), s.value)
        self.status.currentIndexChanged.connect(
            lambda: self.proxy.set_status(self.status.currentData())
        )
        self.type = QComboBox()
        self.type.setAccessibleName(self.tr("Filter by type"))
        self.type.addItem(self.tr("All types"), None)
        for t in CampaignType:
            self.type.addItem(labels.campaign_type(t), t.value)
        self.type.currentIndexChanged.connect(lambda: self.proxy.set_type(self.type.currentData()))
        self.date_from = self._range_edit(self.tr("Running from"), self.tr("Any start"))
        self.date_to = self._range_edit(self.tr("Running until"), self.tr("Any end"))
        self.count = caption()
        self.count.setWordWrap(False)
        self.search.setMinimumWidth(220)
        for combo in (self.status, self.type):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(17)

        self.table = row_table(
            self.proxy, self.tr("Campaigns"), QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CampaignTableModel.DATES, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CampaignTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CampaignTableModel.TYPE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CampaignTableModel.TYPE, 205)  # the longest type, in English
        self.table.setItemDelegateForColumn(
            CampaignTableModel.PLATFORMS, PlatformsDelegate(parent=self.table)
        )
        self.table.setItemDelegateForColumn(CampaignTableModel.STATUS, StatusDelegate(self.table))
        self.table.doubleClicked.connect(self._activated)

        self.empty = EmptyState()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.actions_ = CampaignActions(self)
        self.toolbar = QToolBar(self.tr("Campaign actions"))
        self.toolbar.setIconSize(QSize(16, 16))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions(self.actions_.toolbar_actions())
        self.addActions(
            [
                self.actions_.new,
                self.actions_.duplicate,
                self.actions_.archive,
                self.actions_.restore,
            ]
        )
        a = self.actions_
        self.table.addActions([a.open, a.rename, a.duplicate, a.archive, a.restore, a.delete])
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Campaigns")))
        top.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.toolbar)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.type, 1)
        for text, edit in ((self.tr("&From"), self.date_from), (self.tr("&To"), self.date_to)):
            label = QLabel(text)
            label.setBuddy(edit)
            filters.addWidget(label)
            filters.addWidget(edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)

        self.proxy.modelReset.connect(self._update_state)
        self.proxy.rowsInserted.connect(self._update_state)
        self.proxy.rowsRemoved.connect(self._update_state)
        self.proxy.layoutChanged.connect(self._update_state)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.actions_.update())
        doc.changed.connect(self._on_changed)
        self.reload()

    def _range_edit(self, name: str, no_limit: str) -> QDateEdit:
        edit = date_edit(self.fmt, name)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setMinimumDate(ANY_DAY)
        edit.setSpecialValueText(no_limit)
        edit.setDate(ANY_DAY)
        edit.dateChanged.connect(self._range_changed)
        return edit

    def _range_changed(self) -> None:
        start, end = (
            None if e.date() == ANY_DAY else pydate(e.date())
            for e in (self.date_from, self.date_to)
        )
        self.proxy.set_range(start, end)

    def reload(self) -> None:
        selected = self.selected_id()
        from planner.storage.approval import change_counts

        self.model.set_rows(
            self.doc.workspace.campaigns.summaries(), change_counts(self.doc.workspace)
        )
        if selected is not None:
            self.select(selected)
        self._update_state()

    def select(self, campaign_id: int) -> None:
        row = self.model.row_of(campaign_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def selected_summary(self) -> CampaignSummary | None:
        campaign_id = self.selected_id()
        row = self.model.row_of(campaign_id) if campaign_id is not None else -1
        return self.model.summary(row) if row >= 0 else None

    def open_selected(self) -> None:
        campaign_id = self.selected_id()
        if campaign_id is not None:
            self.openRequested.emit(campaign_id)

    def delete_selected(self) -> None:
        campaign_id = self.selected_id()
        if campaign_id is None:
            return
        name = self.table.currentIndex().siblingAtColumn(CampaignTableModel.NAME).data()
        if not self.dialogs.confirm(
            self,
            self.tr("Delete campaign"),
            self.tr(
                "Delete the campaign “%1” with all its posts? You can undo this with Ctrl+Z."
            ).replace("%1", bidi.isolate(name)),
        ):
            return
        self.doc.undo_stack.push(DeleteCampaign(self.doc, campaign_id, self.tr("Delete campaign")))
        self.message.emit(self.tr("Campaign deleted"))

    def edit_name(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.edit(index.siblingAtColumn(CampaignTableModel.NAME))

    def _rename(self, campaign_id: int, name: str) -> None:
        before = self.doc.workspace.campaigns.get(campaign_id)
        after = self.doc.workspace.campaigns.get(campaign_id)
        after.name = name
        self.doc.undo_stack.push(SaveCampaign(self.doc, before, after, self.tr("Rename campaign")))
        self.message.emit(self.tr("Campaign saved"))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(index.data(IdRole))

    def _on_changed(self, topic: str) -> None:
        if topic in ("all", "campaigns", "posts"):
            if self.isVisible():
                self.reload()
            else:  # e.g. behind the editor, while the officer types: reload once, when shown
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.reload()
        super().showEvent(event)

    def _update_state(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.proxy.shown_of_all(self.fmt, self.tr("%1 of %2")))
        if total == 0:
            self.empty.setText(
                self.tr(
                    "No campaigns yet. A campaign holds the plan your "
                    "managers approve: objectives, audience, messages, "
                    "phases and budget. Start one with “New campaign”."
                )
            )
        else:
            self.empty.setText(
                self.tr(
                    "No campaign matches the search. Clear the search box "
                    "or choose another status, type or dates."
                )
            )
        self.stack.setCurrentWidget(self.table if shown else self.empty)
        if shown and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self.actions_.update()
