"""The one bidi rule: which runs are isolated, in which direction, and what it never changes."""

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.bidi import LRI, PDI, RLI, direction, marked, shown, unmarked


def test_a_paragraph_takes_the_direction_of_its_first_strong_letter():
    """Digits and punctuation do not decide; what sits inside an isolate is skipped."""
    assert direction("2026 — مسقط") == "rtl"
    assert direction("@MuscatMun على") == "ltr"
    assert direction(f"{LRI}Muscat{PDI} مسقط") == "rtl"
    assert direction("١٢٣ 456 !") is None


def test_handles_tags_and_links_inside_arabic_are_isolated_whole():
    """ "@" and "#" stay with their word, the Arabic comma and full stop stay outside."""
    text = "تابعونا على @MuscatMun، وشاركوا #Sustainability."
    assert shown(text) == (
        f"{RLI}تابعونا على {LRI}@MuscatMun{PDI}، وشاركوا {LRI}#Sustainability{PDI}.{PDI}"
    )
    assert shown("https://www.mm.gov.om/") == f"{LRI}https://www.mm.gov.om/{PDI}"


def test_an_english_sentence_keeps_its_full_stop_and_a_number_its_unit():
    assert shown("ضعوا العلب Put cans in the blue bin. ثم") == (
        f"{RLI}ضعوا العلب {LRI}Put cans in the blue bin.{PDI} ثم{PDI}"
    )
    assert shown("المسافة 25 km فقط") == f"{RLI}المسافة {LRI}25 km{PDI} فقط{PDI}"


def test_arabic_inside_english_is_isolated_right_to_left():
    assert shown("Our slogan: مسقط أجمل.") == f"{LRI}Our slogan: {RLI}مسقط أجمل{PDI}.{PDI}"


def test_every_line_is_a_paragraph_of_its_own():
    """An English line of an Arabic post is left to right, its full stop at its end."""
    assert shown("ضعوا العلب هنا.\nin the blue bin.") == (
        f"{RLI}ضعوا العلب هنا.{PDI}\n{LRI}in the blue bin.{PDI}"
    )


def test_text_without_letters_is_left_alone():
    assert shown("١٢٣ / 456") == "١٢٣ / 456"
    assert shown("") == ""


def test_marks_typed_by_the_officer_stay_inside_the_isolate():
    """An unclosed embedding pasted from Word cannot leak past the text's own isolate."""
    text = "\u202bنص بلا إغلاق"
    out = shown(text)
    assert out.startswith(RLI) and out.endswith(PDI) and text in out


@given(st.text())
def test_shown_only_adds_isolates_and_keeps_them_balanced(text):
    """Display never changes what was typed: removing the isolates gives it back."""
    out = shown(text)
    if not any(ch in text for ch in LRI + RLI + "\u2068" + PDI):
        assert unmarked(out) == text
        depth = 0
        for ch in out:
            depth += ch in (LRI, RLI)
            depth -= ch == PDI
            assert depth >= 0
        assert depth == 0


def test_brackets_opened_inside_a_run_close_inside_it():
    """ "Expats (EN)" keeps its closing bracket; brackets around a run follow the line."""
    assert shown("شريحة Expats (EN)") == f"{RLI}شريحة {LRI}Expats (EN){PDI}{PDI}"
    assert shown("تابعونا (@MuscatMun)") == f"{RLI}تابعونا ({LRI}@MuscatMun{PDI}){PDI}"


def test_a_label_s_first_line_is_marked_not_isolated():
    """Qt reads a label's direction from its first strong letter outside isolates: the first
    line starts with its direction's mark; the lines after it are isolated."""
    assert marked("Clean Muscat.") == "\u200eClean Muscat."
    assert marked("على @MuscatMun.\nIn the bin.") == (
        f"\u200fعلى {LRI}@MuscatMun{PDI}.\n{LRI}In the bin.{PDI}"
    )
