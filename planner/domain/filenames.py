"""Turning an asset's name into a safe file name: no folders, no tricks, on any system."""

from __future__ import annotations

import re
import unicodedata

from planner.domain.identity import AssetFormat

MAX_NAME_BYTES = 200  # well under the 255-byte limit of common file systems, with the extension
_FORBIDDEN = re.compile(r'[\\/:*?"<>|]')
_SPACES = re.compile(r"\s+")
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}


def safe_file_name(name: str, fmt: AssetFormat) -> str:
    """A file name for exporting an asset called `name`: one path component, never hidden,
    never a reserved device name, with the extension of its real format.

    Arabic letters are kept; separators and characters Windows forbids become "_"; control
    and invisible direction characters (which can disguise an extension) are dropped.
    """
    text = unicodedata.normalize("NFC", name)
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    text = _SPACES.sub(" ", _FORBIDDEN.sub("_", text)).strip(" .")
    stem, dot, ext = text.rpartition(".")
    if dot and ext.lower() in fmt.extensions:
        text = stem.strip(" .")
    if text.split(".")[0].upper() in _RESERVED:
        text = "_" + text
    encoded = text.encode("utf-8")[:MAX_NAME_BYTES]
    text = encoded.decode("utf-8", errors="ignore").strip(" .")
    return f"{text or 'asset'}.{fmt.extension}"


def name_from_path(component: str) -> str:
    """A file's name as text, whatever bytes the file system gave it.

    On Linux a name that is not UTF-8 reaches Python with its bytes as lone surrogates
    (os.fsdecode's "surrogateescape"), which no database or file can store. Such a name is
    read again as Windows-1256 (the Arabic Windows code page, which names every byte: a USB
    stick written on an Arabic Windows machine), and any control character is dropped.
    """
    try:
        component.encode("utf-8")
    except UnicodeEncodeError:
        raw = component.encode("utf-8", "surrogateescape")
        try:
            component = raw.decode("utf-8")
        except UnicodeDecodeError:
            component = raw.decode("cp1256", errors="replace")
    cleaned = "".join(ch for ch in component if unicodedata.category(ch) not in ("Cc", "Cs"))
    return cleaned.strip()
