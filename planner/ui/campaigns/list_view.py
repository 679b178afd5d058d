"""The Campaigns screen's list: search as you type, filter by status, rename, delete."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner import labels
from planner.domain.model import CampaignStatus
from planner.formatting import Formatter
from planner.ui.campaigns.model import (
    CampaignFilterProxy,
    CampaignTableModel,
    IdRole,
    PlatformsRole,
)
from planner.ui.commands import DeleteCampaign, SaveCampaign
from planner.ui.delegates import PlatformsDelegate, StatusDelegate
from planner.ui.dialogs import Dialogs
from planner.ui.document import Document
from planner.ui.icons import icon
from planner.ui.widgets import EmptyState, caption, heading


class CampaignListView(QWidget):
    """All campaigns of the workspace in a sortable, searchable table."""

    openRequested = Signal(int)
    message = Signal(str)

    def __init__(self, doc: Document, formatter: Formatter, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.dialogs = dialogs
        self.fmt = formatter
        self.model = CampaignTableModel(formatter, self)
        self.proxy = CampaignFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.model.renameRequested.connect(self._rename)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search campaigns…"))
        self.search.setAccessibleName(self.tr("Search campaigns"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self.proxy.set_query)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.status.addItem(self.tr("All statuses (without archived)"), None)
        for s in CampaignStatus:
            self.status.addItem(labels.campaign_status(s), s.value)
        self.status.currentIndexChanged.connect(
            lambda: self.proxy.set_status(self.status.currentData()))
        self.count = caption()

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Campaigns"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CampaignTableModel.DATES, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CampaignTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(CampaignTableModel.PLATFORMS,
                                            PlatformsDelegate(PlatformsRole, self.table))
        self.table.setItemDelegateForColumn(CampaignTableModel.STATUS,
                                            StatusDelegate(self.table))
        self.table.activated.connect(self._activated)

        self.empty = EmptyState()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        delete = QAction(icon("delete"), self.tr("Delete campaign"), self)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete.triggered.connect(self.delete_selected)
        rename = QAction(icon("edit"), self.tr("Rename"), self)
        rename.setShortcut(QKeySequence(Qt.Key.Key_F2))
        rename.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        rename.triggered.connect(self._edit_name)
        open_ = QAction(icon("edit"), self.tr("Open campaign"), self)
        open_.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_.triggered.connect(self.open_selected)
        self.table.addActions([open_, rename, delete])
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.actions_ = {"open": open_, "delete": delete, "rename": rename}

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Campaigns")))
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.proxy.modelReset.connect(self._update_state)
        self.proxy.rowsInserted.connect(self._update_state)
        self.proxy.rowsRemoved.connect(self._update_state)
        self.proxy.layoutChanged.connect(self._update_state)
        doc.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        selected = self.selected_id()
        self.model.set_rows(self.doc.workspace.campaigns.summaries())
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
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def delete_selected(self) -> None:
        campaign_id = self.selected_id()
        if campaign_id is None:
            return
        name = self.table.currentIndex().siblingAtColumn(CampaignTableModel.NAME).data()
        if not self.dialogs.confirm(self, self.tr("Delete campaign"), self.tr(
                "Delete the campaign “%1” with all its posts? You can undo this with Ctrl+Z.")
                .replace("%1", name)):
            return
        self.doc.undo_stack.push(DeleteCampaign(self.doc, campaign_id,
                                                self.tr("Delete campaign")))
        self.message.emit(self.tr("Campaign deleted"))

    def _rename(self, campaign_id: int, name: str) -> None:
        before = self.doc.workspace.campaigns.get(campaign_id)
        after = self.doc.workspace.campaigns.get(campaign_id)
        after.name = name
        self.doc.undo_stack.push(SaveCampaign(self.doc, before, after,
                                              self.tr("Rename campaign")))
        self.message.emit(self.tr("Campaign saved"))

    def _edit_name(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.edit(index.siblingAtColumn(CampaignTableModel.NAME))

    def open_selected(self) -> None:
        campaign_id = self.selected_id()
        if campaign_id is not None:
            self.openRequested.emit(campaign_id)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(index.data(IdRole))

    def _on_changed(self, topic: str) -> None:
        if topic in ("all", "campaigns", "posts"):
            self.reload()

    def _update_state(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("%1 of %2").replace("%1", self.fmt.integer(shown))
                           .replace("%2", self.fmt.integer(total)) if shown != total else "")
        if total == 0:
            self.empty.setText(self.tr("No campaigns yet. A campaign holds the plan your "
                                       "managers approve: objectives, audience, messages, "
                                       "phases and budget."))
        else:
            self.empty.setText(self.tr("No campaign matches the search. Clear the search box "
                                       "or choose another status."))
        self.stack.setCurrentWidget(self.table if shown else self.empty)
        self.actions_["delete"].setEnabled(shown > 0)
