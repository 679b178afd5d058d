"""Lay out HTML as A4 pages and write them to a PDF: header, footer, contents page numbers.

QTextDocument shapes Arabic and keeps text extractable; we add what it lacks: running
header and "page N of M" footer, page numbers for the contents, headings never left
alone at the bottom of a page, table rows never split over two pages, and a resource
loader that never reads a local file. Each part (the cover and contents, the body) starts
a page; within a part the sections flow one after the other, in pieces each laid out where
the previous one ended (flow), so that moving a heading or a row re-lays out one piece
only. Charts are drawings (vectors and real text), not pictures: an <img> whose name is
among the drawings takes the size its tag gives and is painted from its Drawing, made only
when the page is painted. Finding and keeping headings lives in document_headings, rows in
document_rows; the image and drawing handlers in document_objects.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from planner.domain import progress as progress_
from planner.domain.progress import Progress
from planner.domain.text import clean
from planner.fonts import FAMILIES
from planner.reports.pdf import flow
from planner.reports.pdf.document_headings import Heading, find_headings
from planner.reports.pdf.document_objects import Drawings, SafeDocument
from planner.reports.pdf.flow import Piece

DPI = 96
MARGIN_SIDE = 56  # px at 96 dpi (about 15 mm)
MARGIN_TOP = 72
MARGIN_BOTTOM = 64


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
class Layout:
    """Laid-out documents printed one after the other, each from a new page or (`joined`)
    from the previous one's last page, and their headings (pages counted over all)."""

    docs: list[QTextDocument]
    headings: list[Heading] = field(default_factory=list)
    landscape: bool = False
    joined: list[bool] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)  # of each document (all its pages if none)

    @property
    def doc(self) -> QTextDocument:
        return self.docs[0]

    def starts(self) -> list[bool]:
        """Whether each document starts a new page."""
        return [not j for j in self.joined] + [True] * (len(self.docs) - len(self.joined))

    def counts(self) -> list[int]:
        """The pages of each document."""
        return self.pages or [d.pageCount() for d in self.docs]

    def page_count(self) -> int:
        return sum(self.counts()) - self.starts().count(False)


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
    doc = document(html, images, drawings)
    doc.setPageSize(body_size(landscape))
    return Layout([doc], find_headings(doc), landscape)


def document(
    html: str, images: dict[str, QImage], drawings: Drawings | None = None
) -> SafeDocument:
    """A document of `html`, not laid out yet (it is, once given its page size)."""
    shown = {name: make for name, make in (drawings or {}).items() if f'"{name}"' in html}
    doc = SafeDocument(images, shown)
    doc.setDefaultFont(base_font())
    doc.setDocumentMargin(0)
    doc.setHtml(html)  # the HTML's dir attribute sets the direction; cells follow their text
    return doc


def paginate(
    build_front: Callable[[dict[str, int]], str],
    parts: list[str],
    images: dict[str, QImage],
    landscape: bool = False,
    drawings: Drawings | None = None,
    progress: Progress | None = None,
) -> Layout:
    """Lay each part out from a new page, piece after piece (see flow), moving what must not
    be left at a page's end (stranded headings, rows that would be split) to the next page;
    then lay out the front pages (cover and contents) with the page each heading landed on.
    `progress` hears "0 of 1" between these steps (the page count is not known yet) and may
    stop there."""
    pieces: list[Piece] = []
    for html in parts:
        pieces += _flow(html, images, landscape, drawings, progress)
    headings: list[Heading] = []
    first = 0  # the page (from 0) each piece starts on
    for piece in pieces:
        first -= 1 if piece.joined else 0
        headings += [replace(h, page=h.page + first) for h in find_headings(piece.doc)]
        first += piece.pages
    front_pages = 1
    for _ in range(3):
        pages = {h.anchor: h.page + front_pages for h in headings if h.anchor}
        front = lay_out(build_front(pages), images, landscape)
        if front.doc.pageCount() == front_pages:
            break
        front_pages = front.doc.pageCount()
    headings = [replace(h, page=h.page + front.doc.pageCount()) for h in headings]
    return Layout(
        [front.doc] + [p.doc for p in pieces],
        headings,
        landscape,
        [False] + [p.joined for p in pieces],
        [front.doc.pageCount()] + [p.pages for p in pieces],
    )


def _flow(
    html: str,
    images: dict[str, QImage],
    landscape: bool,
    drawings: Drawings | None,
    progress: Progress | None,
) -> list[Piece]:
    """The pieces of one part, each laid out where the previous one ended."""

    def make(piece: str) -> QTextDocument:
        return document(piece, images, drawings)

    return flow.Flow(make, body_size(landscape), progress).part(html)


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
        for doc, starts, count in zip(layout.docs, layout.starts(), layout.counts(), strict=True):
            for index in range(count):
                joined = index == 0 and not starts and number > 0  # on the page painted last
                if number and not joined:
                    writer.newPage()
                painter.save()
                painter.translate(MARGIN_SIDE, MARGIN_TOP - index * body.height())
                # a table's bottom border may end a hair below the last page it fills
                slack = flow.BORDER_SLACK if index == count - 1 else 0
                doc.drawContents(
                    painter, QRectF(0, index * body.height(), body.width(), body.height() + slack)
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
                if joined:
                    continue
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
