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

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QBrush, QTextBlockFormat, QTextCursor, QTextDocument, QTextTable

from planner.domain import progress as progress_
from planner.domain.progress import Progress
from planner.reports.pdf.document_headings import break_before, find_headings, lead
from planner.reports.pdf.document_rows import (
    break_before_frame,
    first_body_row,
    first_split_row,
    keep_row,
    page_of,
    row_extent,
    tables,
)

FLOW = "<!--flow-->"
FIGURE = "<!--figure-->"
FIGURE_PART = "<!--figure-part-->"
ROW = "<!--row-->"  # before each row of a long table (html.table)
ROWS_END = "<!--rows-end-->"  # after its last row
_MARKERS = re.compile(f"({FLOW}|{FIGURE}|{FIGURE_PART})")
SLICE = 40  # rows of a long table laid out at a time: more than a page holds
_BODY = re.compile(r"(?s)^(.*?<body[^>]*>)(.*)(</body>.*)$")
MAX_ROUNDS = 500  # headings and rows moved per piece at most (each re-lays out the rest)
TOP = 30  # px: what starts this close to a page's top already opens the page
BORDER_SLACK = 8  # px
MIN_ROOM = 40  # px: a page with less room left under its content is full: the next piece
# starts a page of its own


@dataclass
class Figure:
    """A figure's pieces, kept in order."""

    pieces: list[str] = field(default_factory=list)


@dataclass
class Rows:
    """A table of several rows (and what leads to it), laid out a page of rows at a time:
    each page's rows are a piece of their own, closed under its last row, and the next page
    starts a piece with the table's header rows again. A row never splits, no row is
    stretched to the page's end, and moving a row never re-lays out the rest."""

    head: str  # up to its first row: what leads to it, the table's opening and header
    rows: list[str]
    tail: str  # from the end of its last row

    def html(self, start: int, end: int) -> str:
        """Rows `start` to `end` as a table: after what leads to it for the first rows, else
        after the table's header alone (a continuation on a new page)."""
        head = self.head if start == 0 else self.head[self.head.rindex("<table") :]
        return head + "".join(self.rows[start:end]) + self.tail


@dataclass
class Piece:
    """A laid-out piece, whether its first page is the previous piece's last page, and its
    pages (a page holding nothing but a trailing empty line is not one)."""

    doc: QTextDocument
    joined: bool
    pages: int


Item = str | Figure | Rows


