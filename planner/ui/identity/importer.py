"""Importing files into the library: every file checked on its content, its thumbnail made once,
a progress dialog when it takes a while, one undo step for the lot, and a report of refusals."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from planner.domain.content import AssetRefusedError, Refusal
from planner.domain.identity import Asset, AssetKind
from planner.domain.progress import Cancelled
from planner.formatting import Formatter
from planner.reports.identity import labels
from planner.reports.identity.imaging import make_thumbnail
from planner.ui.document import Document
from planner.ui.identity.commands import ImportAssets
from planner.ui.progress import cancelled_message


@dataclass
class ImportReport:
    """What became of each file of an import."""

    added: list[Asset] = field(default_factory=list)
    duplicates: list[Asset] = field(default_factory=list)
    refused: list[tuple[Path, Refusal]] = field(default_factory=list)
    cancelled: bool = False

    def summary(self, fmt: Formatter) -> str:
        """One line for the status bar: how many were imported, already there, refused."""
        if self.cancelled:
            return cancelled_message()
        parts = [
            fmt.counted(
                QCoreApplication.translate("AssetImporter", "%n imported", None, len(self.added)),
                len(self.added),
            )
        ]
        if self.duplicates:
            parts.append(
                fmt.counted(
                    QCoreApplication.translate(
                        "AssetImporter", "%n already in the library", None, len(self.duplicates)
                    ),
                    len(self.duplicates),
                )
            )
        if self.refused:
            parts.append(
                fmt.counted(
                    QCoreApplication.translate(
                        "AssetImporter", "%n refused", None, len(self.refused)
                    ),
                    len(self.refused),
                )
            )
        return fmt.join(parts)

    def refusals(self, fmt: Formatter) -> str:
        """One line per refused file: its name and why."""
        return "\n".join(
            f"{path.name}: {labels.refusal(reason, fmt)}" for path, reason in self.refused
        )


def import_files(
    doc: Document,
    paths: list[Path],
    kit_id: int | None,
    fmt: Formatter,
    parent: QWidget | None = None,
    kind: AssetKind | None = None,
) -> ImportReport:
    """Import `paths` into kit `kit_id`; the refused ones are reported, the others stored."""
    report = ImportReport()
    progress = QProgressDialog(
        QCoreApplication.translate("AssetImporter", "Importing files…"),
        QCoreApplication.translate("AssetImporter", "Cancel"),
        0,
        len(paths),
        parent,
    )
    progress.setWindowTitle(QCoreApplication.translate("AssetImporter", "Import files"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    progress.setAutoClose(True)
    try:
        # One transaction: Cancel stores none of the files (issue 16: a stop leaves nothing).
        with doc.workspace.transaction():
            for i, path in enumerate(paths):
                if progress.wasCanceled():
                    raise Cancelled
                progress.setLabelText(
                    QCoreApplication.translate("AssetImporter", "Importing %1…").replace(
                        "%1", path.name
                    )
                )
                progress.setValue(i)
                try:
                    outcome = doc.workspace.assets.add_file(
                        path, kit_id=kit_id, kind=kind, thumbnailer=make_thumbnail
                    )
                except AssetRefusedError as exc:
                    report.refused.append((path, exc.reason))
                    continue
                (report.duplicates if outcome.duplicate else report.added).append(outcome.asset)
            if progress.wasCanceled():  # clicked while the last file was read
                raise Cancelled
        progress.setValue(len(paths))
    except Cancelled:  # rolled back: nothing of this import was stored
        report = ImportReport(cancelled=True)
    finally:
        progress.close()
        progress.deleteLater()
    if report.added:
        n = len(report.added)
        text = fmt.counted(
            QCoreApplication.translate("AssetImporter", "Import %n files", None, n), n
        )
        doc.undo_stack.push(ImportAssets(doc, [a.id for a in report.added if a.id], text))
    elif report.duplicates:
        doc.notify("identity")
    return report
