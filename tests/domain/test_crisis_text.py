"""Filling ready responses: every placeholder filled, or reported and left as written."""

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.crisis_text import Placeholder, fill, known, parse, placeholders

LITERAL = st.text(alphabet=st.characters(blacklist_characters="{}"), max_size=12)
UNKNOWN_NAME = st.text(
    alphabet=st.characters(blacklist_characters="{}\n", blacklist_categories=("Cs",)),
    min_size=1,
    max_size=10,
).filter(lambda n: parse(n) is None)
VALUE = st.text(
    alphabet=st.characters(blacklist_characters="{}", blacklist_categories=("Cs",)),
    min_size=1,
    max_size=12,
).filter(str.strip)
PIECE = st.one_of(
    st.tuples(st.just("text"), LITERAL),
    st.tuples(st.just("known"), st.sampled_from(list(Placeholder))),
    st.tuples(st.just("unknown"), UNKNOWN_NAME),
)


def test_fills_the_arabic_placeholders():
    """{الجهة}, {التاريخ} and {الرابط} are replaced by their values."""
    filled = fill(
        "تنفي {الجهة} ما نُشر في {التاريخ}: {الرابط}",
        {
            Placeholder.INSTITUTION: "بلدية مسقط",
            Placeholder.DATE: "٢٦ نوفمبر",
            Placeholder.LINK: "https://mm.gov.om",
        },
    )
    assert filled.text == "تنفي بلدية مسقط ما نُشر في ٢٦ نوفمبر: https://mm.gov.om"
    assert filled.complete


def test_unknown_placeholder_is_reported_and_kept():
    """A name the program does not know stays in the text, braces and all, and is reported."""
    filled = fill("{الجهة} تعلن {رقم_البلاغ}", {Placeholder.INSTITUTION: "البلدية"})
    assert filled.text == "البلدية تعلن {رقم_البلاغ}"
    assert filled.unknown == ("رقم_البلاغ",)
    assert not filled.complete


def test_known_placeholder_without_value_is_reported_as_missing():
    """A known placeholder given no value (or only spaces) is kept and listed as missing."""
    filled = fill("انظر {الرابط} و{المنصة}", {Placeholder.LINK: "  "})
    assert filled.text == "انظر {الرابط} و{المنصة}"
    assert filled.missing == (Placeholder.LINK, Placeholder.PLATFORM)


def test_spelling_variants_and_english_aliases_are_recognised():
    """Underscores, extra spaces and English names reach the same placeholder."""
    assert parse("الجهة_المختصة") is Placeholder.PARTNER
    assert parse("  الجهة   المختصة ") is Placeholder.PARTNER
    assert parse("Link") is Placeholder.LINK
    assert known("{date} {التاريخ} {x}") == [Placeholder.DATE]


def test_double_braces_write_literal_braces():
    """{{ and }} write a brace and are not placeholders."""
    filled = fill("{{الجهة}} {الجهة}", {Placeholder.INSTITUTION: "س"})
    assert filled.text == "{الجهة} س"
    assert placeholders("{{الجهة}}") == []


@given(st.lists(PIECE, max_size=8), st.dictionaries(st.sampled_from(list(Placeholder)), VALUE))
def test_fill_matches_a_simple_model(pieces, values):
    """Known placeholders with values are replaced, all else is kept verbatim and reported."""
    template = "".join(v if kind == "text" else "{" + v + "}" for kind, v in pieces)
    expected, unknown, missing = [], [], []
    for kind, v in pieces:
        if kind == "text":
            expected.append(v)
        elif kind == "known" and v in values:
            expected.append(values[v])
        else:
            expected.append("{" + v + "}")
            bucket = unknown if kind == "unknown" else missing
            if v not in bucket:
                bucket.append(v)
    filled = fill(template, values)
    assert filled.text == "".join(expected)
    assert list(filled.unknown) == unknown
    assert list(filled.missing) == missing


@given(LITERAL)
def test_text_without_braces_is_unchanged(text):
    """A response with no placeholder comes out exactly as it went in."""
    assert fill(text, {}).text == text


@given(st.dictionaries(st.sampled_from(list(Placeholder)), st.text(max_size=20)))
def test_values_are_not_filled_again(values):
    """A value that itself looks like a placeholder is inserted as it is, never expanded."""
    filled = fill("{الموضوع}", {**values, Placeholder.TOPIC: "{الرابط}"})
    assert filled.text == "{الرابط}"
