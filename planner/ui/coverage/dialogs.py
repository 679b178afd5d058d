"""Dialogs of the Coverage screen: follower counts, reach rates, a statistics column mapping."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner import labels
from planner.domain.coverage.stats_layouts import DateOrder, Layout, LayoutKind, StatField
from planner.domain.coverage.values import ReachRate
from planner.domain.model import Account, Platform
from planner.formatting import Formatter
from planner.i18n import coverage as coverage_labels
from planner.ui import plain
from planner.ui.coverage.commands import SetFollowers, SetReachRates
from planner.ui.dates import DATE_BOX, follow_digits
from planner.ui.document import Document
from planner.ui.icons import icon, platform_icon
from planner.ui.number_box import CountBox
from planner.ui.widgets import caption, ok_cancel


class FollowersDialog(QDialog):
    """Enter an account's follower count on a day; the counts so far are listed. Each entry
    is saved at once and can be undone."""

    def __init__(
        self, doc: Document, formatter: Formatter, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.fmt = formatter
        self.setWindowTitle(self.tr("Follower counts"))
        self.accounts: list[Account] = doc.workspace.accounts.list()
        layout = QVBoxLayout(self)
        layout.addWidget(
            caption(
                self.tr(
                    "Enter each account's followers from time to time (weekly is enough): the "
                    "Coverage screen draws their growth and measures the followers-gained KPI."
                )
            )
        )
        form = QFormLayout()
        self.account = QComboBox()
        for account in self.accounts:
            self.account.addItem(
                platform_icon(account.platform),
                plain.shown(f"{labels.platform(account.platform)} — {account.handle}"),
                account.id,
            )
        self.account.setAccessibleName(self.tr("Account"))
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        follow_digits(self.day, self.fmt, DATE_BOX)
        self.day.setAccessibleName(self.tr("Day"))
        self.count = CountBox(self.fmt)
        self.count.setRange(0, 2_000_000_000)
        self.count.setAccessibleName(self.tr("Followers"))
        form.addRow(self.tr("Account"), self.account)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Followers"), self.count)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.save = QPushButton(icon("save"), self.tr("Save the count"))
        self.save.setDefault(True)
        self.remove = QPushButton(icon("delete"), self.tr("Remove the selected count"))
        buttons.addWidget(self.save)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Counts entered for this account"))
        layout.addWidget(self.history, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.account.currentIndexChanged.connect(self._fill)
        self.save.clicked.connect(self.record)
        self.remove.clicked.connect(self.remove_selected)
        self.resize(520, 480)
        self._fill()

    def current_account(self) -> Account:
        return self.accounts[self.account.currentIndex()]

    def _fill(self) -> None:
        account = self.current_account()
        self.history.clear()
        counts = [
            c for c in self.doc.workspace.coverage.follower_counts() if c.account_id == account.id
        ]
        for c in reversed(counts):
            item = QListWidgetItem(f"{self.fmt.date(c.day)}: {self.fmt.integer(c.followers)}")
            item.setData(Qt.ItemDataRole.UserRole, c.day.toordinal())
            self.history.addItem(item)
        latest = counts[-1].followers if counts else account.followers
        self.count.setValue(latest)

    def record(self) -> None:
        account = self.current_account()
        assert account.id is not None
        day = self.day.date().toPython()
        assert isinstance(day, dt.date)
        self.doc.undo_stack.push(
            SetFollowers(
                self.doc,
                account.id,
                day,
                self.count.value(),
                self.tr("Follower count of %1").replace("%1", account.handle),
            )
        )
        self._fill()

    def remove_selected(self) -> None:
        item = self.history.currentItem()
        account = self.current_account()
        if item is None or account.id is None:
            return
        day = dt.date.fromordinal(int(item.data(Qt.ItemDataRole.UserRole)))
        self.doc.undo_stack.push(
            SetFollowers(
                self.doc,
                account.id,
                day,
                None,
                self.tr("Remove a follower count of %1").replace("%1", account.handle),
            )
        )
        self._fill()


class RatesDialog(QDialog):
    """The reach rate of each platform, as a percentage of followers per post, with where the
    default comes from; the officer's own rate replaces it until reset."""

    def __init__(self, doc: Document, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(self.tr("Reach rates"))
        self.rates: dict[Platform, ReachRate] = doc.workspace.coverage.rates()
        from planner.storage.coverage import default_rates

        self.defaults = default_rates()
        layout = QVBoxLayout(self)
        layout.addWidget(
            caption(
                self.tr(
                    "Estimated reach = planned posts × the account's followers × the reach rate: "
                    "the share of followers one post reaches. Replace a default with your own "
                    "figure (reach ÷ followers in your statistics)."
                )
            )
        )
        grid = QGridLayout()
        self.spins: dict[Platform, QDoubleSpinBox] = {}
        for row, platform in enumerate(Platform):
            rate = self.rates[platform]
            name = QLabel(labels.platform(platform))
            spin = QDoubleSpinBox()
            spin.setRange(0, 100)
            spin.setDecimals(1)
            spin.setSuffix(" %")
            spin.setValue(rate.rate * 100)
            spin.setAccessibleName(
                self.tr("Reach rate of %1").replace("%1", labels.platform(platform))
            )
            spin.setToolTip(self.defaults[platform].source)
            reset = QToolButton()
            reset.setIcon(icon("undo"))
            reset.setToolTip(
                self.tr("Back to the default (%1)").replace(
                    "%1", formatter.percent(self.defaults[platform].rate)
                )
            )
            reset.setAccessibleName(reset.toolTip())
            reset.clicked.connect(lambda _=False, p=platform: self._reset(p))
            note = caption(self.tr("your own figure") if not rate.default else self.tr("default"))
            note.setToolTip(self.defaults[platform].source)
            grid.addWidget(name, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(reset, row, 2)
            grid.addWidget(note, row, 3)
            self.spins[platform] = spin
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        layout.addWidget(ok_cancel(self))

    def _reset(self, platform: Platform) -> None:
        self.spins[platform].setValue(self.defaults[platform].rate * 100)

    def changes(self) -> dict[Platform, tuple[float | None, str]]:
        """The rates that differ from what is stored: a default value means "use the default"."""
        found: dict[Platform, tuple[float | None, str]] = {}
        for platform, spin in self.spins.items():
            value = round(spin.value() / 100, 4)
            default = self.defaults[platform].rate
            own = None if abs(value - default) < 1e-9 else value
            current = None if self.rates[platform].default else self.rates[platform].rate
            if own != current:
                found[platform] = (own, "")
        return found

    def accept(self) -> None:
        changes = self.changes()
        if changes:
            self.doc.undo_stack.push(
                SetReachRates(self.doc, changes, self.tr("Change reach rates"))
            )
        super().accept()


_GUESSES = {
    StatField.PUBLISHED: ("date", "time", "published", "posted", "تاريخ", "وقت"),
    StatField.POST_ID: ("id",),
    StatField.TEXT: ("text", "caption", "description", "title", "نص"),
    StatField.PLATFORM: ("platform", "network", "channel", "منصة"),
    StatField.IMPRESSIONS: ("impression", "views", "مرات الظهور", "مشاهدات"),
    StatField.REACH: ("reach", "الوصول"),
    StatField.ENGAGEMENTS: ("engagement", "التفاعل"),
    StatField.LIKES: ("like", "reaction", "إعجاب"),
    StatField.COMMENTS: ("comment", "repl", "تعليق"),
    StatField.SHARES: ("share", "repost", "retweet", "مشاركة"),
    StatField.SAVES: ("save", "bookmark", "حفظ"),
    StatField.CLICKS: ("click", "نقر"),
}


def guess_columns(header: list[str]) -> dict[StatField, str]:
    """A first guess of which column holds what, from the column names."""
    found: dict[StatField, str] = {}
    for stat_field, words in _GUESSES.items():
        for name in header:
            if name not in found.values() and any(w in name.casefold() for w in words):
                found[stat_field] = name
                break
    return found


class MappingDialog(QDialog):
    """Which column of an unknown statistics file holds what, its platform, its dates."""

    def __init__(self, header: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = header
        self.setWindowTitle(self.tr("Map the columns of the statistics file"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            caption(
                self.tr(
                    "This file is not an export of X or Meta Business Suite. Choose the column "
                    "that holds each figure; a date and at least one figure are needed."
                )
            )
        )
        form = QFormLayout()
        self.platform = QComboBox()
        self.platform.addItem(self.tr("Named in a column of the file"), None)
        for p in Platform:
            self.platform.addItem(platform_icon(p), labels.platform(p), p.value)
        self.platform.setAccessibleName(self.tr("Platform of the file"))
        form.addRow(self.tr("Platform of the file"), self.platform)
        self.order = QComboBox()
        for order, example in (
            (DateOrder.DMY, "31/12/2026"),
            (DateOrder.MDY, "12/31/2026"),
            (DateOrder.YMD, "2026-12-31"),
        ):
            self.order.addItem(example, order.value)
        self.order.setAccessibleName(self.tr("Dates are written"))
        form.addRow(self.tr("Dates are written"), self.order)
        guessed = guess_columns(header)
        self.columns: dict[StatField, QComboBox] = {}
        # the figures in two columns: one would be taller than a laptop's screen at 125%
        second = QFormLayout()
        half = (len(StatField) + 2 + 1) // 2 - 2
        for i, stat_field in enumerate(StatField):
            box = QComboBox()
            box.addItem(self.tr("— not in the file —"), "")
            for name in header:
                box.addItem(name, name)
            if stat_field in guessed:
                box.setCurrentIndex(header.index(guessed[stat_field]) + 1)
            box.setAccessibleName(coverage_labels.field(stat_field))
            (form if i < half else second).addRow(coverage_labels.field(stat_field), box)
            self.columns[stat_field] = box
        columns = QHBoxLayout()
        columns.addLayout(form)
        columns.addSpacing(24)
        columns.addLayout(second)
        layout.addLayout(columns)
        layout.addWidget(ok_cancel(self))

    def layout_chosen(self) -> Layout:
        value = self.platform.currentData()
        return Layout(
            LayoutKind.CUSTOM,
            {f: [box.currentData()] for f, box in self.columns.items() if box.currentData()},
            Platform(value) if value else None,
            DateOrder(self.order.currentData()),
        )


def ask_mapping(parent: QWidget, header: list[str]) -> Layout | None:
    """Show the mapping dialog; None when the officer cancels."""
    dialog = MappingDialog(header, parent)
    return dialog.layout_chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
