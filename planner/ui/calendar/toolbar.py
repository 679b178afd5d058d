"""The calendar's bars: period navigation and view switch, and the filters."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from planner import labels
from planner.domain.calendar import PostFilter
from planner.domain.model import Platform, PostStatus
from planner.ui.calendar.source import CalendarSource
from planner.ui.icons import icon, platform_icon

NO_CAMPAIGN = -1


class FilterBar(QWidget):
    """Campaign, platform, status and segment filters, and the list view's search box."""

    changed = Signal()

    def __init__(self, source: CalendarSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.campaign = self._combo(self.tr("Filter by campaign"))
        self.platform = self._combo(self.tr("Filter by platform"))
        self.status = self._combo(self.tr("Filter by status"))
        self.segment = self._combo(self.tr("Filter by segment"))
        self.platform.addItem(self.tr("All platforms"), None)
        for p in Platform:
            self.platform.addItem(platform_icon(p), labels.platform(p), p.value)
        self.status.addItem(self.tr("All statuses"), None)
        for s in PostStatus:
            self.status.addItem(labels.post_status(s), s.value)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search posts…"))
        self.search.setAccessibleName(self.tr("Search posts"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for combo in (self.campaign, self.platform, self.status, self.segment):
            layout.addWidget(combo, 1)
        layout.addWidget(self.search, 2)
        self.fill_names()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def fill_names(self) -> None:
        """(Re)fill the campaign and segment lists, keeping what was chosen."""
        chosen = (self.campaign.currentData(), self.segment.currentData())
        for combo in (self.campaign, self.segment):
            combo.blockSignals(True)
            combo.clear()
        self.campaign.addItem(self.tr("All campaigns"), None)
        self.campaign.addItem(self.tr("No campaign"), NO_CAMPAIGN)
        for campaign_id, info in self.source.campaigns.items():
            self.campaign.addItem(info.name, campaign_id)
        self.segment.addItem(self.tr("All segments"), None)
        for segment_id, name in self.source.segments.items():
            self.segment.addItem(name, segment_id)
        for combo, value in zip((self.campaign, self.segment), chosen, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)

    def current(self) -> PostFilter:
        campaign = self.campaign.currentData()
        platform = self.platform.currentData()
        status = self.status.currentData()
        return PostFilter(
            campaign_id=campaign if campaign not in (None, NO_CAMPAIGN) else None,
            no_campaign=campaign == NO_CAMPAIGN,
            platform=Platform(platform) if platform else None,
            status=PostStatus(status) if status else None,
            segment_id=self.segment.currentData(),
        )

    def _changed(self) -> None:
        self.source.where = self.current()
        self.changed.emit()


class PeriodBar(QWidget):
    """Previous / today / next, and the month-week-list switch."""

    stepped = Signal(int)  # -1, +1
    todayRequested = Signal()
    modeChosen = Signal(str)

    MODES = ("month", "week", "list")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous = self._button(
            icon("back"), self.tr("Previous"), lambda: self.stepped.emit(-1)
        )
        self.today = self._button(None, self.tr("Today"), self.todayRequested.emit)
        self.next = self._button(icon("forward"), self.tr("Next"), lambda: self.stepped.emit(1))
        names = (self.tr("Month"), self.tr("Week"), self.tr("List"))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.mode_buttons: dict[str, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for button in (self.previous, self.today, self.next):
            layout.addWidget(button)
        layout.addSpacing(12)
        for mode, name in zip(self.MODES, names, strict=True):
            button = self._button(None, name, lambda m=mode: self.modeChosen.emit(m))
            button.setCheckable(True)
            self.group.addButton(button)
            self.mode_buttons[mode] = button
            layout.addWidget(button)

    def _button(self, glyph: object, text: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setAccessibleName(text)
        button.setToolTip(text)
        if glyph is not None:
            button.setIcon(glyph)  # type: ignore[arg-type]
        else:
            button.setText(text)
        button.clicked.connect(slot)
        return button

    def set_mode(self, mode: str) -> None:
        self.mode_buttons[mode].setChecked(True)
