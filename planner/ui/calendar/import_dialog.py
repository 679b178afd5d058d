"""Import a content calendar: map the sheet's columns, preview, see every bad row, then all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner import labels
from planner.domain.model import Platform
from planner.formatting import Formatter
from planner.i18n import calendar as calendar_labels
from planner.reports.calendar_import import (
    DateOrder,
    Field,
    Names,
    OnDuplicate,
    Options,
    Parsed,
    Problem,
    Table,
    guess_mapping,
    parse,
    unused_columns,
)
from planner.reports.calendar_import.layouts import platform_columns
from planner.ui.dates import TIME_BOX, follow_digits
from planner.ui.icons import icon
from planner.ui.widgets import caption, heading

Index = QModelIndex | QPersistentModelIndex
PREVIEW_ROWS = 200


class PreviewModel(QAbstractTableModel):
    """The sheet's first rows as the mapping reads them; bad rows tinted and explained."""

    def __init__(self, table: Table, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.columns: list[tuple[str, int]] = []  # (heading, column of the sheet)
        self.problems: dict[int, list[str]] = {}

    def set_state(self, mapping: dict[Field, int | None], parsed: Parsed) -> None:
        self.beginResetModel()
        self.columns = [
            (calendar_labels.field_name(f), c) for f, c in mapping.items() if c is not None
        ]
        extra = platform_columns(self.table.headers, self.table.rows, mapping)
        used = [
            *extra.variants.values(),
            *extra.marks.values(),
            *([extra.link] if extra.link is not None else []),
            *extra.media,
        ]
        self.columns += [(self.table.headers[c], c) for c in sorted(used)]
        self.problems = {}
        for problem in parsed.problems:
            self.problems.setdefault(problem.row, []).append(
                calendar_labels.import_problem(problem)
            )
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else min(len(self.table.rows), PREVIEW_ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self.table.first_row + section)  # the sheet's own row number
        return self.columns[section][0]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.table.rows[index.row()]
        number = self.table.first_row + index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            column = self.columns[index.column()][1]
            return _shown(row[column] if column < len(row) else None)
        if role == Qt.ItemDataRole.BackgroundRole and number in self.problems:
            return QColor(254, 226, 226)
        if role == Qt.ItemDataRole.ForegroundRole and number in self.problems:
            return QColor("#7f1d1d")
        if role == Qt.ItemDataRole.ToolTipRole and number in self.problems:
            return "\n".join(self.problems[number])
        return None


def _shown(value: Any) -> str:
    """A cell as the sheet shows it: dates and times without empty seconds."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d" if value.time() == dt.time() else "%Y-%m-%d %H:%M")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class ImportDialog(QDialog):
    """Choose which column is which; import only when every row is good (all or nothing)."""

    def __init__(
        self,
        table: Table,
        names: Names,
        file_name: str,
        parent: QWidget | None = None,
        duplicates: Callable[[Parsed], list[int]] = lambda parsed: [],
        *,
        fmt: Formatter,
    ) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.table = table
        self.names = names
        self.duplicates = duplicates
        self.result_: Parsed = Parsed()
        self.setWindowTitle(self.tr("Import a content calendar"))
        self.setMinimumSize(900, 520)  # fits a laptop at 125% (about 580 pixels high)
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
        self.date_order = QComboBox()
        self.date_order.addItem(self.tr("As the file's dates tell"), None)
        # An example of each order, in the chosen digits: the last day of the current year.
        last = dt.date(dt.date.today().year, 12, 31)
        for order, source, example in (
            (DateOrder.DMY, self.tr("Day/month (%1)"), f"{last:%d/%m/%Y}"),
            (DateOrder.MDY, self.tr("Month/day (%1)"), f"{last:%m/%d/%Y}"),
        ):
            self.date_order.addItem(source.replace("%1", self.fmt.digits_of(example)), order)
        self.platform = QComboBox()
        self.platform.addItem(self.tr("— as the file says —"), None)
        for p in Platform:
            self.platform.addItem(labels.platform(p), p)
        self.on_duplicate = QComboBox()
        self.on_duplicate.addItem(self.tr("Skip them"), OnDuplicate.SKIP)
        self.on_duplicate.addItem(self.tr("Update the stored posts"), OnDuplicate.UPDATE)
        self.on_duplicate.addItem(self.tr("Add them again"), OnDuplicate.ADD)
        self.create_campaigns = QCheckBox(self.tr("Create the campaigns the file names"))
        # The hour of a row whose date has no time: the summary counts those rows, and the
        # officer chooses it here rather than find them all at 10:00.
        self.default_time = QTimeEdit(QTime(10, 0))
        follow_digits(self.default_time, self.fmt, TIME_BOX)
        self.default_time.setAccessibleName(self.tr("Time of dates without a time"))
        self.default_time.timeChanged.connect(self.check)
        choices = QFormLayout()  # above the preview: always in sight
        for combo, name in (
            (self.date_order, self.tr("Order of the dates")),
            (self.platform, self.tr("Platform of every row")),
            (self.on_duplicate, self.tr("Posts already in the workspace")),
        ):
            combo.setAccessibleName(name)
            combo.currentIndexChanged.connect(self.check)
            choices.addRow(name, combo)
        choices.addRow(self.tr("Time of dates without a time"), self.default_time)
        self.create_campaigns.toggled.connect(self.check)
        choices.addRow("", self.create_campaigns)
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
        self.problems.setMinimumHeight(96)
        self.problems.setMaximumHeight(160)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(icon("import"), self.tr("Import"))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        panel = QWidget()
        side = QVBoxLayout(panel)
        side.setContentsMargins(0, 0, 8, 0)
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
        scroll = QScrollArea()  # fifteen choices keep their height on a small screen
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(panel.sizeHint().width() + 16)
        top.addWidget(scroll, 1)
        right = QVBoxLayout()
        right.addWidget(heading(self.tr("For the whole file"), 2))
        right.addLayout(choices)
        right.addWidget(self.table_view, 1)
        top.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.check()

    def mapping(self) -> dict[Field, int | None]:
        return {f: combo.currentData() for f, combo in self.combos.items()}

    def options(self) -> Options:
        order, platform = self.date_order.currentData(), self.platform.currentData()
        clock = self.default_time.time()
        return Options(  # Qt gives the enums' values back as plain strings
            date_order=DateOrder(order) if order else None,
            platform=Platform(platform) if platform else None,
            create_campaigns=self.create_campaigns.isChecked(),
            default_time=dt.time(clock.hour(), clock.minute()),
        )

    def duplicate_choice(self) -> OnDuplicate:
        return OnDuplicate(self.on_duplicate.currentData())

    def check(self) -> None:
        """Check every row with the chosen columns; import is possible only if all are good."""
        mapping = self.mapping()
        self.result_ = parse(self.table, mapping, self.names, self.options())
        self.preview.set_state(mapping, self.result_)
        self.problems.clear()
        for problem in self.result_.problems:
            self.problems.addItem(
                QListWidgetItem(icon("warning", "#b45309"), calendar_labels.import_problem(problem))
            )
        self.problems.setVisible(bool(self.result_.problems))
        missing = sorted(
            {p.value for p in self.result_.problems if p.problem is Problem.UNKNOWN_CAMPAIGN}
        )
        self.create_campaigns.setVisible(bool(missing) or self.create_campaigns.isChecked())
        if self.result_.problems:
            rows = len({p.row for p in self.result_.problems if p.row > 0})
            text = (
                calendar_labels.to_correct(rows, self.fmt)
                if rows
                else calendar_labels.import_problem(self.result_.problems[0])
            )
            if missing:
                text += "\n" + calendar_labels.missing_campaigns(
                    len(missing), "، ".join(missing), self.fmt
                )
            self.summary.setText(text)
        else:
            text = calendar_labels.ready(len(self.result_.posts), self.fmt)
            repeated = self.duplicates(self.result_)
            if repeated:
                shown = ", ".join(self.fmt.integer(r) for r in repeated[:10]) + (
                    "…" if len(repeated) > 10 else ""
                )
                text += " " + calendar_labels.already(len(repeated), shown, self.fmt)
            if self.result_.untimed:
                time = self.fmt.time(self.options().default_time)
                text += "\n" + calendar_labels.untimed(self.result_.untimed, time, self.fmt)
            unused = unused_columns(self.table.headers, self.table.rows, mapping)
            if unused:
                text += "\n" + calendar_labels.not_imported("، ".join(unused))
            if self.result_.new_campaigns:
                text += " " + calendar_labels.created(
                    len(self.result_.new_campaigns), "، ".join(self.result_.new_campaigns), self.fmt
                )
            self.summary.setText(text)
        self.import_button.setEnabled(self.result_.ok)
