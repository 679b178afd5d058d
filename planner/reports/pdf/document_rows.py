"""Table rows of a laid-out PDF document kept whole: a row that would cross a page's end moves.

Qt splits a table row line by line at a page's end: its last lines (a lone Hijri date)
open the next page. Qt moves a row whole only when no cell's first line fits on the page,
so a row that would be split is moved by making the row above it reach down to the
page's end (its bottom padding grows): the row then starts where none of its lines fits,
and Qt moves it to the next page under the repeated header rows, as it does by itself
for a row that starts at a page's very end. A row that begins a table's body moves with
the table (and the heading just above it) instead. A row taller than a page's body less
its table's header rows cannot move whole anywhere: it is left to split.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
    QTextTableCell,
)

ROOM = 3.0  # px left between the stretched row and the page's end
SPACER = QTextFormat.Property.UserProperty + 18  # marks the line that stretches a row


@dataclass
class SplitRow:
    """A row that crosses a page's end: `table` row `row` (0-based, header rows counted)."""

    table: QTextTable
    row: int
    position: int  # where the row begins in the document
    top: float  # its first line's top
    bottom: float  # its last line's bottom


def tables(doc: QTextDocument, start: int = 0) -> Iterator[QTextTable]:
    """The tables of the document's main flow, in order, from document position `start`."""
    it = doc.rootFrame().begin()
    while not it.atEnd():
        frame = it.currentFrame()
        if isinstance(frame, QTextTable) and frame.lastPosition() >= start:
            yield frame
        it += 1


def cell_lines(
    doc: QTextDocument, layout: QAbstractTextDocumentLayout, cell: QTextTableCell
) -> Iterator[tuple[float, float]]:
    """Top and bottom of each line in `cell`, in document coordinates."""
    block = doc.findBlock(cell.firstPosition())
    while block.isValid() and block.position() <= cell.lastPosition():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            yield top + line.y(), top + line.y() + line.height()
        block = block.next()


def row_extent(
    doc: QTextDocument, layout: QAbstractTextDocumentLayout, table: QTextTable, row: int
) -> tuple[float, float] | None:
    """The top of the row's first line and the bottom of its last (None: no line)."""
    found = [
        extent
        for column in range(table.columns())
        for extent in cell_lines(doc, layout, table.cellAt(row, column))
    ]
    if not found:
        return None
    return min(top for top, _ in found), max(bottom for _, bottom in found)


def page_of(y: float, height: float) -> int:
    return int(y // height)


def first_split_row(
    doc: QTextDocument, start: int = 0, skip: frozenset[int] = frozenset()
) -> SplitRow | None:
    """The first row from document position `start` on whose lines lie on two pages (and
    that could lie on one), but for the rows beginning at a position in `skip`; None when
    every row is whole."""
    layout = doc.documentLayout()
    height = doc.pageSize().height()
    for table in tables(doc, start):
        frame = layout.frameBoundingRect(table)
        if page_of(frame.top(), height) == page_of(frame.bottom() - 1, height):
            continue  # the whole table is on one page
        header = table.format().headerRowCount()
        header_height = _header_height(doc, layout, table, header)
        for row in range(header, table.rows()):
            position = table.cellAt(row, 0).firstPosition()
            if position < start or position in skip:
                continue
            extent = row_extent(doc, layout, table, row)
            if extent is None:
                continue
            top, bottom = extent
            if page_of(top, height) == page_of(bottom - 0.5, height):
                continue
            if bottom - top > height - header_height:
                continue  # taller than a page under its header: it can only split
            return SplitRow(table, row, position, top, bottom)
    return None


def _header_height(
    doc: QTextDocument, layout: QAbstractTextDocumentLayout, table: QTextTable, header: int
) -> float:
    extents = [row_extent(doc, layout, table, r) for r in range(header)]
    found = [e for e in extents if e is not None]
    if not found:
        return 0.0
    # the header's lines and the paddings around them
    return max(b for _, b in found) - min(t for t, _ in found) + 2 * _padding(table) * len(found)


def _padding(table: QTextTable) -> float:
    return float(table.format().cellPadding())


def keep_row(doc: QTextDocument, split: SplitRow) -> bool:
    """Move `split` whole to the next page: the row above it reaches down to the page's end
    (an empty line as tall as the room left closes its tallest cell). False when the row
    above ends on an earlier page: the row opens its page and cannot move."""
    table, row = split.table, split.row
    layout = doc.documentLayout()
    height = doc.pageSize().height()
    tallest: tuple[float, QTextTableCell] | None = None
    for column in range(table.columns()):
        cell = table.cellAt(row - 1, column)
        bottoms = [bottom for _, bottom in cell_lines(doc, layout, cell)]
        if bottoms and (tallest is None or max(bottoms) > tallest[0]):
            tallest = (max(bottoms), cell)
    if tallest is None or page_of(tallest[0] - 0.5, height) != page_of(split.top, height):
        return False
    bottom, cell = tallest
    # the cell's lines end above its bottom padding and the table's border
    room = (page_of(split.top, height) + 1) * height - bottom
    room -= _padding(table) + 2 * table.format().border() + ROOM
    if room <= 0:
        return False
    last = doc.findBlock(cell.lastPosition())
    cursor = QTextCursor(last)
    fmt = QTextBlockFormat()
    fmt.setProperty(SPACER, True)
    if last.blockFormat().property(SPACER) is None:
        fmt.setLineHeight(room, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        cursor.insertBlock(fmt)  # one change: Qt lays the rest out again once
    else:
        room += last.blockFormat().lineHeight()
        fmt.setLineHeight(room, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        cursor.setBlockFormat(fmt)
    return True


def first_body_row(split: SplitRow) -> bool:
    """Whether `split` is the table's first row under its header: the table moves instead."""
    return split.row <= split.table.format().headerRowCount()


def break_before_frame(frame: QTextFrame) -> None:
    """Start `frame` (a table) on a new page."""
    fmt = frame.frameFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    frame.setFrameFormat(fmt)
