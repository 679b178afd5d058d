"""The look: Fusion with a calm palette that follows the system's light or dark scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComboBox,
    QWidget,
)

from planner.accent import ACCENT

# One scale of sizes (points) used everywhere: title, section, body, caption.
TITLE, SECTION, BODY, CAPTION = 18, 13, 10.5, 9.5

# Each scheme's colours. "light"/"mid"/"dark"/"shadow" are the bevels Fusion draws frames,
# scrollbar handles and arrows with: left at Qt's defaults they are near-black in both schemes.
_LIGHT = {
    "window": "#f5f6f7",
    "base": "#ffffff",
    "alt": "#f0f3f4",
    "button": "#fbfcfc",
    "text": "#1f2933",
    "muted": "#52606d",
    "disabled": "#7b8794",
    "disabled_base": "#eceff1",
    "border": "#d9dee3",
    "light": "#ffffff",
    "midlight": "#eef1f3",
    "mid": "#c4cbd2",
    "dark": "#9aa5b1",
    "shadow": "#7b8794",
    "nav": "#eaf1f1",
    "card": "#ffffff",
    "progress": "#b9dedc",  # a tint of the accent the percentage's ink reads on (≥ 4.5:1)
}
_DARK = {
    "window": "#1d2125",
    "base": "#24292e",
    "alt": "#2b3137",
    "button": "#2d343b",
    "text": "#e6e9ec",
    "muted": "#a9b4be",
    "disabled": "#7d8893",
    "disabled_base": "#1f2327",
    "border": "#3a424a",
    "light": "#4a545e",
    "midlight": "#3a424a",
    "mid": "#535d67",
    "dark": "#161a1d",
    "shadow": "#0d0f11",
    "nav": "#182022",
    "card": "#24292e",
    "progress": "#1d5f5c",
}


_forced: str | None = None  # "light" or "dark" instead of the system's (pictures, tests)


def force_scheme(scheme: str | None) -> None:
    """Use `scheme` ("light" or "dark") instead of the system's; None follows it again.
    (Qt's own request, QStyleHints.setColorScheme, is ignored by some platforms.)"""
    global _forced
    _forced = scheme


def is_dark() -> bool:
    if _forced is not None:
        return _forced == "dark"
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def colours() -> dict[str, str]:
    return _DARK if is_dark() else _LIGHT


def palette(c: dict[str, str]) -> QPalette:
    """Every role Fusion paints with, for the normal, inactive and disabled states."""
    p = QPalette()
    role = QPalette.ColorRole
    for r, key in (
        (role.Window, "window"),
        (role.Base, "base"),
        (role.AlternateBase, "alt"),
        (role.Text, "text"),
        (role.WindowText, "text"),
        (role.ButtonText, "text"),
        (role.Button, "button"),
        (role.Light, "light"),
        (role.Midlight, "midlight"),
        (role.Mid, "mid"),
        (role.Dark, "dark"),
        (role.Shadow, "shadow"),
        (role.ToolTipBase, "base"),
        (role.ToolTipText, "text"),
        (role.PlaceholderText, "muted"),
    ):
        p.setColor(r, QColor(c[key]))
    for r in (role.Highlight, role.Link, role.Accent):
        p.setColor(r, QColor(ACCENT))
    p.setColor(role.HighlightedText, QColor("#ffffff"))
    p.setColor(role.BrightText, QColor("#ffffff"))
    p.setColor(role.LinkVisited, QColor(ACCENT))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Text, role.WindowText, role.ButtonText, role.PlaceholderText):
        p.setColor(disabled, r, QColor(c["disabled"]))
    # a disabled field is filled like the window around it: it reads as "not for typing"
    p.setColor(disabled, role.Base, QColor(c["disabled_base"]))
    p.setColor(disabled, role.Button, QColor(c["disabled_base"]))
    p.setColor(disabled, role.Highlight, QColor(c["mid"]))
    return p


class HouseStyle(QProxyStyle):
    """Fusion with two things it lacks: check boxes and radio buttons whose rim can be seen,
    and drop-down lists that end a name too long for them with "…".

    Rims (≥ 3:1, WCAG 1.4.11):
    Fusion draws their rim in the window colour darkened by 40%: on a dark window it all but
    vanished, on the light one it was a pale 2:1. They are drawn as on a window lighter by
    as much as the `muted` (light) or `disabled` (dark) colour, so that is their rim."""

    RIMMED = (
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    )

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element not in self.RIMMED:
            super().drawPrimitive(element, option, painter, widget)
            return
        rim = QColor(_DARK["disabled"] if is_dark() else _LIGHT["muted"])
        kept = QPalette(option.palette)
        rimmed = QPalette(kept)
        rimmed.setColor(QPalette.ColorRole.Window, rim.lighter(140))  # Fusion darkens it back
        option.palette = rimmed
        try:
            super().drawPrimitive(element, option, painter, widget)
        finally:
            option.palette = kept

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """A closed drop-down list's text, cut with "…" where its field ends: Fusion clips it
        mid-letter, so a long campaign name read as a shorter, other one."""
        if element is QStyle.ControlElement.CE_ComboBoxLabel and isinstance(
            option, QStyleOptionComboBox
        ):
            field = (
                self.subControlRect(
                    QStyle.ComplexControl.CC_ComboBox,
                    option,
                    QStyle.SubControl.SC_ComboBoxEditField,
                    widget,
                )
                if widget is not None
                else option.rect
            )
            room = field.width() - (
                option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0
            )
            text = option.currentText
            cut = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 0))
            if cut != text:
                option.currentText = cut
                try:
                    super().drawControl(element, option, painter, widget)
                finally:
                    option.currentText = text
                return
        super().drawControl(element, option, painter, widget)


def apply(app: QApplication) -> None:
    """Set the style, palette and style sheet for the whole application, and again whenever
    the system switches between light and dark."""
    if not isinstance(app.style(), HouseStyle):
        app.setStyle(HouseStyle("Fusion"))
    c = colours()
    app.setPalette(palette(c))
    app.setStyleSheet(style_sheet(c))
    if not app.property("themeFollowsScheme"):
        app.setProperty("themeFollowsScheme", True)
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply(app))


def style_sheet(c: dict[str, str]) -> str:
    """The few rules the palette cannot say. Input fields (line edits, drop-down lists, date
    and number boxes) get none: a rule on their frame makes Qt draw the whole control from
    the style sheet, and then their arrows and up/down buttons are lost."""
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
    QListWidget#nav::item:focus {{ border: 2px solid {c["text"]}; }}
    QProgressBar {{ border: 1px solid {c["border"]}; border-radius: 4px; text-align: center;
        max-height: 16px; }}
    QProgressBar::chunk {{ background: {c["progress"]}; border-radius: 3px; }}
    QStatusBar {{ color: {c["muted"]}; }}
    """
