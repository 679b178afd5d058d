"""English names in English, Arabic names otherwise and whenever no English name is given."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.identity import BrandKit
from planner.domain.model import Campaign, KeyMessage
from planner.domain.names import display_name, in_language

START, END = dt.date(2026, 11, 1), dt.date(2026, 11, 30)


def test_a_campaign_goes_by_its_english_name_in_english():
    """The English interface and PDF use name_en; the Arabic ones the Arabic name."""
    c = Campaign("حملة النظافة", START, END, name_en="Clean City")
    assert display_name(c, "en") == "Clean City"
    assert display_name(c, "ar") == "حملة النظافة"


def test_without_an_english_name_english_falls_back_to_arabic():
    """No English name (or only spaces): the Arabic one, never a blank."""
    assert display_name(Campaign("حملة", START, END), "en") == "حملة"
    assert display_name(Campaign("حملة", START, END, name_en="  "), "en") == "حملة"


def test_key_messages_and_kits_follow_the_same_rule():
    """A key message's English text, a brand kit's English name."""
    m = KeyMessage("النظافة مسؤولية الجميع", "Cleanliness is everyone's responsibility")
    assert display_name(m, "en") == "Cleanliness is everyone's responsibility"
    assert display_name(m, "ar") == "النظافة مسؤولية الجميع"
    assert display_name(BrandKit("الهوية", name_en="Identity"), "en") == "Identity"


@given(st.text(min_size=1), st.text(), st.sampled_from(["ar", "en"]))
def test_the_name_shown_is_one_of_the_two_and_never_blank(arabic, english, lang):
    """Whatever is typed, the result is the Arabic name or the English one, and English is
    shown only in English."""
    shown = in_language(arabic, english, lang)
    assert shown in (arabic, english.strip())
    if lang == "ar":
        assert shown == arabic
