"""An incident's checklist: the steps of the playbook that was run, ticked with the time."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from planner.domain.crisis import Incident, IncidentStep
from planner.formatting import Formatter
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.ui.crisis import labels
from planner.ui.table_model import Index, TableModel


class ChecklistModel(TableModel[Any]):
    """Steps with a check box; checking one asks (`toggled`) to stamp it with the time."""

    STEP, OWNER, TIME = range(3)
    CONTEXT = "ChecklistModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ChecklistModel", "Step"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Owner"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Due / done"),
    )

    toggled = Signal(int, bool)  # step position, ticked

    def __init__(self, fmt: Formatter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.incident: Incident | None = None
        self.now = dt.datetime.now()

    def set_incident(self, incident: Incident | None, now: dt.datetime) -> None:
        self.beginResetModel()
        self.incident = incident
        self.now = now
        self.endResetModel()

    def steps(self) -> list[IncidentStep]:
        return self.incident.steps if self.incident else []

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.STEP:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def is_late(self, step: IncidentStep) -> bool:
        assert self.incident is not None
        due = step.due_at(self.incident.first_seen_at)
        return step.done_at is None and due is not None and self.incident.is_open and self.now > due

    def row_total(self) -> int:
        return len(self.steps())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.incident is None:
            return None
        step = self.steps()[index.row()]
        col = index.column()
        due = step.due_at(self.incident.first_seen_at)
        if role == Qt.ItemDataRole.CheckStateRole and col == self.STEP:
            return Qt.CheckState.Checked if step.done_at else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.STEP:
                return step.text
            if col == self.OWNER:
                return step.owner
            if step.done_at is not None:
                return QCoreApplication.translate("ChecklistModel", "Done %1").replace(
                    "%1", labels.when(step.done_at, self.fmt)
                )
            if due is not None:
                return QCoreApplication.translate("ChecklistModel", "By %1").replace(
                    "%1", labels.when(due, self.fmt)
                )
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                filter(
                    None,
                    (
                        labels.name(step.stage),
                        step.text,
                        QCoreApplication.translate("ChecklistModel", "Due: %1").replace(
                            "%1", labels.when(due, self.fmt)
                        )
                        if due
                        else "",
                    ),
                )
            )
        if role == Qt.ItemDataRole.ForegroundRole and col == self.TIME:
            if self.is_late(step):
                return QColor(labels.LATE_COLOUR)
            if step.done_at is not None:
                return QColor(labels.OK_COLOUR)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.STEP:
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.toggled.emit(index.row(), ticked)
        return True
