"""Hijri calendar corrections: a month's first day as Oman announced it, and moved holidays."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    Qt,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain import hijri
from planner.domain.hijri import CorrectionRefusedError, HijriMonth, StartOrigin
from planner.domain.holidays import (
    MAX_SPAN_DAYS,
    Holiday,
    HolidayMove,
    HolidayStatus,
    SpanRefusedError,
    check_span,
)
from planner.formatting import Formatter
from planner.ui.calendar.hijri_commands import MoveHoliday, SetMonthStart
from planner.ui.calendar.hijri_models import (
    ORIGIN_NAMES,
    REFUSALS,
    HolidaysModel,
    MonthsModel,
    translate,
)
from planner.ui.dates import follow_digits, pydate, qdate
from planner.ui.dialogs import Dialogs
from planner.ui.document import Document
from planner.ui.table_model import row_table


def _date_edit(fmt: Formatter) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    follow_digits(edit, fmt, "yyyy-MM-dd")
    return edit


def _isolated(text: str) -> str:
    """A citation (English, with digits) kept in its own order inside Arabic text."""
    return f"\u2068{text}\u2069"


class HijriDialog(QDialog):
    """Two tabs: the months' first days (correct one), and the public holidays (move one)."""

    def __init__(
        self, doc: Document, dialogs: Dialogs, fmt: Formatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.doc, self.dialogs, self.fmt = doc, dialogs, fmt
        self.setWindowTitle(self.tr("Hijri calendar corrections"))
        self.setMinimumSize(900, 520)  # fits a laptop at 125% (about 580 pixels high)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._months_page(), self.tr("Month starts"))
        self.tabs.addTab(self._holidays_page(), self.tr("Public holidays"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        for action, key in (
            (doc.undo_stack.createUndoAction(self, self.tr("Undo")), QKeySequence.StandardKey.Undo),
            (doc.undo_stack.createRedoAction(self, self.tr("Redo")), QKeySequence.StandardKey.Redo),
        ):
            action.setShortcuts([QKeySequence(key)])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        doc.changed.connect(self._on_changed)
        self.select_month(hijri.current().month_of(dt.date.today()))

    # pages ---------------------------------------------------------------------------------
    def _table(self, model: QAbstractTableModel) -> QTableView:
        table = row_table(model)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _months_page(self) -> QWidget:
        self.months = MonthsModel(self.fmt)
        self.month_table = self._table(self.months)
        self.month_table.setAccessibleName(self.tr("Hijri months"))
        self.month_table.selectionModel().currentRowChanged.connect(self._month_chosen)
        self.month_source = QLabel()
        self.month_source.setWordWrap(True)
        self.month_source.setTextFormat(Qt.TextFormat.PlainText)
        self.month_source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.first_day = _date_edit(self.fmt)
        self.first_day.setAccessibleName(self.tr("First day of the month"))
        self.set_first = QPushButton(self.tr("Set first day"))
        self.set_first.clicked.connect(self.apply_month)
        self.clear_first = QPushButton(self.tr("Remove my correction"))
        self.clear_first.clicked.connect(self.remove_month)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("First day:")))
        row.addWidget(self.first_day)
        row.addWidget(self.set_first)
        row.addWidget(self.clear_first)
        row.addStretch(1)
        hint = QLabel(
            self.tr(
                "Umm al-Qura is the forecast. Months Oman has announced come with the program, "
                "with their source; when the moon-sighting committee announces a month, pick it "
                "and set its first day. Every Hijri date and Islamic occasion moves with it."
            )
        )
        hint.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.month_table, 1)
        layout.addWidget(self.month_source)
        layout.addLayout(row)
        return page

    def _holidays_page(self) -> QWidget:
        self.holidays = HolidaysModel(self.doc, self.fmt)
        self.holiday_table = self._table(self.holidays)
        self.holiday_table.setAccessibleName(self.tr("Public holidays"))
        self.holiday_table.selectionModel().currentRowChanged.connect(self._holiday_chosen)
        self.holiday_source = QLabel()
        self.holiday_source.setWordWrap(True)
        self.holiday_source.setTextFormat(Qt.TextFormat.PlainText)
        self.holiday_source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.holiday_first, self.holiday_last = _date_edit(self.fmt), _date_edit(self.fmt)
        self.holiday_first.setAccessibleName(self.tr("First day of the holiday"))
        self.holiday_last.setAccessibleName(self.tr("Last day of the holiday"))
        self.move_button = QPushButton(self.tr("Move holiday"))
        self.move_button.clicked.connect(self.apply_holiday)
        self.back_button = QPushButton(self.tr("Back to the published dates"))
        self.back_button.clicked.connect(self.remove_holiday)
        row = QHBoxLayout()
        for widget in (
            QLabel(self.tr("From:")),
            self.holiday_first,
            QLabel(self.tr("To:")),
            self.holiday_last,
            self.move_button,
            self.back_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.holiday_table, 1)
        layout.addWidget(self.holiday_source)
        layout.addLayout(row)
        return page

    # months --------------------------------------------------------------------------------
    def current_month(self) -> HijriMonth | None:
        row = self.month_table.currentIndex().row()
        return self.months.months[row] if 0 <= row < len(self.months.months) else None

    def select_month(self, month: HijriMonth | None) -> None:
        if month in self.months.months:
            row = self.months.months.index(month)
            self.month_table.setCurrentIndex(self.months.index(row, 0))
            self.month_table.scrollTo(self.months.index(row, 0))

    def _month_chosen(self) -> None:
        month = self.current_month()
        info = None if month is None else hijri.current().start_info(month)
        if month is None or info is None:
            return
        self.first_day.setDate(qdate(info.first_day))
        self.clear_first.setEnabled(info.origin is StartOrigin.CORRECTED)
        shipped = hijri.shipped().start_info(month)
        lines = [f"{self.months.month_name(month)}: {translate(ORIGIN_NAMES[info.origin])}"]
        if shipped is not None and shipped.origin is StartOrigin.ANNOUNCED:
            when = self.fmt.date(shipped.first_day, "long")
            lines.append(
                self.tr("Announced in Oman: %1. Source: %2")
                .replace("%1", when)
                .replace("%2", f"\n{_isolated(shipped.source)}")
            )
        elif shipped is not None:
            lines.append(
                self.tr(
                    "No announcement of this month comes with the program: %1 is the Umm "
                    "al-Qura forecast."
                ).replace("%1", self.fmt.date(shipped.first_day, "long"))
            )
        self.month_source.setText("\n".join(lines))

    def apply_month(self) -> None:
        month = self.current_month()
        if month is None:
            return
        day = pydate(self.first_day.date())
        store = self.doc.workspace.hijri
        before = store.correction(month)
        shipped = hijri.shipped().start(month)
        after = None if day == shipped else day  # the shipped date needs no correction
        if after == before:
            return
        if after is not None:
            try:
                store.calendar().check(month, after)
            except CorrectionRefusedError as refused:
                self._refuse(self._month_refusal(refused))
                return
        text = self.tr("Set the first day of %1").replace("%1", self.months.month_name(month))
        self.doc.undo_stack.push(SetMonthStart(self.doc, month, before, after, text))

    def remove_month(self) -> None:
        month = self.current_month()
        store = self.doc.workspace.hijri
        if month is None or store.correction(month) is None:
            return
        text = self.tr("Remove the correction of %1").replace("%1", self.months.month_name(month))
        self.doc.undo_stack.push(
            SetMonthStart(self.doc, month, store.correction(month), None, text)
        )

    def _month_refusal(self, refused: CorrectionRefusedError) -> str:
        if refused.reason == "length":
            days = int(refused.detail)
            return self.fmt.counted(
                self.tr(
                    "With this first day %1 would have %n days, which no month has. Correct "
                    "the neighbouring month's first day first.",
                    "",
                    days,
                ),
                days,
            ).replace("%1", self.months.month_name(refused.month))
        text = translate(REFUSALS[refused.reason]).replace(
            "%1", self.months.month_name(refused.month)
        )
        if refused.reason == "shift":
            forecast = hijri.forecast_start(refused.month)
            return text.replace("%2", "" if forecast is None else self.fmt.date(forecast, "long"))
        return text.replace("%2", self.fmt.digits_of(refused.detail))

    # holidays ------------------------------------------------------------------------------
    def current_holiday(self) -> Holiday | None:
        row = self.holiday_table.currentIndex().row()
        return self.holidays.rows[row] if 0 <= row < len(self.holidays.rows) else None

    def select_holiday(self, row: int) -> None:
        self.holiday_table.setCurrentIndex(self.holidays.index(row, 0))
        self.holiday_table.scrollTo(self.holidays.index(row, 0))

    def _holiday_chosen(self) -> None:
        holiday = self.current_holiday()
        if holiday is None:
            return
        self.holiday_first.setDate(qdate(holiday.first))
        self.holiday_last.setDate(qdate(holiday.last))
        self.back_button.setEnabled(holiday.status is HolidayStatus.MOVED)
        source = holiday.source if holiday.status is not HolidayStatus.MOVED else holiday.note
        self.holiday_source.setText(
            self.tr("Source: %1").replace("%1", f"\n{_isolated(source or holiday.rule_source)}")
        )

    def apply_holiday(self) -> None:
        holiday = self.current_holiday()
        if holiday is None:
            return
        first, last = pydate(self.holiday_first.date()), pydate(self.holiday_last.date())
        if (first, last) == (holiday.first, holiday.last):
            return
        move = HolidayMove(holiday.occurrence, first, last, self.tr("Moved by decree"))
        try:
            check_span(first, last)
        except SpanRefusedError as refused:
            self._refuse(
                self.fmt.counted(
                    self.tr("A public holiday lasts at most %n days.", "", MAX_SPAN_DAYS),
                    MAX_SPAN_DAYS,
                )
                if refused.reason == "long"
                else translate(REFUSALS[refused.reason])
            )
            return
        before = self.doc.workspace.hijri.moves().get(holiday.occurrence)
        name = holiday.name_ar if self.fmt.lang == "ar" else holiday.name_en
        text = self.tr("Move %1").replace("%1", name)
        self.doc.undo_stack.push(MoveHoliday(self.doc, holiday.occurrence, before, move, text))

    def remove_holiday(self) -> None:
        holiday = self.current_holiday()
        before = (
            None if holiday is None else self.doc.workspace.hijri.moves().get(holiday.occurrence)
        )
        if holiday is None or before is None:
            return
        name = holiday.name_ar if self.fmt.lang == "ar" else holiday.name_en
        text = self.tr("Put %1 back").replace("%1", name)
        self.doc.undo_stack.push(MoveHoliday(self.doc, holiday.occurrence, before, None, text))

    # shared --------------------------------------------------------------------------------
    def _refuse(self, text: str) -> None:
        self.dialogs.error(self, self.tr("Hijri calendar corrections"), text)

    def _on_changed(self, topic: str) -> None:
        if topic not in ("all", "calendar"):
            return
        month, holiday = self.current_month(), self.current_holiday()
        self.months.reload()
        self.holidays.reload()
        self.select_month(month)
        if holiday is not None:
            for row, found in enumerate(self.holidays.rows):
                if found.occurrence == holiday.occurrence:
                    self.select_holiday(row)
        self._month_chosen()
        self._holiday_chosen()
