"""The composer's details: campaign, segment, key message, phase, type, status, time, platforms."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QSize, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner import labels
from planner.domain import bidi
from planner.domain.model import Campaign, ContentType, Platform, Post, PostStatus, Segment
from planner.domain.names import display_name
from planner.formatting import Formatter
from planner.ui.dates import DATETIME_BOX, follow_digits
from planner.ui.icons import icon, platform_icon
from planner.ui.widgets import caption


def qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def pydatetime(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class DetailsForm(QWidget):
    """Every field of a post but its texts; `edited(field, value)` after each user change."""

    edited = Signal(str, object)
    suggestRequested = Signal()

    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.default_when = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(10))
        self.campaign = self._combo("campaign", self.tr("Campaign"))
        self.segment = self._combo("segment", self.tr("Target segment"))
        self.message = self._combo("message", self.tr("Key message"))
        self.phase = self._combo("phase", self.tr("Phase"))
        self.content_type = self._combo("content_type", self.tr("Content type"))
        for t in ContentType:
            self.content_type.addItem(labels.content_type(t), t.value)
        self.status = self._combo("status", self.tr("Status"))
        for s in PostStatus:
            self.status.addItem(labels.post_status(s), s.value)

        self.dated = QCheckBox(self.tr("Has a date"))
        self.dated.setToolTip(self.tr("Without a date the post stays in the ideas."))
        self.dated.toggled.connect(self._dated)
        self.when = QDateTimeEdit()
        self.when.setAccessibleName(self.tr("Date and time"))
        self.when.setCalendarPopup(True)
        follow_digits(self.when, fmt, DATETIME_BOX)
        self.when.dateTimeChanged.connect(lambda value: self.edited.emit("when", pydatetime(value)))
        self.hijri = caption()
        self.suggest = QPushButton(icon("clock"), self.tr("Suggest a time"))
        self.suggest.setToolTip(
            self.tr(
                "The next free good hour on the post's first platform, "
                "from the account's best posting times."
            )
        )
        self.suggest.clicked.connect(self.suggestRequested.emit)
        self.suggestion = caption()

        self.platform_buttons: dict[Platform, QToolButton] = {}
        platforms = QGridLayout()
        platforms.setSpacing(4)
        for i, p in enumerate(Platform):
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(platform_icon(p))
            button.setIconSize(QSize(20, 20))
            button.setToolTip(labels.platform(p))
            button.setAccessibleName(labels.platform(p))
            button.toggled.connect(
                lambda _on, _p=p: self.edited.emit("platforms", self.chosen_platforms())
            )
            self.platform_buttons[p] = button
            platforms.addWidget(button, 0, i)  # one row: the form fits a laptop's height
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("For the team: sources, design, who approves…"))
        self.notes.setMaximumHeight(90)
        self.notes.setUndoRedoEnabled(False)
        self.notes.textChanged.connect(lambda: self.edited.emit("notes", self.notes.toPlainText()))

        when_row = QHBoxLayout()
        when_row.addWidget(self.dated)
        when_row.addWidget(self.when, 1)
        suggest_row = QHBoxLayout()
        suggest_row.addWidget(self.suggest)
        suggest_row.addWidget(self.suggestion, 1)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Campaign"), self.campaign)
        form.addRow(self.tr("Segment"), self.segment)
        form.addRow(self.tr("Key message"), self.message)
        form.addRow(self.tr("Phase"), self.phase)
        form.addRow(self.tr("Type"), self.content_type)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("When"), when_row)
        form.addRow("", self.hijri)
        form.addRow("", suggest_row)
        form.addRow(self.tr("Platforms"), platforms)
        form.addRow(self.tr("Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)

    def _combo(self, field: str, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
        combo.activated.connect(lambda _i: self.edited.emit(field, combo.currentData()))
        return combo

    def _dated(self, on: bool) -> None:
        self.when.setEnabled(on)
        self.suggest.setEnabled(on)
        self.edited.emit("when", pydatetime(self.when.dateTime()) if on else None)

    def chosen_platforms(self) -> list[Platform]:
        return [p for p, b in self.platform_buttons.items() if b.isChecked()]

    # filling -------------------------------------------------------------------------------
    def set_choices(self, campaigns: list[tuple[int, str]], segments: list[Segment]) -> None:
        self.campaign.clear()
        self.campaign.addItem(self.tr("No campaign"), None)
        for campaign_id, name in campaigns:
            self.campaign.addItem(name, campaign_id)
        self.segment.clear()
        self.segment.addItem(self.tr("No segment"), None)
        for s in segments:
            self.segment.addItem(s.name, s.id)

    def show_post(self, post: Post, campaign: Campaign | None) -> None:
        """Show a post's values without sending `edited`."""
        widgets = (
            self.campaign,
            self.segment,
            self.message,
            self.phase,
            self.content_type,
            self.status,
            self.dated,
            self.when,
            self.notes,
            *self.platform_buttons.values(),
        )
        for w in widgets:
            w.blockSignals(True)
        try:
            self.message.clear()
            self.message.addItem(self.tr("No key message"), None)
            self.phase.clear()
            self.phase.addItem(self.tr("No phase"), None)
            if campaign is not None:
                for m in campaign.messages:
                    self.message.addItem(display_name(m, self.fmt.lang), m.id)
                for ph in campaign.phases:
                    self.phase.addItem(
                        f"{bidi.isolate(ph.name)} ({self.fmt.date_range(ph.start, ph.end)})",
                        ph.id,
                    )
            for combo, value in (
                (self.campaign, post.campaign_id),
                (self.segment, post.segment_id),
                (self.message, post.message_id),
                (self.phase, post.phase_id),
                (self.content_type, post.content_type.value),
                (self.status, post.status.value),
            ):
                combo.setCurrentIndex(max(0, combo.findData(value)))
            self.dated.setChecked(post.scheduled_at is not None)
            self.when.setEnabled(post.scheduled_at is not None)
            self.suggest.setEnabled(post.scheduled_at is not None)
            if post.scheduled_at is not None:
                self.when.setDateTime(qdatetime(post.scheduled_at))
                self.hijri.setText(
                    f"{self.fmt.weekday(post.scheduled_at.date())} — "
                    f"{self.fmt.hijri(post.scheduled_at.date())}"
                )
            else:
                self.when.setDateTime(qdatetime(self.default_when))
                self.hijri.setText(self.tr("No date yet: the post is an idea."))
            for p, button in self.platform_buttons.items():
                button.setChecked(p in post.platforms)
            if self.notes.toPlainText() != post.notes:
                self.notes.setPlainText(post.notes)
        finally:
            for w in widgets:
                w.blockSignals(False)
