"""The plan PDF's coverage section: each chart with data, its title and sentence, drawn as
vectors with real text, whole."""

import datetime as dt
import re
import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtGui import QImage

from planner.domain.model import Campaign, Platform, Post, PostStatus
from planner.formatting import Digits, Formatter
from planner.reports import charts
from planner.reports.charts.data import Selection, collect
from planner.reports.pdf import coverage_section
from planner.reports.pdf.document import Chrome, body_size, paginate, write_pdf
from planner.reports.pdf.document_headings import keep_end
from planner.reports.pdf.plan import export_plan, load_context

pytestmark = pytest.mark.skipif(shutil.which("pdfimages") is None, reason="needs poppler")
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
TODAY = dt.date(2026, 11, 26)


def text_of(pdf, page=None):
    args = ["pdftotext", "-enc", "UTF-8"]
    if page:
        args += ["-f", str(page), "-l", str(page)]
    out = subprocess.run([*args, str(pdf), "-"], capture_output=True, text=True, check=True)
    return BIDI_MARKS.sub("", unicodedata.normalize("NFKC", out.stdout))


def flat(text):
    """Text without bidi marks, diacritics or any white space, to compare across line breaks."""
    plain = BIDI_MARKS.sub("", unicodedata.normalize("NFKC", text))
    return re.sub(r"[\s\u064b-\u0652\u0670]", "", plain)


def words(text):
    """The Arabic words of `text` in order: pdftotext moves digits and punctuation around
    in right-to-left lines, but keeps the words and their order."""
    plain = re.sub(
        "[\u064b-\u0652\u0670]", "", BIDI_MARKS.sub("", unicodedata.normalize("NFKC", text))
    )
    return " ".join(re.findall(r"[\u0621-\u064a]+", plain))


def same_text(expected, extracted, lang):
    if lang == "ar":
        return words(expected) in words(extracted)
    return flat(expected) in flat(extracted)


def labels_of(drawing):
    """The words a chart shows (not its bare numbers, which pdftotext may reorder)."""
    return [t for t in drawing.texts() if re.search(r"[A-Za-z\u0621-\u064a]{2}", t)]


def images_of(pdf):
    """(page, width, x-ppi, encoding) of every picture in the PDF."""
    rows = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return [
        (int(r.split()[0]), int(r.split()[3]), int(r.split()[12]), r.split()[8])
        for r in rows
        if r.split()[2] == "image"
    ]


