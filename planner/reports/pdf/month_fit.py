"""How much of a text fits in a day cell of the printed month: lines counted by Qt's own layout.

A line is measured as the document will set it: the same font, the same direction marks
(planner.domain.bidi), the bold part bold, the paragraph's direction, the cell's width.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCharFormat, QTextLayout, QTextOption

from planner.domain import bidi as rule
from planner.fonts import FAMILIES
from planner.reports.pdf.html import TASHKEEL

ELLIPSIS = "…"


@dataclass(frozen=True)
class Fitted:
    """A text as printed: what is kept, on how many lines, and whether it was cut."""

    text: str
    lines: int
    cut: bool


class Fitter:
    """Measures paragraphs set in the month's font in a column `width` px wide (the
    document's pixels: QTextDocument lays out with the same font metrics)."""

    def __init__(self, point_size: float, width: float, rtl: bool) -> None:
        self.font = QFont()
        self.font.setFamilies(list(FAMILIES))
        self.font.setPointSizeF(point_size)
        self.width = width
        self.option = QTextOption()
        self.option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )

    def lines(self, text: str, bold: int = 0) -> int:
        """How many lines `text` takes (at least one), its first `bold` characters bold."""
        layout = QTextLayout(text, self.font)
        layout.setTextOption(self.option)
        if bold:
            heavy = QTextCharFormat()
            heavy.setFontWeight(QFont.Weight.Bold)
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = 0, bold, heavy
            layout.setFormats([span])
        layout.beginLayout()
        count = 0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.width)
            count += 1
        layout.endLayout()
        return max(1, count)

    def fit(self, head: str, text: str, max_lines: int) -> Fitted:
        """The most of `text` that fits in `max_lines` after the bold `head` (on the same
        line): whole, or cut after a word with "…" (the largest number of words that fits,
        found by halving)."""
        words = plain(text).split()
        lead = head + " " if words else head

        def lines_with(kept: int) -> int:
            shown = " ".join(words[:kept]) + (ELLIPSIS if kept < len(words) else "")
            return self.lines(lead + rule.shown(shown), len(head))

        whole = lines_with(len(words))
        if whole <= max_lines:
            return Fitted(" ".join(words), whole, False)
        low, high = 0, len(words) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if lines_with(middle) <= max_lines:
                low = middle
            else:
                high = middle - 1
        kept = " ".join(words[:low]) + ELLIPSIS
        return Fitted(kept, lines_with(low), True)


def plain(text: str) -> str:
    """A post's text on one line: line breaks and runs of spaces as single spaces, without
    the diacritics the PDF leaves out (planner.reports.pdf.html.TASHKEEL)."""
    return " ".join(TASHKEEL.sub("", text).split())
