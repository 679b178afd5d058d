"""The PDF documents' object handlers: charts painted as vectors, images only from memory."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QRect, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QImage,
    QPainter,
    QPyTextObject,
    QTextDocument,
    QTextFormat,
    QTextObjectInterface,
)

from planner.reports.charts.drawing import Drawing
from planner.reports.pdf import vector_paint

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
