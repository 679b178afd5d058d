"""A chart as plain data: shapes, texts and cell grids in points, to replay on any painter.

Neither matplotlib nor Qt: a `Drawing` is recorded where matplotlib runs (planner.reports.
charts.vector), may cross a process boundary (it pickles small: numbers, strings, tuples and
numpy arrays), and is painted by Qt (planner.reports.pdf.vector_paint). Coordinates are
points from the drawing's top-left corner, y downwards; angles are degrees anticlockwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

# Path codes, as matplotlib's: a vertex starts a figure, ends a line, is a quadratic or cubic
# Bézier's control or end point; CLOSE closes the figure (its own vertex is ignored).
MOVE, LINE, CURVE3, CURVE4, CLOSE = 1, 2, 3, 4, 79
NO_CLIP = -1


def argb(red: float, green: float, blue: float, alpha: float = 1.0) -> int:
    """A colour as one 0xAARRGGBB number, from components in 0..1."""
    a, r, g, b = (max(0, min(255, round(float(v) * 255))) for v in (alpha, red, green, blue))
    return (a << 24) | (r << 16) | (g << 8) | b


def alpha_of(colour: int) -> int:
    return colour >> 24 & 0xFF


class Shape(NamedTuple):
    """An outline: vertices (n, 2) in points, and their path codes (None: one open line
    through all of them)."""

    vertices: np.ndarray
    codes: np.ndarray | None = None


class Stroke(NamedTuple):
    """How an outline is drawn: colour (0xAARRGGBB), width and dashes in points, line ends
    ("butt", "round", "projecting") and corners ("miter", "round", "bevel")."""

    colour: int
    width: float
    dashes: tuple[float, ...] = ()  # on, off, on, ... lengths; () for a solid line
    offset: float = 0.0
    cap: str = "butt"
    join: str = "round"


class Hatch(NamedTuple):
    """Lines drawn inside a shape only (they cover its bounds and are clipped to it)."""

    lines: Shape
    colour: int
    width: float


class PathOp(NamedTuple):
    """A shape filled and/or outlined, optionally hatched."""

    shape: Shape
    fill: int | None  # 0xAARRGGBB, None for no fill
    stroke: Stroke | None
    hatch: Hatch | None = None
    clip: int = NO_CLIP  # index into Drawing.clips


class TextOp(NamedTuple):
    """One line of text as matplotlib laid it out: it starts at (x, y) on its baseline and
    its ink is `width` points wide (matplotlib's measure, before turning by `angle`)."""

    text: str
    x: float
    y: float
    angle: float
    families: tuple[str, ...]
    size: float  # em, in points
    weight: int  # 100 (thin) .. 400 (normal) .. 700 (bold) .. 900
    italic: bool
    colour: int
    width: float
    clip: int = NO_CLIP


class GridOp(NamedTuple):
    """A picture of cells (a heatmap), drawn as a grid of flat rectangles, never smoothed.

    `pixels` is (rows, columns, 4) RGBA bytes; `transform` (a, b, c, d, e, f) maps the unit
    square (row r spans v from r / rows to (r + 1) / rows, column c u from c / columns to
    (c + 1) / columns) to the drawing: x = a u + c v + e, y = b u + d v + f."""

    pixels: np.ndarray
    transform: tuple[float, float, float, float, float, float]
    alpha: float = 1.0
    clip: int = NO_CLIP


class Clip(NamedTuple):
    """Where an operation may draw: inside `rect` (x0, y0, x1, y1) and inside `shape`."""

    rect: tuple[float, float, float, float] | None
    shape: Shape | None = None


Op = PathOp | TextOp | GridOp


@dataclass(frozen=True)
class Drawing:
    """A chart `width` x `height` points: its operations in painting order and the clips
    they refer to by index."""

    width: float
    height: float
    ops: tuple[Op, ...]
    clips: tuple[Clip, ...] = ()

    def texts(self) -> list[str]:
        """The strings the chart shows (for tests and checks)."""
        return [op.text for op in self.ops if isinstance(op, TextOp)]
