"""Emoji print as outlines from the bundled Noto Emoji; the English PDF uses English names."""

import datetime as dt
import shutil
import subprocess

import pytest

from planner.domain.model import Campaign, KeyMessage, Platform, Post, PostStatus
from planner.formatting import Digits, Formatter
from planner.reports.pdf.plan import export_plan

pytestmark = pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs poppler")


@pytest.fixture
def fonts(qapp):
    from planner.i18n.language import install_language, load_fonts

    load_fonts()
    yield install_language
    install_language("ar")


def campaign_with_an_emoji_post(ws):
    c = Campaign(
        "حملة الشاطئ النظيف",
        dt.date(2026, 12, 1),
        dt.date(2026, 12, 31),
        name_en="Clean Beach",
        messages=[KeyMessage("شاطئنا أمانة", "Our beach, our trust")],
    )
    ws.campaigns.save(c)
    ws.posts.save(
        Post(
            "نظّفوا الشاطئ معنا 🌊🐢♻️ #شاطئ_نظيف",
            [Platform.X],
            PostStatus.APPROVED,
            scheduled_at=dt.datetime(2026, 12, 5, 9),
            campaign_id=c.id,
        )
    )
    return c.id


def pdffonts(path):
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return out.stdout.splitlines()[2:]


def test_emoji_print_as_embedded_outlines(workspace, fonts, tmp_path):
    """The post's emoji come from the embedded Noto Emoji (TrueType outlines, not bitmaps),
    on a machine without any emoji font of its own."""
    fonts("ar")
    out = tmp_path / "plan.pdf"
    export_plan(workspace, campaign_with_an_emoji_post(workspace), out, Formatter("ar"))
    emoji = [line for line in pdffonts(out) if "NotoEmoji" in line]
    assert emoji, pdffonts(out)
    assert all("TrueType" in line and line.split()[-5] == "yes" for line in emoji), emoji
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True
    ).stdout
    # ♻ (U+267B) reads back as text; Qt's PDF writer maps the glyphs of emoji beyond the
    # Basic Multilingual Plane (🌊, 🐢) to no text, though it draws them (docs/formats.md).
    assert "♻" in text


def test_the_english_plan_uses_english_names(workspace, fonts, tmp_path):
    """Title, running header and key message in English; the Arabic name only as a gloss."""
    fonts("en")
    campaign_id = campaign_with_an_emoji_post(workspace)
    out = tmp_path / "plan-en.pdf"
    export_plan(workspace, campaign_id, out, Formatter("en", Digits.LATIN))
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True
    ).stdout
    assert text.count("Clean Beach") >= 3  # cover, running headers
    assert "Our beach, our trust" in text
    assert "Muscat Municipality" in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "Campaign plan: Clean Beach" in info
