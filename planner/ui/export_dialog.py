"""File > Export as PDF…: the campaign plan or a month of the calendar, in either language."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QDate, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QWidget,
)

from planner.domain.progress import Cancelled
from planner.formatting import Digits, Formatter
from planner.i18n.language import temporary_language
from planner.reports.charts import pool
from planner.settings import Settings
from planner.storage.errors import WorkspaceError
from planner.ui import plain
from planner.ui.dates import date_locale
from planner.ui.dialogs import Dialogs
from planner.ui.document import Document
from planner.ui.progress import ProgressWindow, cancelled_message

log = logging.getLogger(__name__)


class ExportPdfDialog(QDialog):
    """Chooses what to export and in which language, then writes the PDF with progress.

    Cancel in the progress window stops it between pages: no file is left, `cancelled`
    carries the status bar's line, and this dialog stays open to try again."""

    cancelled = Signal(str)

    def __init__(
        self,
        doc: Document,
        settings: Settings,
        dialogs: Dialogs,
        campaign_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.settings = settings
        self.dialogs = dialogs
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export as PDF"))
        form = QFormLayout(self)
        self.plan = QRadioButton(self.tr("Campaign plan"))
        self.month = QRadioButton(self.tr("A month of the content calendar"))
        group = QButtonGroup(self)
        group.addButton(self.plan)
        group.addButton(self.month)
        self.campaign = QComboBox()
        self.campaign.setAccessibleName(self.tr("Campaign"))
        for summary in doc.workspace.campaigns.summaries():
            self.campaign.addItem(plain.shown(summary.name), summary.id)
        if campaign_id is not None and self.campaign.findData(campaign_id) >= 0:
            self.campaign.setCurrentIndex(self.campaign.findData(campaign_id))
        self.version = QComboBox()  # the plan as it is now, or as frozen for approval
        self.version.setAccessibleName(self.tr("Version of the plan"))
        self.campaign.currentIndexChanged.connect(self._list_versions)
        self._list_versions()
        self.when = QDateEdit(QDate.currentDate())
        self.when.setLocale(date_locale(settings.formatter(), month_names=True))
        self.when.setDisplayFormat("MMMM yyyy")
        self.when.setAccessibleName(self.tr("Month"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the document"))
        self.language.addItem("العربية", "ar")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if settings.language == "ar" else 1)
        form.addRow(self.plan, self.campaign)
        form.addRow(self.tr("Version"), self.version)
        form.addRow(self.month, self.when)
        form.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        has_campaigns = self.campaign.count() > 0
        self.plan.setEnabled(has_campaigns)
        (self.plan if has_campaigns else self.month).setChecked(True)
        if has_campaigns:  # a plan's charts are drawn by a worker: let it ready itself now,
            pool.warm(settings.language)  # and draw the chosen plan's while a file is chosen
            for changed in (
                self.plan.toggled,
                self.campaign.currentIndexChanged,
                self.language.currentIndexChanged,
            ):
                changed.connect(self._prepare)
            QTimer.singleShot(0, self, self._prepare)  # once the dialog is on screen

    def _list_versions(self) -> None:
        """The chosen campaign's versions (docs/approval.md), the newest first."""
        from planner import approval_labels
        from planner.storage.approval import history

        self.version.clear()
        self.version.addItem(self.tr("As it is now"), 0)
        if self.campaign.currentIndex() < 0:
            return
        fmt = self.settings.formatter()
        for v in reversed(history(self.doc.workspace, int(self.campaign.currentData())).versions):
            label = self.tr("Version %1").replace("%1", fmt.integer(v.number))
            if v.decision is not None:
                label += " — " + approval_labels.decision(v.decision.decision)
            self.version.addItem(label, v.number)
        self.version.setEnabled(self.version.count() > 1)

    def _formatter(self, lang: str) -> Formatter:
        """The settings' digits in the interface's language; else that language's own."""
        digits = (
            self.settings.digits
            if lang == self.settings.language
            else (Digits.ARABIC_INDIC if lang == "ar" else Digits.LATIN)
        )
        return Formatter(lang, digits)

    def _too_long(self, campaign_id: int) -> bool:
        """Refuse, with the estimate, a plan of thousands of pages (before any layout)."""
        from planner import labels
        from planner.domain.ranges import PDF_MAX_PAGES
        from planner.storage.plan_size import estimated_plan_pages

        pages = estimated_plan_pages(self.doc.workspace, campaign_id)
        if pages <= PDF_MAX_PAGES:
            return False
        self.dialogs.error(self, self.tr("Export as PDF"), labels.too_many_pages(pages))
        return True

    def _prepare(self) -> None:
        """Ask the chart worker for the chosen plan's charts, so that they are drawn while
        the officer chooses where to save it (the export waits only for what is left)."""
        if not self.plan.isChecked() or self.campaign.currentIndex() < 0:
            return
        from planner.reports.pdf.plan import prepare_plan

        lang = str(self.language.currentData())
        with contextlib.suppress(OSError, WorkspaceError):  # the export says what is wrong
            prepare_plan(
                self.doc.workspace, int(self.campaign.currentData()), self._formatter(lang)
            )

    def export(self) -> None:
        lang = str(self.language.currentData())
        is_plan = self.plan.isChecked()
        if is_plan and self._too_long(int(self.campaign.currentData())):
            return
        suggested = (
            self.campaign.currentText() if is_plan else self.when.date().toString("yyyy-MM")
        ) + ".pdf"
        path = self.dialogs.save_file(
            self, self.tr("Export as PDF"), self.tr("PDF documents (*.pdf)"), suggested
        )
        if path is None:
            return
        path = path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
        progress = ProgressWindow(self, self.tr("Export as PDF"), self.tr("Writing the PDF…"))
        formatter = self._formatter(lang)
        try:
            with temporary_language(lang, self.settings.language):
                if is_plan:
                    from planner.reports.pdf.plan import export_plan

                    export_plan(
                        self.doc.workspace,
                        int(self.campaign.currentData()),
                        path,
                        formatter,
                        version=int(self.version.currentData()) or None,
                        progress=progress,
                    )
                else:
                    from planner.reports.pdf.month import export_month

                    q = self.when.date()
                    export_month(
                        self.doc.workspace,
                        dt.date(q.year(), q.month(), 1),
                        path,
                        formatter,
                        progress,
                    )
        except Cancelled:  # no file: the partial one beside `path` is removed
            progress.close()
            self.cancelled.emit(cancelled_message())
            return
        except (OSError, WorkspaceError) as exc:
            progress.close()
            self.dialogs.error(
                self,
                self.tr("Export as PDF"),
                self.tr("The PDF could not be written: %1").replace("%1", str(exc)),
            )
            return
        except Exception as exc:  # any other failure is told too, never a traceback
            progress.close()
            log.exception("PDF export failed")
            self.dialogs.error(
                self,
                self.tr("Export as PDF"),
                self.tr(
                    "The export stopped on an unexpected problem and wrote nothing. "
                    "The details are in the program's log: %1"
                ).replace("%1", type(exc).__name__),
            )
            return
        progress.close()
        self.written = path
        choice = self.dialogs.choose(
            self,
            self.tr("Export as PDF"),
            self.tr("The PDF was saved to %1").replace("%1", str(path)),
            [self.tr("Open the file"), self.tr("Close")],
        )
        if choice == 0:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.accept()