@pytest.fixture(scope="module")
def full_plan(qapp, tmp_path_factory):
    """The full sample's running campaign as a PDF in Arabic and in English, with the charts
    that have data for it."""
    from planner.i18n.language import install_language, load_fonts
    from planner.storage.full_sample import create_sample

    load_fonts()
    folder = tmp_path_factory.mktemp("coverage-pdf")
    ws = create_sample(folder / "full.planner", TODAY)
    out = {}
    try:
        campaign_id = next(c.id for c in ws.campaigns.summaries() if c.status == "running")
        inp = collect(ws, Selection(campaign_id=campaign_id))
        for lang, digits in (("en", Digits.LATIN), ("ar", Digits.ARABIC_INDIC)):
            install_language(lang)
            fmt = Formatter(lang, digits)
            shown = [
                n
                for n in charts.NAMES
                if coverage_section.has_data(n, charts.CHARTS[n].compute(inp))
            ]
            path = folder / f"plan-{lang}.pdf"
            pages = export_plan(ws, campaign_id, path, fmt, TODAY)
            ctx = load_context(ws, campaign_id, fmt)
            width = int(body_size().width() * coverage_section.WIDTH)
            expected = [
                (
                    charts.title_of(n),
                    charts.summary(n, inp, fmt),
                    [  # each picture's (the actual chart prints its panels one by one)
                        labels_of(coverage_section.drawing(n, data, ctx, width, panel))
                        for panel in coverage_section.pictures(n, data)
                    ],
                )
                for n in shown
                for data in [charts.CHARTS[n].compute(inp)]
            ]
            out[lang] = (path, pages, expected)
    finally:
        install_language("ar")
        ws.close()
    return out


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_each_chart_with_data_has_its_title_and_sentence(full_plan, lang):
    """Every chart with data appears under its title with its sentence, as real text."""
    path, _, expected = full_plan[lang]
    assert len(expected) >= 5  # the full sample has posts, budget, followers and figures
    text = text_of(path)
    assert same_text("التغطية" if lang == "ar" else "Coverage", text, lang)
    for title, sentence, _ in expected:
        assert same_text(title, text, lang), title
        assert same_text(sentence, text, lang), sentence


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_charts_are_vectors_each_on_one_page_with_its_title(full_plan, lang):
    """No chart is a picture: the only pictures are the brand kit's (square, never JPEG);
    each chart's labels are text on the page of its title and sentence, never split over
    two pages (a further panel of the planned-against-actual chart on that page or a later
    one, whole)."""
    path, pages, expected = full_plan[lang]
    found = images_of(path)
    assert found and all(enc != "jpeg" for _, _, _, enc in found), found
    assert all(width <= 600 for _, width, _, _ in found), found  # the kit's logo and marks
    texts = [text_of(path, page) for page in range(1, pages + 1)]
    for title, sentence, labels in expected:
        on = [
            i
            for i, text in enumerate(texts)
            if same_text(title, text, lang) and same_text(sentence, text, lang)
        ]
        assert on, title
        first = on[-1]
        for index, picture in enumerate(labels):
            best = max(
                texts[first : first + (3 if index else 1)],
                key=lambda page, picture=picture: sum(
                    same_text(label, page, lang) for label in picture
                ),
            )
            shown = [label for label in picture if same_text(label, best, lang)]
            # pdftotext reorders a few labels that mix scripts ("353,742 of 600,000 شخص")
            assert len(shown) >= 0.75 * len(picture), (title, sorted(set(picture) - set(shown)))


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_chart_labels_are_real_text(full_plan, lang):
    """A platform's name, a week's date and the axis labels of the weekly chart can be
    searched for and copied from the PDF."""
    path, _, _ = full_plan[lang]
    text = text_of(path)
    if lang == "en":
        for label in (
            "Instagram",
            "WhatsApp channel",
            "8 Nov",
            "Week beginning",
            "Planned posts",
            "Hour of the day (Muscat time)",
        ):
            assert flat(label) in flat(text), label
    else:
        for label in ("إنستغرام", "قناة واتساب", "نوفمبر", "بداية الأسبوع", "المنشورات المخطط لها"):
            assert same_text(label, text, lang), label
        assert "٨" in text and "١٥" in text


def test_coverage_is_listed_in_the_contents_with_its_page(full_plan):
    """The contents name the coverage section with the page where its first chart is."""
    path, _, _ = full_plan["en"]
    contents = text_of(path, 2)
    match = re.search(r"Coverage\s+(\d+)", contents)
    assert match, contents
    assert "Coverage" in text_of(path, int(match.group(1)))


def test_the_pdf_is_valid_with_embedded_fonts(full_plan):
    """qpdf finds the Arabic plan sound and every font in it is embedded."""
    path, pages, _ = full_plan["ar"]
    if shutil.which("qpdf"):
        subprocess.run(["qpdf", "--check", str(path)], check=True, capture_output=True)
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts
    assert pages > 10


