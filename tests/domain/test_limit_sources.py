"""The limits table: every limit names its source and check date; the loader refuses one that
does not; Instagram's five hashtags."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from planner.domain.limits import (
    DEFAULT_LIMITS_PATH,
    LIMIT_FIELDS,
    CountUnit,
    LimitCode,
    LimitIssue,
    SourceKind,
    TextPart,
    check,
    default_limits,
    load_limits,
    remaining,
)
from planner.domain.model import ContentType, Platform
from planner.domain.xtext import TWITTER_TEXT_V3

ROWS: list[dict[str, Any]] = json.loads(DEFAULT_LIMITS_PATH.read_text(encoding="utf-8"))["limits"]


@pytest.mark.parametrize(
    ("row", "field"),
    [
        pytest.param(row, field, id=f"{row['platform']}-{row.get('part', 'body')}-{field}")
        for row in ROWS
        for field in LIMIT_FIELDS
        if row.get(field) not in (None, "")
    ],
)
def test_every_bundled_limit_has_a_source_and_a_date(row: dict[str, Any], field: str) -> None:
    """Each limit in resources/platform_limits.json names where it comes from, the day it was
    checked, how firm it is and, unless the platform documents it, why it is not settled."""
    source = row["sources"][field]
    assert len(source["source"].strip()) > 20
    checked = dt.date.fromisoformat(source["checked"])
    assert dt.date(2026, 1, 1) <= checked <= dt.date.today()
    kind = SourceKind(source["kind"])
    if kind is not SourceKind.DOCUMENTED:
        assert len(source.get("why", "").strip()) > 20


def test_no_limit_is_left_to_verify_without_a_reason() -> None:
    """No row carries a bare 'verify'; doubt is said in a source's kind and its reason."""
    for row in ROWS:
        assert "verify" not in row.get("note", "").lower(), row["platform"]
        assert set(row["sources"]) <= set(LIMIT_FIELDS)


def test_every_platform_has_a_body_limit() -> None:
    """Every platform has a body limit; X's is twitter-text v3's 280, YouTube's title 100."""
    table = default_limits()
    for platform in Platform:
        limit = table.find(platform)
        assert limit is not None and limit.max_length > 0, platform
        assert limit.sources and all(s.source and s.checked for s in limit.sources)
    x = table.find(Platform.X)
    assert x is not None and x.unit is CountUnit.X_WEIGHTED
    assert x.max_length == TWITTER_TEXT_V3.max_weighted_length
    youtube_title = table.find(Platform.YOUTUBE, TextPart.TITLE)
    assert youtube_title is not None and youtube_title.max_length == 100


def test_instagram_allows_five_hashtags_and_twenty_mentions() -> None:
    """Instagram's cap since December 2025: 5 hashtags; 20 mentions; one more of each is
    reported."""
    ok = " ".join(f"#وسم{i}" for i in range(5)) + " " + " ".join(f"@a{i}" for i in range(20))
    assert check(ok, Platform.INSTAGRAM) == []
    over = ok + " #زيادة @b"
    assert check(over, Platform.INSTAGRAM) == [
        LimitIssue(LimitCode.TOO_MANY_HASHTAGS, 5, 6),
        LimitIssue(LimitCode.TOO_MANY_MENTIONS, 20, 21),
    ]
    instagram = default_limits().find(Platform.INSTAGRAM)
    assert instagram is not None
    hashtag_source = next(s for s in instagram.sources if s.field == "max_hashtags")
    assert hashtag_source.kind is SourceKind.ANNOUNCED
    assert hashtag_source.checked >= dt.date(2025, 12, 18)


def _write_table(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text(json.dumps({"limits": rows}), encoding="utf-8")
    return path


SOURCE = {"source": "a page", "checked": "2026-11-26", "kind": "documented"}


def test_table_loaded_from_a_path_prefers_the_content_type_row(tmp_path: Path) -> None:
    """A row naming a content type wins over the general row of the same platform."""
    base = {"platform": "tiktok", "unit": "code_points", "sources": {"max_length": SOURCE}}
    table = load_limits(
        _write_table(
            tmp_path / "t.json",
            [
                {**base, "max_length": 10},
                {**base, "max_length": 5, "content_types": ["image", "carousel"]},
            ],
        )
    )
    assert check("abcdefg", Platform.TIKTOK, table=table) == []
    assert check("abcdefg", Platform.TIKTOK, ContentType.IMAGE, table=table) == [
        LimitIssue(LimitCode.TOO_LONG, 5, 7)
    ]
    assert check("abcdefg", Platform.X, table=table) == []  # no row: nothing to report
    assert remaining("abc", Platform.X, table=table) is None


@pytest.mark.parametrize(
    ("sources", "error"),
    [
        ({}, ValueError),  # the length has no source
        ({"max_length": SOURCE}, ValueError),  # the hashtag cap has none
        ({"max_length": SOURCE, "max_hashtags": {**SOURCE, "checked": ""}}, ValueError),
        ({"max_length": SOURCE, "max_hashtags": {**SOURCE, "source": " "}}, ValueError),
        ({"max_length": SOURCE, "max_hashtags": {"source": "s", "kind": "documented"}}, KeyError),
        ({"max_length": SOURCE, "max_hashtags": {**SOURCE, "kind": "reported"}}, ValueError),
        ({"max_length": SOURCE, "max_hashtags": {**SOURCE, "kind": "rumour"}}, ValueError),
    ],
)
def test_a_limit_without_source_date_or_reason_is_refused(
    tmp_path: Path, sources: dict[str, object], error: type[Exception]
) -> None:
    """The loader refuses a row with a limit lacking its source, its date, a known kind, or
    (when not documented) the reason why."""
    row = {
        "platform": "instagram",
        "unit": "code_points",
        "max_length": 2200,
        "max_hashtags": 5,
        "sources": sources,
    }
    with pytest.raises(error):
        load_limits(_write_table(tmp_path / "bad.json", [row]))


def test_a_reported_limit_with_its_reason_loads(tmp_path: Path) -> None:
    """A limit only secondary reports give is accepted when it says why."""
    reported = {**SOURCE, "kind": "reported", "why": "the platform publishes no figure"}
    row = {"platform": "snapchat", "unit": "code_points", "max_length": 250}
    table = load_limits(
        _write_table(tmp_path / "ok.json", [{**row, "sources": {"max_length": reported}}])
    )
    limit = table.find(Platform.SNAPCHAT)
    assert limit is not None and limit.sources[0].why == "the platform publishes no figure"
