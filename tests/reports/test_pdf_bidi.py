"""Both PDFs set mixed Arabic and Latin text by the one bidi rule, checked by word positions."""

import datetime as dt
import re
import shutil
import subprocess
from dataclasses import dataclass

import pytest

from planner.domain.model import Campaign, Platform, Post, PostStatus
from planner.formatting import Digits, Formatter
from planner.reports.pdf.month import export_month
from planner.reports.pdf.plan import export_plan

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")

POST = "\n".join(
    [
        "تابعونا على @MuscatMun",
        "Put cans in the blue bin.",
        "الحاوية الزرقاء.",
        "شاركوا مع #Sustainability",
    ]
)
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
)
MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class Word:
    page: int
    x: float
    y: float
    right: float
    text: str


def words_of(pdf):
    """Every word pdftotext finds, with its page and box (a word's letters come in x order)."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [
        Word(page, float(a), float(b), float(c), MARKS.sub("", t).replace("&amp;", "&"))
        for page, text in enumerate(out.split("<page ")[1:], 1)
        for a, b, c, t in WORD.findall(text)
    ]


def line_of(words, word):
    """The words on the same line as the first word equal to `word`, left to right."""
    found = next(w for w in words if w.text == word)
    same = (w for w in words if w.page == found.page and abs(w.y - found.y) < 2)
    return sorted(same, key=lambda w: w.x)


@pytest.fixture
def workspace_with_post(empty_workspace):
    ws = empty_workspace
    c = Campaign("حملة الفرز", dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    ws.campaigns.save(c)
    ws.posts.save(
        Post(
            POST,
            [Platform.X],
            PostStatus.DRAFT,
            scheduled_at=dt.datetime(2026, 1, 5, 10),
            campaign_id=c.id,
        )
    )
    return ws, c


ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")


def check_lines(words):
    """The handle and the tag read left to right, "@"/"#" first; the English line's words
    run left to right with its full stop at its right end; the Arabic line's full stop is at
    its left end, where an Arabic reader ends."""
    texts = [w.text for w in words]
    assert "@MuscatMun" in texts and "MuscatMun@" not in texts
    assert "#Sustainability" in texts and "Sustainability#" not in texts
    line = [w.text for w in line_of(words, "Put")]
    start = line.index("Put")
    assert line[start : start + 6] == ["Put", "cans", "in", "the", "blue", "bin."]
    below, above = (
        next(w for w in words if w.text == "bin."),
        next(w for w in words if w.text == "#Sustainability"),
    )
    assert below.page == above.page
    page = [w for w in words if w.page == below.page]
    dot = next(w for w in page if w.text == "." and below.y + 3 < w.y < above.y - 3)
    arabic = [w for w in page if abs(w.y - dot.y) < 1 and ARABIC.search(w.text)]
    assert arabic and all(w.x > dot.x for w in arabic)
    assert min(w.x for w in arabic) - dot.right < 10  # the full stop touches its line


@pytest.mark.parametrize(("lang", "digits"), [("ar", Digits.ARABIC_INDIC), ("en", Digits.LATIN)])
def test_plan_pdf_sets_each_line_in_its_own_direction(
    workspace_with_post, qapp, tmp_path, lang, digits
):
    """Arabic and English plans alike: a post's lines follow the bidi rule, by position."""
    from planner.i18n.language import install_language, load_fonts

    load_fonts()
    install_language(lang)
    try:
        ws, c = workspace_with_post
        out = tmp_path / "plan.pdf"
        export_plan(ws, c.id, out, Formatter(lang, digits))
        check_lines(words_of(out))
    finally:
        install_language("ar")


def test_month_pdf_keeps_a_handle_whole(workspace_with_post, qapp, tmp_path):
    """The printed month shows a post's first words with the handle read left to right."""
    from planner.i18n.language import install_language, load_fonts

    load_fonts()
    install_language("ar")
    ws, _ = workspace_with_post
    out = tmp_path / "month.pdf"
    export_month(ws, dt.date(2026, 1, 1), out, Formatter("ar", Digits.ARABIC_INDIC))
    texts = [w.text for w in words_of(out)]
    assert "@MuscatMun" in texts and "MuscatMun@" not in texts
