"""The campaign plan PDF: valid, fonts embedded, every Arabic word extractable, safe."""

import datetime as dt
import re
import shutil
import subprocess
import unicodedata

import pytest

from planner.domain.model import Campaign, KeyMessage, Platform, Post, PostStatus
from planner.formatting import Digits, Formatter
from planner.reports.pdf.month import export_month
from planner.reports.pdf.plan import export_plan, load_context
from planner.reports.pdf.plan_schedule import Schedule

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")


def text_of(pdf, first=None, last=None):
    args = ["pdftotext", "-enc", "UTF-8"]
    if first:
        args += ["-f", str(first), "-l", str(last or first)]
    out = subprocess.run([*args, str(pdf), "-"], capture_output=True, text=True, check=True)
    return BIDI_MARKS.sub("", unicodedata.normalize("NFKC", out.stdout))


def words(text):
    """Arabic words with their diacritics set aside (pdftotext may order marks differently)."""
    plain = BIDI_MARKS.sub("", unicodedata.normalize("NFKC", text))
    plain = DIACRITICS.sub("", re.sub(r"\s+(?=[\u064b-\u065f\u0670])", "", plain))
    return ARABIC_WORD.findall(plain)


@pytest.fixture
def arabic(qapp):
    from planner.i18n.language import install_language, load_fonts

    load_fonts()
    install_language("ar")
    return Formatter("ar", Digits.ARABIC_INDIC)


@pytest.fixture
def plan_pdf(workspace, arabic, tmp_path):
    campaign_id = next(c.id for c in workspace.campaigns.summaries() if c.status == "running")
    out = tmp_path / "plan.pdf"
    pages = export_plan(workspace, campaign_id, out, arabic, dt.date(2026, 11, 26))
    return out, pages, workspace.campaigns.get(campaign_id), workspace


def test_pdf_is_valid_with_embedded_fonts(plan_pdf):
    """qpdf finds the file sound and every font is embedded, the bundled Arabic one first."""
    out, pages, _, _ = plan_pdf
    if shutil.which("qpdf"):
        subprocess.run(["qpdf", "--check", str(out)], check=True, capture_output=True)
    fonts = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert any("NotoSansArabic" in line for line in fonts)
    assert all(line.split()[-5] == "yes" for line in fonts), fonts
    assert pages > 5


def test_the_cover_carries_the_plan_version(workspace, arabic, tmp_path):
    """The cover's version is the plan's own (in the chosen digits), not the program's."""
    summary = next(c for c in workspace.campaigns.summaries() if c.status == "running")
    campaign = workspace.campaigns.get(summary.id)
    campaign.version = "3.1"
    workspace.campaigns.save(campaign)
    out = tmp_path / "versioned.pdf"
    export_plan(workspace, summary.id, out, arabic, dt.date(2026, 11, 26))
    cover = text_of(out, 1)
    assert "٣٫١" in cover and "0.1" not in cover


def test_every_arabic_word_of_the_plan_is_extractable(plan_pdf):
    """pdftotext recovers every Arabic word the officer wrote, in reading order."""
    out, _, campaign, workspace = plan_pdf
    extracted = text_of(out)
    found = set(words(extracted))
    texts = [campaign.name, campaign.aim, campaign.proposition]
    texts += [o.text for o in campaign.objectives] + [m.text for m in campaign.messages]
    texts += [p.name for p in campaign.phases] + [p.goal for p in campaign.phases]
    texts += [p.base_text for p in workspace.posts.for_campaign(campaign.id)]
    missing = sorted({w for t in texts for w in words(t)} - found)
    assert not missing, missing[:20]
    flat = " ".join(words(extracted))
    for sentence in [campaign.aim, campaign.proposition, *[m.text for m in campaign.messages]]:
        assert " ".join(words(sentence)) in flat, sentence


