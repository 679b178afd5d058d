"""The plan PDF's pages, read back from the file: every page at least half full (but the
cover, the contents and the last), and no table row split over two pages."""

import datetime as dt
import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from planner.domain.model import Campaign, Kpi, Metric, Objective, Platform, Post, PostStatus
from planner.formatting import Digits, Formatter
from planner.reports.pdf.document import MARGIN_BOTTOM, MARGIN_TOP, page_rect
from planner.reports.pdf.plan import export_plan

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")
TODAY = dt.date(2026, 11, 26)
PT = 72 / 96  # points per pixel of the layout
BODY_TOP = MARGIN_TOP * PT
BODY_BOTTOM = (page_rect().height() - MARGIN_BOTTOM) * PT
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)
WEEKDAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}


def pages_of(pdf: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Each page's words with their boxes (points from the page's top left)."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in WORD.findall(page)]
        for page in out.split("<page ")[1:]
    ]


def fill(words) -> float:
    """How far down the page's body its words reach, as a share of the body's height."""
    inside = [y1 for _, y0, _, y1, _ in words if y0 >= BODY_TOP - 1 and y1 <= BODY_BOTTOM + 2]
    return (max(inside) - BODY_TOP) / (BODY_BOTTOM - BODY_TOP) if inside else 0.0


def formatter(lang: str) -> Formatter:
    return Formatter(lang, Digits.ARABIC_INDIC if lang == "ar" else Digits.LATIN)


@pytest.fixture
def language(qapp):
    from planner.i18n.language import install_language, load_fonts

    load_fonts()
    yield install_language
    install_language("ar")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_page_of_the_sample_plans_is_at_least_half_full(workspace, language, tmp_path, lang):
    """Each campaign of the sample: every page's text reaches at least half way down its
    body, but the cover and the contents (the body starts a page) and the last page."""
    language(lang)
    for summary in workspace.campaigns.summaries():
        out = tmp_path / f"plan-{summary.id}-{lang}.pdf"
        export_plan(workspace, summary.id, out, formatter(lang), TODAY)
        pages = pages_of(out)
        fills = [fill(words) for words in pages]
        low = {n: round(f, 2) for n, f in enumerate(fills, 1) if f < 0.5}
        exempt = {1, 2, len(pages)}
        assert set(low) <= exempt, (summary.name, low)


def mark_rows(workspace) -> dict[str, tuple[str, str]]:
    """Tag each post's row: a word at the start of its text and one at the end of the last
    text its row shows (the base text, or its last platform's own text)."""
    tags = {}
    for summary in workspace.campaigns.summaries():
        for post in workspace.posts.for_campaign(summary.id):
            first, last = f"Q{post.id}A", f"Q{post.id}Z"
            old = post.base_text
            own = [p for p in post.platforms if post.variants.get(p) and post.variants[p] != old]
            post.base_text = f"{first} {old}" + ("" if own else f" {last}")
            for platform, text in list(post.variants.items()):
                if text == old:
                    post.variants[platform] = post.base_text
            if own:
                post.variants[own[-1]] += f" {last}"
            workspace.posts.save(post)
            tags[f"{summary.id}-{post.id}"] = (first, last)
    return tags


def pages_with(pages, word: str) -> set[int]:
    return {n for n, words in enumerate(pages, 1) if any(w == word for *_, w in words)}


def assert_rows_whole(pdf: Path, tags) -> None:
    """Each tagged row's first and last words are on one page; in English, every Hijri
    year of the schedule's dates has its weekday above it on its page (the issue saw a
    lone Hijri year open a page)."""
    pages = pages_of(pdf)
    for key, (first, last) in tags.items():
        start, end = pages_with(pages, first), pages_with(pages, last)
        assert start and start == end, (key, start, end)
    for n, words in enumerate(pages, 1):
        if "Week" not in {w for *_, w in words}:
            continue  # not the schedule (the cover has Hijri dates too)
        for x0, y0, x1, _, w in words:
            if w != "AH":
                continue
            above = [
                v
                for j, (a0, b0, a1, _, v) in enumerate(words)
                if v in WEEKDAYS
                and (j == 0 or words[j - 1][4] != "of")  # not a week's title
                and y0 - 90 < b0 < y0
                and a0 < x1 + 40
                and a1 > x0 - 40
            ]
            assert above, f"page {n}: a date's Hijri year without its weekday above it"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_no_row_of_the_sample_plans_is_split(workspace, language, tmp_path, lang):
    """Each campaign of the sample: every post's row lies on one page."""
    language(lang)
    tags = mark_rows(workspace)
    for summary in workspace.campaigns.summaries():
        out = tmp_path / f"rows-{summary.id}-{lang}.pdf"
        export_plan(workspace, summary.id, out, formatter(lang), TODAY)
        mine = {k: v for k, v in tags.items() if k.startswith(f"{summary.id}-")}
        assert_rows_whole(out, mine)


