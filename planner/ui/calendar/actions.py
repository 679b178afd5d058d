"""The calendar's menu actions: import, export, pause all scheduled posts and resume them."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from planner.domain.calendar import PauseRecord, PostFilter, StateChange
from planner.domain.model import PostStatus
from planner.domain.progress import Cancelled
from planner.domain.scheduling import pause_all, resume
from planner.formatting import Formatter
from planner.i18n import calendar as calendar_labels
from planner.i18n.posts import exported
from planner.reports.calendar_export import ideas_left_out, posts_to_export, write_csv
from planner.reports.calendar_ics import write_ics
from planner.reports.calendar_import import TableError, read_table
from planner.reports.calendar_import.apply import duplicates, workspace_names
from planner.reports.calendar_xlsx import CellTooLongError, write_xlsx
from planner.reports.handoff import HandoffError, HandoffTool, write_handoff
from planner.ui.calendar.commands import ChangeStates, ImportCalendar
from planner.ui.calendar.import_dialog import ImportDialog
from planner.ui.dialogs import Dialogs
from planner.ui.document import Document
from planner.ui.progress import ProgressWindow, cancelled_message

log = logging.getLogger(__name__)


def _exec(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


class CalendarActions(QObject):
    """What the More menu does; each edit is one undoable command."""

    def __init__(
        self,
        doc: Document,
        fmt: Formatter,
        dialogs: Dialogs,
        where: Callable[[], PostFilter],
        parent: QWidget,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.fmt = fmt
        self.dialogs = dialogs
        self.where = where
        self.widget = parent
        self.now = now
        self.run_dialog: Callable[[QDialog], bool] = _exec  # tests answer without a window
        self.messages: list[str] = []
        self.report: Callable[[str], None] = self.messages.append

    # export ---------------------------------------------------------------------------------
    def export_xlsx(self) -> Path | None:
        return self._export(
            self.tr("Export to Excel"), self.tr("Excel workbooks (*.xlsx)"), ".xlsx"
        )

    def export_ics(self) -> Path | None:
        return self._export(
            self.tr("Export to a calendar file"), self.tr("iCalendar files (*.ics)"), ".ics"
        )

    def export_csv(self) -> Path | None:
        return self._export(self.tr("Export to CSV"), self.tr("CSV files (*.csv)"), ".csv")

    def _export(self, title: str, filters: str, suffix: str) -> Path | None:
        path = self.dialogs.save_file(
            self.widget, title, filters, self.tr("content-calendar") + suffix
        )
        if path is None:
            return None
        if path.suffix.lower() != suffix:
            path = path.with_suffix(suffix)
        ws = self.doc.workspace
        words = calendar_labels.export_words()
        try:
            with ProgressWindow(self.widget, title, self.tr("Exporting the posts…")) as progress:
                posts = posts_to_export(ws, self.where())
                left_out = ideas_left_out(ws, self.where())
                if suffix == ".xlsx":
                    count = write_xlsx(ws, posts, path, words, self.fmt, progress)
                elif suffix == ".csv":
                    count = write_csv(ws, posts, path, words, self.fmt, progress)
                else:
                    count = write_ics(ws, posts, path, words, self.fmt.lang, progress=progress)
        except Cancelled:  # the temporary file is gone; an older file at `path` is untouched
            self.report(cancelled_message())
            return None
        except Exception as exc:  # any failure is told, never a traceback
            self.dialogs.error(self.widget, title, self._export_failure(exc))
            return None
        self.report(exported(count, left_out, path.name, self.fmt))
        return path

    def export_handoff(self) -> list[Path]:
        """The approved and scheduled posts the filters show, as Hootsuite's bulk upload
        files (one per platform); the officer is told what was left out and why."""
        title = self.tr("Hand off to Hootsuite")
        path = self.dialogs.save_file(
            self.widget, title, self.tr("CSV files (*.csv)"), self.tr("content-calendar") + ".csv"
        )
        if path is None:
            return []
        tool = HandoffTool.HOOTSUITE
        try:
            with ProgressWindow(self.widget, title, self.tr("Exporting the posts…")) as progress:
                posts = posts_to_export(self.doc.workspace, self.where())
                done = write_handoff(tool, posts, path.with_suffix(".csv"), self.now(), progress)
        except Cancelled:
            self.report(cancelled_message())
            return []
        except HandoffError as exc:
            self.dialogs.error(self.widget, title, calendar_labels.handoff_problem(exc))
            return []
        except Exception as exc:  # any failure is told, never a traceback
            self.dialogs.error(self.widget, title, self._export_failure(exc))
            return []
        self.dialogs.info(
            self.widget, title, "\n".join(calendar_labels.handoff_summary(tool, done, self.fmt))
        )
        return [f.path for f in done.files]

    def _export_failure(self, exc: Exception) -> str:
        """Why an export failed, in the officer's language; nothing was written (the writers
        rename a complete file into place, or leave none)."""
        if isinstance(exc, OSError):
            return self.tr("The file could not be written: %1").replace(
                "%1", exc.strerror or str(exc)
            )
        if isinstance(exc, CellTooLongError):
            when = f"{self.fmt.date(exc.when.date(), 'long')} {self.fmt.time(exc.when)}"
            return calendar_labels.cell_too_long(exc, when, self.fmt)
        log.exception("calendar export failed")
        return self.tr(
            "The export stopped on an unexpected problem and wrote nothing. "
            "The details are in the program's log: %1"
        ).replace("%1", type(exc).__name__)

    # import ---------------------------------------------------------------------------------
    def import_calendar(self) -> int:
        """Ask for a file, map its columns, and add every post in one undoable step."""
        title = self.tr("Import a content calendar")
        path = self.dialogs.open_file(
            self.widget, title, self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)")
        )
        if path is None:
            return 0
        try:
            with ProgressWindow(self.widget, title, self.tr("Reading the file…")) as progress:
                table = read_table(path, progress=progress)
        except Cancelled:
            self.report(cancelled_message())
            return 0
        except TableError as exc:
            self.dialogs.error(
                self.widget, title, calendar_labels.table_problem(exc.problem, exc.detail, self.fmt)
            )
            return 0
        ws = self.doc.workspace
        dialog = ImportDialog(
            table,
            workspace_names(ws),
            path.name,
            self.widget,
            duplicates=lambda parsed: duplicates(ws, parsed),
            fmt=self.fmt,
        )
        try:
            if not self.run_dialog(dialog) or not dialog.result_.ok:
                return 0
            parsed, choice = dialog.result_, dialog.duplicate_choice()
        finally:
            dialog.deleteLater()
        text = self.fmt.counted(
            self.tr("Import %n posts", "", len(parsed.posts)), len(parsed.posts)
        )
        with ProgressWindow(self.widget, text, self.tr("Importing the posts…")) as progress:
            command = ImportCalendar(self.doc, parsed, choice, text, progress)
            self.doc.undo_stack.push(command)
        if progress.cancelled:  # one transaction, rolled back: nothing was stored
            self.report(cancelled_message())
            return 0
        outcome = command.outcome
        words = [calendar_labels.imported(len(outcome.added), path.name, self.fmt)]
        if outcome.replaced:
            words.append(calendar_labels.updated(len(outcome.replaced), self.fmt))
        if outcome.skipped:
            words.append(calendar_labels.skipped(outcome.skipped, self.fmt))
        self.report("; ".join(words))
        return len(outcome.added) + len(outcome.replaced)

    # crisis pause ---------------------------------------------------------------------------
    def pause_all(self) -> int:
        """Pause every scheduled post, with a reason; undo or Resume puts them back."""
        ws = self.doc.workspace
        ids = ws.calendar.scheduled_ids()
        title = self.tr("Pause all scheduled posts")
        if not ids:
            self.dialogs.info(self.widget, title, self.tr("No post is scheduled."))
            return 0
        reason = self.dialogs.ask_text(
            self.widget,
            title,
            self.fmt.counted(
                self.tr(
                    "%n scheduled posts will be paused and will not go out until you resume "
                    "them. Why? (for example: an incident, a day of mourning)",
                    "",
                    len(ids),
                ),
                len(ids),
            ),
        )
        if reason is None or not reason.strip():
            return 0
        before = [ws.posts.get(i) for i in ids]
        after = pause_all(before, reason.strip())
        changes = [
            StateChange(b.id, (b.status, b.status_before_pause), (a.status, a.status_before_pause))
            for b, a in zip(before, after, strict=True)
            if b.id is not None and a.status is not b.status
        ]
        record = PauseRecord(
            reason.strip(),
            self.now().replace(second=0, microsecond=0),
            [c.post_id for c in changes],
        )
        self.doc.undo_stack.push(ChangeStates(self.doc, changes, None, record, title))
        self.report(self.fmt.counted(self.tr("%n posts paused", "", len(changes)), len(changes)))
        return len(changes)

    def resume_all(self) -> int:
        """Give every post paused by "Pause all" its previous state back."""
        ws = self.doc.workspace
        record = ws.calendar.pauses.active()
        paused = [ws.posts.get(i) for i in ws.calendar.ids_with_status(PostStatus.PAUSED)]
        after = resume(paused)
        changes = [
            StateChange(b.id, (b.status, b.status_before_pause), (a.status, a.status_before_pause))
            for b, a in zip(paused, after, strict=True)
            if b.id is not None and a.status is not b.status
        ]
        if not changes and record is None:
            self.dialogs.info(
                self.widget, self.tr("Resume paused posts"), self.tr("No post is paused.")
            )
            return 0
        resumed = None
        if record is not None:
            resumed = PauseRecord(
                record.reason,
                record.paused_at,
                record.post_ids,
                self.now().replace(second=0, microsecond=0),
                record.id,
            )
        self.doc.undo_stack.push(
            ChangeStates(self.doc, changes, record, resumed, self.tr("Resume paused posts"))
        )
        self.report(self.fmt.counted(self.tr("%n posts resumed", "", len(changes)), len(changes)))
        return len(changes)

    def pause_state(self) -> PauseRecord | None:
        return self.doc.workspace.calendar.pauses.active()
