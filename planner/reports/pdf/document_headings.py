"""Headings of a laid-out PDF document: the page each lands on, and keeping it with what follows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

KEEP_WITH_NEXT = 110  # a heading closer than this to the page's end moves to the next page
KEEP_SUFFIX = "-end"  # anchor closing the group a heading keeps on its page (see keep_end)
KEEP_SCAN = 8  # blocks after a heading searched for the end of its group
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


def keep_end(anchor: str) -> str:
    """The mark that closes the group a heading with `anchor` keeps on its page (a chart
    and its sentence): the heading moves to the next page when the group would be split."""
    return f'<a name="{anchor}{KEEP_SUFFIX}"></a>'


def _anchor(block: QTextBlock) -> str:
    it = block.begin()
    while not it.atEnd():
        names = it.fragment().charFormat().anchorNames()
        if names:
            return str(names[0])
        it += 1
    return ""


def find_headings(doc: QTextDocument) -> list[Heading]:
    height = doc.pageSize().height()
    layout = doc.documentLayout()
    found = []
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            anchor = _anchor(block)
            top = _line_top(layout, block)
            page = int(top // height)
            offset = top - page * height
            stranded = offset > height - KEEP_WITH_NEXT
            if anchor and not stranded:
                group = _group(layout, block, anchor + KEEP_SUFFIX)
                if group is not None:
                    bottom, natural = group
                    stranded = natural < height and int((bottom - 1) // height) != page
            found.append(
                Heading(
                    level, block.text().strip(), anchor, page + 1, stranded, block.blockNumber()
                )
            )
        block = block.next()
    return found


def _line_top(layout: QAbstractTextDocumentLayout, block: QTextBlock) -> float:
    """Where the block's first line is: Qt pushes a line that does not fit to the next
    page, below the block's own top."""
    line = block.layout().lineAt(0)
    return float(layout.blockBoundingRect(block).top() + (line.y() if line.isValid() else 0))


def _group(
    layout: QAbstractTextDocumentLayout, heading: QTextBlock, end: str
) -> tuple[float, float] | None:
    """Where the group a heading keeps ends (its block marked `end`), and the height the
    group needs without page breaks; None when no such block follows the heading closely."""
    natural = layout.blockBoundingRect(heading).height()
    block = heading.next()
    for _ in range(KEEP_SCAN):
        if not block.isValid() or block.blockFormat().headingLevel():
            return None
        rect = layout.blockBoundingRect(block)
        natural += rect.height() + KEEP_GAP
        if _anchor(block) == end:
            lines = block.layout()
            last = lines.lineAt(lines.lineCount() - 1)
            bottom = rect.top() + (last.y() + last.height() if last.isValid() else rect.height())
            return float(bottom), float(natural)
        block = block.next()
    return None


def break_before(doc: QTextDocument, heading: Heading) -> None:
    """Start `heading` on a new page, in place (Qt re-lays out from there on)."""
    block = doc.findBlockByNumber(heading.block)
    fmt = block.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(fmt)