def split(html: str) -> tuple[list[Item], Callable[[str], str]]:
    """The pieces of `html` (a figure's pieces grouped), and how to make one whole
    document of a piece again (the head with its style sheet, and the tail)."""
    found = _BODY.match(html)
    head, body, tail = found.groups() if found else ("", html, "")
    items: list[Item] = []
    marker = FLOW
    for chunk in _MARKERS.split(body):
        if _MARKERS.fullmatch(chunk):
            marker = chunk
            continue
        if marker == FIGURE:
            items.append(Figure([chunk]))
        elif marker == FIGURE_PART and items and isinstance(items[-1], Figure):
            items[-1].pieces.append(chunk)
        elif ROW in chunk:
            lead, _, rows = chunk.partition(ROW)
            rows, _, after = rows.partition(ROWS_END)
            items.append(Rows(lead, [ROW + r for r in rows.split(ROW)], after))
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
    # a table's bottom border may end a hair past the page's end that its last row fills
    bottom = content_bottom(doc) - BORDER_SLACK
    found = int(max(0.0, bottom) // doc.pageSize().height()) + 1
    return max(1, min(found, doc.pageCount()))


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


class Flow:
    """Places the pieces of one part one after the other on its pages."""

    def __init__(
        self, make: Callable[[str], QTextDocument], size: QSizeF, progress: Progress | None
    ) -> None:
        self.make = make  # a document of a whole HTML page, not laid out yet
        self.size = size  # of a page's body
        self.height = size.height()
        self.progress = progress
        self.pieces: list[Piece] = []
        self.used = 0.0  # how far down the current page the content reaches (0: a new page)
        self.whole: Callable[[str], str] = lambda piece: piece

    def part(self, html: str) -> list[Piece]:
        """Lay out the pieces of `html` (a whole part) from a new page."""
        items, self.whole = split(html)
        lead = ""  # a piece just before figures: it goes with the first figure placed
        for index, item in enumerate(items):
            following = items[index + 1] if index + 1 < len(items) else None
            if isinstance(item, str) and isinstance(following, Figure):
                lead += item
            elif isinstance(item, str):
                self.place(item)
            elif isinstance(item, Rows):
                self.place_rows(item)
            elif not index or not isinstance(items[index - 1], Figure):
                self.place_figures(_run(items, index), lead)  # with the figures next to it
                lead = ""
        return self.pieces

    def room(self) -> bool:
        """Whether the next piece starts on the current page."""
        return 0 < self.used < self.height - MIN_ROOM

    def lay_out(self, piece: str, rows: bool = True) -> tuple[QTextDocument, bool]:
        """`piece` laid out where the last one ended, settled; and whether it is joined."""
        progress_.step(self.progress, 0, 1)
        doc = self.make(self.whole(piece))
        joined = self.room()
        if joined:
            add_spacer(doc, self.used)
        doc.setPageSize(self.size)  # laid out once, spacer and all
        settle(doc, self.progress, rows)
        return doc, joined

    def keep(self, doc: QTextDocument, joined: bool) -> None:
        self.pieces.append(Piece(doc, joined, pages(doc)))
        self.used = used_height(doc)

    def place(self, piece: str, only_if_it_fits: bool = False) -> bool:
        """Lay `piece` out where the last one ended; with `only_if_it_fits`, only when it
        ends on the page it starts on."""
        doc, joined = self.lay_out(piece)
        if only_if_it_fits and pages(doc) > 1:
            return False
        self.keep(doc, joined)
        return True

    def place_figures(self, run: list[Figure], lead: str) -> None:
        """Figures next to each other: with room on the page the first that fits goes
        first; on a new page, or when none fits, the next in order."""
        while run:
            chosen = None
            if self.room():
                chosen = next((f for f in run if self.place(lead + f.pieces[0], True)), None)
            if chosen is None:
                chosen = run[0]
                self.place(lead + chosen.pieces[0])
            lead = ""
            for piece in chosen.pieces[1:]:
                self.place(piece)
            run.remove(chosen)

    def place_rows(self, table: Rows) -> None:
        """A long table a page of rows at a time (see Rows); a row taller than a page goes
        alone, and splits."""
        start, count = 0, SLICE
        while start < len(table.rows):
            end = min(len(table.rows), start + count)
            doc, joined = self.lay_out(table.html(start, end), rows=False)
            fit = rows_on_a_page(doc)
            if not fit and joined:  # its first row would be split: the table moves
                self.used = 0.0
                continue
            if fit == end - start and end < len(table.rows):
                count *= 2  # all fit: the page holds more
                continue
            fit = max(1, fit)
            drop_rows_after(doc, fit)
            self.keep(doc, joined)
            start += fit
            count = fit + fit // 2 + 2  # the next page holds about as many
            if start < len(table.rows):
                self.used = 0.0  # the next rows start a page, under the header again


def _run(items: list[Item], start: int) -> list[Figure]:
    """The figures next to each other from `start` on."""
    found = []
    for item in items[start:]:
        if not isinstance(item, Figure):
            break
        found.append(item)
    return found


def _chain_start(doc: QTextDocument, position: int) -> int:
    """Where the headings just above the block at `position` begin: moving that block may
    strand them (a section's heading above its first subheading), so the next search for
    stranded headings starts there."""
    block = doc.findBlock(position)
    while block.previous().isValid():
        above = block.previous()
        if not (above.blockFormat().headingLevel() or above.length() == 1):
            break
        block = above
    return block.position()


def drop_rows_after(doc: QTextDocument, count: int) -> None:
    """Keep the first `count` rows under the header of the document's last table."""
    table = list(tables(doc))[-1]
    keep = table.format().headerRowCount() + count
    if table.rows() > keep:
        table.removeRows(keep, table.rows() - keep)


def rows_on_a_page(doc: QTextDocument) -> int:
    """How many rows of the document's last table lie whole on the page its first row
    under the header is on."""
    found = list(tables(doc))
    if not found:
        return 0
    table = found[-1]
    layout = doc.documentLayout()
    height = doc.pageSize().height()
    header = table.format().headerRowCount()
    page = None
    count = 0
    for row in range(header, table.rows()):
        extent = row_extent(doc, layout, table, row)
        if extent is None:
            count += 1
            continue
        top, bottom = page_of(extent[0], height), page_of(extent[1] - 0.5, height)
        page = top if page is None else page
        if top != page or bottom != page:
            break
        count += 1
    return count


def settle(doc: QTextDocument, progress: Progress | None = None, rows: bool = True) -> None:
    """Move stranded headings and rows that would be split to the next page, first to
    last: moving one shifts all that follows, so only the first can be trusted in each
    round, and the next search starts there. What already opens a page stays (moving it
    would leave an empty page): a row or table taller than a page then splits. Without
    `rows`, headings only (a long table's rows are placed a page at a time)."""
    height = doc.pageSize().height()
    start = 0
    moved: set[int] = set()  # headings moved (or left), by block number
    tries: dict[int, int] = {}  # rows moved, by position: a row moved twice is left
    for _ in range(MAX_ROUNDS):
        progress_.step(progress, 0, 1)
        heading = next(
            (h for h in find_headings(doc, start) if h.stranded and h.block not in moved), None
        )
        skip = frozenset(p for p, n in tries.items() if n > 1)
        row = first_split_row(doc, start, skip) if rows else None
        at = doc.findBlockByNumber(heading.block).position() if heading else None
        if heading is not None and at is not None and (row is None or at <= row.position):
            moved.add(heading.block)
            if heading.top % height > TOP:
                start = _chain_start(doc, break_before(doc, heading))
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
                    start = _chain_start(doc, break_before(doc, above))
                    continue
            elif doc.documentLayout().frameBoundingRect(row.table).top() % height > TOP:
                break_before_frame(row.table)
        elif not keep_row(doc, row):
            tries[row.position] = 2
        start = row.table.firstPosition()
