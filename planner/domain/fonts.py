"""Reading a TrueType/OpenType font's family name from its `name` table, checking its structure."""

from __future__ import annotations

import struct

from planner.domain.content import AssetRefusedError, Refusal

_REQUIRED = (b"cmap", b"head", b"name")
_FAMILY_IDS = (16, 1)  # typographic family first, then the legacy family
_STYLE_IDS = (17, 2)  # typographic subfamily ("Bold", "Light Italic"...), then the legacy one
MAX_TABLES = 200


def font_family(data: bytes) -> str:
    """A TTF/OTF font's family name; AssetRefusedError(FONT_INVALID) when the file is unsound."""
    return font_names(data)[0]


def font_names(data: bytes) -> tuple[str, str]:
    """(family, style) of a TTF/OTF font, e.g. ("Noto Sans Arabic", "Bold")."""
    try:
        family = _name(data, _FAMILY_IDS)
        try:
            style = _name(data, _STYLE_IDS)
        except ValueError:
            style = "Regular"
    except (struct.error, IndexError, UnicodeDecodeError, ValueError) as exc:
        raise AssetRefusedError(Refusal.FONT_INVALID, str(exc)) from exc
    return family, style


def _name(data: bytes, wanted: tuple[int, int]) -> str:
    count = struct.unpack(">H", data[4:6])[0]
    if not 0 < count <= MAX_TABLES or len(data) < 12 + 16 * count:
        raise ValueError("bad table directory")
    tables: dict[bytes, tuple[int, int]] = {}
    for i in range(count):
        tag, _checksum, offset, length = struct.unpack(">4sIII", data[12 + 16 * i : 28 + 16 * i])
        if offset + length > len(data):
            raise ValueError(f"table {tag!r} runs past the end of the file")
        tables[tag] = (offset, length)
    missing = [t.decode() for t in _REQUIRED if t not in tables]
    if missing:
        raise ValueError(f"missing tables {missing}")
    offset, length = tables[b"name"]
    table = data[offset : offset + length]
    _fmt, records, storage = struct.unpack(">HHH", table[:6])
    names: dict[tuple[int, int], str] = {}
    for i in range(records):
        platform, _encoding, language, name_id, size, start = struct.unpack(
            ">HHHHHH", table[6 + 12 * i : 18 + 12 * i]
        )
        if name_id not in wanted:
            continue
        raw = table[storage + start : storage + start + size]
        if len(raw) != size:
            raise ValueError("name record runs past the table")
        text = raw.decode("utf-16-be") if platform in (0, 3) else raw.decode("latin-1")
        rank = 0 if (platform, language) == (3, 0x0409) else 1 if platform == 3 else 2
        key = (wanted.index(name_id), rank)
        names.setdefault(key, text.strip())
    if not names:
        raise ValueError(f"no name {wanted}")
    return names[min(names)]
