"""Lay out HTML as A4 pages and write them to a PDF: header, footer, contents page numbers.

QTextDocument shapes Arabic and keeps text extractable; we add what it lacks: running
header and "page N of M" footer, page numbers for the contents, headings never left
alone at the bottom of a page, and a resource loader that never reads a local file.
Each part (cover and contents, then every section) is a document of its own that starts
on a new page: each is laid out once, and a heading moved to the next page re-lays out
only the rest of its own part. Charts are drawings (vectors and real text), not pictures:
an <img> whose name is among the drawings takes the size its tag gives and is painted from
its Drawing, made only when the page is painted.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPyTextObject,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextObjectInterface,
)

from planner.domain import progress as progress_
from planner.domain.progress import Progress
from planner.domain.text import clean
from planner.fonts import FAMILIES
from planner.reports.charts.drawing import Drawing
from planner.reports.pdf import vector_paint

DPI = 96
MARGIN_SIDE = 56  # px at 96 dpi (about 15 mm)
MARGIN_TOP = 72
MARGIN_BOTTOM = 64
KEEP_WITH_NEXT = 110  # a heading closer than this to the page's end moves to the next page
KEEP_SUFFIX = "-end"  # anchor closing the group a heading keeps on its page (see keep_end)
KEEP_SCAN = 8  # blocks after a heading searched for the end of its group
KEEP_GAP = 12  # px allowed between two blocks of a group (their margins)
MAX_ROUNDS = 12  # headings moved per part at most (each re-lays out the rest of the part)


@dataclass
class Chrome:
    """What is drawn around the body of every page but the cover."""

    rtl: bool
    header_start: str = ""
    header_end: str = ""
    footer: Callable[[int, int], str] = lambda n, total: f"{n} / {total}"
    accent: str = "#0f6e6e"
    title: str = ""
    author: str = ""


@dataclass
class Heading:
    """A heading found in the laid-out document, with the page it landed on (1-based)."""

    level: int
    text: str
    anchor: str
    page: int
    stranded: bool = False  # its text (or the group it keeps) would not follow on its page
    block: int = 0  # its block number in the document


Drawings = Mapping[str, Callable[[], Drawing]]  # <img> name -> its drawing, made when painted
IMAGE_OBJECT = QTextFormat.ObjectTypes.ImageObject.value


class DrawingHandler(QPyTextObject):
    """Paints the <img> of the document that name a drawing, as vectors; any other image
    (a logo) as Qt's own image handler does. A drawing that cannot be made is kept in
    `error` (Qt calls the handler: nothing can be raised through it) for the writer to raise."""

    def __init__(
        self, drawings: Drawings, images: QTextObjectInterface, parent: QTextDocument
    ) -> None:
        super().__init__(parent)
        self.drawings = drawings
        self.images = images
        self.error: Exception | None = None

    def intrinsicSize(
        self,
        doc: QTextDocument,
        posInDocument: int,  # noqa: N803
        format: QTextFormat,
    ) -> QSizeF:
        image = format.toImageFormat()
        if image.name() not in self.drawings:
            return self.images.intrinsicSize(doc, posInDocument, format)
        return QSizeF(image.width(), image.height())

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        posInDocument: int,  # noqa: N803
        format: QTextFormat,
    ) -> None:
        make = self.drawings.get(format.toImageFormat().name())
        if make is None:
            self.images.drawObject(painter, rect, doc, posInDocument, format)
            return
        try:
            made = make()
        except Exception as exc:  # raised again by the writer, once the page is done
            self.error = self.error or exc
            return
        vector_paint.paint(made, painter, QRectF(rect))


class SafeDocument(QTextDocument):
    """A QTextDocument that serves only the images we give it, never a file or URL, and
    paints the drawings we give it."""

    def __init__(self, images: dict[str, QImage], drawings: Drawings | None = None) -> None:
        super().__init__()
        self.images = images
        self.handler: DrawingHandler | None = None
        if drawings:
            layout = self.documentLayout()
            self.handler = DrawingHandler(drawings, layout.handlerForObject(IMAGE_OBJECT), self)
            layout.registerHandler(IMAGE_OBJECT, self.handler)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        name = url.toString() if isinstance(url, QUrl) else str(url)
        if kind == QTextDocument.ResourceType.ImageResource.value and name in self.images:
            return self.images[name]
        return None


@dataclass
class Layout:
    """Laid-out documents printed one after the other, each from a new page, and their
    headings (pages counted over all of them)."""

    docs: list[QTextDocument]
    headings: list[Heading] = field(default_factory=list)
    landscape: bool = False

    @property
    def doc(self) -> QTextDocument:
        return self.docs[0]

    def page_count(self) -> int:
        return sum(d.pageCount() for d in self.docs)


def page_rect(landscape: bool = False) -> QSizeF:
    size = QPageSize(QPageSize.PageSizeId.A4).sizePixels(DPI)
    if landscape:
        return QSizeF(size.height(), size.width())
    return QSizeF(size.width(), size.height())


def body_size(landscape: bool = False) -> QSizeF:
    page = page_rect(landscape)
    return QSizeF(page.width() - 2 * MARGIN_SIDE, page.height() - MARGIN_TOP - MARGIN_BOTTOM)


def base_font() -> QFont:
    font = QFont()
    font.setFamilies(list(FAMILIES))
    font.setPointSizeF(10)
    return font


def lay_out(
    html: str, images: dict[str, QImage], landscape: bool = False, drawings: Drawings | None = None
) -> Layout:
    """Lay `html` out on A4 bodies and find its headings (with the page each lands on)."""
    shown = {name: make for name, make in (drawings or {}).items() if f'"{name}"' in html}
    doc = SafeDocument(images, shown)
    doc.setDefaultFont(base_font())
    doc.setDocumentMargin(0)
    doc.setHtml(html)  # the HTML's dir attribute sets the direction; cells follow their text
    doc.setPageSize(body_size(landscape))
    return Layout([doc], _headings(doc), landscape)


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


def _headings(doc: QTextDocument) -> list[Heading]:
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


def _break_before(doc: QTextDocument, heading: Heading) -> None:
    """Start `heading` on a new page, in place (Qt re-lays out from there on)."""
    block = doc.findBlockByNumber(heading.block)
    fmt = block.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(fmt)


def paginate(
    build_front: Callable[[dict[str, int]], str],
    parts: list[str],
    images: dict[str, QImage],
    landscape: bool = False,
    drawings: Drawings | None = None,
    progress: Progress | None = None,
) -> Layout:
    """Lay each part out once and move the headings that would be stranded at a page's end
    (or split from the group they keep) to the next page; then lay out the front pages
    (cover and contents) with the page each heading landed on. `progress` hears "0 of 1"
    between these steps (the page count is not known yet) and may stop there."""
    bodies = []
    for html in parts:
        progress_.step(progress, 0, 1)
        bodies.append(lay_out(html, images, landscape, drawings))
    for body in bodies:
        _unstrand(body, progress)
    headings: list[Heading] = []
    offset = 0
    for body in bodies:
        headings += [replace(h, page=h.page + offset) for h in body.headings]
        offset += body.doc.pageCount()
    front_pages = 1
    for _ in range(3):
        pages = {h.anchor: h.page + front_pages for h in headings if h.anchor}
        front = lay_out(build_front(pages), images, landscape)
        if front.doc.pageCount() == front_pages:
            break
        front_pages = front.doc.pageCount()
    headings = [replace(h, page=h.page + front.doc.pageCount()) for h in headings]
    return Layout([front.doc] + [b.doc for b in bodies], headings, landscape)


def _unstrand(body: Layout, progress: Progress | None = None) -> None:
    """Move stranded headings to the next page, first to last: moving one shifts all that
    follows, so only the first stranded heading can be trusted in each round."""
    moved: set[int] = set()
    for _ in range(MAX_ROUNDS):
        progress_.step(progress, 0, 1)
        first = next((h for h in body.headings if h.stranded and h.block not in moved), None)
        if first is None:
            return
        _break_before(body.doc, first)
        moved.add(first.block)
        body.headings = _headings(body.doc)


def write_pdf(
    layout: Layout,
    out: Path,
    chrome: Chrome,
    cover_pages: int = 1,
    progress: Progress | None = None,
) -> int:
    """Write the laid-out document to `out` atomically; return the number of pages.

    `progress(pages painted, pages)` is told after each page and may stop the export; so may
    Ctrl+C, seen between pages (planner.domain.progress.polled): no file is left.
    """
    out = Path(out)
    fd, tmp_name = tempfile.mkstemp(prefix=".partial-", suffix=".pdf", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with progress_.polled():
            count = _paint(layout, tmp, chrome, cover_pages, progress)
        progress_.finishing()
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return count


def _paint(
    layout: Layout, path: Path, chrome: Chrome, cover_pages: int, progress: Progress | None
) -> int:
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    orientation = (
        QPageLayout.Orientation.Landscape if layout.landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0))
    )
    writer.setTitle(chrome.title)
    writer.setCreator(chrome.author or "Campaign Planner")
    body = body_size(layout.landscape)
    page = page_rect(layout.landscape)
    total = layout.page_count()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"{path}: cannot be written")
    # Without this hint Qt stores every picture (charts, logos) as JPEG, blurring lines
    # and text; with it they are deflated losslessly (QPainter::LosslessImageRendering).
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    number = 0
    try:
        for doc in layout.docs:
            for index in range(doc.pageCount()):
                if number:
                    writer.newPage()
                painter.save()
                painter.translate(MARGIN_SIDE, MARGIN_TOP - index * body.height())
                doc.drawContents(
                    painter, QRectF(0, index * body.height(), body.width(), body.height())
                )
                painter.restore()
                if isinstance(doc, SafeDocument) and doc.handler and doc.handler.error:
                    # a chart could not be made: no PDF, and the reason as a write error
                    # that the dialog and the command line report like any other
                    error = doc.handler.error
                    raise OSError(
                        QCoreApplication.translate(
                            "Document", "a chart could not be drawn (%1)"
                        ).replace("%1", str(error))
                    ) from error
                number += 1
                if number > cover_pages:
                    _chrome(painter, page, chrome, number, total)
                progress_.step(progress, number, total)
    finally:
        painter.end()
    return total


def _one_line(text: str) -> str:
    """A running header's text on one line: the text rule, then line breaks as spaces (a
    campaign name may hold one; the header has room for a single line)."""
    return " ".join(clean(text).split("\n"))


def _chrome(painter: QPainter, page: QSizeF, chrome: Chrome, number: int, total: int) -> None:
    font = base_font()
    font.setPointSizeF(8)
    painter.setFont(font)
    painter.setPen(QColor("#52606d"))
    width = page.width() - 2 * MARGIN_SIDE
    top = QRectF(MARGIN_SIDE, MARGIN_TOP - 44, width, 20)
    start = Qt.AlignmentFlag.AlignRight if chrome.rtl else Qt.AlignmentFlag.AlignLeft
    end = Qt.AlignmentFlag.AlignLeft if chrome.rtl else Qt.AlignmentFlag.AlignRight
    flags = Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(top, flags | start, _one_line(chrome.header_start))
    painter.drawText(top, flags | end, _one_line(chrome.header_end))
    painter.setPen(QPen(QColor(chrome.accent), 0.8))
    painter.drawLine(
        int(MARGIN_SIDE), int(MARGIN_TOP - 20), int(MARGIN_SIDE + width), int(MARGIN_TOP - 20)
    )
    painter.setPen(QColor("#52606d"))
    bottom = QRectF(MARGIN_SIDE, page.height() - MARGIN_BOTTOM + 22, width, 20)
    painter.drawText(bottom, Qt.AlignmentFlag.AlignCenter, chrome.footer(number, total))