def test_the_schedule_names_key_messages_by_number(empty_workspace, arabic, tmp_path):
    """A key message is written whole once, in Strategy; the schedule's rows give its number
    and first words, so a long message does not make every row of the table tall."""
    ws = empty_workspace
    text = "افرز نفاياتك من البيت فالبلاستيك والعلب في الحاوية الصفراء والورق في الزرقاء"
    c = Campaign(
        "حملة الفرز",
        dt.date(2026, 1, 1),
        dt.date(2026, 1, 31),
        messages=[KeyMessage("رسالة قصيرة أولى"), KeyMessage(text)],
    )
    ws.campaigns.save(c)
    second = ws.campaigns.get(c.id).messages[1]
    for day in range(1, 6):
        ws.posts.save(
            Post(
                f"منشور اليوم {day}",
                [Platform.X],
                PostStatus.DRAFT,
                scheduled_at=dt.datetime(2026, 1, day, 10),
                campaign_id=c.id,
                message_id=second.id,
            )
        )
    out = tmp_path / "messages.pdf"
    export_plan(ws, c.id, out, arabic)
    flat = " ".join(words(text_of(out)))
    assert flat.count(" ".join(words(text))) == 1
    schedule = Schedule(load_context(ws, c.id, arabic)).section()
    rows = re.sub("<[^>]+>", " ", schedule.html)
    assert rows.count("٢. ") == 5 and rows.count("افرز نفاياتك من البيت…") == 5
    assert "الصفراء" not in rows


def test_pages_are_numbered_in_the_chosen_digits(plan_pdf):
    """Every page but the cover says 'page N of M' in Arabic-Indic digits."""
    out, pages, _, _ = plan_pdf
    digits = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    assert "صفحة" not in text_of(out, 1)
    for page in (2, pages):
        expected = f"صفحة{str(page).translate(digits)}من{str(pages).translate(digits)}"
        assert expected in re.sub(r"\s", "", text_of(out, page))


def test_contents_give_the_page_of_each_section(plan_pdf):
    """The contents page names each section with the page it starts on."""
    out, pages, _, _ = plan_pdf
    contents = text_of(out, 2)
    for title in ("الملخص", "القنوات والجدول الزمني", "الاعتماد"):
        assert title in contents
    last = text_of(out, pages)
    assert "الاعتماد" in last


