"""One chart of the Coverage screen: its canvas (made on first draw), panel buttons and sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.formatting import Formatter
from planner.reports import charts
from planner.ui.widgets import caption

if TYPE_CHECKING:
    from planner.domain.coverage.values import CoverageInput


PANEL_TITLES = {  # the panels' own titles (planner.reports.charts.actual)
    "platforms": "Reach per platform: estimated against actual",
    "kpis": "Key performance indicators",
    "followers": "Followers gained per account",
}

MIN_HEIGHT = 240  # a chart's least height on screen (logical pixels)
SQUEEZE = 0.85  # a chart drawn lower than this share of its height would crowd its labels


class ChartPane(QWidget):
    """One chart: a canvas (made on first draw) in a scroll area, the sentence under it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.canvas: Any = None
        self.natural_height = 4.6  # inches: the figure's height as drawn for print
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setAccessibleName(charts.title_of(name))
        self.scroll_area.installEventFilter(self)
        self.summary = caption()
        self.summary.setObjectName("chartSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QWidget()  # the canvas, then anything shown under it (scrolls with it)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.extra = QVBoxLayout()
        self.body_layout.addLayout(self.extra)
        # the planned-against-actual chart shows one panel at a time: stacked, its three
        # panels need twice the height of a 1280x800 screen
        self.panel: str | None = None
        self.panel_bar = QHBoxLayout()
        self.panel_bar.addStretch(1)
        self.panel_group = QButtonGroup(self)
        self.panel_group.idClicked.connect(self._choose_panel)
        self._inp: tuple[CoverageInput, Formatter, str] | None = None
        self._panel_names: list[str] = []
        self.scroll_area.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(self.panel_bar)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.summary)

    def draw(self, inp: CoverageInput, formatter: Formatter, lang: str) -> None:
        """Build the chart of `inp` in this pane's figure (made, with matplotlib, once); it is
        drawn when next painted."""
        if self.canvas is None:
            from planner.reports.charts.loading import load

            load("planner.ui.coverage.canvas")
            from planner.ui.coverage.canvas import ChartCanvas

            self.canvas = ChartCanvas()
            self.canvas.setAccessibleName(charts.title_of(self.name))
            self.body_layout.insertWidget(0, self.canvas, 1)
        self._inp = (inp, formatter, lang)
        if self.name == "actual":
            self._fill_panels(inp)
        figure = charts.figure(
            self.name, inp, formatter, lang, self.canvas.figure, wide=True, panel=self.panel
        )
        self.natural_height = float(figure.get_size_inches()[1])
        self.summary.setText(charts.summary(self.name, inp, formatter))
        self._fit()
        self.canvas.draw_idle()  # once, when Qt paints it at its laid-out size

    def _fill_panels(self, inp: CoverageInput) -> None:
        """One button per panel with something to show; the first is shown at first."""
        from planner.reports.charts.sizes import actual_panels

        names = [name for name, _ in actual_panels(charts.CHARTS["actual"].compute(inp))]
        if self.panel not in names:
            self.panel = names[0] if names else None
        for button in self.panel_group.buttons():
            self.panel_group.removeButton(button)
            button.deleteLater()
        if len(names) < 2:
            return
        for i, name in enumerate(names):
            button = QPushButton(QCoreApplication.translate("Charts", PANEL_TITLES[name]))
            button.setCheckable(True)
            button.setChecked(name == self.panel)
            self.panel_group.addButton(button, i)
            self.panel_bar.insertWidget(i, button)
        self._panel_names = names

    def _choose_panel(self, number: int) -> None:
        self.panel = self._panel_names[number]
        if self._inp is not None:
            self.draw(*self._inp)

    def _fit(self) -> None:
        """Fill the visible height when the chart's own height (its text is in points, so
        it needs the same height at any width) nearly fits; a taller chart keeps its height
        and the pane scrolls as one page (what is under it has no scroll bar of its own)."""
        if self.canvas is not None:
            room = self.scroll_area.maximumViewportSize().height()
            wanted = round(self.natural_height * self.canvas.dpi)
            fits = room >= wanted * SQUEEZE
            self.canvas.setMinimumHeight(max(MIN_HEIGHT, room if fits else wanted))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area and event.type() == QEvent.Type.Resize:
            self._fit()
        return False
