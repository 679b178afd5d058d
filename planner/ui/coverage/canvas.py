"""A chart on screen: a widget showing a matplotlib figure drawn by Agg, through the renderer
that remembers shaped text (`planner.reports.charts.render`).

The charts are pictures (no zoom, no toolbar), so this widget stands in for matplotlib's Qt
canvas, whose import (matplotlib.backends.backend_qt, which makes ~100 Qt enums into Python
ones) costs a tenth of a second on first open. It draws when Qt paints it, at its laid-out
size, once per change. Imports matplotlib: the screen imports this module the first time it
draws a chart, after `planner.reports.charts.loading.load`.
"""

from __future__ import annotations

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.reports.charts.render import QuickCanvasAgg


class ChartCanvas(QWidget):
    """Shows `figure`; `draw_idle()` after changing it draws it at the next paint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = Figure()
        self.agg: FigureCanvasAgg = QuickCanvasAgg(self.figure)
        self.dpi = self.figure.dpi  # of the figure at a device pixel ratio of 1
        self.image: QImage | None = None
        self.pending = True
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def draw_idle(self) -> None:
        self.pending = True
        self.update()

    def draw(self) -> None:
        """Draw the figure now, at the widget's size in device pixels."""
        ratio = self.devicePixelRatioF()
        self.figure.set_dpi(self.dpi * ratio)
        self.figure.set_size_inches(
            max(self.width(), 1) / self.dpi, max(self.height(), 1) / self.dpi, forward=False
        )
        self.agg.draw()
        width, height = self.agg.get_width_height(physical=True)
        image = QImage(bytes(self.agg.buffer_rgba()), width, height, QImage.Format.Format_RGBA8888)
        image.setDevicePixelRatio(ratio)
        self.image = image
        self.pending = False

    def paintEvent(self, event: QPaintEvent) -> None:
        ratio = self.devicePixelRatioF()
        image = self.image
        if (
            self.pending
            or image is None
            or image.devicePixelRatio() != ratio
            or image.width() != round(self.width() * ratio)
            or image.height() != round(self.height() * ratio)
        ):
            self.draw()
            image = self.image
        assert image is not None  # draw() made it
        painter = QPainter(self)
        painter.drawImage(0, 0, image)
        painter.end()