def test_user_text_cannot_pull_a_file_into_the_pdf(empty_workspace, arabic, tmp_path):
    """A post text that looks like HTML appears as those characters; no image is embedded."""
    ws = empty_workspace
    c = Campaign("حملة الاختبار", dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    ws.campaigns.save(c)
    evil = '<img src="file:///etc/passwd"> <b>عريض</b> &amp; <a href="http://x">رابط</a>'
    ws.posts.save(
        Post(
            evil,
            [Platform.X],
            PostStatus.DRAFT,
            scheduled_at=dt.datetime(2026, 1, 5, 10, 0),
            campaign_id=c.id,
        )
    )
    out = tmp_path / "evil.pdf"
    export_plan(ws, c.id, out, arabic)
    extracted = text_of(out)
    joined = re.sub(r"\s", "", extracted)  # the cell may wrap the text anywhere, and a
    # wrapped line of mixed directions is read out in its visual order
    assert "<imgsrc=" in joined and "file:///etc/" in joined and "passwd" in joined
    assert "&amp;" in extracted
    assert "root:" not in extracted
    if shutil.which("pdfimages"):
        listing = subprocess.run(
            ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert listing == []  # no file, and the charts are vectors


def test_empty_sections_are_left_out(empty_workspace, arabic, tmp_path):
    """A bare campaign has no audience, strategy, budget or evaluation section."""
    ws = empty_workspace
    c = Campaign("حملة فارغة", dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    ws.campaigns.save(c)
    out = tmp_path / "bare.pdf"
    export_plan(ws, c.id, out, arabic)
    extracted = text_of(out)
    for absent in ("الجمهور وفهمه", "الاستراتيجية", "الميزانية حسب المنصة", "التقييم"):
        assert absent not in extracted
    assert "لا توجد منشورات مخططة بعد" in extracted


def test_a_campaign_with_300_posts(empty_workspace, arabic, tmp_path):
    """300 posts make a long schedule whose table header repeats on every page; their
    charts are vectors (no picture in the file) whose labels are text."""
    ws = empty_workspace
    c = Campaign("حملة كبيرة", dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    ws.campaigns.save(c)
    ws.posts.save_many(
        Post(
            f"منشور رقم {i} عن نظافة الأحياء",
            [Platform.X, Platform.INSTAGRAM],
            PostStatus.SCHEDULED,
            scheduled_at=dt.datetime(2026, 1, 1, 9) + dt.timedelta(hours=7 * i),
            campaign_id=c.id,
        )
        for i in range(300)
    )
    out = tmp_path / "big.pdf"
    pages = export_plan(ws, c.id, out, arabic)
    assert pages > 10
    extracted = text_of(out)
    assert extracted.count("عن نظافة الأحياء") == 300
    assert extracted.count("الشريحة") >= pages // 2  # the table's header, on every page
    listing = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert listing == []
    found = " ".join(words(extracted))
    for label in ("بداية الأسبوع", "المنشورات المخطط لها", "إنستغرام", "يناير"):
        assert " ".join(words(label)) in found, label


def test_english_plan_is_left_to_right_with_latin_digits(workspace, qapp, tmp_path):
    """--lang en gives English headings and Latin page numbers."""
    from planner.i18n.language import install_language

    install_language("en")
    try:
        campaign_id = workspace.campaigns.summaries()[0].id
        out = tmp_path / "plan-en.pdf"
        pages = export_plan(workspace, campaign_id, out, Formatter("en", Digits.LATIN))
        assert f"Page2of{pages}" in re.sub(r"\s", "", text_of(out, 2))
        assert "Contents" in text_of(out, 2)
    finally:
        install_language("ar")


def test_month_calendar(workspace, arabic, tmp_path):
    """The month's calendar shows the weekdays, Hijri dates and the posts of the month."""
    out = tmp_path / "month.pdf"
    assert export_month(workspace, dt.date(2026, 11, 1), out, arabic) == 1
    extracted = text_of(out)
    for day in ("الأحد", "الخميس", "السبت", "جمادى"):
        assert day in extracted


def test_identity_and_crisis_sections_of_the_full_sample(qapp, arabic, tmp_path):
    """The full sample's plan carries the brand kit (colours, hex, contrast) and the crisis
    readiness with account security, and says no password is kept."""
    from planner.storage.full_sample import create_sample

    ws = create_sample(tmp_path / "full.planner", dt.date(2026, 11, 26))
    try:
        campaign_id = next(c.id for c in ws.campaigns.summaries() if c.status == "running")
        out = tmp_path / "full.pdf"
        export_plan(ws, campaign_id, out, arabic)
        kit_id = ws.campaigns.get(campaign_id).brand_kit_id
        kit = next(k for k in ws.kits.all() if k.id == kit_id or kit_id is None)
    finally:
        ws.close()
    extracted = text_of(out)
    for expected in (
        "الهوية البصرية",
        "لوحة الألوان",
        "أدلة الاستجابة",
        "التحقق بخطوتين",
        "لا يطلب المخطط كلمة مرور",
    ):
        assert expected in extracted, expected
    assert kit.colours[0].hex.upper() in extracted
    assert "##" not in extracted  # guidelines' Markdown is rendered, not printed
    listing = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert len(listing) > 2  # the kit's logo is embedded


def test_signature_rows_leave_room_to_sign(workspace, qapp, tmp_path):
    """Each signature row is tall enough to sign in (at least 1.8 cm from row to row)."""
    from planner.i18n.language import install_language, load_fonts

    load_fonts()
    install_language("en")
    try:
        campaign_id = next(c.id for c in workspace.campaigns.summaries() if c.status == "running")
        out = tmp_path / "plan-en.pdf"
        export_plan(
            workspace, campaign_id, out, Formatter("en", Digits.LATIN), dt.date(2026, 11, 26)
        )
        html = subprocess.run(
            ["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
    finally:
        install_language("ar")
    tops = {}
    for match in re.finditer(r'<page |yMin="([\d.]+)"[^>]*>(Prepared|Approved)</word>', html):
        if match.group(0).startswith("<page"):
            tops = {}
        else:
            tops[match.group(2)] = float(match.group(1))
    assert set(tops) == {"Prepared", "Approved"}
    assert tops["Approved"] - tops["Prepared"] >= 1.8 / 2.54 * 72
