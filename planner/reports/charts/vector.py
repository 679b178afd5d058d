"""Recording a matplotlib figure as a `Drawing` (vectors and real text) instead of pixels.

matplotlib lays the figure out as it does for Agg (text measured exactly as RendererAgg
measures it, through render.py's remembered measures), and `RecordingRenderer` keeps what
it is asked to draw: outlines with their fill, stroke, hatch and clip; heatmap cells (images
arrive unscaled with their transform); each line of text with its font, colour, place,
angle and the width matplotlib measured. planner.reports.pdf.vector_paint replays it.

`print_chart()` is the whole job for one chart, with plain arguments and a plain result:
a worker process can run it (it needs a QCoreApplication with translators, no GUI).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import numpy as np
from matplotlib import font_manager, rcParams
from matplotlib.backend_bases import FigureCanvasBase, GraphicsContextBase, RendererBase
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.image import AxesImage
from matplotlib.path import Path
from matplotlib.transforms import Affine2D, Bbox, Transform
from numpy.typing import ArrayLike

from planner.digits import Digits
from planner.formatting import Formatter
from planner.reports import charts
from planner.reports.charts.drawing import (
    LINE,
    MOVE,
    NO_CLIP,
    Clip,
    Drawing,
    GridOp,
    Hatch,
    Op,
    PathOp,
    Shape,
    Stroke,
    TextOp,
    argb,
)
from planner.reports.charts.render import QuickRenderer
from planner.reports.charts.sizes import printed_size

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

LAYOUT_DPI = 210  # matplotlib lays a chart out as for a picture with this many pixels per
# inch of paper (text is measured with hinting at that size): as the PDF's charts were
HATCH_DENSITY = 6.0  # matplotlib's hatch lines per inch per hatch character (as Agg's)


def print_chart(
    name: str, data: Any, lang: str, digits: str, width_pt: float, panel: str | None = None
) -> Drawing:
    """Chart `name` of `data` (its computed input) as a Drawing `width_pt` points wide,
    without its title (the PDF's heading names it, as real text). The figure is laid out
    at the size it is printed (sizes.printed_size), so its font sizes are printed points;
    `panel`: that panel alone of the planned-against-actual chart."""
    build = charts.builder(name)
    formatter = Formatter(lang, Digits(digits))
    fig = build(data, formatter, lang, panel=panel) if panel else build(data, formatter, lang)
    fig.suptitle("")
    fig.set_size_inches(printed_size(name, data, width_pt / 72, panel), forward=False)
    return record(fig, width_pt)


def record(fig: Figure, width_pt: float) -> Drawing:
    """`fig` as a Drawing `width_pt` points wide (its height follows its proportions)."""
    for ax in fig.axes:
        for image in ax.get_images():
            if isinstance(image, AxesImage):
                image.set_interpolation("none")  # its cells, unscaled: drawn as rectangles
    fig.set_dpi(LAYOUT_DPI * (width_pt / 72) / fig.get_figwidth())
    return RecordingCanvas(fig).record()


class RecordingCanvas(FigureCanvasBase):
    """A canvas whose drawing is kept as a Drawing."""

    def get_renderer(self) -> RecordingRenderer:
        width, height = self.figure.bbox.size
        renderer = getattr(self, "_recorder", None)
        key = (width, height, self.figure.dpi)
        if renderer is None or renderer.key != key:
            renderer = self._recorder = RecordingRenderer(width, height, self.figure.dpi)
        return renderer

    def record(self) -> Drawing:
        renderer = self.get_renderer()
        renderer.clear()
        self.figure.draw(renderer)
        return renderer.drawing()


class RecordingRenderer(RendererBase):
    """Keeps what matplotlib draws, in points from the top-left corner; measures text as
    Agg does at `dpi`."""

    def __init__(self, width: float, height: float, dpi: float) -> None:
        super().__init__()
        self.width, self.height, self.dpi = width, height, dpi
        self.key = (width, height, dpi)
        self.scale = 72 / LAYOUT_DPI  # points per pixel
        self._measure = QuickRenderer(1, 1, dpi)
        self._to_page = Affine2D().scale(self.scale, -self.scale).translate(0, height * self.scale)
        self._families: dict[tuple[str, ...], tuple[str, ...]] = {}
        self.clear()

    def clear(self) -> None:
        self.ops: list[Op] = []
        self._clips: dict[Any, int] = {}
        self._clip_list: list[Clip] = []

    def drawing(self) -> Drawing:
        return Drawing(
            float(self.width * self.scale),
            float(self.height * self.scale),
            tuple(self.ops),
            tuple(self._clip_list),
        )

    # what matplotlib asks of a renderer ---------------------------------------------------
    def get_canvas_width_height(self) -> tuple[float, float]:
        return self.width, self.height

    def points_to_pixels(self, points: Any) -> Any:
        return points * self.dpi / 72

    def option_image_nocomposite(self) -> bool:
        return True

    def option_scale_image(self) -> bool:
        return True

    def get_text_width_height_descent(
        self, s: str, prop: FontProperties, ismath: Any
    ) -> tuple[float, float, float]:
        return self._measure.get_text_width_height_descent(s, prop, ismath)

    def _get_font_height_metrics(
        self, prop: FontProperties
    ) -> tuple[float | None, float | None, float | None]:
        return self._measure._get_font_height_metrics(prop)

    # drawing ------------------------------------------------------------------------------
    def draw_path(
        self,
        gc: GraphicsContextBase,
        path: Path,
        transform: Transform,
        rgbFace: Any = None,  # noqa: N803 (matplotlib's name)
    ) -> None:
        shape = self._shape(path, transform)
        if shape is None:
            return
        fill = None
        if rgbFace is not None:
            alpha = gc.get_alpha() if gc.get_forced_alpha() or len(rgbFace) == 3 else rgbFace[3]
            if alpha > 0:
                red, green, blue = rgbFace[:3]
                fill = argb(red, green, blue, alpha)
        hatch = self._hatch(gc, path, transform)
        stroke = self._stroke(gc)
        if fill is None and stroke is None and hatch is None:
            return
        self.ops.append(PathOp(shape, fill, stroke, hatch, self._clip(gc)))

    def draw_image(
        self,
        gc: GraphicsContextBase,
        x: float,
        y: float,
        im: ArrayLike,
        transform: Transform | None = None,
    ) -> None:
        im = np.asarray(im)  # matplotlib passes an array already (RendererBase says ArrayLike)
        rows, columns = im.shape[:2]
        if not rows or not columns:
            return
        placed: Transform
        if transform is None:  # drawn at its own size from (x, y), its alpha applied
            placed = Affine2D().scale(columns, rows).translate(x, y)
            alpha = 1.0
        else:
            placed = transform + Affine2D().translate(x, y)
            alpha = gc.get_alpha()
        (a, c, e), (b, d, f), _ = (placed + self._to_page).get_matrix().tolist()
        self.ops.append(
            GridOp(
                np.ascontiguousarray(im, dtype=np.uint8),
                (a, b, c, d, e, f),
                float(alpha),
                self._clip(gc),
            )
        )

    def draw_text(
        self,
        gc: GraphicsContextBase,
        x: float,
        y: float,
        s: str,
        prop: FontProperties,
        angle: float,
        ismath: Any = False,
        mtext: Any = None,
    ) -> None:
        if ismath or not s.strip():
            if ismath:  # mathtext (a "$...$" in a label) is drawn as outlines
                super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
            return
        width, _, _ = self.get_text_width_height_descent(s, prop, False)
        rgb = gc.get_rgb()
        alpha = gc.get_alpha() if gc.get_forced_alpha() or len(rgb) == 3 else rgb[3]
        weight = prop.get_weight()
        self.ops.append(
            TextOp(
                s,
                float(x * self.scale),
                float(y * self.scale),
                float(angle),
                self._family(prop),
                float(prop.get_size_in_points() * self.dpi / 72 * self.scale),
                weight if isinstance(weight, int) else font_manager.weight_dict.get(weight, 400),
                prop.get_style() != "normal",
                argb(*rgb[:3], alpha),
                float(width * self.scale),
                self._clip(gc),
            )
        )

    # parts --------------------------------------------------------------------------------
    def _shape(self, path: Path, transform: Transform) -> Shape | None:
        cleaned = path.cleaned(transform + self._to_page, remove_nans=True, curves=True)
        assert cleaned.codes is not None  # cleaned() always gives codes, ending in STOP
        vertices = np.asarray(cleaned.vertices)[:-1]  # without its STOP
        codes = np.asarray(cleaned.codes)[:-1]
        if len(vertices) < 2:
            return None
        plain = codes[0] == MOVE and bool((codes[1:] == LINE).all())
        return Shape(vertices.astype(np.float32), None if plain else codes.astype(np.uint8))

    def _stroke(self, gc: GraphicsContextBase) -> Stroke | None:
        width = gc.get_linewidth()
        rgb = gc.get_rgb()
        if width <= 0 or (len(rgb) == 4 and rgb[3] <= 0):
            return None
        points = self.dpi / 72 * self.scale  # drawing points per point of the figure
        offset, dashes = gc.get_dashes()
        return Stroke(
            argb(*rgb),
            float(width * points),
            tuple(float(d) * points for d in np.asarray(dashes).ravel()) if dashes else (),
            float(offset or 0) * points,
            gc.get_capstyle(),
            gc.get_joinstyle(),
        )

    def _hatch(self, gc: GraphicsContextBase, path: Path, transform: Transform) -> Hatch | None:
        """The hatch's lines over the shape's bounds, a tile of the pattern per inch as
        Agg draws it."""
        unit = gc.get_hatch_path(HATCH_DENSITY)
        if unit is None or not len(unit_vertices := np.asarray(unit.vertices)):
            return None
        box = path.get_extents(transform)
        tile = self.dpi
        first_x, first_y = int(np.floor(box.x0 / tile)), int(np.floor(box.y0 / tile))
        across = range(first_x, int(np.floor(box.x1 / tile)) + 1)
        up = range(first_y, int(np.floor(box.y1 / tile)) + 1)
        offsets = np.array([(i, j) for i in across for j in up], dtype=float)
        vertices = ((unit_vertices[None, :, :] + offsets[:, None, :]) * tile).reshape(-1, 2)
        codes = np.tile(
            unit.codes
            if unit.codes is not None
            else np.r_[MOVE, np.full(len(unit_vertices) - 1, LINE)],
            len(offsets),
        )
        lines = self._shape(Path(vertices, codes), Affine2D())
        if lines is None:
            return None
        points = self.dpi / 72 * self.scale
        return Hatch(lines, argb(*gc.get_hatch_color()), float(gc.get_hatch_linewidth() * points))

    def _clip(self, gc: GraphicsContextBase) -> int:
        box: Bbox | None = gc.get_clip_rectangle()
        rect = None
        if box is not None:
            x0, y0, x1, y1 = (float(v) for v in box.extents)
            s, h = self.scale, self.height
            rect = (x0 * s, (h - y1) * s, x1 * s, (h - y0) * s)
        path, affine = gc.get_clip_path()  # (None, None) or both set
        shape = (
            # matplotlib's stub says TransformedPath; get_clip_path returns the Path in it
            self._shape(path, affine)  # type: ignore[arg-type]
            if path is not None and affine is not None
            else None
        )
        if rect is None and shape is None:
            return NO_CLIP
        key = (
            rect,
            None if shape is None else shape.vertices.tobytes(),
            None if shape is None or shape.codes is None else shape.codes.tobytes(),
        )
        index = self._clips.get(key)
        if index is None:
            index = self._clips[key] = len(self._clip_list)
            self._clip_list.append(Clip(rect, shape))
        return index

    def _family(self, prop: FontProperties) -> tuple[str, ...]:
        """The font families of `prop`, generic ones ("sans-serif") named, one tuple per
        set (a pickled drawing then names each set once)."""
        asked = tuple(prop.get_family())
        found = self._families.get(asked)
        if found is None:
            named: list[str] = []
            for family in asked:
                if family in font_manager.font_family_aliases:
                    generic = "sans-serif" if family == "sans" else family
                    key = cast("RcKeyType", f"font.{generic}")  # not every alias has a list
                    named += rcParams.get(key, [])
                else:
                    named.append(family)
            found = self._families[asked] = tuple(named)
        return found
