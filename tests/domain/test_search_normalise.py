"""Arabic-aware search normalisation and matching."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.search import matches, normalise

ARABIC_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
TASHKEEL = [chr(c) for c in range(0x064B, 0x0660)] + ["\u0670", "\u0640"]
words = st.text(alphabet=ARABIC_LETTERS + "abcXYZ0123٠١٢٣۴", min_size=1, max_size=8)
texts = st.lists(words, max_size=5).map(" ".join)


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("إعلام", "اعلام"),
        ("أخبار", "اخبار"),
        ("آمنة", "امنه"),
        ("ٱلرحمن", "الرحمن"),
        ("مدرسة", "مدرسه"),
        ("مستشفى", "مستشفي"),
        ("مسؤول", "مسوول"),
        ("شاطئ", "شاطي"),
        ("مُسْقَطُ", "مسقط"),
        ("مـــسقط", "مسقط"),
        ("عام ٢٠٢٦", "2026"),
        ("عام ۲۰۲۶", "2026"),
        ("Muscat Municipality", "MUSCAT"),
        ("Café", "cafe"),
        ("\ufefb", "لا"),  # the lam-alef presentation form
    ],
)
def test_variants_fold_to_the_same_form(written: str, typed: str) -> None:
    """Each spelling an officer may type finds the other one."""
    assert matches(typed, written)
    assert normalise(typed) in normalise(written)


def test_every_query_word_must_occur_in_some_field() -> None:
    """Words may match different fields, but each word must match somewhere."""
    assert matches("حملة إعلام", "حملة النظافة", "الإعلام الرقمي")
    assert not matches("حملة رياضة", "حملة النظافة", "الإعلام الرقمي")
    assert matches("", "anything")
    assert matches("   ")
    assert not matches("x")


def test_distinct_letters_stay_distinct() -> None:
    """Folding does not make unrelated letters equal (ه and ة fold, ت does not)."""
    assert not matches("مدرست", "مدرسة")
    assert not matches("علم", "عالم")


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    """Normalising twice changes nothing more than normalising once, for any Unicode text."""
    once = normalise(text)
    assert normalise(once) == once


@given(st.text())
def test_a_text_always_matches_itself(text: str) -> None:
    """Any text, used as a query, finds itself."""
    assert matches(text, text)


@given(texts, texts, st.data())
def test_diacritics_never_change_matching(query: str, field: str, data: st.DataObject) -> None:
    """Sprinkling tashkeel and tatweel into the query or the field gives the same answer."""

    def sprinkle(text: str) -> str:
        out = []
        for ch in text:
            out.append(ch)
            if ch != " " and data.draw(st.booleans()):
                out.append(data.draw(st.sampled_from(TASHKEEL)))
        return "".join(out)

    expected = matches(query, field)
    assert matches(sprinkle(query), field) == expected
    assert matches(query, sprinkle(field)) == expected
    assert normalise(sprinkle(field)) == normalise(field)
