"""The kit's names and written guidelines (do's and don'ts, clear space, tone of voice) as rich
text kept in Markdown; the editor never loads a resource from outside the workspace."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextDocument, QTextListFormat
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain import bidi
from planner.domain.identity import BrandKit
from planner.formatting import Formatter
from planner.ui.document import Document
from planner.ui.icons import icon
from planner.ui.identity.commands import SaveKit
from planner.ui.pending import PendingSave
from planner.ui.widgets import caption, heading

MARKDOWN = QTextDocument.MarkdownFeature.MarkdownDialectGitHub


class GuidelinesEdit(QTextEdit):
    """A rich-text editor that refuses to fetch images or files named in pasted text."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None


class GuidelinesPanel(QWidget):
    """The kit's name, English name, the campaigns that use it, and its guidelines."""

    message = Signal(str)

    def __init__(self, doc: Document, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.fmt = formatter
        self.kit: BrandKit | None = None
        self._loading = False
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Kit name"))
        self.name.editingFinished.connect(lambda: self._commit("name"))
        self.name_en = QLineEdit()
        self.name_en.setAccessibleName(self.tr("English name"))
        self.name_en.editingFinished.connect(lambda: self._commit("name_en"))
        form = QFormLayout()
        form.addRow(self.tr("Kit name"), self.name)
        form.addRow(self.tr("English name"), self.name_en)
        self.campaigns = caption()

        self.editor = GuidelinesEdit()
        self.editor.setAccessibleName(self.tr("Guidelines"))
        self.editor.setPlaceholderText(
            self.tr(
                "Write the rules of the visual identity: the logo's clear space and smallest size, "
                "which colour goes where, the fonts, the tone of voice, do's and don'ts."
            )
        )
        self.editor.setAcceptRichText(True)
        self._pending = PendingSave(lambda: self._commit("guidelines"), lambda: self._loading, self)
        self.editor.textChanged.connect(self._pending.typed)
        tools = QHBoxLayout()
        for name, text, slot in (
            ("bold", self.tr("Bold"), self.bold),
            ("italic", self.tr("Italic"), self.italic),
            ("heading", self.tr("Heading"), self.heading),
            ("list", self.tr("Bulleted list"), self.bullets),
            ("numbered", self.tr("Numbered list"), self.numbers),
        ):
            button = QToolButton()
            button.setIcon(icon(name))
            button.setToolTip(text)
            button.setAccessibleName(text)
            button.clicked.connect(slot)
            tools.addWidget(button)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.campaigns)
        layout.addWidget(heading(self.tr("Guidelines"), 2))
        layout.addLayout(tools)
        layout.addWidget(self.editor, 1)
        self.set_kit(None, [])

    def set_kit(self, kit: BrandKit | None, campaigns: list[tuple[int, str]]) -> None:
        """Show a kit; text being typed is kept when the kit is the same."""
        self._loading = True
        same = kit is not None and self.kit is not None and kit.id == self.kit.id
        self.kit = copy.deepcopy(kit)
        self.setEnabled(kit is not None)
        if not (same and self.name.hasFocus()):
            self.name.setText(kit.name if kit else "")
        if not (same and self.name_en.hasFocus()):
            self.name_en.setText(kit.name_en if kit else "")
        text = kit.guidelines if kit else ""
        if (
            not (same and (self.editor.hasFocus() or self._pending.pending()))
            and self._markdown() != text
        ):
            self.editor.document().setMarkdown(text, MARKDOWN)
            self.editor.moveCursor(self.editor.textCursor().MoveOperation.Start)
        if kit is None:
            self.campaigns.setText("")
        elif campaigns:
            self.campaigns.setText(
                self.tr("Used by the campaigns: %1").replace(
                    "%1", "، ".join(bidi.isolate(name) for _, name in campaigns)
                )
            )
        else:
            self.campaigns.setText(
                self.tr("No campaign uses this kit yet; choose it in a campaign's plan.")
            )
        self._loading = False

    def _markdown(self) -> str:
        return self.editor.document().toMarkdown(MARKDOWN).strip()

    def flush(self) -> None:
        self._pending.flush()

    def _commit(self, field: str) -> None:
        if self._loading or self.kit is None:
            return
        after = copy.deepcopy(self.kit)
        if field == "name":
            after.name = self.name.text().strip() or self.kit.name
        elif field == "name_en":
            after.name_en = self.name_en.text().strip()
        else:
            after.guidelines = self._markdown()
        if after == self.kit:
            return
        texts = {
            "name": self.tr("Rename kit"),
            "name_en": self.tr("Rename kit"),
            "guidelines": self.tr("Edit guidelines"),
        }
        before, self.kit = self.kit, copy.deepcopy(after)
        self.doc.undo_stack.push(
            SaveKit(self.doc, before, after, texts[field], merge_key=f"{field}:{after.id}")
        )
        self.message.emit(self.tr("Kit saved"))

    # formatting --------------------------------------------------------------------------------
    def bold(self) -> None:
        weight = (
            QFont.Weight.Normal
            if self.editor.fontWeight() > QFont.Weight.Normal
            else QFont.Weight.Bold
        )
        self.editor.setFontWeight(weight)

    def italic(self) -> None:
        self.editor.setFontItalic(not self.editor.fontItalic())

    def heading(self) -> None:
        cursor = self.editor.textCursor()
        level = 0 if cursor.blockFormat().headingLevel() else 2
        block = QTextBlockFormat()
        block.setHeadingLevel(level)
        cursor.mergeBlockFormat(block)
        chars = QTextCharFormat()
        chars.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        chars.setProperty(QTextCharFormat.Property.FontSizeAdjustment, 1 if level else 0)
        cursor.select(cursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(chars)

    def bullets(self) -> None:
        self.editor.textCursor().createList(QTextListFormat.Style.ListDisc)

    def numbers(self) -> None:
        self.editor.textCursor().createList(QTextListFormat.Style.ListDecimal)
