"""Only passive PDFs enter the library: no JavaScript, no launch actions, no embedded files.

A PDF template is exported and opened in other readers, where active content runs. The file is
read with pypdf (maintained, pure Python, no Qt) rather than searched for byte patterns: PDF
names can be written with #xx escapes (/J#61vaScript) and dictionaries can sit compressed
inside object streams, which a byte search misses. Every object in the cross-reference table
(and in object streams) is read, up to MAX_OBJECTS, and refused when it is an action of a
dangerous kind or carries JavaScript, embedded files, rich media or an XFA form. An encrypted
file cannot be checked and is refused.
"""

from __future__ import annotations

import io
import logging
from typing import Any

from planner.domain.content import AssetRefusedError, Refusal

MAX_OBJECTS = 200_000
# Keys whose presence anywhere means active or hidden content.
_ACTIVE_KEYS = {"/JS", "/JavaScript", "/EmbeddedFile", "/EmbeddedFiles", "/RichMedia", "/XFA"}
# Action types (/S) that run code, start programs or send data.
_ACTIVE_ACTIONS = {
    "/JavaScript",
    "/Launch",
    "/ImportData",
    "/SubmitForm",
    "/RichMediaExecute",
    "/GoToE",
    "/Rendition",
}


def check_pdf(data: bytes) -> None:
    """Raise AssetRefusedError unless `data` is a readable, passive PDF."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair notes are not ours to show
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise AssetRefusedError(Refusal.PDF_ACTIVE, "encrypted: cannot be checked")
        numbers = {n for table in reader.xref.values() for n in table}
        numbers |= set(reader.xref_objStm)
        if len(numbers) > MAX_OBJECTS:
            raise AssetRefusedError(Refusal.CORRUPT, f"{len(numbers)} objects")
        for number in sorted(numbers):
            _check(reader.get_object(number))
        _check(reader.trailer)
        _check(reader.trailer.get("/Root"))
    except AssetRefusedError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise AssetRefusedError(Refusal.CORRUPT, f"PDF: {exc}"[:120]) from exc


def _check(obj: Any) -> None:
    from pypdf.generic import DictionaryObject, IndirectObject

    if isinstance(obj, IndirectObject):
        obj = obj.get_object()
    if not isinstance(obj, DictionaryObject):
        return
    for key in obj:
        if key in _ACTIVE_KEYS:
            raise AssetRefusedError(Refusal.PDF_ACTIVE, str(key))
    kind = obj.get("/S")
    if kind is not None and str(kind) in _ACTIVE_ACTIONS:
        raise AssetRefusedError(Refusal.PDF_ACTIVE, str(kind))
