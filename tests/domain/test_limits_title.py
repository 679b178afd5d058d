"""YouTube's title: the first line of the text, checked on its own against 100 characters."""

from __future__ import annotations

import pytest

from planner.domain.limits import (
    LimitCode,
    LimitIssue,
    TextPart,
    check_parts,
    has_title,
    split_title,
    text_parts,
)
from planner.domain.model import Platform


@pytest.mark.parametrize(
    ("text", "title", "description"),
    [
        ("عنوان الفيديو\nالوصف هنا", "عنوان الفيديو", "الوصف هنا"),
        ("\n\n  عنوان  \n\n\nسطر أول\nسطر ثان\n", "عنوان", "سطر أول\nسطر ثان"),
        ("Muscat 2040 #مسقط", "Muscat 2040 #مسقط", ""),
        ("", "", ""),
        ("   \n  ", "", ""),
    ],
)
def test_split_title(text: str, title: str, description: str) -> None:
    """The first non-blank line is the title; the lines after it, trimmed, the description."""
    assert split_title(text) == (title, description)


def test_only_youtube_has_a_title() -> None:
    """The limits table gives YouTube (alone) a title row, so only its text is split."""
    assert [p for p in Platform if has_title(p)] == [Platform.YOUTUBE]
    assert text_parts("سطر\nآخر", Platform.X) == {TextPart.BODY: "سطر\nآخر"}
    assert text_parts("سطر\nآخر", Platform.YOUTUBE) == {TextPart.TITLE: "سطر", TextPart.BODY: "آخر"}


def test_a_title_of_101_characters_breaks_the_title_limit_only() -> None:
    """101 Arabic letters on the first line: the title is too long, the description fits."""
    issues = check_parts("ع" * 101 + "\n" + "وصف " * 100, Platform.YOUTUBE)
    assert issues == {TextPart.TITLE: [LimitIssue(LimitCode.TOO_LONG, 100, 101)], TextPart.BODY: []}


def test_a_title_of_exactly_100_fits_and_the_description_has_its_own_5000() -> None:
    """100 characters fit the title; 5,001 after it break the description's limit."""
    issues = check_parts("T" * 100 + "\n" + "d" * 5001, Platform.YOUTUBE)
    assert issues == {
        TextPart.TITLE: [],
        TextPart.BODY: [LimitIssue(LimitCode.TOO_LONG, 5000, 5001)],
    }


def test_a_long_one_line_text_is_all_title() -> None:
    """A single 150-character paragraph (written for X) makes a title too long for YouTube."""
    issues = check_parts("ن" * 150, Platform.YOUTUBE)
    assert issues[TextPart.TITLE] == [LimitIssue(LimitCode.TOO_LONG, 100, 150)]


def test_angle_brackets_in_the_title_are_refused() -> None:
    """'<' and '>' are refused in the title as in the description."""
    issues = check_parts("عرض <جديد>\nوصف", Platform.YOUTUBE)
    assert issues[TextPart.TITLE] == [LimitIssue(LimitCode.FORBIDDEN_CHARACTERS, 0, 2)]
    assert issues[TextPart.BODY] == []


def test_other_platforms_check_the_whole_text_as_body() -> None:
    """X keeps one part, the whole text, counted its own way."""
    assert check_parts("أ" * 281, Platform.X) == {
        TextPart.BODY: [LimitIssue(LimitCode.TOO_LONG, 280, 281)]
    }
