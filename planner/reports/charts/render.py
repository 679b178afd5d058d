"""Drawing the charts on screen quickly, pixel for pixel as matplotlib's Agg draws them.

Shaping a line of Arabic (libraqm through FreeType) costs milliseconds, and matplotlib's Agg
renderer shapes each string again at every draw, looks its fonts up again for every text,
and forgets what it measured whenever the canvas changes size. Here each answer is kept:

- `remember_font_lookups()`: which font files a set of font properties resolves to (matplotlib
  scores all ~400 installed fonts again for each new *size* of a font, though a scalable
  font's size never changes the answer);
- `QuickRenderer`: the shaped glyphs of each string, its measured extent, the fonts' line
  metrics and each glyph's image, by string (glyph), font files, size and dpi, for the life
  of the process.

All of it rests on matplotlib's private internals (`FontManager._find_fonts_by_props`,
`RendererAgg._prepare_font`, `FT2Font._layout/_set_transform/_render_glyph`, the C renderer's
`draw_text_image`, `FigureCanvasAgg._lastKey`), checked for on first use: when one is missing
(a matplotlib release other than the one pinned in pyproject.toml), or fails at its first
use, or PLANNER_CHARTS_PUBLIC is set, every method here hands over to stock Agg, which draws
the same chart, only slower. tests/reports/charts/test_render.py forces that path.

Imports matplotlib: only the chart builders and the Coverage canvas import this module.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Hashable
from typing import Any, Literal

import numpy as np
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg, get_hinting_flag
from matplotlib.font_manager import FontProperties, get_font
from matplotlib.ft2font import RenderMode

MAX_ENTRIES = 4096  # strings remembered per cache: a few screens of charts
PUBLIC_ONLY = "PLANNER_CHARTS_PUBLIC"  # set: draw with stock Agg (matplotlib's public path)

log = logging.getLogger("planner.charts")
_private: bool | None = None  # may this module use matplotlib's internals? decided on first use


def _internals_present() -> bool:
    """Whether every private name this module calls is there in the installed matplotlib."""
    from matplotlib.ft2font import FT2Font

    try:
        probe = RendererAgg(1, 1, 72)
    except Exception:  # any failure means: not the renderer we know
        return False
    return (
        callable(getattr(font_manager.fontManager, "_find_fonts_by_props", None))
        and callable(getattr(RendererAgg, "_prepare_font", None))
        and all(
            callable(getattr(FT2Font, name, None))
            for name in ("_layout", "_set_transform", "_render_glyph")
        )
        and callable(getattr(getattr(probe, "_renderer", None), "draw_text_image", None))
        and hasattr(FigureCanvasAgg, "_lastKey")
    )


def private_api() -> bool:
    """True while the fast path may be used (see the module's note)."""
    global _private
    if _private is None:
        _private = not os.environ.get(PUBLIC_ONLY) and _internals_present()
        if not _private:
            log.warning("charts drawn by stock Agg: matplotlib's internals are not as expected")
    return _private


def use_public_path(reason: BaseException | None = None) -> None:
    """Stop using matplotlib's internals for the rest of the process (they failed)."""
    global _private
    if _private is not False:
        log.warning("charts drawn by stock Agg from now on: %r", reason)
    _private = False


def font_key(prop: FontProperties) -> tuple[Hashable, ...]:
    """Everything that decides which font files `prop` resolves to (its size does not)."""
    return (
        tuple(prop.get_family()),
        prop.get_style(),
        prop.get_variant(),
        prop.get_weight(),
        prop.get_stretch(),
        prop.get_file(),
        prop.get_math_fontfamily(),
    )


def remember_font_lookups(manager: font_manager.FontManager | None = None) -> None:
    """Resolve each set of named font families once, whatever its size, on `manager`."""
    manager = manager or font_manager.fontManager
    if not private_api() or "_find_fonts_by_props" in vars(manager):
        return
    original = manager._find_fonts_by_props
    generic = set(font_manager.font_family_aliases)
    found: dict[tuple[Hashable, ...], list[Any]] = {}

    def find_fonts(
        prop: Any,
        fontext: Literal["ttf", "afm"] = "ttf",
        directory: Any = None,
        fallback_to_default: bool = True,
        rebuild_if_missing: bool = True,
    ) -> list[Any]:
        plain = (
            isinstance(prop, FontProperties)
            and fontext == "ttf"
            and directory is None
            and not generic.intersection(prop.get_family())
        )
        if not plain:  # generic families follow rcParams: ask matplotlib every time
            return original(prop, fontext, directory, fallback_to_default, rebuild_if_missing)
        key = (font_key(prop), fallback_to_default, rebuild_if_missing)
        paths = found.get(key)
        if paths is None:
            paths = found[key] = original(
                prop, fontext, directory, fallback_to_default, rebuild_if_missing
            )
        return list(paths)

    manager._find_fonts_by_props = find_fonts  # type: ignore[method-assign]


class _Remembered(dict[Hashable, Any]):
    """A dict that forgets its oldest half when full."""

    def put(self, key: Hashable, value: Any) -> Any:
        if len(self) >= MAX_ENTRIES:
            for old in list(self)[: MAX_ENTRIES // 2]:
                del self[old]
        self[key] = value
        return value


_LAYOUTS = _Remembered()  # (string, fonts, size, dpi, hinting, features, language) -> glyphs
_EXTENTS = _Remembered()  # (string, fonts, size, dpi, hinting) -> (width, height, descent)
_LINES = _Remembered()  # font files -> (OS/2 or hhea line metrics, units per em)
_GLYPHS = _Remembered()  # (font, size, dpi, glyph, turn, 1/64 pixel, ...) -> image, offsets


class QuickRenderer(RendererAgg):
    """matplotlib's Agg renderer that remembers shaping, extents and font line metrics."""

    # matplotlib's backend_agg has no stubs and leaves these RendererAgg / FigureCanvasAgg
    # methods unannotated: each call to one says so with a narrow ignore.
    def __init__(self, width: int, height: int, dpi: float) -> None:
        super().__init__(width, height, dpi)  # type: ignore[no-untyped-call]

    def _stock_extent(
        self, s: str, prop: FontProperties, ismath: Any
    ) -> tuple[float, float, float]:
        extent: tuple[float, float, float] = super().get_text_width_height_descent(  # type: ignore[no-untyped-call]
            s, prop, ismath
        )
        return extent

    def _fonts(self, prop: FontProperties) -> tuple[Any, ...]:
        return tuple(font_manager.fontManager._find_fonts_by_props(prop))

    def get_text_width_height_descent(
        self, s: str, prop: FontProperties, ismath: Any
    ) -> tuple[float, float, float]:
        if ismath is not False or not private_api():
            return self._stock_extent(s, prop, ismath)
        key = (s, self._fonts(prop), prop.get_size_in_points(), self.dpi, get_hinting_flag())
        extent = _EXTENTS.get(key)
        if extent is None:
            extent = _EXTENTS.put(key, self._stock_extent(s, prop, ismath))
        return extent  # type: ignore[no-any-return]

    def _get_font_height_metrics(
        self, prop: FontProperties
    ) -> tuple[float | None, float | None, float | None]:
        """The line metrics `Text` reads from the font's OS/2 (else hhea) table, as it does
        when a renderer has no such method, but read from the font once."""
        if not private_api():
            return None, None, None  # Text reads them from the font itself
        fonts = self._fonts(prop)
        lines = _LINES.get(fonts)
        if lines is None:
            font = get_font(list(fonts))
            lines = (None, 0)
            metrics: tuple[float, float, float] | None = None
            os2 = font.get_sfnt_table("OS/2")
            if os2 is not None:
                metrics = (os2["sTypoLineGap"], os2["sTypoAscender"], os2["sTypoDescender"])
            else:
                hhea = font.get_sfnt_table("hhea")
                if hhea is not None:
                    metrics = (hhea["lineGap"], hhea["ascent"], hhea["descent"])
            head = font.get_sfnt_table("head") if metrics is not None else None
            if metrics is not None and head is not None:  # no head: Text reads the font
                lines = (metrics, head["unitsPerEm"])
            _LINES.put(fonts, lines)
        values, units_per_em = lines
        if values is None:
            return None, None, None
        scale = 1 / units_per_em * prop.get_size_in_points() * self.dpi / 72
        line_gap, ascent, descent = values
        return ascent * scale, -descent * scale, line_gap * scale

    def draw_text(
        self,
        gc: Any,
        x: float,
        y: float,
        s: str,
        prop: FontProperties,
        angle: float,
        ismath: Any = False,
        mtext: Any = None,
    ) -> None:
        if ismath or not private_api():
            super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)  # type: ignore[no-untyped-call]
            return None
        try:
            self._draw_quickly(gc, x, y, s, prop, angle, mtext)
        except (AttributeError, TypeError, ValueError) as exc:  # internals changed under us
            use_public_path(exc)
            super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)  # type: ignore[no-untyped-call]
        return None

    def _draw_quickly(
        self, gc: Any, x: float, y: float, s: str, prop: FontProperties, angle: float, mtext: Any
    ) -> None:
        features = mtext.get_fontfeatures() if mtext is not None else None
        language = mtext.get_language() if mtext is not None else None
        size = prop.get_size_in_points()
        flags = get_hinting_flag()
        key = (
            s,
            self._fonts(prop),
            size,
            self.dpi,
            flags,
            tuple(features) if features is not None else None,
            language,
        )
        items = _LAYOUTS.get(key)
        if items is None:
            font = self._prepare_font(prop)  # type: ignore[no-untyped-call]
            items = _LAYOUTS.put(
                key, tuple(font._layout(s, flags=flags, features=features, language=language))
            )
        self._draw_glyphs(gc, x, y, angle, size, items)

    def _draw_glyphs(
        self, gc: Any, x: float, y: float, angle: float, size: float, items: tuple[Any, ...]
    ) -> None:
        """`RendererAgg._draw_text_glyphs_and_boxes` for unslanted, unstretched text (what
        `draw_text` asks of it), with the rotation worked out once per string and each glyph
        image kept: FreeType draws a glyph alike wherever it lands on whole pixels, so it is
        kept by its fraction of a pixel (1/64ths) and moved by the whole pixels."""
        cos = math.cos(math.radians(angle))
        sin = math.sin(math.radians(angle))
        matrix = (
            (0x10000 * np.array([[cos, -sin], [sin, cos]]) @ [[1, 0], [0, 1]]).round().astype(int)
        )
        turn = tuple(matrix.flat)
        flags = get_hinting_flag()
        antialiased = gc.get_antialiased()
        mode = RenderMode.NORMAL if antialiased else RenderMode.MONO
        height = self.height
        for item in items:
            font, dx, dy = item.ft_object, item.x, item.y
            across = round(0x40 * (x + dx * cos - dy * sin))
            up = round(0x40 * (height - y + dx * sin + dy * cos))
            key = (
                font,
                size,
                self.dpi,
                item.glyph_index,
                turn,
                across & 63,
                up & 63,
                flags,
                antialiased,
            )
            glyph = _GLYPHS.get(key)
            if glyph is None:
                font.set_size(size, self.dpi)
                font._set_transform(matrix, [across, up])
                bitmap = font._render_glyph(item.glyph_index, flags, mode)
                buffer = bitmap.buffer.copy()
                if not antialiased:
                    buffer *= 0xFF
                glyph = _GLYPHS.put(
                    key, (buffer, bitmap.left - (across >> 6), bitmap.top - (up >> 6))
                )
            buffer, left, top = glyph
            self._renderer.draw_text_image(
                buffer,
                left + (across >> 6),
                int(height) - (top + (up >> 6)) + buffer.shape[0],
                0,
                gc,
            )


class QuickCanvasAgg(FigureCanvasAgg):
    """Agg's canvas, drawing through a `QuickRenderer` (made again when the size changes)."""

    def get_renderer(self) -> RendererAgg:
        if not private_api():
            # FigureCanvasAgg.get_renderer is unannotated in matplotlib (no stubs)
            stock: RendererAgg = super().get_renderer()  # type: ignore[no-untyped-call]
            return stock
        w, h = self.get_width_height(physical=True)
        key = w, h, self.figure.dpi
        renderer = getattr(self, "renderer", None)
        if self._lastKey != key or not isinstance(renderer, QuickRenderer):
            renderer = self.renderer = QuickRenderer(w, h, self.figure.dpi)
            self._lastKey = key
        return renderer
