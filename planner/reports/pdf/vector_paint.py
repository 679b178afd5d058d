"""Painting a recorded chart (a `Drawing`) on any QPainter: a PDF page, an image.

Shapes become painter paths, heatmap cells flat rectangles (one path per colour, never a
picture), and each line of text is drawn by Qt with the bundled fonts, so Arabic is shaped
by Qt and stays extractable from the PDF. matplotlib placed each line: Qt's rendering is
stretched across to the width matplotlib measured for it, so alignment and centring are
matplotlib's, as on the screen.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QTextLayout,
    QTextOption,
)

from planner.fonts import FAMILIES
from planner.reports.charts.drawing import (
    CLOSE,
    CURVE3,
    CURVE4,
    LINE,
    MOVE,
    NO_CLIP,
    Clip,
    Drawing,
    GridOp,
    PathOp,
    Shape,
    Stroke,
    TextOp,
    alpha_of,
)

FALLBACK = FAMILIES  # the bundled fonts, also the charts' own
REFERENCE_PX = 200  # text is shaped at this size and scaled: fine measures, any size
STRETCH = 0.08  # Qt's text is stretched to matplotlib's width by at most this part
LINE_ROOM = 1e5  # px: a line of text never wraps
CAPS = {
    "butt": Qt.PenCapStyle.FlatCap,
    "round": Qt.PenCapStyle.RoundCap,
    "projecting": Qt.PenCapStyle.SquareCap,
}
JOINS = {
    "miter": Qt.PenJoinStyle.MiterJoin,
    "round": Qt.PenJoinStyle.RoundJoin,
    "bevel": Qt.PenJoinStyle.BevelJoin,
}


def paint(drawing: Drawing, painter: QPainter, rect: QRectF) -> None:
    """Paint `drawing` scaled into `rect` (in the painter's coordinates)."""
    if drawing.width <= 0 or drawing.height <= 0:
        return
    painter.save()
    try:
        painter.translate(rect.topLeft())
        painter.scale(rect.width() / drawing.width, rect.height() / drawing.height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        clips = [_clip_path(c) for c in drawing.clips]
        current = NO_CLIP
        painter.save()  # restored and saved again whenever the clip changes
        for op in drawing.ops:
            if op.clip != current:
                painter.restore()
                painter.save()
                current = op.clip
                if current != NO_CLIP:
                    _set_clip(painter, clips[current])
            if isinstance(op, PathOp):
                _path_op(painter, op)
            elif isinstance(op, TextOp):
                _text(painter, op)
            else:
                _grid(painter, op)
        painter.restore()
    finally:
        painter.restore()


def _path_op(painter: QPainter, op: PathOp) -> None:
    path = qpath(op.shape)
    painter.setPen(_pen(op.stroke) if op.stroke else Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(_colour(op.fill)) if op.fill is not None else Qt.BrushStyle.NoBrush)
    if op.hatch is None:
        painter.drawPath(path)
        return
    if op.fill is not None:  # fill, hatch inside, then the outline over the hatch
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPath(path)
    # the hatch's lines as outlines cut to the shape: no clip, which some painters and
    # viewers handle slowly
    stroker = QPainterPathStroker(_pen(Stroke(op.hatch.colour, op.hatch.width)))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_colour(op.hatch.colour))
    painter.drawPath(stroker.createStroke(qpath(op.hatch.lines)).intersected(path))
    if op.stroke:
        painter.setPen(_pen(op.stroke))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)


def _text(painter: QPainter, op: TextOp) -> None:
    line = _line(op.families, op.weight, op.italic, op.text)
    size = op.size / REFERENCE_PX
    across = size
    if line.ink_width > 0 and op.width > 0:  # stretched to matplotlib's measure, a little:
        # its hinting widens tiny glyphs ("٠") by a pixel, which is centred instead
        across = min(max(op.width / line.ink_width, size * (1 - STRETCH)), size * (1 + STRETCH))
    # Qt's ink starts where matplotlib's does (past the first glyph's side bearing)
    start = line.bearing * size + (op.width - line.ink_width * across) / 2
    painter.save()
    painter.translate(op.x, op.y)
    if op.angle:
        painter.rotate(-op.angle)
    painter.translate(start - line.ink_left * across, 0)
    painter.scale(across, size)
    painter.setPen(_colour(op.colour))
    line.layout.draw(painter, QPointF(0, -line.baseline))
    painter.restore()


