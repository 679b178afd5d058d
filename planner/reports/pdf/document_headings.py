"""Headings of a laid-out PDF document: the page each lands on, and keeping it with what follows.

A heading is stranded (and moves to the next page) when it is closer than KEEP_WITH_NEXT
to its page's end, when what follows it (a paragraph's first line, a table's first row
under its header, the next heading) begins on a later page, or when the group it keeps
(up to its keep_end mark) would cross the page's end though it fits on one page.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from planner.reports.pdf.document_rows import row_extent

KEEP_WITH_NEXT = 110  # a heading closer than this to the page's end moves to the next page
KEEP_SUFFIX = "-end"  # anchor closing the group a heading keeps on its page (see keep_end)
KEEP_SCAN = 16  # blocks after a heading searched for the end of its group
KEEP_GAP = 12  # px allowed between two blocks of a group (their margins)


@dataclass
class Heading:
    """A heading found in the laid-out document, with the page it landed on (1-based)."""

    level: int
    text: str
    anchor: str
    page: int
    stranded: bool = False  # its text (or the group it keeps) would not follow on its page
    block: int = 0  # its block number in the document
    top: float = 0.0  # its first line's top in the document (pages laid end to end)


def keep_end(anchor: str) -> str:
    """The mark that closes the group a heading with `anchor` keeps on its page (a table
    and its sentence): the heading moves to the next page when the group would be split.
    Put it before text: Qt keeps no anchor beside a lone picture; a picture named as the
    heading's anchor closes its group by itself."""
    return f'<a name="{anchor}{KEEP_SUFFIX}"></a>'


def _anchor(block: QTextBlock) -> str:
    it = block.begin()
    while not it.atEnd():
        names = it.fragment().charFormat().anchorNames()
        if names:
            return str(names[0])
        it += 1
    return ""


def _pictures(block: QTextBlock) -> set[str]:
    """The names of the pictures in `block` (Qt keeps no anchor beside a lone picture)."""
    names = set()
    it = block.begin()
    while not it.atEnd():
        fmt = it.fragment().charFormat()
        if fmt.isImageFormat():
            names.add(fmt.toImageFormat().name())
        it += 1
    return names


def find_headings(doc: QTextDocument, start: int = 0) -> list[Heading]:
    """The headings of the laid-out `doc` from document position `start` on."""
    height = doc.pageSize().height()
    layout = doc.documentLayout()
    found = []
    block = doc.findBlock(start) if start else doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            anchor = _anchor(block)
            top = _line_top(layout, block)
            page = int(top // height)
            offset = top - page * height
            stranded = offset > height - KEEP_WITH_NEXT
            if not stranded:
                follower = _next_top(doc, layout, block)
                stranded = follower is not None and int(follower // height) > page
            if anchor and not stranded:
                group = _group(layout, block, anchor)
                if group is not None:
                    bottom, natural = group
                    stranded = natural < height and int((bottom - 1) // height) != page
            found.append(
                Heading(
                    level,
                    block.text().strip(),
                    anchor,
                    page + 1,
                    stranded,
                    block.blockNumber(),
                    top,
                )
            )
        block = block.next()
    return found


def _line_top(layout: QAbstractTextDocumentLayout, block: QTextBlock) -> float:
    """Where the block's first line is: Qt pushes a line that does not fit to the next
    page, below the block's own top."""
    line = block.layout().lineAt(0)
    return float(layout.blockBoundingRect(block).top() + (line.y() if line.isValid() else 0))


def _next_top(
    doc: QTextDocument, layout: QAbstractTextDocumentLayout, heading: QTextBlock
) -> float | None:
    """Where what follows the heading begins: the next block's first line, or for a table
    its first row under the header (Qt moves its header rows with that row)."""
    block = heading.next()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            row = min(table.format().headerRowCount(), table.rows() - 1)
            extent = row_extent(doc, layout, table, row)
            return None if extent is None else extent[0]
        if block.length() > 1 or block.blockFormat().headingLevel():
            return _line_top(layout, block)
        block = block.next()  # an empty block (Qt hides the one before a table)
    return None


def _group(
    layout: QAbstractTextDocumentLayout, heading: QTextBlock, anchor: str
) -> tuple[float, float] | None:
    """Where the group the heading named `anchor` keeps ends (the block with its keep_end
    mark, or the picture of the same name), and the height the group needs without page
    breaks; None when no such block follows the heading closely."""
    natural = layout.blockBoundingRect(heading).height()
    rows: dict[tuple[int, int], float] = {}  # a table's rows: their cells side by side
    block = heading.next()
    for _ in range(KEEP_SCAN):
        if not block.isValid() or block.blockFormat().headingLevel():
            return None
        rect = layout.blockBoundingRect(block)
        table = QTextCursor(block).currentTable()
        if table is None:
            natural += rect.height() + KEEP_GAP
        else:
            key = (table.firstPosition(), table.cellAt(block.position()).row())
            rows[key] = max(rows.get(key, 0.0), rect.height() + KEEP_GAP)
        if _anchor(block) == anchor + KEEP_SUFFIX or anchor in _pictures(block):
            lines = block.layout()
            last = lines.lineAt(lines.lineCount() - 1)
            bottom = rect.top() + (last.y() + last.height() if last.isValid() else rect.height())
            return float(bottom), float(natural + sum(rows.values()))
        block = block.next()
    return None


def lead(doc: QTextDocument, position: int) -> Heading | None:
    """The heading that leads to what starts at `position` (a table): just above it, or
    above a few short lines that introduce it; None when there is none."""
    layout = doc.documentLayout()
    block = doc.findBlock(position).previous()
    between = 0.0
    while block.isValid() and QTextCursor(block).currentTable() is None:
        level = block.blockFormat().headingLevel()
        if level:
            return Heading(
                level, block.text().strip(), _anchor(block), 0, block=block.blockNumber()
            )
        between += layout.blockBoundingRect(block).height()
        if between > KEEP_WITH_NEXT:
            return None
        block = block.previous()
    return None


def break_before(doc: QTextDocument, heading: Heading) -> int:
    """Start `heading` on a new page, in place (Qt re-lays out from there on), and take the
    page break off what it leads to (a heading or table moved before it): they follow it.
    Returns the heading's position in the document."""
    block = doc.findBlockByNumber(heading.block)
    _set_break(block, True)
    follower = block.next()
    while follower.isValid():
        table = QTextCursor(follower).currentTable()
        if table is not None:
            fmt = table.frameFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            table.setFrameFormat(fmt)
            break
        if follower.length() > 1 and not follower.blockFormat().headingLevel():
            break
        _set_break(follower, False)
        follower = follower.next()
    return block.position()


def _set_break(block: QTextBlock, before: bool) -> None:
    fmt = block.blockFormat()
    policy = fmt.pageBreakPolicy()
    wanted = (
        QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
        if before
        else QTextFormat.PageBreakFlag.PageBreak_Auto
    )
    if policy != wanted:
        fmt.setPageBreakPolicy(wanted)
        QTextCursor(block).setBlockFormat(fmt)