@pytest.mark.parametrize(("lang", "hours"), [("ar", 24), ("en", 24), ("ar", 8), ("en", 8)])
def test_no_row_of_a_long_plan_with_long_texts_is_split(
    empty_workspace, language, tmp_path, lang, hours
):
    """160 posts, one a day (weeks of 7 rows) or three a day (weeks of 21: long tables,
    laid out a page of rows at a time), texts of 1 to 8 lines (up to a third of a page), a
    third of them with a platform's own text as long (twice as tall): every row lies on
    one page."""
    language(lang)
    ws = empty_workspace
    c = Campaign("حملة طويلة", dt.date(2026, 1, 1), dt.date(2026, 7, 1))
    ws.campaigns.save(c)
    rng = random.Random(18)
    words = [
        "نظافة",
        "الأحياء",
        "مسؤولية",
        "الجميع",
        "شارك",
        "في",
        "الحملة",
        "clean",
        "streets",
        "every",
        "day",
    ]
    for i in range(160):
        lines = [
            " ".join(rng.choices(words, k=rng.randint(2, 6))) for _ in range(rng.randint(1, 8))
        ]
        text = "\n".join(lines)
        post = Post(
            f"Q{i}A {text}",
            [Platform.X, Platform.INSTAGRAM],
            PostStatus.SCHEDULED,
            scheduled_at=dt.datetime(2026, 1, 1, 9) + dt.timedelta(hours=hours * i),
            campaign_id=c.id,
        )
        if i % 3 == 0:  # Instagram has its own text: the row shows both
            post.variants[Platform.INSTAGRAM] = f"{text} Q{i}Z"
        else:
            post.base_text += f" Q{i}Z"
        ws.posts.save(post)
    out = tmp_path / f"long-{lang}-{hours}.pdf"
    pages = export_plan(ws, c.id, out, formatter(lang), TODAY)
    assert pages > 20
    assert_rows_whole(out, {str(i): (f"Q{i}A", f"Q{i}Z") for i in range(160)})


def test_no_section_title_is_left_alone_at_the_end_of_a_page(workspace, language, tmp_path):
    """Each section's title (found on the page the contents give for it) has some of its
    section under it on that page: a title never ends a page."""
    language("en")
    for summary in workspace.campaigns.summaries():
        out = tmp_path / f"titles-{summary.id}.pdf"
        export_plan(workspace, summary.id, out, formatter("en"), TODAY)
        contents = subprocess.run(
            ["pdftotext", "-f", "2", "-l", "2", "-layout", str(out), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        entries = re.findall(r"^ *([A-Z][^\n]*?) {2,}(\d+) *$", contents, re.M)
        assert len(entries) >= 4, contents
        pages = pages_of(out)
        for title, page in entries[1:]:  # not the column names
            words = pages[int(page) - 1]
            first = title.split()[0]
            tops = [y0 for _, y0, _, _, w in words if w == first and y0 < BODY_BOTTOM]
            assert tops, (title, page)
            below = [w for _, y0, _, _, w in words if tops[0] + 20 < y0 < BODY_BOTTOM]
            assert below, f"{title!r} ends page {page}"


def test_an_objective_is_never_parted_from_its_indicators(empty_workspace, language, tmp_path):
    """Forty objectives of one to five lines, each over a table of one to three indicators:
    each objective's line stands on the page where its table begins (the sample's first
    objective once ended page 3, its indicators on page 4)."""
    language("en")
    rng = random.Random(17)
    objectives = [
        Objective(
            f"O{i}A " + " ".join(["reach every household in the governorate"] * rng.randint(1, 9)),
            [Kpi(Metric.REACH, 0, 1000 * (k + 1)) for k in range(rng.randint(1, 3))],
        )
        for i in range(40)
    ]
    c = Campaign("Objectives", dt.date(2026, 1, 1), dt.date(2026, 3, 1), objectives=objectives)
    empty_workspace.campaigns.save(c)
    out = tmp_path / "objectives.pdf"
    export_plan(empty_workspace, c.id, out, formatter("en"), TODAY)
    words = [(n, y0, w) for n, page in enumerate(pages_of(out)) for _, y0, _, _, w in page]
    words.sort(key=lambda item: (item[0], item[1]))
    pending: dict[str, int] = {}
    for page, _, word in words:
        if re.fullmatch(r"O\d+A", word):
            pending[word] = page
        elif word == "Indicator":  # the first word of the table's header
            for marker, at in pending.items():
                assert at == page, f"{marker} on page {at + 1}, its indicators on {page + 1}"
            pending.clear()
    assert not pending
