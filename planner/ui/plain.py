"""User text is never markup: plain labels, plain tooltips, and the application-wide guard.

Qt takes any text that *looks* like HTML (`Qt.mightBeRichText`) as rich text in a QLabel of
the default (automatic) format, in a QMessageBox and in every tooltip; rich text loads the
images it names, so a campaign name holding `<img src="/dev/zero">` would read until memory
runs out. Everything the officer typed or imported is shown through this module:

- `set_text(label, text)`: a label shows `text` as plain text, laid out by the bidi rule;
- `tip(text)`: a tooltip string that Qt shows literally, whatever it holds;
- `rich(label)`: the few labels built from escaped HTML on purpose opt in to rich text;
- `Guard`, installed once on the application: every QLabel and QMessageBox still in the
  automatic format becomes plain when first shown, and every tooltip of a widget or of an
  item view's cell is shown through `tip()`, so a label or tooltip someone forgets is safe too.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtGui import Qt as GuiQt  # Qt.mightBeRichText lives in QtGui's Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMessageBox,
    QToolTip,
    QWidget,
)

RICH = "plannerRichText"  # the property that marks a widget whose markup is our own


def shown(text: object) -> str:
    """User text as it is drawn: the bidi rule of docs/bidi.md (display only)."""
    from planner.domain import bidi  # here: the first window paints before the domain loads

    return bidi.shown("" if text is None else str(text))


def set_text(label: QLabel, text: object) -> None:
    """Show user `text` in `label` literally (never as markup), in its own direction: a
    label takes its direction and alignment from its text, so its first line is marked
    rather than isolated (bidi.marked)."""
    from planner.domain import bidi

    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(bidi.marked("" if text is None else str(text)))


def label(text: object = "", parent: QWidget | None = None) -> QLabel:
    """A new plain-text label showing user `text`."""
    widget = QLabel(parent)
    set_text(widget, text)
    return widget


def tip(text: object) -> str:
    """A tooltip that shows `text` literally: text Qt would take for HTML is escaped and
    wrapped in a paragraph that keeps its line breaks and spaces."""
    value = shown(text)
    if not GuiQt.mightBeRichText(value):
        return value
    return f'<p style="white-space:pre-wrap">{html.escape(value, quote=False)}</p>'


def rich(widget: QLabel) -> QLabel:
    """Mark `widget` as showing HTML built here, with every user value escaped."""
    widget.setTextFormat(Qt.TextFormat.RichText)
    widget.setProperty(RICH, True)
    return widget


def _is_rich(widget: QObject) -> bool:
    return bool(widget.property(RICH))


class Guard(QObject):
    """Application event filter: labels, message boxes and tooltips default to plain text."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish:
            if (
                isinstance(watched, (QLabel, QMessageBox))
                and not _is_rich(watched)
                and watched.textFormat() == Qt.TextFormat.AutoText
            ):
                watched.setTextFormat(Qt.TextFormat.PlainText)
        elif kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            return self._tooltip(watched, event)
        return False

    def _tooltip(self, watched: QObject, event: QHelpEvent) -> bool:
        if not isinstance(watched, QWidget) or _is_rich(watched):
            return False
        parent = watched.parent()
        if (
            isinstance(parent, QAbstractItemView)
            and not isinstance(parent, QHeaderView)
            and watched is parent.viewport()
        ):
            if _shows_own_tooltips(parent):
                return False  # e.g. the calendar grid: one tooltip per chip, through tip()
            index = parent.indexAt(event.pos())
            text = index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else None
            if not text:
                QToolTip.hideText()
                event.ignore()
                return True
            QToolTip.showText(event.globalPos(), tip(text), watched, parent.visualRect(index))
            return True
        text = watched.toolTip()
        if not text:
            return False
        QToolTip.showText(event.globalPos(), tip(text), watched)
        return True


def _shows_own_tooltips(view: QAbstractItemView) -> bool:
    """Whether `view`'s class (one of ours) handles its viewport's events itself; such a
    view shows its tooltips through `tip()`."""
    return any(
        "viewportEvent" in vars(k) for k in type(view).__mro__ if k.__module__[:8] == "planner."
    )


_guard: Guard | None = None


def install(app: QApplication) -> None:
    """Install the guard on `app` (once)."""
    global _guard
    if _guard is None:
        _guard = Guard(app)
        app.installEventFilter(_guard)
