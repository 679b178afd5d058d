"""The printed month, read back from the PDF: the screen's occasions in their days, full Hijri
month names, posts with enough of their text, and a table as wide as the running header."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from planner.domain.calendar import LocalOccasion
from planner.formatting import Digits, Formatter
from planner.reports.pdf.document import MARGIN_SIDE, body_size
from planner.reports.pdf.month import MonthWriter, export_month
from planner.reports.pdf.month_fit import plain
from planner.storage.workspace import Workspace

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None, reason="needs poppler"
)
MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
LEFT = MARGIN_SIDE * 0.75  # pt: the text area's left edge (96 px to the inch)
WIDTH = body_size(landscape=True).width() * 0.75


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float
    x1: float


def words_of(pdf: Path) -> list[Word]:
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", out))
    boxes = [
        Word(
            w.text or "",
            float(w.get("xMin", 0)),
            float(w.get("yMin", 0)),
            float(w.get("xMax", 0)),
        )
        for w in root.iter("{http://www.w3.org/1999/xhtml}word")
    ]
    return _joined(sorted(boxes, key=lambda w: (round(w.y0, 1), w.x0)))


def _joined(boxes: list[Word]) -> list[Word]:
    """Words from pdftotext's boxes: it gives Arabic a box per glyph (in x order), so
    touching boxes on one line are one word, read right to left when Arabic."""
    runs: list[list[Word]] = []
    for box in boxes:
        last = runs[-1][-1] if runs else None
        if last and abs(last.y0 - box.y0) < 0.1 and -0.5 < box.x0 - last.x1 < 0.3:
            runs[-1].append(box)
        else:
            runs.append([box])
    words = []
    for run in runs:
        if any(ARABIC.search(b.text) for b in run):
            run_text = "".join(b.text for b in reversed(run))
        else:
            run_text = "".join(b.text for b in run)
        text = MARKS.sub("", unicodedata.normalize("NFKC", run_text))
        words.append(Word(text, run[0].x0, run[0].y0, run[-1].x1))
    return words


def _bare(word: str) -> str:
    """A word without the punctuation pdftotext may set apart or mirror (and NFKC's "...")."""
    return re.sub(r"[«»“”\"'|:؟?!.,،؛()…]", "", unicodedata.normalize("NFKC", word))


def text_of(pdf: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(MARKS.sub("", unicodedata.normalize("NFKC", out)).split())


def column_of(day: dt.date, rtl: bool) -> tuple[float, float]:
    """The x range (pt) of a weekday's column: Sunday first, from the reading side."""
    index = (day.weekday() + 1) % 7
    if rtl:
        index = 6 - index
    return LEFT + index * WIDTH / 7, LEFT + (index + 1) * WIDTH / 7


def cell_words(words: list[Word], day: dt.date, fmt: Formatter) -> list[str]:
    """The words printed in a day's cell: in its column, from its day number's line down to
    the next week's (or the table's end)."""
    rtl = fmt.lang == "ar"
    left, right = column_of(day, rtl)

    def top_of(d: dt.date) -> float | None:
        number = fmt.integer(d.day)
        found = [
            w.y0
            for w in words
            if w.text == number
            and (right - 12 < w.x1 <= right if rtl else left <= w.x0 < left + 12)
        ]
        return min(found) if found else None

    top = top_of(day)
    assert top is not None, f"no day number for {day}"
    below = day + dt.timedelta(days=7)
    bottom = top_of(below) if below.month == day.month else None
    return [
        w.text for w in words if left <= w.x0 and w.x1 <= right and top <= w.y0 < (bottom or 10_000)
    ]


def screen_occasions(ws: Workspace, first: dt.date, last: dt.date, fmt: Formatter):  # type: ignore[no-untyped-def]
    """What the month screen shows on each day (its own source, not the PDF's code)."""
    from planner.ui.calendar.source import CalendarSource
    from planner.ui.document import Document

    return CalendarSource(Document(ws), fmt).occasions(first, last)


@pytest.mark.parametrize("month", [dt.date(2026, 3, 1), dt.date(2026, 12, 1)])
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_occasion_of_the_screen_is_printed_in_its_day(
    workspace: Workspace, request: pytest.FixtureRequest, tmp_path: Path, month: dt.date, lang: str
) -> None:
    """Public holidays (every day of Eid al-Fitr's span), Islamic, national and international
    days and the officer's own occasions (one over two weeks) are in their day's cell."""
    fmt = request.getfixturevalue("english" if lang == "en" else "arabic")
    workspace.calendar.occasions.save(
        LocalOccasion(
            "مهرجان الميناء", month.replace(day=12), month.replace(day=14), "Harbour Fair"
        )
    )
    out = tmp_path / "month.pdf"
    assert export_month(workspace, month, out, fmt) == 1
    words = words_of(out)
    last = month.replace(day=31)
    marks = screen_occasions(workspace, month, last, fmt)
    assert any(m.holiday for found in marks.values() for m in found) == (month.month == 3)
    assert sum(len(found) for found in marks.values()) >= 5
    for day, found in marks.items():
        cell = set(cell_words(words, day, fmt))
        for mark in found:
            expected = plain(mark.name).replace("'", "’").split()
            missing = [w for w in expected if w not in cell and w.replace("’", "'") not in cell]
            assert not missing, (day, mark.name, missing)


def test_hijri_months_are_named_in_full(workspace: Workspace, arabic: Formatter, tmp_path: Path):
    """November 2026 runs over both Jumadas: the title and the first day of each Hijri month
    say which (Arabic and English), never a bare 'جمادى'."""
    out = tmp_path / "ar.pdf"
    export_month(workspace, dt.date(2026, 11, 1), out, arabic)
    text = text_of(out)
    assert "جمادى الأولى – جمادى الآخرة" in text and "١٤٤٨" in text
    assert not re.search("جمادى(?! (الأولى|الآخرة))", text)
    assert text.count("جمادى الآخرة") >= 2  # the title and the month's first day
    from planner.i18n.language import install_language

    install_language("en")
    try:
        english = Formatter("en", Digits.LATIN)
        export_month(workspace, dt.date(2026, 11, 1), out, english)
        text = text_of(out)
    finally:
        install_language("ar")
    assert "November 2026 — Jumada al-Ula – Jumada al-Akhirah 1448 AH" in text
    assert not re.search(r"Jumada(?! al-(Ula|Akhirah))", text)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_post_prints_its_platform_time_and_thirty_characters(
    workspace: Workspace, request: pytest.FixtureRequest, tmp_path: Path, lang: str
) -> None:
    """A day with one post prints its platform, time and at least 30 characters of its text
    (up to three lines), the words in the day's own cell; an ellipsis only when it is cut."""
    fmt = request.getfixturevalue("english" if lang == "en" else "arabic")
    month = dt.date(2026, 12, 1)
    out = tmp_path / "month.pdf"
    export_month(workspace, month, out, fmt)
    words = words_of(out)
    writer = MonthWriter(workspace, month, fmt)
    by_day: dict[dt.date, list] = {}  # type: ignore[type-arg]
    for post in writer.posts:
        by_day.setdefault(post.scheduled_at.date(), []).append(post)  # type: ignore[union-attr]
    singles = [posts[0] for day, posts in by_day.items() if len(posts) == 1]
    assert len(singles) >= 8
    long_enough = 0
    for post in singles:
        from planner import labels

        day = post.scheduled_at.date()
        cell = cell_words(words, day, fmt)
        joined = " ".join(cell)
        assert fmt.time(post.scheduled_at) in joined
        assert labels.platform(post.platforms[0]).split()[0] in joined
        printed = {_bare(w) for w in cell}
        kept = []
        for word in plain(post.base_text).split():
            if not re.search(r"\w", _bare(word)):
                continue  # an emoji or a sign: drawn, not always read back as text
            if _bare(word) not in printed:
                break
            kept.append(word)
        if len(" ".join(kept)) >= 30:
            long_enough += 1
        if len(kept) < len(plain(post.base_text).split()):  # cut: an ellipsis says so
            assert "..." in joined, (post.base_text, joined)
        else:
            assert "..." not in joined, (post.base_text, joined)
    assert long_enough == len(singles), (long_enough, len(singles))


def table_edges(pdf: Path, tmp_path: Path) -> tuple[float, float]:
    """The left and right edges (pt) of the table's heading row, from the page drawn at
    288 dpi: the first row of pixels mostly in the heading's colour."""
    from PySide6.QtGui import QColor, QImage

    subprocess.run(
        ["pdftoppm", "-r", "288", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    image = QImage(str(next(tmp_path.glob("p*.png"))))
    scale = 288 / 72
    for y in range(int(90 * scale), int(200 * scale)):
        heading = sum(
            QColor(image.pixel(x, y)).name() == "#e6efef" for x in range(0, image.width(), 8)
        )
        if heading > image.width() / 8 / 2:
            drawn = [
                x for x in range(image.width()) if QColor(image.pixel(x, y)).name() != "#ffffff"
            ]
            return drawn[0] / scale, (drawn[-1] + 1) / scale
    raise AssertionError("no table heading found")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_table_is_as_wide_as_the_running_header(
    workspace: Workspace, request: pytest.FixtureRequest, tmp_path: Path, lang: str
) -> None:
    """The grid's edges meet the header's texts (institution on one side, title on the
    other) within a point, in both directions."""
    fmt = request.getfixturevalue("english" if lang == "en" else "arabic")
    out = tmp_path / "month.pdf"
    export_month(workspace, dt.date(2026, 12, 1), out, fmt)
    header = [w for w in words_of(out) if w.y0 < 40]
    left, right = min(w.x0 for w in header), max(w.x1 for w in header)
    assert abs(left - LEFT) < 0.5 and abs(right - (LEFT + WIDTH)) < 1
    table_left, table_right = table_edges(out, tmp_path)
    assert abs(table_left - left) <= 1, (table_left, left)
    assert abs(table_right - right) <= 1, (table_right, right)


def test_a_crowded_month_stays_on_one_page(
    workspace: Workspace, arabic: Formatter, tmp_path: Path
) -> None:
    """Twelve posts on one day: the fullest week gives way ("and N more") and the month
    still prints on one page with every other day's posts."""
    from planner.domain.model import Platform, Post, PostStatus

    day = dt.datetime(2026, 12, 9, 8)
    for i in range(12):
        workspace.posts.save(
            Post(
                f"منشور مزدحم رقم {i} عن حملة النظافة في مسقط",
                [Platform.X],
                PostStatus.DRAFT,
                scheduled_at=day + dt.timedelta(hours=i),
            )
        )
    out = tmp_path / "month.pdf"
    assert export_month(workspace, dt.date(2026, 12, 1), out, arabic) == 1
    text = text_of(out)
    assert "أخرى" in text
