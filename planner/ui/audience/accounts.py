"""The institution's accounts: a table, and for the chosen one its segments and best times."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListView,
    QVBoxLayout,
)

from planner import labels
from planner.domain.model import Account, BestTime, Platform
from planner.domain.validation import Severity
from planner.ui.audience.checklist import ChecklistModel, Choice
from planner.ui.audience.commands import DeleteAccount, SaveAccount
from planner.ui.audience.grid import fit_height, tick_grid
from planner.ui.audience.models import AccountsModel, BestTimesModel
from planner.ui.audience.panel import RecordPanel
from planner.ui.campaigns.editor.delegates import ChoiceDelegate, NumberDelegate
from planner.ui.widgets import heading


class AccountsPanel(RecordPanel):
    """Accounts per platform; every edit is one undo step on the workspace's history."""

    def build(self) -> None:
        top = self.setup_table(
            AccountsModel(self.fmt, self._edited, self),
            self.tr("Accounts"),
            self.tr("Add account"),
            self.tr("Delete account"),
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AccountsModel.SEGMENTS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AccountsModel.URL, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(AccountsModel.URL, 230)  # long addresses elide; tooltip in full
        self.table.setMinimumHeight(150)
        self.table.setItemDelegateForColumn(
            AccountsModel.PLATFORM,
            ChoiceDelegate([(labels.platform(p), p.value) for p in Platform], self.table),
        )
        self.table.setItemDelegateForColumn(
            AccountsModel.FOLLOWERS, NumberDelegate(self.fmt, parent=self.table)
        )

        self.segments = ChecklistModel(self._toggle_segment, self)
        segments_view = QListView()
        segments_view.setModel(self.segments)
        segments_view.setAccessibleName(self.tr("Segments it reaches"))
        self.times = BestTimesModel(self.fmt, self._toggle_time, self)
        self.grid = tick_grid(self.times, 26, self.tr("Best posting times"))
        fit_height(self.grid, 7, 26)
        self.grid.setToolTip(
            self.tr("Tick the hours when this account's followers are most active (Muscat time).")
        )

        segments_box = QVBoxLayout()
        segments_box.addWidget(heading(self.tr("Segments it reaches"), 2))
        segments_box.addWidget(segments_view, 1)
        times_box = QVBoxLayout()
        times_box.addWidget(heading(self.tr("Best posting times"), 2))
        times_box.addWidget(self.grid)
        detail = QHBoxLayout()
        detail.setSpacing(16)
        detail.addLayout(segments_box, 1)
        detail.addLayout(times_box, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(detail)

    # reading ----------------------------------------------------------------------------------
    def reload(self) -> None:
        workspace = self.doc.workspace
        segments = workspace.segments.list()
        self.segment_choices = [Choice(s.id, s.name) for s in segments]
        self.model.segment_names = {s.id: s.name for s in segments if s.id is not None}
        self.show_rows(workspace.accounts.list())

    def _show_current(self) -> None:
        account = self.current()
        self.remove_button.setEnabled(account is not None)
        self.segments.set_choices(
            self.segment_choices if account else [], set(account.segment_ids) if account else set()
        )
        self.times.set_times(account.best_times if account else [])
        self.grid.setEnabled(account is not None)

    # editing ----------------------------------------------------------------------------------
    def _save(self, before: Account | None, after: Account, text: str) -> int:
        return self.save(SaveAccount(self.doc, before, after, text), self.tr("Account saved"))

    def _edited(self, row: int, column: int, value: Any) -> bool:
        before = self.model.row(row)
        after = copy.deepcopy(before)
        problem = ""
        if column == AccountsModel.PLATFORM:
            after.platform = Platform(value)
        elif column == AccountsModel.HANDLE:
            after.handle = str(value).strip()
            problem = "" if after.handle else self.tr("Write the account's handle, e.g. @name.")
        elif column == AccountsModel.URL:
            after.url = str(value).strip()
        elif column == AccountsModel.FOLLOWERS:
            if value is None or float(value) < 0 or not float(value).is_integer():
                problem = self.tr("Followers are a whole number, zero or more.")
            else:
                after.followers = int(value)
        self.message.set_lines([(Severity.ERROR, problem)] if problem else [])
        if problem:
            return False
        self._save(before, after, self.tr("Edit an account"))
        return True

    def add(self) -> None:
        used = {a.platform for a in self.model.rows}
        platform = next((p for p in Platform if p not in used), Platform.X)
        new_id = self._save(None, Account(platform, "@"), self.tr("Add an account"))
        self.select(new_id, AccountsModel.HANDLE)
        self.table.setFocus()
        self.table.edit(self.table.currentIndex())

    def remove_current(self) -> None:
        account = self.current()
        if account is None or account.id is None:
            return
        command = DeleteAccount(self.doc, account.id, self.tr("Delete an account"))
        text = (
            self.tr("Delete the account %1 on %2?")
            .replace("%1", account.handle)
            .replace("%2", labels.platform(account.platform))
        )
        if command.campaigns:
            n = len(command.campaigns)
            text += " " + self.fmt.counted(
                self.tr("It is a channel of %n campaigns; they will no longer use it.", "", n), n
            )
        text += " " + self.tr("You can undo this with Ctrl+Z.")
        if self.dialogs.confirm(self, self.tr("Delete account"), text):
            self.doc.undo_stack.push(command)
            self.say(self.tr("Account deleted"))

    def _toggle_segment(self, segment_id: int, checked: bool) -> bool:
        before = self.current()
        if before is None:
            return False
        after = copy.deepcopy(before)
        ids = [s for s in after.segment_ids if s != segment_id]
        after.segment_ids = sorted([*ids, segment_id] if checked else ids)
        self._save(before, after, self.tr("Change the segments an account reaches"))
        return True

    def _toggle_time(self, time: BestTime, checked: bool) -> bool:
        before = self.current()
        if before is None:
            return False
        after = copy.deepcopy(before)
        times = {(t.weekday, t.hour) for t in after.best_times} - {(time.weekday, time.hour)}
        if checked:
            times.add((time.weekday, time.hour))
        after.best_times = [BestTime(w, h) for w, h in sorted(times)]
        self._save(before, after, self.tr("Change the best posting times"))
        return True
