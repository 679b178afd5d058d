"""Only self-contained, script-free SVG enters the library.

Refused: a DOCTYPE or ENTITY (entity expansion bombs, external entities), scripts and event
handler attributes, foreignObject and any HTML element (an iframe, img or meta refresh in the
XHTML namespace), stylesheets with @import (also when hidden by a CSS escape, `@\\69mport`),
and any reference (href, url()) that leaves the file. Local references ("#id") and embedded
raster images (data:image/png, jpeg, gif, webp in base64, themselves size-checked) are allowed,
within a budget: the file is parsed (never pattern-matched) and the drawing it describes once
every `<use>` and url(#id) is expanded may hold at most MAX_RENDERED elements, through at most
MAX_REFERENCE_DEPTH references in a chain, with no reference cycle. The "billion laughs" of
SVG (layers of `<use>` that each draw the layer below ten times) is refused in milliseconds
instead of hanging the renderer.
"""

from __future__ import annotations

import base64
import binascii
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from planner.domain.content import (
    DEFAULT_LIMITS,
    AssetRefusedError,
    Limits,
    Refusal,
    check_pixels,
    image_size,
    sniff,
)

MAX_ELEMENTS = 50_000
MAX_DEPTH = 256
MAX_RENDERED = 100_000  # elements once every reference is expanded
MAX_REFERENCE_DEPTH = 10  # <use> of a <use> of ... : real drawings need two or three
SVG_NAMESPACE = "http://www.w3.org/2000/svg"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
# HTML elements a browser renders (and loads from) inside SVG; never SVG's own names.
_HTML = {
    "html", "body", "iframe", "img", "meta", "object", "embed", "link", "audio", "video",
    "source", "canvas", "form", "input", "frame", "frameset", "base", "portal", "math",
}  # fmt: skip
_CSS_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?|\\(.)", re.DOTALL)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_LOCAL_URL = re.compile(r"url\(\s*['\"]?\s*#([^'\")\s]+)", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_URL = re.compile(r"url\(\s*['\"]?\s*([^'\")\s]*)", re.IGNORECASE)
_DATA_IMAGE = re.compile(
    r"data:image/(png|jpeg|jpg|gif|webp)\s*;\s*base64\s*,(.*)", re.IGNORECASE | re.DOTALL
)
_LENGTH = re.compile(r"\s*([0-9]*\.?[0-9]+)\s*(px)?\s*")
_ANIMATIONS = {"animate", "set", "animatemotion", "animatetransform", "animatecolor"}


@dataclass(frozen=True)
class SvgInfo:
    """What the check learned of a safe SVG: its intrinsic size (0 when not given)."""

    width: int
    height: int


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower()


def check_svg(data: bytes, limits: Limits = DEFAULT_LIMITS) -> SvgInfo:
    """Raise AssetRefusedError unless `data` is a safe, self-contained SVG; return its size."""
    if _DOCTYPE.search(data):
        raise AssetRefusedError(Refusal.SVG_ENTITIES)
    parser: ET.XMLPullParser[Any] = ET.XMLPullParser(events=("start", "end", "pi"))
    root: ET.Element | None = None
    depth = count = 0
    try:
        parser.feed(data)
        parser.close()
        events: list[Any] = list(parser.read_events())
        for event, item in events:
            if event == "pi":
                raise AssetRefusedError(Refusal.SVG_EXTERNAL, "processing instruction")
            assert isinstance(item, ET.Element)
            if event == "end":
                depth -= 1
                if _local(item.tag) == "style":
                    _check_css(item.text or "")
                continue
            depth += 1
            count += 1
            if root is None:
                root = item
                if _local(item.tag) != "svg":
                    raise AssetRefusedError(Refusal.SVG_MALFORMED, "root is not <svg>")
            if count > MAX_ELEMENTS or depth > MAX_DEPTH:
                raise AssetRefusedError(Refusal.SVG_TOO_COMPLEX, f"{count} elements")
            _check_element(item, limits)
    except ET.ParseError as exc:
        raise AssetRefusedError(Refusal.SVG_MALFORMED, str(exc)) from exc
    if root is None:
        raise AssetRefusedError(Refusal.SVG_MALFORMED, "empty")
    _check_expansion(root)
    return _size(root)


def _references(element: ET.Element) -> list[str]:
    """The ids an element draws or paints with: href="#id" and url(#id)."""
    found = []
    for key, value in element.attrib.items():
        if _local(key) == "href" and value.strip().startswith("#"):
            found.append(value.strip()[1:])
        elif "url(" in value.lower():
            found += _LOCAL_URL.findall(_unescape_css(value))
    return found


def _check_expansion(root: ET.Element) -> None:
    """Refuse a drawing whose references, expanded, exceed the budget or form a cycle.

    Each element's expanded size is 1 + its children's + the referenced elements', computed
    once per element (iteratively, in post-order), so the check is linear in the file."""
    ids = {el.get("id"): el for el in root.iter() if el.get("id")}
    size: dict[int, int] = {}
    chain: dict[int, int] = {}  # the longest run of references below an element
    in_progress: set[int] = set()
    stack: list[tuple[ET.Element, bool]] = [(root, False)]
    while stack:
        element, ready = stack.pop()
        key = id(element)
        refs = [ids[r] for r in _references(element) if r in ids]
        if ready:
            in_progress.discard(key)
            total = 1 + sum(size[id(c)] for c in element) + sum(size[id(r)] for r in refs)
            depth = max(
                [chain[id(c)] for c in element] + [chain[id(r)] + 1 for r in refs], default=0
            )
            if total > MAX_RENDERED:
                raise AssetRefusedError(Refusal.SVG_TOO_COMPLEX, f"over {MAX_RENDERED} drawn")
            if depth > MAX_REFERENCE_DEPTH:
                raise AssetRefusedError(Refusal.SVG_TOO_COMPLEX, f"{depth} references deep")
            size[key], chain[key] = total, depth
            continue
        if key in size:
            continue
        if key in in_progress:
            raise AssetRefusedError(Refusal.SVG_TOO_COMPLEX, "reference cycle")
        in_progress.add(key)
        stack.append((element, True))
        for dependency in [*element, *refs]:
            if id(dependency) in in_progress:
                raise AssetRefusedError(Refusal.SVG_TOO_COMPLEX, "reference cycle")
            if id(dependency) not in size:
                stack.append((dependency, False))


def _check_element(element: ET.Element, limits: Limits) -> None:
    name = _local(element.tag)
    if name == "script":
        raise AssetRefusedError(Refusal.SVG_SCRIPT, "<script>")
    if name == "foreignobject":
        raise AssetRefusedError(Refusal.SVG_EXTERNAL, "<foreignObject>")
    if name in _HTML or element.tag.startswith("{" + XHTML_NAMESPACE + "}"):
        raise AssetRefusedError(Refusal.SVG_EXTERNAL, f"HTML <{name}>")
    attributes = {_local(k): v for k, v in element.attrib.items()}
    for key, value in attributes.items():
        if key.startswith("on"):
            raise AssetRefusedError(Refusal.SVG_SCRIPT, key)
        if key == "href":
            _check_reference(value, limits)
        elif key == "style" or "url(" in value.lower():
            _check_css(value)
    if name in _ANIMATIONS and attributes.get("attributename", "").lower().endswith("href"):
        for key in ("to", "from", "by", "values"):
            for part in attributes.get(key, "").split(";"):
                if part.strip():
                    _check_reference(part, limits)


def _check_reference(value: str, limits: Limits) -> None:
    target = value.strip()
    if target.startswith("#"):
        return
    if target.lower().startswith("javascript:"):
        raise AssetRefusedError(Refusal.SVG_SCRIPT, "javascript: link")
    match = _DATA_IMAGE.fullmatch(target)
    if not match:
        raise AssetRefusedError(Refusal.SVG_EXTERNAL, target[:80])
    try:
        payload = base64.b64decode(re.sub(r"\s+", "", match.group(2)), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise AssetRefusedError(Refusal.CORRUPT, "embedded image") from exc
    fmt = sniff(payload)
    if fmt is None or not fmt.is_raster:
        raise AssetRefusedError(Refusal.SVG_EXTERNAL, "embedded non-raster data")
    check_pixels(*image_size(payload, fmt, limits), limits)


def _unescape_css(text: str) -> str:
    """CSS as the browser reads it: comments dropped, escapes (`\\69`, `\\@`) decoded."""

    def one(match: re.Match[str]) -> str:
        if match.group(1):
            code = int(match.group(1), 16)
            return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "?"
        return match.group(2)

    return _CSS_ESCAPE.sub(one, _CSS_COMMENT.sub("", text))


def _check_css(text: str) -> None:
    text = _unescape_css(text)
    if "@import" in text.lower():
        raise AssetRefusedError(Refusal.SVG_EXTERNAL, "@import")
    if "expression(" in text.lower():
        raise AssetRefusedError(Refusal.SVG_SCRIPT, "expression()")
    for target in _URL.findall(text):
        if not target.startswith("#"):
            raise AssetRefusedError(Refusal.SVG_EXTERNAL, f"url({target[:60]})")


def _length(value: str | None) -> float:
    match = _LENGTH.fullmatch(value or "")
    return float(match.group(1)) if match else 0.0


def _size(root: ET.Element) -> SvgInfo:
    width, height = _length(root.get("width")), _length(root.get("height"))
    if not (width and height):
        parts = re.split(r"[\s,]+", (root.get("viewBox") or "").strip())
        try:
            width, height = float(parts[2]), float(parts[3])
        except (IndexError, ValueError):
            width = height = 0.0
    if width <= 0 or height <= 0 or width > 1e6 or height > 1e6:
        return SvgInfo(0, 0)
    return SvgInfo(round(width), round(height))
