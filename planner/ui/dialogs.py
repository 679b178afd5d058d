"""The seam between logic and modal dialogs: tests replace `Dialogs` so nothing ever blocks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)


def workspace_filter() -> str:
    return QCoreApplication.translate("Dialogs", "Workspaces (*.planner);;All files (*)")


def choice_box(
    parent: QWidget | None, title: str, text: str, choices: list[str]
) -> tuple[QMessageBox, list[QAbstractButton]]:
    """The box of `Dialogs.choose` (made apart so that `screenshot` can picture it)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    return box, [box.addButton(c, QMessageBox.ButtonRole.AcceptRole) for c in choices]


def crash_box(parent: QWidget | None, title: str, text: str, details: str) -> QMessageBox:
    """The box of `Dialogs.crash`: what to do, and the details with a button to copy them."""
    box = QMessageBox(
        QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Close, parent
    )
    box.setDetailedText(details)
    copy = box.addButton(
        QCoreApplication.translate("Dialogs", "Copy details"),
        QMessageBox.ButtonRole.ActionRole,
    )
    copy.clicked.disconnect()  # copying does not close the box
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    return box


class Dialogs:
    """Asks the user for file names and confirmations."""

    def open_file(
        self, parent: QWidget | None, title: str, filters: str, folder: str = ""
    ) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
        return Path(name) if name else None

    def open_files(
        self, parent: QWidget | None, title: str, filters: str, folder: str = ""
    ) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, title, folder, filters)
        return [Path(n) for n in names]

    def save_file(
        self, parent: QWidget | None, title: str, filters: str, suggested: str = ""
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return Path(name) if name else None

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def choose(self, parent: QWidget | None, title: str, text: str, choices: list[str]) -> int:
        """Show `text` with one button per choice; return the index chosen, -1 if closed."""
        box, buttons = choice_box(parent, title, text, choices)
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else -1

    def crash(self, parent: QWidget | None, title: str, text: str, details: str) -> None:
        """An error the program did not expect: what to do, and details to copy and send."""
        crash_box(parent, title, text, details).exec()

    def ask_text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        """A line of text typed by the user (a reason, a name); None if cancelled."""
        text, ok = QInputDialog.getText(parent, title, label)
        return text if ok else None
