"""What every tab of the campaign editor shares: the editing seam, inline messages, date fields."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QKeySequence, QResizeEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.domain.identity import BrandKit
from planner.domain.model import Account, Campaign, Segment
from planner.domain.validation import Severity, ValidationIssue
from planner.formatting import Formatter
from planner.i18n import campaigns as labels
from planner.ui import theme
from planner.ui.dates import DATE_BOX, date_locale, follow_digits, qdate
from planner.ui.icons import icon
from planner.ui.widgets import clear_layout

if TYPE_CHECKING:
    from planner.ui.campaigns.editor.blocks import TableBlock

Mutation = Callable[[Campaign], object]


class Editing(Protocol):
    """What a tab asks of the editor: the plan being edited and a way to change it."""

    fmt: Formatter
    draft: Campaign
    segments: list[Segment]
    accounts: list[Account]
    kits: list[BrandKit]
    issues: list[ValidationIssue]
    local_problems: set[str]

    def edit(self, field: str, text: str, mutate: Mutation, merge: bool = False) -> bool: ...

    def local_problem(self, field: str, present: bool) -> None: ...


def severity_colour(severity: Severity) -> str:
    """Text colours for errors and warnings, readable (WCAG AA) on the light and dark themes."""
    if theme.is_dark():
        return "#ff9b8f" if severity is Severity.ERROR else "#f5c452"
    return "#b42318" if severity is Severity.ERROR else "#7a4d00"


def issue_icon(severity: Severity) -> QIcon:
    return icon("error" if severity is Severity.ERROR else "warning", severity_colour(severity))


class FieldMessage(QWidget):
    """The inline messages next to a field: an icon and a sentence per issue, hidden when none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.lines: list[tuple[Severity, str]] = []
        self.hide()

    def set_lines(self, lines: Iterable[tuple[Severity, str]]) -> None:
        lines = list(dict.fromkeys(lines))
        if lines == self.lines:
            return
        self.lines = lines
        clear_layout(self._layout)
        for severity, text in lines:
            row = QWidget()
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(6)
            mark = QLabel()
            mark.setPixmap(issue_icon(severity).pixmap(14, 14))
            words = QLabel(text)
            words.setWordWrap(True)
            words.setStyleSheet(f"color: {severity_colour(severity)};")
            box.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
            box.addWidget(words, 1)
            self._layout.addWidget(row)
        self.setAccessibleDescription(" ".join(text for _, text in lines))
        self.setVisible(bool(lines))

    def text(self) -> str:
        return "\n".join(text for _, text in self.lines)

    def show_issues(
        self, issues: Iterable[ValidationIssue], fmt: Formatter, prefix: str = ""
    ) -> None:
        self.set_lines((i.severity, prefix + labels.issue(i.code, fmt)) for i in issues)


def owns(prefixes: Iterable[str], field: str) -> bool:
    """Whether `field` ("phases[1].end") lies under one of `prefixes` ("phases")."""
    return any(field == p or field.startswith((p + "[", p + ".")) for p in prefixes)


_INDEX = re.compile(r"\[(\w+)\]")


def indices(field: str) -> list[str]:
    """The indices in a field path: "objectives[0].kpis[2].target" -> ["0", "2"]."""
    return _INDEX.findall(field)


def row_issues(
    issues: Iterable[ValidationIssue], pattern: str, fmt: Formatter, position: int = 0
) -> list[tuple[Severity, str]]:
    """Issues as message lines; one about a row says which, e.g. "Phase 2: ..." (`pattern`
    holds %1 for the row's number and %2 for the message; `position` picks the index)."""
    lines = []
    for issue in issues:
        at = indices(issue.field)
        text = labels.issue(issue.code, fmt)
        if len(at) > position and at[position].isdigit():
            text = pattern.replace("%1", fmt.integer(int(at[position]) + 1)).replace("%2", text)
        lines.append((issue.severity, text))
    return lines


def cell_marks(
    issues: Iterable[ValidationIssue], attrs: tuple[str, ...], fmt: Formatter, position: int = 0
) -> dict[tuple[int, int], tuple[Severity, str]]:
    """Issues placed on table cells: row from the field's index, column from its attribute."""
    marks: dict[tuple[int, int], tuple[Severity, str]] = {}
    for issue in issues:
        at = indices(issue.field)
        attr = issue.field.rsplit(".", 1)[-1]
        if len(at) > position and at[position].isdigit() and attr in attrs:
            marks.setdefault(
                (int(at[position]), attrs.index(attr)),
                (issue.severity, labels.issue(issue.code, fmt)),
            )
    return marks


