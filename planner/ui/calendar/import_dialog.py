"""Import a content calendar: map the sheet's columns, preview, see every bad row, then all."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.reports.calendar_import import CampaignName, Field, Parsed, Table, guess_mapping, parse
from planner.ui.calendar import labels as calendar_labels
from planner.ui.icons import icon
from planner.ui.widgets import caption, heading

Index = QModelIndex | QPersistentModelIndex
PREVIEW_ROWS = 200


class PreviewModel(QAbstractTableModel):
    """The sheet's first rows as the mapping reads them; bad rows tinted and explained."""

    def __init__(self, table: Table, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.mapping: dict[Field, int | None] = {}
        self.problems: dict[int, list[str]] = {}

    def set_state(self, mapping: dict[Field, int | None], parsed: Parsed) -> None:
        self.beginResetModel()
        self.mapping = {f: c for f, c in mapping.items() if c is not None}
        self.problems = {}
        for problem in parsed.problems:
            self.problems.setdefault(problem.row, []).append(
                calendar_labels.import_problem(problem)
            )
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else min(len(self.table.rows), PREVIEW_ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.mapping)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self.table.first_row + section)  # the sheet's own row number
        return calendar_labels.field_name(list(self.mapping)[section])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.table.rows[index.row()]
        number = self.table.first_row + index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            column = list(self.mapping.values())[index.column()]
            value = row[column] if column < len(row) else None
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.BackgroundRole and number in self.problems:
            return QColor(254, 226, 226)
        if role == Qt.ItemDataRole.ForegroundRole and number in self.problems:
            return QColor("#7f1d1d")
        if role == Qt.ItemDataRole.ToolTipRole and number in self.problems:
            return "\n".join(self.problems[number])
        return None


class ImportDialog(QDialog):
    """Choose which column is which; import only when every row is good (all or nothing)."""

    def __init__(
        self,
        table: Table,
        campaigns: list[CampaignName],
        file_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.table = table
        self.campaigns = campaigns
        self.result_: Parsed = Parsed()
        self.setWindowTitle(self.tr("Import a content calendar"))
        self.setMinimumSize(900, 620)
        self.combos: dict[Field, QComboBox] = {}
        form = QFormLayout()
        guessed = guess_mapping(table.headers)
        for f in Field:
            combo = QComboBox()
            combo.setAccessibleName(calendar_labels.field_name(f))
            combo.addItem(self.tr("— not in the file —"), None)
            for i, header in enumerate(table.headers):
                combo.addItem(header or self.tr("Column %1").replace("%1", str(i + 1)), i)
            combo.setCurrentIndex(max(0, combo.findData(guessed[f])))
            combo.currentIndexChanged.connect(self.check)
            self.combos[f] = combo
            form.addRow(calendar_labels.field_name(f), combo)
        self.preview = PreviewModel(table, self)
        self.table_view = QTableView()
        self.table_view.setModel(self.preview)
        self.table_view.setAccessibleName(self.tr("Preview"))
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setWordWrap(False)
        self.table_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary = caption()
        self.summary.setObjectName("subtitle")
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Rows to correct"))
        self.problems.setMaximumHeight(140)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(icon("import"), self.tr("Import"))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        side = QVBoxLayout()
        side.addWidget(heading(self.tr("Columns"), 2))
        side.addWidget(
            caption(
                self.tr("Which column of “%1” holds what? Rows are checked as you choose.").replace(
                    "%1", file_name
                )
            )
        )
        side.addLayout(form)
        side.addStretch(1)
        top.addLayout(side, 1)
        top.addWidget(self.table_view, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.check()

    def mapping(self) -> dict[Field, int | None]:
        return {f: combo.currentData() for f, combo in self.combos.items()}

    def check(self) -> None:
        """Check every row with the chosen columns; import is possible only if all are good."""
        mapping = self.mapping()
        self.result_ = parse(self.table, mapping, self.campaigns)
        self.preview.set_state(mapping, self.result_)
        self.problems.clear()
        for problem in self.result_.problems:
            self.problems.addItem(
                QListWidgetItem(icon("warning", "#b45309"), calendar_labels.import_problem(problem))
            )
        self.problems.setVisible(bool(self.result_.problems))
        if self.result_.problems:
            rows = len({p.row for p in self.result_.problems if p.row > 0})
            self.summary.setText(
                self.tr(
                    "%n rows need correcting: correct them in the file, or choose other columns. "
                    "Nothing is imported until every row is good.",
                    "",
                    rows,
                )
                if rows
                else calendar_labels.import_problem(self.result_.problems[0])
            )
        else:
            self.summary.setText(
                self.tr("%n posts are ready to import.", "", len(self.result_.posts))
            )
        self.import_button.setEnabled(self.result_.ok)
