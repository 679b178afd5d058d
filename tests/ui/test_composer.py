"""The composer as the officer uses it: typing, limits, variants, inserts, time advice, undo."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel

from planner.domain.model import BestTime, Platform, Post, PostStatus
from planner.formatting import Digits, Formatter
from planner.i18n import language
from planner.paths import resource
from planner.storage.calendar_sample import load_calendar_sample
from planner.ui.calendar.composer import Composer
from planner.ui.calendar.composer_text import paragraph_direction
from planner.ui.document import Document
from tests.ui.keyboard import type_text

NOW = dt.datetime(2026, 11, 26, 9, 0)


@pytest.fixture(autouse=True)
def english():
    before = "ar" if language._installed else "en"
    language.install_language("en", set_direction=False)
    yield
    language.install_language(before, set_direction=False)


@pytest.fixture
def doc(workspace):
    load_calendar_sample(workspace, resource("sample", "calendar.json"), NOW.date())
    return Document(workspace)


def open_composer(qtbot, doc, dialogs, post):
    composer = Composer(doc, Formatter("en", Digits.LATIN), dialogs, post, lambda: NOW)
    qtbot.addWidget(composer)
    composer.setMinimumSize(1040, 680)
    composer.show()
    qtbot.waitExposed(composer)
    return composer


@pytest.fixture
def new(qtbot, doc, dialogs):
    """The composer on a new post for X, with no text yet."""
    campaign = doc.workspace.campaigns.summaries()[0]
    return open_composer(
        qtbot, doc, dialogs, Post("", [Platform.X, Platform.INSTAGRAM], campaign_id=campaign.id)
    )


def scheduled(workspace):
    start = dt.datetime.combine(NOW.date(), dt.time())
    return next(
        p
        for p in workspace.posts.between(start, start + dt.timedelta(days=7))
        if p.status is PostStatus.SCHEDULED
    )


def test_typing_creates_the_post_once_and_undoes_in_one_step(new, doc):
    """The first key saves a new post; a whole word of typing is one undo step."""
    before = doc.workspace.posts.count()
    new.base.setFocus()
    type_text(new.base, "مسقط تحب النظافة")
    assert doc.workspace.posts.count() == before + 1
    stored = doc.workspace.posts.get(new.post.id)
    assert stored.base_text == "مسقط تحب النظافة"
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.workspace.posts.count() == before
    assert new.post.id is None and new.base.toPlainText() == ""
    doc.undo_stack.redo()
    assert new.post.id == stored.id
    assert new.base.toPlainText() == "مسقط تحب النظافة"


def test_ctrl_z_in_the_editor_undoes_through_the_document(new, doc, qtbot):
    """Ctrl+Z typed in a text box undoes the document's last step, not just the box."""
    new.base.setFocus()
    type_text(new.base, "abc")
    new.details.status.setCurrentIndex(new.details.status.findData(PostStatus.READY.value))
    new.details.status.activated.emit(new.details.status.currentIndex())
    assert doc.workspace.posts.get(new.post.id).status is PostStatus.READY
    qtbot.keyClick(new.base, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.workspace.posts.get(new.post.id).status is PostStatus.DRAFT
    assert new.details.status.currentData() == PostStatus.DRAFT.value
    assert new.base.toPlainText() == "abc"
    qtbot.keyClick(
        new.base,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert doc.workspace.posts.get(new.post.id).status is PostStatus.READY


def test_counters_count_as_each_platform_does_and_turn_red(new):
    """X counts a link as 23 and emoji as 2; past 280 its counter turns red; Instagram not."""
    text = "زوروا https://www.mm.gov.om/services/permits/online-application 🌿"
    new.base.setPlainText(text)
    x, insta = new.counters.counters[Platform.X], new.counters.counters[Platform.INSTAGRAM]
    assert x.count == 6 + 23 + 1 + 2 and x.text() == "32 / 280" and not x.over
    assert insta.text() == f"{len(text)} / 2,200"
    new.base.setPlainText("أ" * 281)
    assert x.over and "#b91c1c" in x.styleSheet() and "1 over the limit of 280" in x.toolTip()
    assert not insta.over


def test_instagram_hashtag_limit_is_shown(new):
    """More than 5 hashtags breaks Instagram's limit (since December 2025), and says so."""
    insta = new.counters.counters[Platform.INSTAGRAM]
    new.base.setPlainText(" ".join(f"#وسم{i}" for i in range(5)))
    assert not insta.over
    new.base.setPlainText(" ".join(f"#وسم{i}" for i in range(6)))
    assert insta.over and "6 hashtags: at most 5" in insta.toolTip()


def test_a_variant_replaces_the_shared_text_on_its_platform(new, doc):
    """Text typed in the X tab is X's own; Instagram keeps the shared text; clearing reverts."""
    new.base.setPlainText("نص مشترك")
    x_editor = new.variants[Platform.X]
    new.show_platform(Platform.X)
    x_editor.setPlainText("نص قصير لإكس")
    stored = doc.workspace.posts.get(new.post.id)
    assert stored.variants == {Platform.X: "نص قصير لإكس"}
    assert stored.text_for(Platform.INSTAGRAM) == "نص مشترك"
    assert new.counters.counters[Platform.X].count == len("نص قصير لإكس")
    x_editor.setPlainText("")
    assert doc.workspace.posts.get(new.post.id).variants == {}


def test_choosing_platforms_adds_and_removes_tabs(new, doc):
    """Ticking a platform adds its tab and counter; unticking removes them and its variant."""
    new.base.setPlainText("نص")
    new.details.platform_buttons[Platform.TIKTOK].setChecked(True)
    assert Platform.TIKTOK in new.variants and Platform.TIKTOK in new.counters.counters
    assert doc.workspace.posts.get(new.post.id).platforms == [
        Platform.X,
        Platform.INSTAGRAM,
        Platform.TIKTOK,
    ]
    new.variants[Platform.TIKTOK].setPlainText("للتيك توك")
    new.details.platform_buttons[Platform.TIKTOK].setChecked(False)
    stored = doc.workspace.posts.get(new.post.id)
    assert stored.platforms == [Platform.X, Platform.INSTAGRAM] and stored.variants == {}
    assert Platform.TIKTOK not in new.variants


def test_campaign_brings_its_messages_and_phases(new, doc):
    """The message and phase lists come from the chosen campaign; changing it clears them."""
    campaign = doc.workspace.campaigns.get(new.post.campaign_id)
    assert new.details.message.count() == len(campaign.messages) + 1
    assert new.details.phase.count() == len(campaign.phases) + 1
    new.details.phase.setCurrentIndex(1)
    new.details.phase.activated.emit(1)
    assert doc.workspace.posts.get(new.post.id).phase_id == campaign.phases[0].id
    other = next(c for c in doc.workspace.campaigns.summaries() if c.id != campaign.id)
    combo = new.details.campaign
    combo.setCurrentIndex(combo.findData(other.id))
    combo.activated.emit(combo.currentIndex())
    stored = doc.workspace.posts.get(new.post.id)
    assert stored.campaign_id == other.id and stored.phase_id is None
    doc.undo_stack.undo()
    assert doc.workspace.posts.get(new.post.id).phase_id == campaign.phases[0].id
    assert new.details.campaign.currentData() == campaign.id


def test_hashtag_sets_and_snippets_insert_with_one_click(new, doc):
    """The campaign's hashtags, the saved sets and the snippets insert at the cursor."""
    new.base.setPlainText("نص المنشور")
    new.base.moveCursor(QTextCursor.MoveOperation.End)
    names = [name for name, _text in new.hashtag_choices()]
    assert names[0] == "Campaign hashtags" and "هوية البلدية" in names
    new.hashtags.menu().aboutToShow.emit()
    new.hashtags.menu().actions()[1].trigger()  # the first saved set
    assert doc.workspace.posts.get(new.post.id).base_text == "نص المنشور #بلدية_مسقط #مسقط #عمان"
    new.snippets.menu().aboutToShow.emit()
    new.snippets.menu().actions()[0].trigger()
    assert doc.workspace.posts.get(new.post.id).base_text.endswith(
        "#عمان بلدية مسقط… معًا لمسقط أجمل."
    )


def test_suggested_time_is_a_free_best_time(qtbot, doc, dialogs):
    """The suggestion is one of the X account's best hours, an hour clear of other X posts."""
    ws = doc.workspace
    post = Post("نص", [Platform.X], scheduled_at=dt.datetime(2026, 11, 27, 10, 0))
    ws.posts.save(post)
    composer = open_composer(qtbot, doc, dialogs, post)
    composer.suggest_time()
    when = composer.post.scheduled_at
    x = next(a for a in ws.accounts.list() if a.platform is Platform.X)
    assert BestTime(when.weekday(), when.hour) in x.best_times and when > post.scheduled_at
    others = [
        p.scheduled_at
        for p in ws.posts.between(when - dt.timedelta(hours=1), when + dt.timedelta(hours=1))
        if Platform.X in p.platforms and p.id != composer.post.id
    ]
    assert others == []
    assert "Suggested:" in composer.details.suggestion.text()
    doc.undo_stack.undo()
    assert ws.posts.get(post.id).scheduled_at == post.scheduled_at
    assert composer.post.scheduled_at == post.scheduled_at


def test_warns_of_a_clash_and_of_a_date_outside_the_campaign(qtbot, doc, dialogs):
    """A post at the time of another X post, and outside its campaign, is warned about."""
    ws = doc.workspace
    other = scheduled(ws)
    post = Post(
        "نص",
        [Platform.X],
        PostStatus.DRAFT,
        scheduled_at=other.scheduled_at + dt.timedelta(minutes=30),
        campaign_id=other.campaign_id,
    )
    composer = open_composer(qtbot, doc, dialogs, post)
    texts = [composer.warnings.item(i).text() for i in range(composer.warnings.count())]
    if Platform.X in other.platforms:
        assert any("within an hour" in t for t in texts)
    campaign = ws.campaigns.get(other.campaign_id)
    composer._field_edited(
        "when", dt.datetime.combine(campaign.end + dt.timedelta(days=3), dt.time(10))
    )
    texts = [composer.warnings.item(i).text() for i in range(composer.warnings.count())]
    assert any("outside the campaign" in t for t in texts)
    assert composer.warnings.isVisible()


def test_paragraphs_read_in_the_direction_of_their_first_letter(new):
    """Arabic-first paragraphs run right to left, Latin-first ones left to right, and a
    paragraph with no letter yet is Arabic (right to left)."""
    new.base.setPlainText("#مسقط_أجمل 2040 Muscat https://mm.gov.om\nMuscat 2040 #مسقط\n2040 🌿\n")
    doc = new.base.document()
    directions = [doc.findBlockByNumber(i).blockFormat().layoutDirection() for i in range(4)]
    assert directions == [
        Qt.LayoutDirection.RightToLeft,
        Qt.LayoutDirection.LeftToRight,
        Qt.LayoutDirection.RightToLeft,
        Qt.LayoutDirection.RightToLeft,
    ]
    assert paragraph_direction("", Qt.LayoutDirection.RightToLeft) == Qt.LayoutDirection.RightToLeft


def test_mixed_text_keeps_its_order_while_typing(new):
    """Typed key by key, «مسقط 2040 #نظافة Muscat» keeps its logical order, and on screen
    the Arabic word sits right of the number that follows it."""
    new.base.setFocus()
    text = "مسقط 2040 #نظافة Muscat"
    type_text(new.base, text)
    assert new.base.toPlainText() == text
    assert new.post.base_text == text
    block = new.base.document().firstBlock()
    line = block.layout().lineAt(0)
    arabic_x = line.cursorToX(0)[0]
    digits_x = line.cursorToX(text.index("2040"))[0]
    assert arabic_x > digits_x
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_follows_an_undo_made_elsewhere(qtbot, doc, dialogs):
    """A change undone from the calendar shows at once in an open composer."""
    post = scheduled(doc.workspace)
    composer = open_composer(qtbot, doc, dialogs, post)
    composer.base.setPlainText(post.base_text + " إضافة")
    assert composer.post.base_text.endswith("إضافة")
    doc.undo_stack.undo()
    assert composer.base.toPlainText() == post.base_text


def test_delete_from_the_composer_asks_and_undoes(qtbot, doc, dialogs):
    """Delete post asks first, deletes, closes; undo brings the post back."""
    post = scheduled(doc.workspace)
    composer = open_composer(qtbot, doc, dialogs, post)
    dialogs.confirmations.append(True)
    composer.delete_post()
    with pytest.raises(KeyError):
        doc.workspace.posts.get(post.id)
    doc.undo_stack.undo()
    assert doc.workspace.posts.get(post.id) == post


def test_other_capabilities_add_panels(qtbot, doc, dialogs, monkeypatch):
    """A factory in Composer.panel_factories adds its widget under the texts."""
    monkeypatch.setattr(
        Composer, "panel_factories", [lambda composer: QLabel(f"assets of {composer.post.id}")]
    )
    post = scheduled(doc.workspace)
    composer = open_composer(qtbot, doc, dialogs, post)
    assert composer.panels[0].text() == f"assets of {post.id}"


def test_the_calendar_opens_one_composer_per_post(qtbot, doc, dialogs):
    """Opening a post twice from the calendar brings its one composer forward."""
    from planner.ui.calendar.view import CalendarView

    view = CalendarView(doc, Formatter("en", Digits.LATIN), dialogs, today=lambda: NOW)
    qtbot.addWidget(view)
    post = scheduled(doc.workspace)
    view.open_post(post.id)
    first = view.composers[post.id]
    view.open_post(post.id)
    assert view.composers[post.id] is first and first.post == post
    first.close()
    view.new_post(None)
    assert len(view.composers) == 1  # a new post is not tracked until it has an id


def test_youtube_counts_its_title_and_description_apart(new):
    """YouTube's first line is the title: over 100 its own counter turns red, not the other."""
    new.details.platform_buttons[Platform.YOUTUBE].setChecked(True)
    title, description = (
        new.counters.titles[Platform.YOUTUBE],
        new.counters.counters[Platform.YOUTUBE],
    )
    assert "title" in new.variants[Platform.YOUTUBE].placeholderText()
    new.base.setPlainText("حملة مسقط أجمل\n" + "وصف الفيديو " * 10)
    assert title.count == len("حملة مسقط أجمل") and title.text() == "Title 14 / 100"
    assert description.count == len(("وصف الفيديو " * 10).rstrip())
    assert description.text().endswith("/ 5,000") and not title.over
    new.show_platform(Platform.YOUTUBE)
    new.variants[Platform.YOUTUBE].setPlainText("ع" * 101 + "\nوصف قصير")
    assert title.over and "#b91c1c" in title.styleSheet()
    assert "1 over the limit of 100" in title.toolTip() and "YouTube title" in title.toolTip()
    assert not description.over and description.count == len("وصف قصير")
    assert not new.counters.counters[Platform.X].over  # X still counts the shared text
    new.details.platform_buttons[Platform.YOUTUBE].setChecked(False)
    assert Platform.YOUTUBE not in new.counters.titles


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("\u202bزوروا موقع البلدية\u202c", 2 + 18 + 2),  # RLE … PDF, as Word copies
        ("\u2067تابعونا\u2069 \u202ahttp://foobar.com", 2 + 7 + 2 + 1 + 25),  # WhatsApp's RLI…PDI
        ("\u200fمسقط \u202ehttps://موقع.عمان/ar", 2 + 5 + 2 + 23),  # RLM, RLO, an Arabic domain
    ],
)
def test_directional_marks_are_not_forbidden(new, text, count):
    """Arabic with directional marks is counted as X counts it and not marked as forbidden."""
    new.base.setPlainText(text)
    x = new.counters.counters[Platform.X]
    assert x.count == count and not x.over
    assert "refuses" not in x.toolTip()
    assert "Each link counts 23 and each emoji 2; directional marks are allowed." in x.toolTip()


