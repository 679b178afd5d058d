"""The plan PDF tells the approval story: history, changes since approval, every platform's text."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from planner.domain.approval import Decision, DecisionRecord
from planner.domain.model import Campaign, Platform, Post, PostStatus
from planner.formatting import Digits, Formatter
from planner.reports.pdf.plan import export_plan
from planner.storage import approval
from tests.reports.test_pdf import text_of, words

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")

# A different sentence for each platform: no word of one is in another, nor in the shared text.
OWN = {
    Platform.X: "تغريدة قصيرة عن الحاويات الصفراء",
    Platform.INSTAGRAM: "صورة ملونة لشاطئ القرم النظيف",
    Platform.FACEBOOK: "منشور طويل يشرح خطوات الفرز للأسر",
    Platform.SNAPCHAT: "عدسة مرحة تدعو الشباب للمشاركة",
    Platform.YOUTUBE: "حلقة مصورة من سلسلة بيت نظيف",
    Platform.LINKEDIN: "دعوة المنشآت التجارية لتكون شريكا",
    Platform.TIKTOK: "تحدي الستين ثانية مع صانع محتوى",
    Platform.WHATSAPP: "رسالة قناة البلدية بالتذكير الأسبوعي",
}
SHARED = "نص مشترك لجميع المنصات"


@pytest.fixture
def arabic(qapp):
    from planner.i18n.language import install_language, load_fonts

    load_fonts()
    install_language("ar")
    return Formatter("ar", Digits.ARABIC_INDIC)


@pytest.fixture
def every_platform(empty_workspace):
    ws = empty_workspace
    c = Campaign("حملة المنصات الثماني", dt.date(2026, 5, 1), dt.date(2026, 5, 30))
    ws.campaigns.save(c)
    ws.posts.save(
        Post(
            SHARED,
            list(Platform),
            PostStatus.DRAFT,
            scheduled_at=dt.datetime(2026, 5, 3, 20, 0),
            campaign_id=c.id,
            variants=dict(OWN),
        )
    )
    return ws, c.id


def test_every_word_of_every_platform_text_is_in_the_plan(every_platform, arabic, tmp_path):
    ws, cid = every_platform
    out = tmp_path / "plan.pdf"
    export_plan(ws, cid, out, arabic, dt.date(2026, 4, 20))
    found = set(words(text_of(out)))
    assert set(words(SHARED)) <= found
    for platform, text in OWN.items():
        missing = set(words(text)) - found
        assert not missing, (platform, sorted(missing))


@pytest.fixture
def approved_and_changed(workspace):
    (cid,) = [s.id for s in workspace.campaigns.summaries() if s.status == "running"]
    # the sample already holds an approved version 1 and three changes since (see
    # resources/sample/README.md); its campaign is the one the PDF tests print.
    return workspace, cid


def test_the_history_and_the_changes_open_the_plan(approved_and_changed, arabic, tmp_path):
    ws, cid = approved_and_changed
    out = tmp_path / "plan.pdf"
    export_plan(ws, cid, out, arabic, dt.date(2026, 11, 26))
    contents = text_of(out, 2)
    assert "سجل الإصدارات" in contents
    front = text_of(out, 3, 4)
    history = approval.history(ws, cid).versions[0]
    assert history.decision is not None
    assert set(words(history.decision.approver)) <= set(words(front))
    assert set(words(history.decision.comments)) <= set(words(front))
    assert "التغييرات منذ الإصدار ١" in front
    changes = approval.changes_since_approval(ws, cid)
    assert changes is not None
    (x_text,) = changes.diff.texts
    assert set(words(x_text.new)) <= set(words(front))


def test_a_version_prints_as_it_was_approved(approved_and_changed, arabic, tmp_path):
    ws, cid = approved_and_changed
    changes = approval.changes_since_approval(ws, cid)
    assert changes is not None
    (x_text,) = changes.diff.texts
    added = set(words(x_text.new)) - set(words(x_text.old))
    assert added  # the later wording has words of its own
    approved, now = tmp_path / "v1.pdf", tmp_path / "now.pdf"
    export_plan(ws, cid, approved, arabic, dt.date(2026, 11, 26), version=1)
    export_plan(ws, cid, now, arabic, dt.date(2026, 11, 26))
    in_approved = set(words(text_of(approved)))
    assert set(words(x_text.old)) <= in_approved
    assert not added <= in_approved
    assert added <= set(words(text_of(now)))
    assert "التغييرات منذ الإصدار" not in text_of(approved)


def test_a_returned_version_shows_the_comments(every_platform, arabic, tmp_path):
    ws, cid = every_platform
    approval.submit(ws, cid, dt.datetime(2026, 4, 20, 9, 0))
    approval.record_decision(
        ws,
        cid,
        1,
        DecisionRecord(
            Decision.RETURNED, dt.date(2026, 4, 21), "سالم", comments="اختصروا نص لينكدإن"
        ),
    )
    out = tmp_path / "plan.pdf"
    export_plan(ws, cid, out, arabic, dt.date(2026, 4, 22))
    front = set(words(text_of(out, 3)))
    assert set(words("اختصروا نص لينكدإن")) <= front
    assert set(words("أعيدت مع ملاحظات")) <= front


def test_every_platform_text_of_the_sample_plan_is_in_it(approved_and_changed, arabic, tmp_path):
    """The sample's own texts (a shorter X text, an English line on Facebook...) are printed
    whole, platform by platform: the manager approves the exact words."""
    ws, cid = approved_and_changed
    out = tmp_path / "plan.pdf"
    export_plan(ws, cid, out, arabic, dt.date(2026, 11, 26))
    found = set(words(text_of(out)))
    own: dict[Platform, set[str]] = {}
    for post in ws.posts.for_campaign(cid):
        for platform, text in post.variants.items():
            own.setdefault(platform, set()).update(words(text))
    assert len(own) >= 3  # the sample has texts of their own on several platforms
    for platform, needed in own.items():
        assert needed - found == set(), platform
