"""Only passive PDFs enter the library: JavaScript, launch actions and embedded files are refused,
however they are written (name escapes, compressed object streams); real documents pass."""

import io
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from planner.domain.content import AssetRefusedError, Refusal
from planner.domain.intake import inspect_bytes
from planner.paths import resource
from tests.identity_files import pdf


def reason(data: bytes) -> Refusal:
    with pytest.raises(AssetRefusedError) as caught:
        inspect_bytes(data, ".pdf")
    return caught.value.reason


def _written(change, compress: bool = False) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    change(writer)
    if compress:
        writer.compress_identical_objects()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _open_action(kind: str, key: str, value: str):
    def change(writer):
        action = DictionaryObject(
            {NameObject("/S"): NameObject(kind), NameObject(key): TextStringObject(value)}
        )
        writer.root_object[NameObject("/OpenAction")] = writer._add_object(action)

    return change


# /JavaScript and /JS written with #xx escapes, which a byte search for "/JavaScript" misses.
HAND_WRITTEN_ESCAPED = pdf(b"<</S/J#61vaScript/J#53 (app.alert)>>", catalog=b"/OpenAction 4 0 R")


@pytest.mark.parametrize(
    "data",
    [
        _written(_open_action("/JavaScript", "/JS", "app.alert('hi');")),
        _written(lambda w: w.add_attachment("payload.exe", b"MZ\x90\x00")),
        _written(_open_action("/Launch", "/F", "calc.exe")),
        HAND_WRITTEN_ESCAPED,
    ],
    ids=["javascript", "embedded-file", "launch", "escaped-names"],
)
def test_active_pdfs_are_refused(data):
    """Each kind of active content is refused with its own reason."""
    assert reason(data) is Refusal.PDF_ACTIVE


def test_an_encrypted_pdf_cannot_be_checked_and_is_refused():
    """Encrypted: its objects cannot be read, so it is refused."""

    def encrypt(writer):
        writer.encrypt("secret", algorithm="RC4-128")

    assert reason(_written(encrypt)) is Refusal.PDF_ACTIVE


@pytest.mark.parametrize(
    "data",
    [
        pdf(),
        resource("sample", "identity", "letterhead.pdf").read_bytes(),
        _written(lambda w: None),
        *(p.read_bytes() for p in sorted(Path("/usr/share/doc").glob("*/*.pdf"))[:3]),
    ],
)
def test_plain_documents_pass(data):
    """A minimal PDF, the sample letterhead, a pypdf page, and documents found on this system."""
    assert inspect_bytes(data, ".pdf").format == "pdf"
