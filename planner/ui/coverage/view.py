"""The Coverage screen: the seven charts of a campaign (or of a period), their sentences,
exports, and the actual figures (follower counts, statistics imports, unmatched rows).

matplotlib is imported the first time a chart is drawn, never when the window is built.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.coverage.stats_csv import ImportProblem, StatsImportError
from planner.domain.coverage.stats_layouts import Layout
from planner.domain.names import display_name
from planner.files import write_whole
from planner.formatting import Formatter
from planner.i18n import coverage as coverage_labels
from planner.reports import charts
from planner.reports.charts.data import Selection, collect
from planner.ui import plain
from planner.ui.campaigns.editor.blocks import grow_to_rows
from planner.ui.coverage.commands import ImportStats
from planner.ui.coverage.models import UnmatchedModel
from planner.ui.coverage.pane import ChartPane
from planner.ui.dates import DATE_BOX, follow_digits
from planner.ui.dialogs import Dialogs
from planner.ui.document import Document
from planner.ui.icons import icon
from planner.ui.table_model import row_table
from planner.ui.widgets import EmptyState, heading
from planner.ui.workspace_widget import WorkspaceWidget

if TYPE_CHECKING:
    from planner.domain.coverage.values import CoverageInput

ALL = -1  # the campaign list's entry for "every campaign in a period"
AskMapping = Callable[[QWidget, list[str]], Layout | None]


class CoverageView(WorkspaceWidget):
    """Choose a campaign or a period; read the charts; export them; bring in actual figures."""

    def __init__(
        self,
        doc: Document,
        formatter: Formatter,
        dialogs: Dialogs,
        lang: str,
        today: Callable[[], dt.date] = dt.date.today,
        ask_mapping: AskMapping | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(doc, formatter, dialogs, parent)
        self.lang = lang
        self.today = today
        self.ask_mapping = ask_mapping
        self.inp: CoverageInput | None = None
        self.stale = True
        self.drawn: set[str] = set()
        self.setMinimumSize(640, 480)  # fixed, so redrawing never resizes the window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 8)
        layout.setSpacing(6)
        title = heading(self.tr("Coverage"))
        # said on hovering the title: the charts need the height more than the sentence does
        title.setToolTip(
            self.tr(
                "The planned coverage of a campaign per platform, week, day, segment and hour, "
                "its estimated reach and budget, and — once figures come in — how it went."
            )
        )
        layout.addWidget(title)
        bar = self._selection_bar()
        bar.addLayout(self._action_bar())
        layout.addLayout(bar)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.panes = [ChartPane(name) for name in charts.NAMES]
        for pane in self.panes:
            self.tabs.addTab(pane, charts.title_of(pane.name))
        self.unmatched_title = QLabel()
        self.unmatched_model = UnmatchedModel(formatter, self)
        self.unmatched = row_table(
            self.unmatched_model, self.tr("Statistics rows that match no planned post")
        )
        self.unmatched.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.unmatched.horizontalHeader().setSectionResizeMode(
            UnmatchedModel.TEXT, QHeaderView.ResizeMode.Stretch
        )
        grow_to_rows(self.unmatched, 0)  # under the chart, in the pane's one scroll area
        actual = self.panes[charts.NAMES.index("actual")]
        actual.extra.addWidget(self.unmatched_title)
        actual.extra.addWidget(self.unmatched)
        self.empty = EmptyState(
            self.tr(
                "There is no campaign yet. Create a campaign and plan its posts to see its "
                "coverage here."
            )
        )
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty)
        self.tabs.currentChanged.connect(lambda _i: self.draw_current())
        doc.changed.connect(self._changed)
        self.fill_campaigns()

    # bars ----------------------------------------------------------------------------------
    def _selection_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.campaign = QComboBox()
        self.campaign.setMinimumWidth(260)
        self.campaign.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.campaign.setMinimumContentsLength(24)
        self.campaign.setAccessibleName(self.tr("Campaign"))
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            follow_digits(edit, self.fmt, DATE_BOX)
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.dateChanged.connect(lambda _d: self._selection_changed())
        self.period = QLabel(self.tr("From"))
        self.period_to = QLabel(self.tr("To"))
        bar.addWidget(QLabel(self.tr("Campaign")))
        bar.addWidget(self.campaign)
        bar.addSpacing(12)
        for widget in (self.period, self.start, self.period_to, self.end):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.campaign.currentIndexChanged.connect(lambda _i: self._selection_changed())
        return bar

    def _action_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.export_button = QToolButton()
        self.export_button.setIcon(icon("export"))
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setToolTip(self.tr("Save the chart on screen as a picture for a report"))
        menu = QMenu(self.export_button)
        self.export_png = menu.addAction(
            self.tr("PNG picture (%1 dpi)…").replace("%1", self.fmt.integer(200))
        )
        self.export_svg = menu.addAction(self.tr("SVG drawing…"))
        self.export_button.setMenu(menu)
        self.import_button = QPushButton(icon("import"), self.tr("Import statistics…"))
        self.followers_button = QPushButton(icon("audience"), self.tr("Follower counts…"))
        self.rates_button = QPushButton(icon("settings"), self.tr("Reach rates…"))
        self.export_png.triggered.connect(lambda: self.export("png"))
        self.export_svg.triggered.connect(lambda: self.export("svg"))
        self.import_button.clicked.connect(self.import_statistics)
        self.followers_button.clicked.connect(self.edit_followers)
        self.rates_button.clicked.connect(self.edit_rates)
        bar.addWidget(self.export_button)
        bar.addSpacing(12)
        for button in (self.import_button, self.followers_button, self.rates_button):
            bar.addWidget(button)
        return bar

    # selection ------------------------------------------------------------------------------
    def fill_campaigns(self) -> None:
        """List the campaigns, the one in flight (else the newest) chosen first."""
        summaries = self.doc.workspace.campaigns.summaries()
        today = self.today()
        chosen = self.campaign.currentData()
        self.campaign.blockSignals(True)
        self.campaign.clear()
        for s in summaries:
            self.campaign.addItem(plain.shown(display_name(s, self.fmt.lang)), s.id)
            self.campaign.setItemData(
                self.campaign.count() - 1,
                self.fmt.date_range(s.start, s.end),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.campaign.addItem(self.tr("All campaigns in a period"), ALL)
        running = next((s.id for s in summaries if s.start <= today <= s.end), None)
        wanted = chosen if chosen is not None else running
        index = self.campaign.findData(wanted) if wanted is not None else 0
        self.campaign.setCurrentIndex(max(index, 0))
        self.campaign.blockSignals(False)
        if summaries and self.start.date() == self.end.date():
            first, last = min(s.start for s in summaries), max(s.end for s in summaries)
            for edit, day in ((self.start, first), (self.end, last)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.tabs.setVisible(bool(summaries))
        self.empty.setVisible(not summaries)
        self._show_period()

    def selection(self) -> Selection | None:
        value = self.campaign.currentData()
        if value is None:
            return None
        if value == ALL:
            start, end = self.start.date().toPython(), self.end.date().toPython()
            assert isinstance(start, dt.date) and isinstance(end, dt.date)
            return Selection(None, min(start, end), max(start, end))
        return Selection(campaign_id=int(value))

    def _show_period(self) -> None:
        period = self.campaign.currentData() == ALL
        for widget in (self.period, self.start, self.period_to, self.end):
            widget.setVisible(period)

    def _selection_changed(self) -> None:
        self._show_period()
        self.reload()

    def _changed(self, topic: str) -> None:
        if topic in ("campaigns", "all"):
            self.fill_campaigns()
        self.stale = True
        if self.isVisible():
            self.reload()

    # drawing -------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    def reload(self) -> None:
        """Read the selection again and redraw the chart on screen (the others when shown)."""
        selection = self.selection()
        if selection is None or not self.isVisible():
            self.stale = True
            return
        self.inp = collect(self.doc.workspace, selection)
        self.stale = False
        self.drawn = set()
        unmatched = self.doc.workspace.coverage.unmatched()
        self.unmatched_model.set_rows(unmatched)
        self.unmatched_title.setText(
            self.tr("Statistics rows that match no planned post: %1").replace(
                "%1", self.fmt.integer(len(unmatched))
            )
        )
        self.unmatched.setVisible(bool(unmatched))
        self.draw_current()

    def draw_current(self) -> None:
        pane = self.panes[self.tabs.currentIndex()]
        if self.inp is None or pane.name in self.drawn:
            return
        pane.draw(self.inp, self.fmt, self.lang)
        self.drawn.add(pane.name)

    def current_chart(self) -> str:
        return self.panes[self.tabs.currentIndex()].name

    # actions -------------------------------------------------------------------------------
    def export(self, kind: str) -> None:
        """Save the chart on screen as a 200-dpi PNG or an SVG, at its print size."""
        if self.inp is None:
            return
        name = self.current_chart()
        filters = (
            self.tr("PNG pictures (*.png)") if kind == "png" else self.tr("SVG drawings (*.svg)")
        )
        path = self.dialogs.save_file(self, self.tr("Export the chart"), filters, f"{name}.{kind}")
        if path is None:
            return
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        figure = charts.figure(name, self.inp, self.fmt, self.lang)
        try:
            write_whole(path, lambda p: figure.savefig(p, dpi=200, format=kind), f".{kind}")
        except OSError as exc:
            self.dialogs.error(
                self,
                self.tr("Export the chart"),
                self.tr("The chart could not be saved: %1").replace("%1", exc.strerror or str(exc)),
            )
            return
        self.message.emit(self.tr("Chart saved to %1").replace("%1", str(path)))

    def import_statistics(self) -> None:
        """Read a statistics export (mapping its columns when it is not X's or Meta's), match
        it to the plan, store it as one undoable step, and show what did not match."""
        from planner.storage.stats_import import (
            ImportResult,
            match_to_plan,
            read_stats,
            warnings_of,
        )

        title = self.tr("Import statistics")
        path = self.dialogs.open_file(self, title, self.tr("Statistics (*.csv);;All files (*)"))
        if path is None:
            return
        try:
            data = Path(path).read_bytes()
            try:
                layout, rows = read_stats(data)
            except StatsImportError as exc:
                if exc.problem is not ImportProblem.UNKNOWN_LAYOUT:
                    raise
                from planner.domain.coverage.stats_csv import read_table

                mapping = (self.ask_mapping or _ask_mapping)(self, read_table(data).header)
                if mapping is None:
                    return
                layout, rows = read_stats(data, mapping)
        except OSError as exc:
            self.dialogs.error(self, title, exc.strerror or str(exc))
            return
        except StatsImportError as exc:
            self.dialogs.error(self, title, f"{path.name}: {coverage_labels.problem(exc)}")
            return
        warnings = warnings_of(data, layout, rows)
        if warnings:
            listed = "\n".join("• " + coverage_labels.stat_warning(w, self.fmt) for w in warnings)
            question = f"{listed}\n\n{coverage_labels.accept_question()}"
            if not self.dialogs.confirm(self, title, question):
                return
        match_to_plan(self.doc.workspace, rows)
        result = ImportResult(layout.kind, rows, [])
        self.doc.undo_stack.push(ImportStats(self.doc, result, title))
        self.tabs.setCurrentIndex(charts.NAMES.index("actual"))
        self.message.emit(
            self.fmt.counted(
                self.tr(
                    "%1: %n rows imported (%2), %3 matched to planned posts, %4 unmatched",
                    "",
                    len(rows),
                ),
                len(rows),
            )
            .replace("%1", path.name)
            .replace("%2", coverage_labels.layout(layout.kind))
            .replace("%3", self.fmt.integer(len(result.matched)))
            .replace("%4", self.fmt.integer(len(result.unmatched)))
        )

    def edit_followers(self) -> None:
        from planner.ui.coverage.dialogs import FollowersDialog

        FollowersDialog(self.doc, self.fmt, self.today(), self).exec()

    def edit_rates(self) -> None:
        from planner.ui.coverage.dialogs import RatesDialog

        RatesDialog(self.doc, self.fmt, self).exec()


def _ask_mapping(parent: QWidget, header: list[str]) -> Layout | None:
    from planner.ui.coverage.dialogs import ask_mapping

    return ask_mapping(parent, header)
