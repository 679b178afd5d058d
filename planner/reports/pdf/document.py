"""Lay out HTML as A4 pages and write them to a PDF: header, footer, contents page numbers.

QTextDocument shapes Arabic and keeps text extractable; we add what it lacks: running
header and "page N of M" footer, page numbers for the contents, headings never left
alone at the bottom of a page, and a resource loader that never reads a local file.
Each part (cover and contents, then every section) is a document of its own that starts
on a new page: each is laid out once, and a heading moved to the next page re-lays out
only the rest of its own part. Charts are drawings (vectors and real text), not pictures:
an <img> whose name is among the drawings takes the size its tag gives and is painted from
its Drawing, made only when the page is painted. Finding and keeping headings lives in
document_headings; the image and drawing handlers in document_objects.
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
from planner.reports.pdf.document_headings import Heading, break_before, find_headings
from planner.reports.pdf.document_objects import Drawings, SafeDocument

DPI = 96
MARGIN_SIDE = 56  # px at 96 dpi (about 15 mm)
MARGIN_TOP = 72
MARGIN_BOTTOM = 64
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
    return Layout([doc], find_headings(doc), landscape)


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
        break_before(body.doc, first)
        moved.add(first.block)
        body.headings = find_headings(body.doc)


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
