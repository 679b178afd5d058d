"""The look: Fusion with a calm palette that follows the system's light or dark scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from planner.accent import ACCENT

# One scale of sizes (points) used everywhere: title, section, body, caption.
TITLE, SECTION, BODY, CAPTION = 18, 13, 10.5, 9.5

_LIGHT = {
    "window": "#f5f6f7",
    "base": "#ffffff",
    "alt": "#f0f3f4",
    "text": "#1f2933",
    "muted": "#52606d",
    "border": "#d9dee3",
    "nav": "#eaf1f1",
    "card": "#ffffff",
}
_DARK = {
    "window": "#1d2125",
    "base": "#24292e",
    "alt": "#2b3137",
    "text": "#e6e9ec",
    "muted": "#a9b4be",
    "border": "#3a424a",
    "nav": "#182022",
    "card": "#24292e",
}


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def colours() -> dict[str, str]:
    return _DARK if is_dark() else _LIGHT


def apply(app: QApplication) -> None:
    """Set the style, palette and style sheet for the whole application."""
    app.setStyle("Fusion")
    c = colours()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(c["window"]))
    palette.setColor(QPalette.ColorRole.Base, QColor(c["base"]))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(c["alt"]))
    palette.setColor(QPalette.ColorRole.Text, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.Button, QColor(c["base"]))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(c["base"]))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(c["muted"]))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.Accent, QColor(ACCENT))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(c["muted"]))
    app.setPalette(palette)
    app.setStyleSheet(style_sheet(c))


def style_sheet(c: dict[str, str]) -> str:
    return f"""
    QLabel#title {{ font-size: {TITLE}pt; font-weight: bold; }}
    QLabel#section {{ font-size: {SECTION}pt; font-weight: bold; }}
    QLabel#caption, QLabel#subtitle {{ color: {c["muted"]}; font-size: {CAPTION}pt; }}
    QLabel#subtitle {{ font-size: {BODY}pt; }}
    QLabel#empty {{ color: {c["muted"]}; padding: 24px; }}
    QLabel#statValue {{ font-size: {TITLE}pt; font-weight: bold; color: {ACCENT}; }}
    QFrame#card, QFrame#stat {{ background: {c["card"]}; border: 1px solid {c["border"]};
        border-radius: 8px; }}
    QListWidget#nav {{ background: {c["nav"]}; border: none; padding: 12px 8px;
        font-size: {BODY + 0.5}pt; outline: 0; }}
    QListWidget#nav::item {{ padding: 10px 12px; border-radius: 6px; margin: 2px 0; }}
    QListWidget#nav::item:selected {{ background: {ACCENT}; color: #ffffff; }}
    QListWidget#nav::item:hover:!selected {{ background: {c["alt"]}; }}
    QTableView {{ border: 1px solid {c["border"]}; border-radius: 6px;
        gridline-color: {c["border"]}; }}
    QTableView::item {{ padding: 6px 8px; }}
    QHeaderView::section {{ background: {c["alt"]}; border: none;
        border-bottom: 1px solid {c["border"]}; padding: 6px 8px; font-weight: bold; }}
    QLineEdit, QComboBox, QDateEdit, QSpinBox, QDoubleSpinBox, QPlainTextEdit, QTextEdit {{
        padding: 5px 8px; border: 1px solid {c["border"]}; border-radius: 5px;
        background: {c["base"]}; }}
    QComboBox::drop-down {{ border: none; width: 22px; }}
    QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{
        border: 1px solid {ACCENT}; }}
    QProgressBar {{ border: 1px solid {c["border"]}; border-radius: 4px; text-align: center;
        max-height: 16px; }}
    QProgressBar::chunk {{ background: {ACCENT}; border-radius: 3px; }}
    QListWidget {{ border: none; background: transparent; }}
    QListWidget::item {{ padding: 4px 0; }}
    QStatusBar {{ color: {c["muted"]}; }}
    """
