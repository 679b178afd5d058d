"""The brand-kit sheet draws on an image and on a PDF page, in Arabic, with real text."""

import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPageSize, QPainter, QPdfWriter

from planner.formatting import Formatter
from planner.paths import resource
from planner.reports.brand_sheet import export_brand_sheet_png, kit_sheet, paint_brand_sheet
from planner.storage.identity_sample import load_identity_sample
from tests.conftest import TODAY


@pytest.fixture
def sheet(workspace, qapp):
    from planner.i18n import language

    language.load_fonts()
    load_identity_sample(workspace, resource("sample", "identity.json"), TODAY)
    return kit_sheet(workspace, workspace.kits.all()[0].id)


def test_the_sheet_gathers_the_kit(sheet):
    """Colours, fonts and logos of the kit, with their contents."""
    assert len(sheet.kit.colours) == 6
    assert [f.asset.family for f in sheet.fonts] == ["Noto Sans Arabic"] * 2 + ["Noto Sans"]
    assert len(sheet.logos) == 2 and all(f.data for f in sheet.logos)
    assert sheet.institution == "بلدية مسقط"


def test_png_export(sheet, tmp_path):
    """An A4-shaped picture with the primary colour across the top."""
    target = tmp_path / "sheet.png"
    export_brand_sheet_png(target, sheet, Formatter("ar"), width=620)
    image = QImage(str(target))
    assert (image.width(), image.height()) == (620, 877)
    assert image.pixelColor(5, 5).name() == "#0f6e63"
    assert not list(tmp_path.glob(".*partial*"))


def test_png_export_to_a_missing_folder_writes_nothing(sheet, tmp_path):
    """An unwritable target raises OSError and leaves no partial file."""
    with pytest.raises(OSError):
        export_brand_sheet_png(tmp_path / "missing" / "sheet.png", sheet, Formatter("ar"))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_pdf_export_can_reuse_it_with_extractable_text(sheet, tmp_path):
    """Painted on a QPdfWriter page, the hex values and the Arabic names are real text."""
    path = tmp_path / "sheet.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    paint_brand_sheet(
        painter, QRectF(0, 0, writer.width(), writer.height()), sheet, Formatter("ar")
    )
    painter.end()
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = unicodedata.normalize("NFKC", text)  # Arabic comes out as presentation forms
    assert "#0F6E63" in text, text
    assert "رملي" in text and "Noto Sans Arabic" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_an_empty_kit_says_what_it_lacks(workspace, english, tmp_path):
    """A kit without colours, fonts or logos says so in each section, one line each."""
    from planner.domain.identity import BrandKit

    kit_id = workspace.kits.save(BrandKit("Empty kit"))
    path = tmp_path / "empty.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    rect = QRectF(0, 0, writer.width(), writer.height())
    paint_brand_sheet(painter, rect, kit_sheet(workspace, kit_id), Formatter("en"))
    painter.end()
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    # the full stop stands on either side, as the interface's direction (left by an earlier
    # test) lays the line out
    lines = [line.strip(" .") for line in text.splitlines() if "in this kit yet" in line]
    assert lines == [
        "No colours in this kit yet",
        "No fonts in this kit yet",
        "No logos in this kit yet",
    ]
