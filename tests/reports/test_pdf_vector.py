"""Drawings in a laid-out document: sized by their tag, made only when painted, written to
the PDF as vectors and text, while other images stay pictures."""

import shutil
import subprocess

import numpy as np
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from planner.reports.charts.drawing import (
    Drawing,
    GridOp,
    Hatch,
    PathOp,
    Shape,
    Stroke,
    TextOp,
    argb,
)
from planner.reports.pdf.document import Chrome, paginate, write_pdf
from planner.reports.pdf.vector_paint import paint

pytestmark = pytest.mark.skipif(shutil.which("pdfimages") is None, reason="needs poppler")
FONTS = ("Noto Sans Arabic", "Noto Sans")


def box(x0, y0, x1, y1):
    return Shape(np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], dtype=np.float32))


def sample_drawing():
    """A bar, a hatched bar, a 2 x 3 grid of cells and three labels (one turned, one
    Arabic with a right-to-left mark)."""
    red, black = argb(0.8, 0.1, 0.1), argb(0, 0, 0)
    cells = np.zeros((2, 3, 4), dtype=np.uint8)
    cells[..., 3] = 255
    cells[0, :, 2] = 200  # the first row blue, the second black
    lines = [point for k in range(-12, 5) for point in ((80 + 10 * k, 150), (190 + 10 * k, 40))]
    hatch = Hatch(
        Shape(np.array(lines, dtype=np.float32), np.array([1, 2] * 17, np.uint8)), black, 1.0
    )
    return Drawing(
        300,
        200,
        (
            PathOp(box(20, 40, 60, 150), red, Stroke(black, 1.0)),
            PathOp(box(80, 40, 120, 150), argb(1, 1, 1), Stroke(black, 1.0), hatch),
            GridOp(cells, (90.0, 0.0, 0.0, -40.0, 160.0, 150.0)),
            TextOp("Week beginning", 100, 180, 0, FONTS, 10, 400, False, black, 70),
            TextOp("Planned posts", 12, 150, 90, FONTS, 10, 700, False, black, 64),
            TextOp("\u200fمنصة إكس", 180, 30, 0, FONTS, 10, 400, False, red, 40),
        ),
    )


def test_painting_puts_each_part_where_the_drawing_says(qapp):
    """Scaled into a rectangle of an image: the bar's red, the grid's rows in their colours
    (first row at the bottom of the cells), the text's ink near its place."""
    from planner.i18n.language import load_fonts

    load_fonts()
    image = QImage(600, 400, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    paint(sample_drawing(), painter, QRectF(0, 0, 600, 400))
    painter.end()

    def at(x, y):  # drawing points -> the image's pixel colour
        c = image.pixelColor(int(x * 2), int(y * 2))
        return c.red(), c.green(), c.blue()

    assert at(40, 100) == (204, 26, 26)
    assert at(180, 140) == (0, 0, 200) and at(240, 145) == (0, 0, 200)  # row 0: v < 0.5
    assert at(180, 120) == (0, 0, 0) and at(180, 105) == (255, 255, 255)
    assert at(300 - 1, 200 - 1) == (255, 255, 255)
    grey = np.array([[sum(at(x, y)) for x in range(100, 170)] for y in range(170, 182)])
    assert (grey < 300).any()  # "Week beginning" is inked left of x=170
    hatched = [sum(at(x, y)) for x in range(82, 118) for y in range(45, 145)]
    assert 0 < sum(v < 600 for v in hatched) < len(hatched) / 2  # lines, not a fill


def test_a_drawing_is_made_when_painted_and_written_as_vectors(qapp, tmp_path):
    """Laying out asks nothing of the drawing; writing the PDF makes it once. The PDF has
    the logo as its only picture and the drawing's labels as text."""
    from planner.i18n.language import load_fonts

    load_fonts()
    made = []

    def make():
        made.append(1)
        return sample_drawing()

    logo = QImage(120, 120, QImage.Format.Format_RGB888)
    logo.fill(0x0F6E6E)
    html = (
        '<html><body><p><img src="logo" width="60" height="60"/></p>'
        '<h3><a name="c"></a>Chart</h3>'
        '<p><img src="chart-x" width="450" height="300"/></p><p>After</p></body></html>'
    )
    layout = paginate(
        lambda pages: "<p>front</p>", [html], {"logo": logo}, drawings={"chart-x": make}
    )
    assert made == []
    out = tmp_path / "drawing.pdf"
    write_pdf(layout, out, Chrome(rtl=False))
    assert made == [1]
    listing = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert [row.split()[3:5] for row in listing] == [["120", "120"]]
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Week beginning" in text and "Planned posts" in text and "After" in text
    if shutil.which("qpdf"):
        subprocess.run(["qpdf", "--check", str(out)], check=True, capture_output=True)


def test_a_drawing_that_cannot_be_made_fails_the_export_cleanly(qapp, tmp_path):
    """When a chart cannot be made the error reaches the caller and no PDF is left,
    not a plan with a blank space where the chart should be."""

    def broken():
        raise RuntimeError("the chart's data is broken")

    html = '<p><img src="chart-x" width="450" height="300"/></p><p>After</p>'
    layout = paginate(lambda pages: "<p>front</p>", [html], {}, drawings={"chart-x": broken})
    out = tmp_path / "broken.pdf"
    with pytest.raises(OSError, match="broken"):  # reported as any write error is
        write_pdf(layout, out, Chrome(rtl=False))
    assert list(tmp_path.iterdir()) == []
