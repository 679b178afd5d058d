"""The composer's attached files: attach from the library, remove, undo, and size warnings."""

import datetime as dt

import pytest

from planner.domain.model import Platform, Post
from planner.formatting import Digits, Formatter
from planner.i18n import language
from planner.paths import resource
from planner.storage.identity_sample import load_identity_sample
from planner.ui.calendar.attachments import AttachmentsPanel
from planner.ui.calendar.composer import Composer
from planner.ui.document import Document
from tests.conftest import TODAY

NOW = dt.datetime(2026, 11, 26, 9, 0)


@pytest.fixture(autouse=True)
def english():
    before = "ar" if language._installed else "en"
    language.install_language("en", set_direction=False)
    yield
    language.install_language(before, set_direction=False)


@pytest.fixture
def doc(workspace):
    """The sample with its media library, whose pictures are attached to some posts."""
    load_identity_sample(workspace, resource("sample", "identity.json"), TODAY)
    return Document(workspace)


def open_composer(qtbot, doc, dialogs, post, fmt=None):
    composer = Composer(doc, fmt or Formatter("en", Digits.LATIN), dialogs, post, lambda: NOW)
    qtbot.addWidget(composer)
    composer.setMinimumSize(1040, 680)
    composer.show()
    qtbot.waitExposed(composer)
    return composer


def panel_of(composer) -> AttachmentsPanel:
    return next(p for p in composer.panels if isinstance(p, AttachmentsPanel))


def post_with(workspace, asset_name, platforms):
    """A sample post that carries the named library file on exactly these platforms."""
    for (post_id,) in workspace.db.execute("SELECT post_id FROM post_assets").fetchall():
        post = workspace.posts.get(post_id)
        names = [a.name for a in workspace.assets.assets_of_post(post_id)]
        if asset_name in names and post.platforms == platforms:
            return post
    raise AssertionError("no such sample post")


def plain(text):
    """The text without its direction isolates (they keep "400 × 400" whole in Arabic)."""
    return "".join(ch for ch in text if ch not in "\u2066\u2067\u2068\u2069")


def asset_named(workspace, name):
    return next(a for a in workspace.assets.all() if a.name == name)


def test_a_fitting_picture_raises_no_warning_until_a_platform_crops_it(qtbot, doc, dialogs):
    """The square template fits X and Instagram; ticking TikTok (9:16 only) warns of cropping."""
    post = post_with(doc.workspace, "قالب منشور الحملة", [Platform.X, Platform.INSTAGRAM])
    composer = open_composer(qtbot, doc, dialogs, post)
    panel = panel_of(composer)
    assert [panel.files.item(i).text() for i in range(panel.files.count())] == ["قالب منشور الحملة"]
    assert panel.warnings.count() == 0 and not panel.warnings.isVisible()
    composer.details.platform_buttons[Platform.TIKTOK].setChecked(True)
    assert panel.warnings.isVisible() and panel.warnings.count() == 1
    text = panel.warnings.item(0).text()
    assert "قالب منشور الحملة" in text and "1080 × 1080" in text
    assert "will be cropped on TikTok" in text and "1080 × 1920" in text


def test_a_small_profile_picture_is_too_small_on_each_platform(qtbot, doc, dialogs):
    """A 400 px picture posted on X, LinkedIn and WhatsApp: blurred on each, with the minimum."""
    platforms = [Platform.X, Platform.LINKEDIN, Platform.WHATSAPP]
    post = post_with(doc.workspace, "صورة الحساب", platforms)
    panel = panel_of(open_composer(qtbot, doc, dialogs, post))
    texts = [plain(panel.warnings.item(i).text()) for i in range(panel.warnings.count())]
    assert all("is too small for" in t and "it will look blurred" in t for t in texts)
    assert texts == [  # X and WhatsApp ask the same 600 px, so they share a line
        "صورة الحساب (400 × 400) is too small for X, WhatsApp channel "
        "(at least 600 pixels wide): it will look blurred.",
        "صورة الحساب (400 × 400) is too small for LinkedIn "
        "(at least 640 pixels wide): it will look blurred.",
    ]
    assert "LinkedIn: 1200 × 1200, 1200 × 627" in plain(panel.warnings.item(1).toolTip())


def test_attach_from_the_menu_then_remove_each_undoable(qtbot, doc, dialogs):
    """The menu lists the library's pictures (no fonts); attaching and removing are undoable."""
    ws = doc.workspace
    post = post_with(ws, "قالب منشور الحملة", [Platform.X, Platform.INSTAGRAM])
    panel = panel_of(open_composer(qtbot, doc, dialogs, post))
    panel._fill_menu()
    entries = [plain(a.text()) for a in panel.menu.actions()]
    assert any(e.startswith("قالب القصة — 1080 × 1920 · PNG") for e in entries)
    assert not any("خط" in e for e in entries)  # fonts are not pictures
    assert not any(e.startswith("قالب منشور الحملة") for e in entries)  # already attached
    story = asset_named(ws, "قالب القصة")
    next(a for a in panel.menu.actions() if a.text().startswith("قالب القصة")).trigger()
    assert [a.name for a in ws.assets.assets_of_post(post.id)] == [
        "قالب منشور الحملة",
        "قالب القصة",
    ]
    assert panel.files.count() == 2
    assert any(
        "قالب القصة" in panel.warnings.item(i).text() and "X" in panel.warnings.item(i).text()
        for i in range(panel.warnings.count())
    )
    panel.files.item(0).setSelected(True)
    assert panel.remove.isEnabled()
    panel.remove.click()
    assert [a.id for a in ws.assets.assets_of_post(post.id)] == [story.id]
    doc.undo_stack.undo()  # the removed file comes back first, as it was
    assert [a.name for a in ws.assets.assets_of_post(post.id)] == [
        "قالب منشور الحملة",
        "قالب القصة",
    ]
    doc.undo_stack.undo()
    assert [a.name for a in ws.assets.assets_of_post(post.id)] == ["قالب منشور الحملة"]
    assert panel.files.count() == 1


def test_a_new_post_attaches_once_saved(qtbot, doc, dialogs):
    """An unsaved new post cannot carry files yet; typing saves it and enables attaching."""
    composer = open_composer(qtbot, doc, dialogs, Post("", [Platform.INSTAGRAM]))
    panel = panel_of(composer)
    assert not panel.attach.isEnabled() and "Write the post first" in panel.attach.toolTip()
    composer.base.setPlainText("منشور جديد")
    assert panel.attach.isEnabled()


def test_warnings_follow_the_arabic_digits(qtbot, doc, dialogs):
    """Pixel sizes in a warning are written in the chosen digits."""
    post = post_with(
        doc.workspace, "صورة الحساب", [Platform.X, Platform.LINKEDIN, Platform.WHATSAPP]
    )
    panel = panel_of(open_composer(qtbot, doc, dialogs, post, Formatter("en", Digits.ARABIC_INDIC)))
    text = panel.warnings.item(0).text().replace("\u200e", "")  # marks keep English in order
    assert "٤٠٠ × ٤٠٠" in text and "400" not in text