class _DocumentUndo(QObject):
    """Lets Ctrl+Z and Ctrl+Shift+Z reach the workspace's undo stack, not the field's own."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and _is_undo_or_redo(event)
        ):
            event.ignore()
            return True
        return False


def _is_undo_or_redo(event: QKeyEvent) -> bool:
    pressed = event.keyCombination().toCombined()
    return (
        event.matches(QKeySequence.StandardKey.Undo)
        or event.matches(QKeySequence.StandardKey.Redo)
        or pressed == QKeySequence("Ctrl+Shift+Z")[0].toCombined()  # type: ignore[index]
    )


_DOCUMENT_UNDO: _DocumentUndo | None = None


def document_undo(*widgets: QWidget) -> None:
    """Route undo/redo shortcuts typed in these fields to the Edit menu (one history)."""
    global _DOCUMENT_UNDO
    if _DOCUMENT_UNDO is None:
        _DOCUMENT_UNDO = _DocumentUndo()
    for widget in widgets:
        targets: list[QWidget] = [widget]
        if isinstance(widget, QAbstractSpinBox):
            targets.extend(widget.findChildren(QLineEdit))
        if isinstance(widget, QPlainTextEdit):
            widget.setUndoRedoEnabled(False)
        for target in targets:
            target.installEventFilter(_DOCUMENT_UNDO)


def date_edit(fmt: Formatter, name: str) -> QDateEdit:
    """A date field with a calendar that starts on Sunday and marks the Omani weekend."""
    edit = QDateEdit()
    follow_digits(edit, fmt, DATE_BOX)
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setMaximumDate(QDate(2099, 12, 31))
    calendar = edit.calendarWidget()
    calendar.setLocale(date_locale(fmt, month_names=True))
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Sunday)
    weekend = QTextCharFormat()
    weekend.setForeground(QColor(severity_colour(Severity.ERROR)))
    workday = QTextCharFormat()
    workday.setForeground(calendar.palette().text())
    for day in (Qt.DayOfWeek.Friday, Qt.DayOfWeek.Saturday):
        calendar.setWeekdayTextFormat(day, weekend)
    calendar.setWeekdayTextFormat(Qt.DayOfWeek.Sunday, workday)
    document_undo(edit)
    return edit


class Page(QScrollArea):
    """A tab's page: the content fills the page, and scrolls only below its minimum size.

    (QScrollArea's own resizing gives wrapped labels their preferred height, which makes
    pages scroll at 1280x800 although everything fits.)
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setWidget(content)
        content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self.fit)  # once the layout has its new minimum
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        content = self.widget()
        if content is None:
            return
        least = content.minimumSizeHint().expandedTo(content.minimumSize())
        room = self.maximumViewportSize()
        width = max(least.width(), room.width())
        height = max(least.height(), room.height())
        if height > room.height():  # a vertical scroll bar takes some width
            width = max(least.width(), room.width() - self.verticalScrollBar().sizeHint().width())
        content.resize(width, height)


def page(content: QWidget) -> QScrollArea:
    """A tab's page: its content scrolls when the window is short."""
    return Page(content)


def set_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Show `text` unless the field holds it already (so the cursor stays where it is)."""
    current = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
    if current != text:
        widget.blockSignals(True)
        if isinstance(widget, QLineEdit):
            widget.setText(text)
        else:
            widget.setPlainText(text)
        widget.blockSignals(False)


def set_date(widget: QDateEdit, value: dt.date) -> None:
    if widget.date() != qdate(value):
        widget.blockSignals(True)
        widget.setDate(qdate(value))
        widget.blockSignals(False)


class Section(QWidget):
    """One tab of the editor: shows the plan, turns the officer's input into edits."""

    PREFIXES: tuple[str, ...] = ()

    def __init__(self, editor: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.fmt = editor.fmt
        self.build()

    def build(self) -> None:
        """Make the tab's fields and lay them out (`editor` and `fmt` are set)."""
        raise NotImplementedError

    def set_field(self, field: str, undo_text: str, value: object, merge: bool = True) -> bool:
        """Give the plan's `field` a new value as one edit; with `merge`, the next change of
        the same field joins the same undo step (typing is undone at once)."""
        return self.editor.edit(field, undo_text, lambda c: setattr(c, field, value), merge)

    def add_item(self, field: str, undo_text: str, item: object, block: TableBlock) -> None:
        """Append `item` to the plan's list `field` as one edit; then edit its first cell."""
        row = len(getattr(self.editor.draft, field))
        self.editor.edit(field, undo_text, lambda c: getattr(c, field).append(item))
        self.load(self.editor.draft)
        block.go_to(row, 0, edit=True)

    def set_item_field(
        self, field: str, row: int, attr: str, undo_text: str, value: object
    ) -> bool:
        """Give `attr` of row `row` of the plan's list `field` a new value, as one edit."""
        return self.editor.edit(
            f"{field}[{row}].{attr}",
            undo_text,
            lambda c: setattr(getattr(c, field)[row], attr, value),
        )

    def show_row_issues(
        self,
        block: TableBlock,
        issues: Iterable[ValidationIssue],
        pattern: str,
        attrs: tuple[str, ...],
        position: int = 0,
    ) -> None:
        """Show `issues` about the rows of `block`'s table: a sentence each under the table,
        saying which row (`pattern`, see row_issues), and a mark on the cell of its attribute
        (`attrs`, the columns' attributes in order)."""
        issues = list(issues)
        block.message.set_lines(row_issues(issues, pattern, self.fmt, position))
        block.model.set_marks(cell_marks(issues, attrs, self.fmt, position))

    def remove_item(self, field: str, undo_text: str, row: int) -> None:
        """Take row `row` out of the plan's list `field` as one edit."""
        self.editor.edit(field, undo_text, lambda c: getattr(c, field).pop(row))
        self.load(self.editor.draft)

    def title(self) -> str:
        raise NotImplementedError

    def load(self, campaign: Campaign) -> None:
        """Show `campaign`; fields already showing the right value are left alone."""
        raise NotImplementedError

    def references_changed(self) -> None:
        """The workspace's segments or accounts changed."""

    def show_issues(self, issues: list[ValidationIssue]) -> None:
        """Show this tab's issues beside their fields."""
        raise NotImplementedError

    def mine(self, issues: Iterable[ValidationIssue]) -> list[ValidationIssue]:
        return [i for i in issues if owns(self.PREFIXES, i.field)]
