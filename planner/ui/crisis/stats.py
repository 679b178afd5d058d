"""Response times: the chart per platform (built when first shown), medians per platform and
severity, and the response-time targets with the channel critical matters go to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner import labels as core_labels
from planner.domain.crisis import ResponseTarget, Severity
from planner.domain.crisis_due import share_within_target, target_for
from planner.domain.crisis_stats import TimesRow, incident_times, request_times
from planner.domain.model import Platform
from planner.formatting import Formatter
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.palette import ACCENT
from planner.ui.crisis import labels
from planner.ui.crisis.commands import TOPIC, SaveTargets
from planner.ui.crisis.rows_editor import Field, RowsEditor
from planner.ui.crisis.table import Column, RecordTableModel
from planner.ui.document import Document
from planner.ui.widgets import Card, EmptyState, caption
from planner.ui.workspace_widget import WorkspacePage

INCIDENT_COLOUR = "#d97706"


@dataclass
class MedianRow:
    """One line of a medians table (a platform or a severity)."""

    id: int
    label: str
    times: TimesRow
    answered: str = "—"
    share: str = "—"


class StatsTab(WorkspacePage):
    """Charts and tables of response times, and the targets that measure them."""

    def __init__(
        self,
        doc: Document,
        fmt: Formatter,
        now: Callable[[], dt.datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(doc, fmt, parent)
        self.now = now
        self.canvas: Any = None
        self._dirty = True
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(12)
        self.setWidget(page)

        self.chart_card = Card(self.tr("Response times per platform"))
        self.chart_card.setMinimumHeight(360)
        self.chart_empty = EmptyState(
            self.tr(
                "No response time yet: log follower requests and incidents with the time they "
                "were answered."
            )
        )
        self.chart_card.body.addWidget(self.chart_empty)
        layout.addWidget(self.chart_card)

        tables = QVBoxLayout()  # one above the other: each needs the full width
        self.by_platform = self._table(QT_TRANSLATE_NOOP("MedianTable", "Platform"))
        self.by_severity = self._table(QT_TRANSLATE_NOOP("MedianTable", "Severity"))
        for title, (_model, view) in (
            (self.tr("Medians per platform"), self.by_platform),
            (self.tr("Medians per severity"), self.by_severity),
        ):
            card = Card(title)
            card.body.addWidget(view)
            tables.addWidget(card)
        layout.addLayout(tables)

        targets = Card(self.tr("Response-time targets for follower requests"))
        targets.body.addWidget(
            caption(
                self.tr(
                    "A target applies to every platform unless a platform has its own. Name a "
                    "channel in “Route to” to send requests of that severity there; Muscat "
                    "Municipality, for example, sends critical matters to its hotline."
                )
            )
        )
        self.targets = RowsEditor(
            self.tr("Targets"),
            [
                Field(
                    self.tr("Platform"),
                    "platform",
                    "choice",
                    [(self.tr("Every platform"), None)]
                    + [(core_labels.platform(p), p) for p in Platform],
                ),
                Field(
                    self.tr("Severity"),
                    "severity",
                    "choice",
                    [(labels.name(s), s) for s in Severity],
                ),
                Field(self.tr("Within (minutes)"), "minutes", "int"),
                Field(self.tr("Route to"), "route_to", stretch=True),
            ],
            lambda: ResponseTarget(Severity.MEDIUM, 480),
            fmt,
        )
        self.targets.setMinimumHeight(260)
        self.targets.edited.connect(self._targets_edited)
        targets.body.addWidget(self.targets)
        layout.addWidget(targets)
        layout.addStretch(1)
        doc.changed.connect(self._on_changed)
        self.reload()

    def _table(self, first: str) -> tuple[RecordTableModel, QTableView]:
        fmt = self.fmt
        columns = [
            Column(first, lambda r: r.label),
            Column(
                QT_TRANSLATE_NOOP("MedianTable", "Incidents"),
                lambda r: fmt.integer(r.times.count) if r.times.count else "—",
            ),
            Column(
                QT_TRANSLATE_NOOP("MedianTable", "First response"),
                lambda r: labels.duration(r.times.median_response, fmt),
            ),
            Column(
                QT_TRANSLATE_NOOP("MedianTable", "Closed after"),
                lambda r: labels.duration(r.times.median_close, fmt),
            ),
            Column(
                QT_TRANSLATE_NOOP("MedianTable", "Requests answered after"), lambda r: r.answered
            ),
            Column(QT_TRANSLATE_NOOP("MedianTable", "Within target"), lambda r: r.share),
        ]
        model = RecordTableModel("MedianTable", columns, self)
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().hide()
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.setMinimumHeight(220)
        return model, view

    def reload(self) -> None:
        crisis = self.doc.workspace.crisis
        self.incidents = crisis.incidents.list()
        self.requests = crisis.requests.list()
        self.target_list = crisis.targets.list()
        self.targets.set_rows(self.target_list)
        self._fill(
            self.by_platform[0],
            lambda x: x.platform,
            lambda k: core_labels.platform(k) if k else labels.elsewhere(),
        )
        self._fill(self.by_severity[0], lambda x: x.severity, labels.name)
        self._dirty = True
        if self.isVisible():
            self.draw_chart()

    def _fill(
        self, model: RecordTableModel, key: Callable[[Any], Hashable], name: Callable[[Any], str]
    ) -> None:
        incidents = {r.key: r for r in incident_times(self.incidents, key)}
        requests = {r.key: r for r in request_times(self.requests, key)}
        keys = list(incidents) + [k for k in requests if k not in incidents]
        order = [*Platform, *Severity, None]
        rows = []
        for n, k in enumerate(sorted(keys, key=order.index)):
            times = incidents.get(k, TimesRow(k, 0, 0, None))
            asked = [r for r in self.requests if key(r) == k]
            request_row = requests.get(k)
            row = MedianRow(n, name(k), times)
            if request_row is not None:
                row.answered = labels.duration(request_row.median_response, self.fmt)
                share = share_within_target(asked, self.target_list, self.now()).fraction
                if share is not None:
                    row.share = self.fmt.percent(share)
            rows.append(row)
        model.set_rows(rows)

    def chart_data(self) -> Any:
        """The chart's plain data: per platform with any data, the median hours to answer a
        follower and to first respond to an incident."""
        from planner.reports.crisis_charts import ResponseTimesChart, Series

        by_request = {r.key: r for r in request_times(self.requests, lambda r: r.platform)}
        by_incident = {r.key: r for r in incident_times(self.incidents, lambda i: i.platform)}
        platforms = [p for p in Platform if p in by_request or p in by_incident]

        def hours(row: TimesRow | None) -> float | None:
            if row is None or row.median_response is None:
                return None
            return row.median_response.total_seconds() / 3600

        medium = target_for(self.target_list, None, Severity.MEDIUM)
        return ResponseTimesChart(
            categories=tuple(core_labels.platform(p) for p in platforms),
            series=(
                Series(
                    self.tr("Follower requests: answered after"),
                    ACCENT,
                    tuple(hours(by_request.get(p)) for p in platforms),
                ),
                Series(
                    self.tr("Incidents: first response after"),
                    INCIDENT_COLOUR,
                    tuple(hours(by_incident.get(p)) for p in platforms),
                ),
            ),
            title="",
            axis_label=self.tr("hours"),  # the card above holds the title
            target=medium.minutes / 60 if medium else None,
            target_label=self.tr("Target for a medium request") if medium else "",
            rtl=self.isRightToLeft(),
            value_text=lambda v: self.fmt.number(v, 1),
        )

    def draw_chart(self) -> None:
        """Build the chart (importing matplotlib the first time) from the current data."""
        self._dirty = False
        if not any(r.answered_at for r in self.requests) and not any(
            i.response_at for i in self.incidents
        ):
            self.chart_empty.show()
            if self.canvas is not None:
                self.canvas.hide()
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # matplotlib loads (~1 s)
        try:
            from planner.reports.charts.loading import load

            # the quick import the Coverage screen uses (no setter docstrings, no source
            # scans, no full collector passes over the window's objects)
            load("matplotlib.backends.backend_qtagg", "planner.reports.crisis_charts")
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

            from planner.reports.crisis_charts import response_times_figure

            canvas = FigureCanvasQTAgg(response_times_figure(self.chart_data()))
        finally:
            QApplication.restoreOverrideCursor()
        canvas.setMinimumHeight(300)
        canvas.setAccessibleName(self.chart_card.title.text())
        if self.canvas is not None:
            self.chart_card.body.replaceWidget(self.canvas, canvas)
            self.canvas.deleteLater()
        else:
            self.chart_card.body.addWidget(canvas, 1)
        self.canvas = canvas
        self.chart_empty.hide()
        canvas.show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.draw_chart()

    def _targets_edited(self, rows: list[ResponseTarget]) -> None:
        self.doc.undo_stack.push(
            SaveTargets(self.doc, self.target_list, rows, self.tr("Edit response-time targets"))
        )

    def _on_changed(self, topic: str) -> None:
        if topic in ("all", TOPIC):
            self.reload()
