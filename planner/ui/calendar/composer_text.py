"""The composer's text parts: a post editor (right-to-left by default) and the limit counters."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor, QTextOption, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QTextEdit, QToolButton, QWidget

from planner import labels
from planner.domain.limits import (
    CountUnit,
    LimitCode,
    TextPart,
    check,
    default_limits,
    measure,
    text_parts,
)
from planner.domain.model import ContentType, Platform
from planner.domain.xtext import TWITTER_TEXT_V3
from planner.formatting import Formatter
from planner.i18n import calendar as calendar_labels
from planner.ui.icons import icon, platform_icon

OVER = "#b91c1c"  # readable red on white and on the dark base


def paragraph_direction(text: str, default: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction of a paragraph: that of its first strong letter (as X, Instagram and
    browsers with dir=auto do), or `default` when it has none (empty, digits, emoji)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return default


class PostTextEdit(QTextEdit):
    """A post's plain text. Each paragraph takes the direction of its first strong letter,
    right-to-left when it has none yet, and is aligned to match: «#مسقط 2040 Muscat» reads
    right to left while typing, "Muscat 2040 #مسقط" left to right.

    (QPlainTextEdit lays every paragraph out in one direction and left-aligned; QTextEdit's
    layout follows each block's direction.) The editor keeps no undo history of its own:
    Ctrl+Z and Ctrl+Shift+Z go to the document's stack, where typing is one step per field.
    """

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.default_direction = Qt.LayoutDirection.RightToLeft
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.textChanged.connect(self.fit_directions)
        self.fit_directions()

    def fit_directions(self) -> None:
        """Give each paragraph the direction of its text (formats only: the text is kept)."""
        doc = self.document()
        cursor = QTextCursor(doc)
        block = doc.begin()
        blocked = self.signalsBlocked()
        self.blockSignals(True)
        try:
            while block.isValid():
                wanted = paragraph_direction(block.text(), self.default_direction)
                if block.blockFormat().layoutDirection() != wanted:
                    fmt = block.blockFormat()
                    fmt.setLayoutDirection(wanted)
                    cursor.setPosition(block.position())
                    cursor.setBlockFormat(fmt)
                block = block.next()
        finally:
            self.blockSignals(blocked)

    def set_text_keeping_cursor(self, text: str) -> None:
        """Replace the text (after an undo) without sending the cursor to the start."""
        if text == self.toPlainText():
            return
        position = self.textCursor().position()
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self.fit_directions()
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)

    def insert_snippet(self, text: str) -> None:
        """Insert text at the cursor, on its own word (a space before when needed)."""
        cursor = self.textCursor()
        before = self.toPlainText()[: cursor.position()]
        if before and not before[-1].isspace():
            text = ("\n" if "\n" in text or len(text) > 40 else " ") + text
        cursor.insertText(text)
        self.setTextCursor(cursor)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._history_key(event)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = self._history_key(event)
        if key == "undo":
            self.undo_stack.undo()
        elif key == "redo":
            self.undo_stack.redo()
        else:
            super().keyPressEvent(event)

    @staticmethod
    def _history_key(event: QKeyEvent) -> str:
        if event.matches(QKeySequence.StandardKey.Undo):
            return "undo"
        if event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == Qt.Key.Key_Z
            and event.modifiers()
            == Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        ):
            return "redo"
        return ""


class Counter(QToolButton):
    """One platform's count against its limit; red, with a warning mark, when it breaks one.

    A platform whose posts have a title (YouTube) gets two counters: one for the title (the
    text's first line) and one for the rest, each against its own limit.
    """

    def __init__(
        self,
        platform: Platform,
        fmt: Formatter,
        part: TextPart = TextPart.BODY,
        titled: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.platform = platform
        self.part = part
        self.titled = titled  # the platform has a title: this body is its description
        self.fmt = fmt
        self.over = False
        self.count = 0
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(True)
        self.setIcon(platform_icon(platform))

    def name(self) -> str:
        """The platform, or "YouTube title" / "YouTube description" for a titled one."""
        platform = labels.platform(self.platform)
        if self.part is TextPart.TITLE:
            return self.tr("%1 title").replace("%1", platform)
        if self.titled:
            return self.tr("%1 description").replace("%1", platform)
        return platform

    def update_for(self, text: str, content_type: ContentType) -> None:
        limit = default_limits().find(self.platform, self.part, content_type)
        issues = check(text, self.platform, content_type, self.part)
        name = self.name()
        if limit is None:
            self.count = len(text)
            self.setText(self.fmt.integer(self.count))
            summary = self.tr("%1: %n characters (no documented limit)", "", self.count)
            self.setToolTip(self.fmt.counted(summary, self.count).replace("%1", name))
        else:
            self.count = measure(text, limit.unit)
            shown = f"{self.fmt.integer(self.count)} / {self.fmt.integer(limit.max_length)}"
            if self.part is TextPart.TITLE:
                shown = self.tr("Title %1").replace("%1", shown)
            self.setText(shown)
            lines = [
                self.tr("%1: %2 of %3")
                .replace("%1", name)
                .replace("%2", self.fmt.integer(self.count))
                .replace("%3", self.fmt.integer(limit.max_length))
            ]
            for issue in issues:
                figure = (
                    issue.actual - issue.limit if issue.code is LimitCode.TOO_LONG else issue.actual
                )
                lines.append(
                    self.fmt.counted(calendar_labels.limit(issue.code, figure), figure).replace(
                        "%1", self.fmt.integer(issue.limit)
                    )
                )
            if limit.unit is CountUnit.X_WEIGHTED:
                config = TWITTER_TEXT_V3
                lines.append(
                    self.tr("Each link counts %1 and each emoji %2; directional marks are allowed.")
                    .replace("%1", self.fmt.integer(config.transformed_url_length))
                    .replace("%2", self.fmt.integer(config.default_weight // config.scale))
                )
            if self.part is TextPart.TITLE:
                lines.append(
                    self.tr(
                        "The first line of the text is the video's title; "
                        "the lines after it are its description."
                    )
                )
            self.setToolTip("\n".join(lines))
        self.over = bool(issues)
        self.setIcon(icon("warning", OVER) if self.over else platform_icon(self.platform))
        self.setStyleSheet(f"color: {OVER}; font-weight: bold;" if self.over else "")
        self.setAccessibleName(self.toolTip())


class CounterStrip(QWidget):
    """A counter per chosen platform (two for a titled one); clicking one shows its text."""

    chosen = Signal(Platform)

    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.counters: dict[Platform, Counter] = {}  # the body's (or whole text's) counter
        self.titles: dict[Platform, Counter] = {}  # the title's, for platforms with one
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(6)
        self.row.addStretch(1)

    def update_for(self, texts: dict[Platform, str], content_type: ContentType) -> None:
        if list(texts) != list(self.counters):
            for counter in [*self.titles.values(), *self.counters.values()]:
                counter.deleteLater()
            self.counters = {}
            self.titles = {}
            at = 0
            for platform in texts:
                titled = TextPart.TITLE in text_parts("", platform)
                if titled:
                    self.titles[platform] = self._add(platform, TextPart.TITLE, at)
                    at += 1
                self.counters[platform] = self._add(platform, TextPart.BODY, at, titled)
                at += 1
        for platform, text in texts.items():
            parts = text_parts(text, platform)
            if platform in self.titles:
                self.titles[platform].update_for(parts[TextPart.TITLE], content_type)
            self.counters[platform].update_for(parts[TextPart.BODY], content_type)

    def _add(self, platform: Platform, part: TextPart, at: int, titled: bool = False) -> Counter:
        counter = Counter(platform, self.fmt, part, titled, self)
        counter.clicked.connect(lambda _=False, p=platform: self.chosen.emit(p))
        self.row.insertWidget(at, counter)
        return counter