def test_a_campaign_without_posts_has_no_coverage_section(empty_workspace, qapp, tmp_path):
    """No post, no chart: the section and its contents line are left out, no picture."""
    from planner.i18n.language import install_language

    install_language("ar")
    ws = empty_workspace
    c = Campaign("حملة بلا منشورات", dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    ws.campaigns.save(c)
    out = tmp_path / "bare.pdf"
    export_plan(ws, c.id, out, Formatter("ar"))
    assert "التغطية" not in text_of(out)
    assert images_of(out) == []


def test_only_the_charts_with_data_are_drawn(empty_workspace, qapp, tmp_path):
    """Posts without followers, budget or figures: the post charts only, none empty."""
    from planner.i18n.language import install_language

    install_language("en")
    try:
        ws = empty_workspace
        c = Campaign("Posts only", dt.date(2026, 1, 1), dt.date(2026, 1, 31))
        ws.campaigns.save(c)
        ws.posts.save_many(
            Post(
                f"Post {i}",
                [Platform.X],
                PostStatus.DRAFT,
                scheduled_at=dt.datetime(2026, 1, 4 + i, 9),
                campaign_id=c.id,
            )
            for i in range(5)
        )
        out = tmp_path / "posts-only.pdf"
        export_plan(ws, c.id, out, Formatter("en", Digits.LATIN))
        text = text_of(out)
        assert charts.title_of("platform-week") in text and charts.title_of("heatmap") in text
        for name in ("budget", "actual", "segments"):
            assert charts.title_of(name) not in text, name
        assert "No promotion budget" not in text
    finally:
        install_language("ar")


@pytest.mark.parametrize("lines", [15, 30])
def test_a_heading_keeps_its_group_on_one_page(qapp, tmp_path, lines):
    """A heading whose group (a tall picture and its sentence) would cross the page's end
    moves to the next page with it, wherever on the page the heading was."""
    picture = QImage(600, 700, QImage.Format.Format_RGB888)
    picture.fill(0x336699)
    filler = "".join(f"<p>line {i}</p>" for i in range(lines))
    group = (
        '<h3><a name="g"></a>Group</h3><p><img src="pic" width="600" height="700"/></p>'
        f"<p>{keep_end('g')}The sentence</p>"
    )
    layout = paginate(
        lambda pages: "<p>front</p>",
        [f"<html><body>{filler}{group}</body></html>"],
        {"pic": picture},
    )
    out = tmp_path / "group.pdf"
    write_pdf(layout, out, Chrome(rtl=False))
    heading = next(h for h in layout.headings if h.anchor == "g")
    assert [page for page, *_ in images_of(out)] == [heading.page]
    assert "Group" in text_of(out, heading.page) and "The sentence" in text_of(out, heading.page)
    assert f"line {lines - 1}" in text_of(out, heading.page - 1)


def test_the_cover_carries_the_kit_logo(full_plan):
    """The cover shows the brand kit's logo, stored losslessly."""
    path, _, _ = full_plan["ar"]
    assert any(page == 1 and enc != "jpeg" for page, _, _, enc in images_of(path))


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_charts_are_printed_at_the_text_width_with_labels_of_8_pt(qapp, tmp_path, lang):
    """Every chart of the section is drawn as wide as the page's text, and its smallest
    text, at the size it is printed, is at least 8 pt (the figure is laid out at its
    printed size: matplotlib's points are printed points)."""
    from planner.i18n.language import install_language, load_fonts
    from planner.reports.charts.drawing import TextOp
    from planner.storage.full_sample import create_sample

    load_fonts()
    install_language(lang)
    ws = create_sample(tmp_path / "full.planner", TODAY)
    try:
        digits = Digits.ARABIC_INDIC if lang == "ar" else Digits.LATIN
        for summary in ws.campaigns.summaries():
            ctx = load_context(ws, summary.id, Formatter(lang, digits))
            section = coverage_section.CoverageSection(ctx).build()
            if section is None:
                continue
            widths = re.findall(r'<img src="chart-[^"]+" width="(\d+)"', section.html)
            assert len(widths) == len(section.drawings) >= 5
            assert {int(w) for w in widths} == {int(body_size().width())}
            for name, make in section.drawings.items():
                drawing = make()
                printed = int(body_size().width()) * 72 / 96  # points across the page
                sizes = [
                    op.size * printed / drawing.width
                    for op in drawing.ops
                    if isinstance(op, TextOp) and op.text.strip()
                ]
                assert sizes and min(sizes) >= 8.0 - 1e-6, (name, min(sizes))
    finally:
        install_language("ar")
        ws.close()