def test_only_the_three_refused_characters_are_forbidden(new):
    """U+FEFF (a byte-order mark pasted mid-text) is refused by X, and the tooltip says so."""
    new.base.setPlainText("مسقط\ufeff تحب النظافة")
    x = new.counters.counters[Platform.X]
    assert x.over and "1 character the platform refuses" in x.toolTip()
    assert not new.counters.counters[Platform.INSTAGRAM].over


def test_pasted_text_from_word_is_stored_by_the_text_rule(new, doc, qtbot):
    """A paste from Word carries VT for a manual line break and FF for a page break: the
    post is stored with newlines, so every export can carry it."""
    from PySide6.QtWidgets import QApplication

    QApplication.clipboard().setText("سطر أول\x0bسطر ثانٍ\x0cصفحة\x00")
    new.base.setFocus()
    new.base.paste()
    qtbot.waitUntil(lambda: new.post.id is not None)
    stored = doc.workspace.posts.get(new.post.id)
    assert stored.base_text == "سطر أول\nسطر ثانٍ\nصفحة"


def test_a_pasted_text_over_the_limit_is_shown_but_not_saved(new, doc, qtbot):
    """Pasting 20,001 characters: the editor keeps them on screen, the status says why they
    are not saved, and nothing is stored; shortening it saves."""
    from PySide6.QtWidgets import QApplication

    from planner.domain.ranges import TEXT_MAX

    before = doc.workspace.posts.count()
    new.base.setFocus()
    QApplication.clipboard().setText("م" * (TEXT_MAX + 1))
    new.base.paste()
    assert doc.workspace.posts.count() == before
    assert "20,000" in new.saved_state.text() and "20,001" in new.saved_state.text()
    new.base.textCursor().deletePreviousChar()
    assert doc.workspace.posts.count() == before + 1
    assert len(doc.workspace.posts.get(new.post.id).base_text) == TEXT_MAX
