"""Hijri calendar corrections: a month's first day as Oman announced it, and moved holidays."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    Qt,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
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
from planner.ui.calendar.dialog_frame import tabs_above_close, undo_redo_keys
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


def _source_label() -> QLabel:
    """Where the chosen row's date comes from, as plain text the officer can select."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _button(text: str, clicked: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(clicked)
    return button


def _page(
    hint: QLabel | None, table: QTableView, source: QLabel, controls: tuple[QWidget, ...]
) -> QWidget:
    """A tab of the dialog: the hint if any, the table, the chosen row's source, and the row
    of controls that edit it."""
    page = QWidget()
    layout = QVBoxLayout(page)
    if hint is not None:
        layout.addWidget(hint)
    layout.addWidget(table, 1)
    layout.addWidget(source)
    row = QHBoxLayout()
    for widget in controls:
        row.addWidget(widget)
    row.addStretch(1)
    layout.addLayout(row)
    return page


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
        tabs_above_close(self, self.tabs)
        undo_redo_keys(self, doc.undo_stack, self.tr("Undo"), self.tr("Redo"))
        doc.changed.connect(self._on_changed)
        self.select_month(hijri.current().month_of(dt.date.today()))

    # pages ---------------------------------------------------------------------------------
    def _table(
        self, model: QAbstractTableModel, name: str, chosen: Callable[[], None]
    ) -> QTableView:
        """A table of the dialog, named `name`; `chosen` is told which row becomes current."""
        table = row_table(model, name)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.selectionModel().currentRowChanged.connect(chosen)
        return table

    def _months_page(self) -> QWidget:
        self.months = MonthsModel(self.fmt)
        self.month_table = self._table(self.months, self.tr("Hijri months"), self._month_chosen)
        self.month_source = _source_label()
        self.first_day = _date_edit(self.fmt)
        self.first_day.setAccessibleName(self.tr("First day of the month"))
        self.set_first = _button(self.tr("Set first day"), self.apply_month)
        self.clear_first = _button(self.tr("Remove my correction"), self.remove_month)
        hint = QLabel(
            self.tr(
                "Umm al-Qura is the forecast. Months Oman has announced come with the program, "
                "with their source; when the moon-sighting committee announces a month, pick it "
                "and set its first day. Every Hijri date and Islamic occasion moves with it."
            )
        )
        hint.setWordWrap(True)
        controls = (QLabel(self.tr("First day:")), self.first_day, self.set_first, self.clear_first)
        return _page(hint, self.month_table, self.month_source, controls)

    def _holidays_page(self) -> QWidget:
        self.holidays = HolidaysModel(self.doc, self.fmt)
        self.holiday_table = self._table(
            self.holidays, self.tr("Public holidays"), self._holiday_chosen
        )
        self.holiday_source = _source_label()
        self.holiday_first, self.holiday_last = _date_edit(self.fmt), _date_edit(self.fmt)
        self.holiday_first.setAccessibleName(self.tr("First day of the holiday"))
        self.holiday_last.setAccessibleName(self.tr("Last day of the holiday"))
        self.move_button = _button(self.tr("Move holiday"), self.apply_holiday)
        self.back_button = _button(self.tr("Back to the published dates"), self.remove_holiday)
        controls = (
            QLabel(self.tr("From:")),
            self.holiday_first,
            QLabel(self.tr("To:")),
            self.holiday_last,
            self.move_button,
            self.back_button,
        )
        return _page(None, self.holiday_table, self.holiday_source, controls)

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
