"""The look every chart shares: bundled fonts, sizes, right-to-left axes and legends, digits.

Imports matplotlib, so only the chart builders import this module (never at start-up).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, Literal

import matplotlib
import numpy as np
import numpy.typing as npt
from matplotlib import font_manager
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from planner.domain import bidi
from planner.fonts import FAMILIES
from planner.formatting import Formatter
from planner.paths import resource
from planner.reports.charts.render import remember_font_lookups
from planner.reports.charts.sizes import SIZE  # inches

FAMILY = list(FAMILIES)  # Noto Sans Arabic has no Latin letters or brackets; emoji last
TITLE, LABEL, TICK, NOTE = 13.0, 10.5, 9.5, 8.5
SMALLEST = 8.0  # pt: no text of a chart is smaller (the PDF prints charts at their size)
# Bar positions and sizes: a list, or the numpy array a chart computed them in.
Numbers = Sequence[float] | npt.NDArray[np.integer[Any] | np.floating[Any]]
INK, MUTED, GRID, ALERT = "#1f2933", "#52606d", "#d9dee3", "#c62828"


def _not_about_bold_emoji(record: logging.LogRecord) -> bool:
    """Noto Emoji comes in one weight: a bold title falls back to it for its emoji, as
    wanted, and matplotlib need not warn about it on every new size."""
    return "for Noto Emoji" not in record.getMessage()


@cache
def setup() -> None:
    """Register the bundled fonts with matplotlib and set the shared defaults (once)."""
    for path in sorted(resource("fonts").glob("*.ttf")):
        font_manager.fontManager.addfont(str(path))
    logging.getLogger("matplotlib.font_manager").addFilter(_not_about_bold_emoji)
    remember_font_lookups()
    rc = matplotlib.rcParams
    rc["font.family"] = FAMILY
    rc["font.size"] = TICK
    rc["axes.titlesize"] = TITLE
    rc["axes.titleweight"] = "bold"
    rc["axes.labelsize"] = LABEL
    rc["axes.labelcolor"] = INK
    rc["axes.edgecolor"] = GRID
    rc["xtick.color"] = rc["ytick.color"] = MUTED
    rc["xtick.labelcolor"] = rc["ytick.labelcolor"] = INK
    rc["xtick.labelsize"] = rc["ytick.labelsize"] = TICK
    rc["legend.fontsize"] = TICK
    rc["legend.frameon"] = False
    rc["axes.unicode_minus"] = False  # Noto Sans Arabic has no U+2212
    rc["text.parse_math"] = False  # "$" in a phase's name or a unit is text, never a formula
    rc["svg.fonttype"] = "path"  # shaped Arabic survives in any SVG viewer
    rc["figure.dpi"] = 100
    rc["savefig.dpi"] = 200


class Chart:
    """Draws in the reading direction of `lang`: in Arabic the category axis runs right to
    left, the value axis sits on the right and legends read from the right."""

    def __init__(
        self,
        formatter: Formatter,
        lang: str,
        fig: Figure | None = None,
        size: tuple[float, float] = SIZE,
    ) -> None:
        setup()
        self.fmt = formatter
        self.lang = lang
        self.rtl = lang == "ar"
        if fig is None:
            fig = Figure(figsize=size, layout="constrained")
        else:
            for ax in tuple(fig.axes):  # dropped whole: Figure.clear() would first clear
                fig.delaxes(ax)  # each one, as long as building a new one
            fig.clear()
            fig.set_layout_engine("constrained")
            fig.set_size_inches(size, forward=False)
        fig.set_facecolor("white")
        engine = fig.get_layout_engine()
        assert isinstance(engine, ConstrainedLayoutEngine)  # set just above, either way
        engine.set(h_pad=0.08, w_pad=0.1)
        self.fig = fig

    # numbers -----------------------------------------------------------------------------
    def integers(self) -> FuncFormatter:
        return FuncFormatter(lambda v, _pos: self.fmt.integer(round(v)))

    def value_axis(
        self,
        ax: Axes,
        label: str,
        axis: Literal["x", "y"] = "y",
        ticks: Callable[[float], str] | None = None,
        integer: bool = True,
    ) -> None:
        """Put the value axis on the reading side's end, with its digits and a light grid."""
        target = ax.yaxis if axis == "y" else ax.xaxis
        target.set_major_formatter(
            FuncFormatter(lambda v, _p: ticks(v)) if ticks else self.integers()
        )
        if integer:
            target.set_major_locator(MaxNLocator(integer=True, nbins=6))
        ax.grid(axis=axis, color=GRID, linewidth=0.8)
        ax.set_axisbelow(True)
        if axis == "y":
            ax.set_ylabel(label)
            if self.rtl:
                ax.yaxis.tick_right()
                ax.yaxis.set_label_position("right")
        else:
            ax.set_xlabel(label)
        for side in ("top", "left", "right"):
            ax.spines[side].set_visible(False)

    def categories(self, ax: Axes, axis: str = "x") -> None:
        """Run the category axis right to left in Arabic."""
        if self.rtl:
            (ax.invert_xaxis if axis == "x" else ax.invert_yaxis)()

    def labels_side(self, ax: Axes) -> None:
        """Row labels of a grid (heatmap) on the reading side: the right in Arabic."""
        if self.rtl:
            ax.yaxis.tick_right()
            ax.yaxis.set_label_position("right")

    # text --------------------------------------------------------------------------------
    def line(self, text: str) -> str:
        """`text` laid out in the chart's direction, whatever letter it starts with."""
        return bidi.line(text, self.rtl)

    @staticmethod
    def isolate(text: str) -> str:
        """The user's own words (a unit, a campaign name) kept whole inside a sentence of the
        other direction."""
        return bidi.isolate(text)

    def title(self, text: str) -> None:
        """The chart's title, on the side reading starts from."""
        self.fig.suptitle(
            text,
            x=0.99 if self.rtl else 0.01,
            ha="right" if self.rtl else "left",
            fontsize=TITLE,
            fontweight="bold",
            color=INK,
        )

    def empty(self, message: str) -> None:
        """A chart with nothing to show says so in the middle."""
        ax = self.fig.add_subplot()
        ax.set_axis_off()
        ax.text(
            0.5,
            0.5,
            message,
            ha="center",
            va="center",
            fontsize=LABEL,
            color=MUTED,
            wrap=True,
            transform=ax.transAxes,
        )

    def legend(
        self,
        where: Axes | Figure,
        handles: Sequence[Artist],
        labels: Sequence[str],
        ncol: int,
        **options: Any,
    ) -> None:
        """A legend read row by row from the reading side (padded to a full grid, as
        matplotlib fills columns first)."""
        n = len(handles)
        if not n:
            return
        ncol = max(1, min(ncol, n))
        rows = -(-n // ncol)
        blank = Patch(alpha=0)
        cells: list[tuple[Artist, str]] = list(zip(handles, labels, strict=True))
        cells += [(blank, "")] * (rows * ncol - n)
        grid = [cells[r * ncol : (r + 1) * ncol] for r in range(rows)]
        if self.rtl:
            grid = [list(reversed(row)) for row in grid]
        ordered = [grid[r][c] for c in range(ncol) for r in range(rows)]
        settings: dict[str, Any] = {
            "handlelength": 1.2,
            "columnspacing": 1.4,
            "labelspacing": 0.45,
            **options,
        }
        where.legend(
            [h for h, _ in ordered],
            [t for _, t in ordered],
            ncols=ncol,
            markerfirst=not self.rtl,
            alignment="right" if self.rtl else "left",
            **settings,
        )


def category_labels(names: list[str]) -> list[str]:
    """Platform names for a category axis: on a crowded axis a two-word name takes two lines
    ("قناة واتساب"), so nothing needs turning."""
    if len(names) <= 6:
        return names
    return [name.replace(" ", "\n", 1) for name in names]


def bars(
    ax: Axes,
    x: Numbers,
    heights: Numbers,
    width: float,
    colour: str | Sequence[str],
    bottoms: Numbers | None = None,
    edge: str = "white",
    linewidth: float = 0.6,
    hatch: str | None = None,
    label: str = "",
    horizontal: bool = False,
) -> PolyCollection:
    """Bars as one collection: drawn like `ax.bar` but several times cheaper to build, which
    keeps a redraw quick. The caller sets the axis limits."""
    low = bottoms if bottoms is not None else [0.0] * len(heights)
    half = width / 2
    shapes = []
    for xi, h, b in zip(x, heights, low, strict=True):
        box = [(xi - half, b), (xi - half, b + h), (xi + half, b + h), (xi + half, b)]
        shapes.append([(v, u) for u, v in box] if horizontal else box)
    collection = PolyCollection(
        shapes,
        facecolors=colour,
        edgecolors=edge,
        linewidths=linewidth,
        hatch=hatch,
        label=label,
        zorder=3,
    )
    ax.add_collection(collection, autolim=False)
    return collection


def bar_heights(collection: PolyCollection) -> list[float]:
    """The height of each bar of a `bars()` collection (for tests and checks)."""
    heights = []
    for path in collection.get_paths():
        y = np.asarray(path.vertices)[:, 1]
        heights.append(float(y.max() - y.min()))
    return heights
