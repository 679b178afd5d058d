"""The contrast checker: any text colour on any background, its WCAG 2.x ratio, and whether it
passes AA and AAA for normal and large text (said in words, never by colour alone)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.bidi import FSI, LRI, PDI, isolate
from planner.domain.contrast import ContrastVerdict, is_hex, normalise_hex, verdict
from planner.domain.identity import BrandColour, ColourRole
from planner.formatting import Formatter
from planner.ui.icons import icon
from planner.ui.widgets import Card

PASS, FAIL = "#166534", "#991b1b"


def swatch(hex_colour: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(hex_colour))
    return QIcon(pixmap)


class ContrastChecker(Card):
    """Two colour choosers (kit colours, or any hex typed in) and the verdicts."""

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.title.setText(self.tr("Contrast checker"))
        self.fmt = formatter
        self.text_colour = self._chooser(self.tr("Text colour"))
        self.background = self._chooser(self.tr("Background colour"))
        swap = QToolButton()
        swap.setIcon(icon("swap"))
        swap.setToolTip(self.tr("Swap text and background"))
        swap.setAccessibleName(self.tr("Swap text and background"))
        swap.clicked.connect(self.swap)
        choosers = QGridLayout()
        choosers.addWidget(QLabel(self.tr("Text")), 0, 0)
        choosers.addWidget(self.text_colour, 0, 1)
        choosers.addWidget(swap, 0, 2, 2, 1)
        choosers.addWidget(QLabel(self.tr("Background")), 1, 0)
        choosers.addWidget(self.background, 1, 1)
        choosers.setColumnStretch(1, 1)
        self.body.addLayout(choosers)

        self.preview = QWidget()
        self.preview.setObjectName("contrastPreview")
        self.preview.setAutoFillBackground(True)
        inner = QVBoxLayout(self.preview)
        inner.setContentsMargins(16, 12, 16, 12)
        self.sample_normal = QLabel(
            self.tr("Normal text: the municipality serves you. Latin: Muscat 123")
        )
        self.sample_large = QLabel(self.tr("Large text: a cleaner Muscat"))
        for label in (self.sample_normal, self.sample_large):
            label.setWordWrap(True)
            inner.addWidget(label)
        large = self.sample_large.font()
        large.setPointSizeF(18)
        self.sample_large.setFont(large)
        self.body.addWidget(self.preview)

        self.ratio = QLabel()
        self.ratio.setObjectName("statValue")
        self.ratio.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addWidget(self.ratio)
        grid = QGridLayout()
        self.results: dict[str, QLabel] = {}
        rows = (
            ("aa_normal", self.tr("AA, normal text"), "4.5"),
            ("aa_large", self.tr("AA, large text"), "3"),
            ("aaa_normal", self.tr("AAA, normal text"), "7"),
            ("aaa_large", self.tr("AAA, large text"), "4.5"),
        )
        for i, (key, text, needed) in enumerate(rows):
            grid.addWidget(QLabel(text), i, 0)
            hint = QLabel(
                self.tr("needs %1").replace("%1", self.fmt.digits_of(f"{LRI}{needed}:1{PDI}"))
            )
            hint.setObjectName("caption")
            grid.addWidget(hint, i, 1)
            result = QLabel()
            result.setObjectName("contrastResult")
            self.results[key] = result
            grid.addWidget(result, i, 2)
        grid.setColumnStretch(0, 1)
        self.body.addLayout(grid)
        note = QLabel(
            self.tr("Large text is at least %1 pt, or %2 pt bold.")
            .replace("%1", self.fmt.integer(18))
            .replace("%2", self.fmt.integer(14))
        )
        note.setObjectName("caption")
        note.setWordWrap(True)
        self.body.addWidget(note)
        self.body.addStretch(1)
        self.current: ContrastVerdict | None = None

    def _chooser(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setAccessibleName(name)
        combo.setToolTip(self.tr("Choose a colour of the kit or type any hex value"))
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.currentTextChanged.connect(lambda _=None: self.update_result())
        return combo

    def set_colours(self, colours: list[BrandColour]) -> None:
        """Offer the kit's colours; keep the chosen pair when still there, else pick one."""
        offered = {c.hex for c in colours}
        previous = [
            h if h in offered else None
            for h in (self.hex_of(self.text_colour), self.hex_of(self.background))
        ]
        for combo in (self.text_colour, self.background):
            combo.blockSignals(True)
            combo.clear()
            for c in colours:
                combo.addItem(swatch(c.hex), f"{isolate(c.name)} — {LRI}{c.hex}{PDI}", c.hex)
        text = previous[0] or _first(colours, ColourRole.TEXT, "#1d2b36")
        ground = previous[1] or _first(colours, ColourRole.BACKGROUND, "#ffffff")
        self.choose(text, ground)
        for combo in (self.text_colour, self.background):
            combo.blockSignals(False)
        self.update_result()

    def choose(self, text: str, background: str) -> None:
        for combo, value in ((self.text_colour, text), (self.background, background)):
            index = combo.findData(normalise_hex(value)) if is_hex(value) else -1
            if index >= 0:
                combo.setCurrentIndex(index)
            else:
                combo.setEditText(value)
        self.update_result()

    def swap(self) -> None:
        self.choose(self.hex_of(self.background) or "", self.hex_of(self.text_colour) or "")

    @staticmethod
    def hex_of(combo: QComboBox) -> str | None:
        text = combo.currentText().strip()
        if combo.currentIndex() >= 0 and text == combo.itemText(combo.currentIndex()):
            return str(combo.currentData())
        candidate = text.split("—")[-1].strip().strip(LRI + PDI + FSI).strip()
        return normalise_hex(candidate) if is_hex(candidate) else None

    def update_result(self) -> None:
        fg, bg = self.hex_of(self.text_colour), self.hex_of(self.background)
        if fg is None or bg is None:
            self.current = None
            self.ratio.setText(self.tr("Type a colour as #rrggbb"))
            for label in self.results.values():
                label.setText("")
            return
        self.current = result = verdict(fg, bg)
        self.preview.setStyleSheet(
            f"QWidget#contrastPreview {{ background: {bg}; "
            f"border-radius: 6px; }} QLabel {{ color: {fg}; }}"
        )
        self.ratio.setText(self.fmt.digits_of(f"\u2066{result.ratio:.2f}:1\u2069"))
        self.ratio.setAccessibleName(self.tr("Contrast ratio %1").replace("%1", self.ratio.text()))
        for key, label in self.results.items():
            passed = bool(getattr(result, key))
            label.setText("✓ " + self.tr("Passes") if passed else "✗ " + self.tr("Fails"))
            label.setStyleSheet(f"color: {PASS if passed else FAIL}; font-weight: bold;")


def _first(colours: list[BrandColour], role: ColourRole, default: str) -> str:
    return next((c.hex for c in colours if c.role is role), default)
