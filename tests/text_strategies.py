"""Hypothesis texts over every character class a post meets, for the text rule and exports."""

from __future__ import annotations

from hypothesis import strategies as st

CONTROLS = [chr(c) for c in range(0x20)] + [chr(c) for c in range(0x7F, 0xA0)]
SEPARATORS = ["\u2028", "\u2029", "\ufffe", "\uffff"]
BIDI = ["\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202e", "\u2066", "\u2067"]
EMOJI = ["\u2069", "\u200d", "\ufe0f", "\U0001f44d\U0001f3fd", "🇴🇲", "👨\u200d👩\u200d👧"]
# Controls, separators, bidi marks and isolates, emoji with joiners and skin tones, Arabic with
# tashkeel and Arabic-Indic digits, formula starters, and every other valid code point.
PIECES = st.one_of(
    st.sampled_from(CONTROLS + SEPARATORS),
    st.sampled_from(BIDI + EMOJI),
    st.characters(codec="utf-8"),  # surrogates excluded: they are refused, never stored
    st.sampled_from(["مرحبًا", "بكم", "٠١٢٣", "=", "+", "-", "@", " ", "\t", "\n", "ABC"]),
)
TEXTS = st.lists(PIECES, max_size=30).map("".join)