def _grid(painter: QPainter, op: GridOp) -> None:
    """The cells as rectangles, each run of equal cells in a row as one, one path per
    colour (no seam inside a colour)."""
    pixels = op.pixels
    rows, columns = pixels.shape[:2]
    a, b, c, d, e, f = op.transform
    packed = (
        pixels[..., 3].astype(np.uint32) << 24
        | pixels[..., 0].astype(np.uint32) << 16
        | pixels[..., 1].astype(np.uint32) << 8
        | pixels[..., 2].astype(np.uint32)
    )
    paths: dict[int, QPainterPath] = {}
    for r in range(rows):
        row = packed[r]
        starts = np.flatnonzero(np.r_[True, row[1:] != row[:-1]])
        ends = np.r_[starts[1:], columns]
        bottom, top = r / rows, (r + 1) / rows
        for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
            colour = int(row[start])
            if not alpha_of(colour):
                continue
            u0, u1 = start / columns, end / columns
            corners = [
                QPointF(a * u + c * v + e, b * u + d * v + f)
                for u, v in ((u0, bottom), (u1, bottom), (u1, top), (u0, top))
            ]
            path = paths.setdefault(colour, QPainterPath())
            path.addPolygon(QPolygonF(corners))
            path.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    for colour, path in paths.items():
        qcolour = _colour(colour)
        qcolour.setAlphaF(qcolour.alphaF() * op.alpha)
        painter.setBrush(qcolour)
        painter.drawPath(path)


# building blocks ----------------------------------------------------------------------------
def qpath(shape: Shape) -> QPainterPath:
    """`shape` as a painter path (filled by the non-zero rule, as matplotlib fills)."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    points = shape.vertices.tolist()
    if shape.codes is None:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
        return path
    codes = shape.codes.tolist()
    i, n = 0, len(codes)
    while i < n:
        code = codes[i]
        if code == MOVE:
            path.moveTo(*points[i])
        elif code == LINE:
            path.lineTo(*points[i])
        elif code == CURVE3 and i + 1 < n:
            path.quadTo(QPointF(*points[i]), QPointF(*points[i + 1]))
            i += 1
        elif code == CURVE4 and i + 2 < n:
            path.cubicTo(QPointF(*points[i]), QPointF(*points[i + 1]), QPointF(*points[i + 2]))
            i += 2
        elif code == CLOSE:
            path.closeSubpath()
        i += 1
    return path


def _clip_path(clip: Clip) -> QRectF | QPainterPath:
    """A clip as a rectangle when it is one (painters clip to those far quicker)."""
    rect = QRectF()
    if clip.rect is not None:
        x0, y0, x1, y1 = clip.rect
        rect = QRectF(x0, y0, x1 - x0, y1 - y0)
    if clip.shape is None:
        return rect
    shape = qpath(clip.shape)
    if clip.rect is None:
        return shape
    path = QPainterPath()
    path.addRect(rect)
    return path.intersected(shape)


def _set_clip(painter: QPainter, clip: QRectF | QPainterPath) -> None:
    if isinstance(clip, QRectF):
        painter.setClipRect(clip, Qt.ClipOperation.IntersectClip)
    else:
        painter.setClipPath(clip, Qt.ClipOperation.IntersectClip)


def _colour(argb: int) -> QColor:
    return QColor.fromRgba(argb)


def _pen(stroke: Stroke) -> QPen:
    pen = QPen(_colour(stroke.colour))
    pen.setWidthF(stroke.width)
    pen.setCapStyle(CAPS.get(stroke.cap, Qt.PenCapStyle.FlatCap))
    pen.setJoinStyle(JOINS.get(stroke.join, Qt.PenJoinStyle.RoundJoin))
    if stroke.dashes and stroke.width > 0:
        pattern = [max(d / stroke.width, 1e-3) for d in stroke.dashes]
        if len(pattern) % 2:
            pattern *= 2
        pen.setDashPattern(pattern)
        pen.setDashOffset(stroke.offset / stroke.width)
    return pen


@lru_cache(maxsize=64)
def _font(families: tuple[str, ...], weight: int, italic: bool) -> QFont:
    font = QFont()
    font.setFamilies(list(dict.fromkeys(families + FALLBACK)))
    font.setPixelSize(REFERENCE_PX)
    font.setWeight(QFont.Weight(min(900, max(100, round(weight / 100) * 100))))
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


class _Line(NamedTuple):
    """A line of text laid out by Qt at REFERENCE_PX, and where its ink is."""

    layout: QTextLayout
    baseline: float  # from the layout's top
    ink_left: float  # in the layout's coordinates
    ink_width: float
    bearing: float  # from where the line starts to its ink


@lru_cache(maxsize=4096)
def _line(families: tuple[str, ...], weight: int, italic: bool, text: str) -> _Line:
    """`text` shaped by Qt in its own direction (its first strong character's, as for
    matplotlib), with its ink measured from the glyphs Qt will draw."""
    layout = QTextLayout(text, _font(families, weight, italic))
    option = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    option.setTextDirection(_direction(text))
    layout.setTextOption(option)
    layout.setCacheEnabled(True)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(LINE_ROOM)
    layout.endLayout()
    ink = QRectF()
    for run in layout.glyphRuns():
        ink = ink.united(run.boundingRect())
    natural = line.naturalTextRect()
    return _Line(
        layout, line.y() + line.ascent(), ink.left(), ink.width(), ink.left() - natural.left()
    )


@lru_cache(maxsize=4096)
def _direction(text: str) -> Qt.LayoutDirection:
    """The direction of `text`'s first strong character (as matplotlib's shaping takes it):
    left to right when it has none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return Qt.LayoutDirection.LeftToRight
