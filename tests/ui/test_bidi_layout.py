"""The screens lay out mixed text by the one bidi rule: checked by where Qt puts each glyph."""

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from planner.domain.bidi import unmarked
from planner.formatting import Digits, Formatter
from planner.ui import plain
from planner.ui.audience.view import AudienceView
from planner.ui.campaigns.screen import CampaignsScreen
from planner.ui.document import Document

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
AUTO = Qt.LayoutDirection.LayoutDirectionAuto


def glyph_x(text: str, direction: Qt.LayoutDirection) -> list[float | None]:
    """The x of each character's glyph when `text` is laid out on one line of `direction`, as
    an item view or a label lays it out (None for characters that draw nothing)."""
    layout = QTextLayout(text, QApplication.font())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(2000)
    layout.endLayout()
    xs: list[float | None] = []
    for i in range(len(text)):
        points = [p.x() for run in layout.glyphRuns(i, 1) for p in run.positions()]
        xs.append(min(points) if points and text[i] not in "\u2066\u2067\u2068\u2069" else None)
    return xs


def reads_left_to_right(text: str, word: str, direction: Qt.LayoutDirection) -> bool:
    """Whether `word`'s characters sit left to right, in order, inside laid-out `text`."""
    start = text.index(word)
    xs = glyph_x(text, direction)[start : start + len(word)]
    return all(a is not None and b is not None and a < b for a, b in itertools.pairwise(xs))


def x_of(text: str, ch: str, direction: Qt.LayoutDirection, last: bool = False) -> float:
    xs = glyph_x(text, direction)
    i = text.rindex(ch) if last else text.index(ch)
    value = xs[i]
    assert value is not None
    return value


@pytest.fixture(autouse=True)
def _app(qapp):
    """Glyphs need the application's fonts."""
    from planner.i18n.language import load_fonts

    load_fonts()


@pytest.fixture
def audience(qtbot, workspace, dialogs):
    widget = AudienceView(Document(workspace), Formatter("ar", Digits.ARABIC_INDIC), dialogs)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def strategy(qtbot, workspace, dialogs):
    screen = CampaignsScreen(Document(workspace), Formatter("ar", Digits.ARABIC_INDIC), dialogs)
    qtbot.addWidget(screen)
    running = next(c for c in workspace.campaigns.summaries() if c.name == "مسقط أجمل بنظافتها")
    screen.open_campaign(running.id, "strategy")
    yield screen.editor.section("strategy")
    del screen  # held until the test is done


def test_the_unwrapped_handle_is_what_the_issue_saw():
    """The check can fail: a bare handle in a right-to-left line puts its "@" on the right."""
    assert x_of("@MuscatMun", "@", RTL) > x_of("@MuscatMun", "M", RTL)


def test_accounts_show_handles_and_links_left_to_right_in_arabic(audience):
    """Audience → Accounts: "@" left of the handle, a link reads from "https" on the left."""
    model = audience.accounts.model
    handles = [model.index(r, model.HANDLE).data() for r in range(model.rowCount())]
    urls = [model.index(r, model.URL).data() for r in range(model.rowCount())]
    at = next(h for h in handles if "@MuscatMun" in h)
    assert x_of(at, "@", RTL) < x_of(at, "M", RTL)
    assert reads_left_to_right(at, "@MuscatMun", RTL)
    url = next(u for u in urls if "instagram" in u)
    assert x_of(url, "h", RTL) < x_of(url, "/", RTL, last=True)
    assert reads_left_to_right(url, "https://www.instagram.com/", RTL)


def test_follower_counts_list_each_account_with_its_handle_in_order(qtbot, workspace, arabic):
    """Coverage → Follower counts: the account box showed "MuscatMun@ — إكس"."""
    from planner.ui.coverage.dialogs import FollowersDialog

    doc = Document(workspace)
    dialog = FollowersDialog(doc, Formatter("ar", Digits.ARABIC_INDIC), dt.date(2026, 12, 7))
    qtbot.addWidget(dialog)
    texts = [dialog.account.itemText(i) for i in range(dialog.account.count())]
    at = next(t for t in texts if "@MuscatMun" in t)
    assert x_of(at, "@", RTL) < x_of(at, "M", RTL)
    assert reads_left_to_right(at, "@MuscatMun", RTL)


def test_strategy_tab_keeps_english_messages_and_handles_in_order(strategy):
    """The Strategy tab: an English key message ends with its full stop on the right; the
    channels and partners show "@" before the handle."""
    messages = strategy.messages_model
    english = [messages.index(r, 1).data() for r in range(messages.rowCount())]
    sentence = next(t for t in english if t and unmarked(t).endswith("."))
    xs = [x for x in glyph_x(sentence, RTL) if x is not None]
    assert x_of(sentence, ".", RTL, last=True) == max(xs)
    channels = strategy.channels_model
    channel = next(
        t
        for t in (channels.index(r, 0).data() for r in range(channels.rowCount()))
        if "@MuscatMun" in t
    )
    assert reads_left_to_right(channel, "@MuscatMun", RTL)
    partners = strategy.partners_model
    handle = next(
        t
        for t in (partners.index(r, 1).data() for r in range(partners.rowCount()))
        if t and "@" in t
    )
    name = unmarked(handle)
    assert reads_left_to_right(handle, name, RTL)


def test_a_label_sets_an_english_name_in_its_own_direction(qtbot):
    """The campaign editor's title and every label set through plain.set_text."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    label.setLayoutDirection(RTL)
    plain.set_text(label, "Clean Muscat 2026.")
    assert label.textFormat() == Qt.TextFormat.PlainText
    text = label.text()  # a label lays out in the direction of its text's first strong letter
    xs = [x for x in glyph_x(text, AUTO) if x is not None]
    assert x_of(text, ".", AUTO) == max(xs)
    assert reads_left_to_right(text, "Clean Muscat 2026.", AUTO)
    plain.set_text(label, "تابعونا على @MuscatMun.")
    text = label.text()
    xs = [x for x in glyph_x(text, AUTO) if x is not None]
    assert x_of(text, ".", AUTO) == min(xs)  # the Arabic sentence ends on the left
    assert reads_left_to_right(text, "@MuscatMun", AUTO)


def test_an_arabic_sentence_in_english_ends_on_the_left():
    """In the English interface an Arabic text's full stop is at its left end, where it ends."""
    text = plain.shown("الحاوية الزرقاء للورق.")
    xs = [x for x in glyph_x(text, LTR) if x is not None]
    assert x_of(text, ".", LTR) == min(xs)
