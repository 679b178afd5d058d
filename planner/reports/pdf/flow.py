"""A part of the PDF flowed through its pages in pieces, each piece a document of its own.

Sections follow one another on the same page; only a part (the cover and contents, the
body) starts a page. The builders cut a part's HTML into pieces with markers: FLOW starts
a piece, FIGURE a piece that opens a figure (a chart with its title and sentence) and
FIGURE_PART a piece that continues one (a further panel). Each piece is laid out where
the previous one ended: an empty first line as tall as the room already used on the page
(SPACER) pushes it down, and its first page is painted on the previous piece's last page.
Moving a heading or a row to the next page then re-lays out one piece, not the rest of
the document. Figures next to each other may trade places: the first that fits on the
page goes first, so that a tall chart does not leave a page half empty while a shorter
one could fill it. A piece just before figures (the section's heading) goes with the
figure placed first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QBrush, QTextBlockFormat, QTextCursor, QTextDocument, QTextTable

from planner.domain import progress as progress_
from planner.domain.progress import Progress
from planner.reports.pdf.document_headings import break_before, find_headings, lead
from planner.reports.pdf.document_rows import (
    break_before_frame,
    first_body_row,
    first_split_row,
    keep_row,
)

FLOW = "<!--flow-->"
FIGURE = "<!--figure-->"
FIGURE_PART = "<!--figure-part-->"
_MARKERS = re.compile(f"({FLOW}|{FIGURE}|{FIGURE_PART})")
_BODY = re.compile(r"(?s)^(.*?<body[^>]*>)(.*)(</body>.*)$")
MAX_ROUNDS = 500  # headings and rows moved per piece at most (each re-lays out the rest)
TOP = 30  # px: what starts this close to a page's top already opens the page
MIN_ROOM = 40  # px: a page with less room left under its content is full: the next piece
# starts a page of its own


@dataclass
class Figure:
    """A figure's pieces, kept in order."""

    pieces: list[str] = field(default_factory=list)


@dataclass
class Piece:
    """A laid-out piece, whether its first page is the previous piece's last page, and its
    pages (a page holding nothing but a trailing empty line is not one)."""

    doc: QTextDocument
    joined: bool
    pages: int


def split(html: str) -> tuple[list[str | Figure], Callable[[str], str]]:
    """The pieces of `html` (a figure's pieces grouped), and how to make one whole
    document of a piece again (the head with its style sheet, and the tail)."""
    found = _BODY.match(html)
    head, body, tail = found.groups() if found else ("", html, "")
    items: list[str | Figure] = []
    marker = FLOW
    for chunk in _MARKERS.split(body):
        if _MARKERS.fullmatch(chunk):
            marker = chunk
            continue
        if marker == FIGURE:
            items.append(Figure([chunk]))
        elif marker == FIGURE_PART and items and isinstance(items[-1], Figure):
            items[-1].pieces.append(chunk)
        elif chunk.strip():
            items.append(chunk)
    return items, lambda piece: head + piece + tail


def content_bottom(doc: QTextDocument) -> float:
    """How far down the document (its pages laid end to end) its content reaches."""
    layout = doc.documentLayout()
    bottom = 0.0
    it = doc.rootFrame().begin()
    while not it.atEnd():
        frame = it.currentFrame()
        if frame is not None:
            bottom = max(bottom, layout.frameBoundingRect(frame).bottom())
        else:
            block = it.currentBlock()
            lines = block.layout()
            if block.length() > 1 and lines.lineCount():
                last = lines.lineAt(lines.lineCount() - 1)
                top = layout.blockBoundingRect(block).top()
                bottom = max(bottom, top + last.y() + last.height())
        it += 1
    return bottom


def pages(doc: QTextDocument) -> int:
    """The pages that hold some of the document's content."""
    return max(1, int(max(0.0, content_bottom(doc) - 0.5) // doc.pageSize().height()) + 1)


def used_height(doc: QTextDocument) -> float:
    """How far down its last page the document's content reaches."""
    return content_bottom(doc) - (pages(doc) - 1) * doc.pageSize().height()


def add_spacer(doc: QTextDocument, height: float) -> None:
    """Push the document's content `height` px down its first page with an empty first line
    that tall (given a brush: Qt hides an empty line just before a table otherwise)."""
    first = doc.begin()
    cursor = QTextCursor(doc)
    table = QTextCursor(first.next()).currentTable() if first.next().isValid() else None
    if not (first.length() == 1 and isinstance(table, QTextTable)):
        cursor.insertBlock()  # the first block's text moves down; an empty one stays
    fmt = QTextBlockFormat()
    fmt.setLineHeight(height, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    fmt.setTopMargin(0)
    fmt.setBottomMargin(0)
    fmt.setBackground(QBrush())
    QTextCursor(doc.begin()).setBlockFormat(fmt)


def settle(doc: QTextDocument, progress: Progress | None = None) -> None:
    """Move stranded headings and rows that would be split to the next page, first to
    last: moving one shifts all that follows, so only the first can be trusted in each
    round, and the next search starts there. What already opens a page stays (moving it
    would leave an empty page): a row or table taller than a page then splits."""
    height = doc.pageSize().height()
    start = 0
    moved: set[int] = set()  # headings moved (or left), by block number
    tries: dict[int, int] = {}  # rows moved, by position: a row moved twice is left
    for _ in range(MAX_ROUNDS):
        progress_.step(progress, 0, 1)
        heading = next((h for h in find_headings(doc) if h.stranded and h.block not in moved), None)
        row = first_split_row(doc, start, frozenset(p for p, n in tries.items() if n > 1))
        at = doc.findBlockByNumber(heading.block).position() if heading else None
        if heading is not None and at is not None and (row is None or at <= row.position):
            moved.add(heading.block)
            if heading.top % height > TOP:
                start = break_before(doc, heading)
            continue
        if row is None:
            return
        tries[row.position] = tries.get(row.position, 0) + 1
        if first_body_row(row):  # the table moves, with the heading that leads to it
            tries[row.position] = 2
            above = lead(doc, row.table.firstPosition())
            if above is not None:
                block = doc.findBlockByNumber(above.block)
                top = doc.documentLayout().blockBoundingRect(block).top()
                if above.block not in moved and top % height > TOP:
                    moved.add(above.block)
                    start = break_before(doc, above)
                    continue
            elif doc.documentLayout().frameBoundingRect(row.table).top() % height > TOP:
                break_before_frame(row.table)
        elif not keep_row(doc, row):
            tries[row.position] = 2
        start = row.table.firstPosition()
