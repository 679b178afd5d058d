"""Lay out HTML as A4 pages and write them to a PDF: header, footer, contents page numbers.

QTextDocument shapes Arabic and keeps text extractable; we add what it lacks: running
header and "page N of M" footer, page numbers for the contents, headings never left
alone at the bottom of a page, and a resource loader that never reads a local file.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
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

DPI = 96
MARGIN_SIDE = 56  # px at 96 dpi (about 15 mm)
MARGIN_TOP = 72
MARGIN_BOTTOM = 64
KEEP_WITH_NEXT = 110  # a heading closer than this to the page's end moves to the next page


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
    stranded: bool = False  # so close to the page's end that its text would follow alone


class SafeDocument(QTextDocument):
    """A QTextDocument that serves only the images we give it, never a file or URL."""

    def __init__(self, images: dict[str, QImage]) -> None:
        super().__init__()
        self.images = images

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        name = url.toString() if isinstance(url, QUrl) else str(url)
        if kind == QTextDocument.ResourceType.ImageResource.value and name in self.images:
            return self.images[name]
        return None


@dataclass
class Layout:
    """A laid-out document and its headings."""

    doc: QTextDocument
    headings: list[Heading] = field(default_factory=list)
    landscape: bool = False


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
    font.setFamilies(["Noto Sans Arabic", "Noto Sans"])
    font.setPointSizeF(10)
    return font


def lay_out(html: str, images: dict[str, QImage], landscape: bool = False) -> Layout:
    """Lay `html` out on A4 bodies and find its headings (with the page each lands on)."""
    doc = SafeDocument(images)
    doc.setDefaultFont(base_font())
    doc.setDocumentMargin(0)
    doc.setHtml(html)  # the HTML's dir attribute sets the direction; cells follow their text
    doc.setPageSize(body_size(landscape))
    return Layout(doc, _headings(doc), landscape)


def _headings(doc: QTextDocument) -> list[Heading]:
    height = doc.pageSize().height()
    layout = doc.documentLayout()
    found = []
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            anchor = ""
            it = block.begin()
            while not it.atEnd():
                names = it.fragment().charFormat().anchorNames()
                if names:
                    anchor = names[0]
                    break
                it += 1
            top = layout.blockBoundingRect(block).top()
            offset = top - (top // height) * height
            found.append(Heading(level, block.text().strip(), anchor, int(top // height) + 1,
                                 offset > height - KEEP_WITH_NEXT))
        block = block.next()
    return found


_HEADING_TAG = re.compile(r"<h([1-6])(?=[\s>])")


def with_breaks(html: str, ordinals: set[int]) -> str:
    """Start the headings numbered `ordinals` (0-based, in document order) on a new page."""
    count = -1

    def mark(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        if count in ordinals:
            return f'<h{match.group(1)} style="page-break-before: always;"'
        return match.group(0)

    return _HEADING_TAG.sub(mark, html)


def paginate(build: Callable[[dict[str, int]], str], images: dict[str, QImage],
             landscape: bool = False) -> Layout:
    """Lay the document out until no heading is stranded at a page's end and the contents'
    page numbers match where the headings landed (usually two layouts)."""
    pages: dict[str, int] = {}
    breaks: set[int] = set()
    result = lay_out(build(pages), images, landscape)
    for _ in range(4):
        found = {h.anchor: h.page for h in result.headings if h.anchor}
        stranded = {i for i, h in enumerate(result.headings) if h.stranded}
        if found == pages and not stranded - breaks:
            break
        pages, breaks = found, breaks | stranded
        result = lay_out(with_breaks(build(pages), breaks), images, landscape)
    return result


def write_pdf(layout: Layout, out: Path, chrome: Chrome, cover_pages: int = 1) -> int:
    """Write the laid-out document to `out` atomically; return the number of pages."""
    out = Path(out)
    fd, tmp_name = tempfile.mkstemp(prefix=".partial-", suffix=".pdf", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        count = _paint(layout.doc, tmp, chrome, cover_pages, layout.landscape)
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return count


def _paint(doc: QTextDocument, path: Path, chrome: Chrome, cover_pages: int,
           landscape: bool) -> int:
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    orientation = (QPageLayout.Orientation.Landscape if landscape
                   else QPageLayout.Orientation.Portrait)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                                     QMarginsF(0, 0, 0, 0)))
    writer.setTitle(chrome.title)
    writer.setCreator(chrome.author or "Campaign Planner")
    body = body_size(landscape)
    page = page_rect(landscape)
    total = doc.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"{path}: cannot be written")
    try:
        for index in range(total):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(MARGIN_SIDE, MARGIN_TOP - index * body.height())
            doc.drawContents(painter, QRectF(0, index * body.height(), body.width(),
                                             body.height()))
            painter.restore()
            if index >= cover_pages:
                _chrome(painter, page, chrome, index + 1, total)
    finally:
        painter.end()
    return total


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
    painter.drawText(top, flags | start, chrome.header_start)
    painter.drawText(top, flags | end, chrome.header_end)
    painter.setPen(QPen(QColor(chrome.accent), 0.8))
    painter.drawLine(int(MARGIN_SIDE), int(MARGIN_TOP - 20), int(MARGIN_SIDE + width),
                     int(MARGIN_TOP - 20))
    painter.setPen(QColor("#52606d"))
    bottom = QRectF(MARGIN_SIDE, page.height() - MARGIN_BOTTOM + 22, width, 20)
    painter.drawText(bottom, Qt.AlignmentFlag.AlignCenter, chrome.footer(number, total))
