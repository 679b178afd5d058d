"""The text rule: every line break of every kind becomes "\\n", other controls go, tab and
newline stay, a lone surrogate is refused naming the field; nothing else changes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.model import Campaign, KeyMessage, Platform, Post
from planner.domain.text import TextError, clean, needs_normalising, normalise, normalise_fields
from tests.text_strategies import CONTROLS, SEPARATORS, TEXTS

KEPT = set("\t\n")
GONE = (set(CONTROLS) - KEPT) | set(SEPARATORS)


@pytest.mark.parametrize(
    "raw, stored",
    [
        ("سطر أول\x0bسطر ثانٍ", "سطر أول\nسطر ثانٍ"),  # Word's manual line break
        ("صفحة\x0cأخرى", "صفحة\nأخرى"),  # form feed
        ("a\u2028b\u2029c\x85d", "a\nb\nc\nd"),
        ("a\r\nb\rc\n\rd", "a\nb\nc\n\nd"),
        ("\x00a\x1bb\x7fc\x9bd\ufffe\uffff", "abcd"),
        ("tab\there\nnew", "tab\there\nnew"),
        ("\u200fمرحبا \u2066@oman\u2069 👍🏽", "\u200fمرحبا \u2066@oman\u2069 👍🏽"),
    ],
)
def test_the_cases_of_the_issue(raw, stored):
    assert normalise(raw) == stored
    assert needs_normalising(raw) == (raw != stored)


def test_a_lone_surrogate_is_refused_naming_the_field():
    with pytest.raises(TextError) as caught:
        normalise("a\ud800b", "post.base_text")
    assert caught.value.field == "post.base_text"
    assert clean("a\ud800b\x0b") == "a\ufffdb\n"  # what a writer does with old stored text


@given(TEXTS)
def test_normalised_text_holds_no_control_but_tab_and_newline(text):
    out = normalise(text)
    assert not set(out) & GONE
    assert normalise(out) == out  # idempotent
    assert out.encode("utf-8").decode("utf-8") == out
    # nothing else is touched: with the controls taken out, both sides are the same text
    assert [c for c in out if c != "\n"] == [c for c in text if c not in GONE and c != "\n"]


@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Zl", "Zp"))))
def test_text_without_controls_is_kept_exactly(text):
    text = text.replace("\ufffe", "").replace("\uffff", "")
    assert normalise(text) is text


def test_every_text_of_a_post_and_a_campaign_is_normalised_with_its_path():
    post = Post("a\x0bb", [Platform.X], variants={Platform.X: "x\x0cy"}, notes="\x00n")
    normalise_fields(post, "post")
    assert (post.base_text, post.variants, post.notes) == ("a\nb", {Platform.X: "x\ny"}, "n")
    assert post.platforms == [Platform.X]
    import datetime as dt

    campaign = Campaign("c\u2028", dt.date(2026, 1, 1), dt.date(2026, 2, 1), hashtags=["#a\x0b"])
    campaign.messages = [KeyMessage("m"), KeyMessage("m\x0c", "e\ud800")]
    with pytest.raises(TextError) as caught:
        normalise_fields(campaign, "campaign")
    assert caught.value.field == "campaign.messages[1].text_en"
    campaign.messages[1].text_en = "e"
    normalise_fields(campaign, "campaign")
    assert campaign.name == "c\n" and campaign.hashtags == ["#a\n"]
    assert campaign.messages[1].text == "m\n"
