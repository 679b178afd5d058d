"""Reading campaign files: what is not a campaign file, and what a minimal one may omit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.domain.model import PostStatus
from planner.storage.exchange import (
    ExchangeCode,
    ExchangeError,
    import_campaign,
    read_campaign_file,
)
from planner.storage.workspace import Workspace
from tests.storage.exchange_cases import known_data, write


@pytest.mark.parametrize(
    ("text", "code", "field"),
    [
        (b"", ExchangeCode.NOT_JSON, ""),
        (b'{"format": ', ExchangeCode.NOT_JSON, ""),
        (b"\xff\xfe{}", ExchangeCode.NOT_JSON, ""),
        (b"[]", ExchangeCode.WRONG_TYPE, ""),
        (b'{"format": "campaign-planner/campaign", "version": NaN}', ExchangeCode.NOT_JSON, ""),
        (
            b'{"format": "campaign-planner/campaign", "version": 1, "version": 1, "campaign": {}}',
            ExchangeCode.DUPLICATE_KEY,
            "version",
        ),
        (
            b'{"format": "campaign-planner/campaign", "version": 99, "campaign": 1}',
            ExchangeCode.NEWER_VERSION,
            "version",
        ),
    ],
)
def test_files_that_are_not_campaign_files(
    tmp_path: Path, text: bytes, code: ExchangeCode, field: str
) -> None:
    """Broken JSON, other JSON, repeated keys and newer versions are refused with a code."""
    path = tmp_path / "f.json"
    path.write_bytes(text)
    with pytest.raises(ExchangeError) as caught:
        read_campaign_file(path)
    assert (caught.value.code, caught.value.field) == (code, field)


def test_a_repeated_key_deep_inside_is_named(tmp_path: Path) -> None:
    """A key written twice is refused at its own path, not silently merged."""
    data = known_data(tmp_path)
    text = json.dumps(data, ensure_ascii=False).replace('"goal": ""', '"goal": "", "goal": "x"', 1)
    path = tmp_path / "c.json"
    path.write_text(text, "utf-8")
    with pytest.raises(ExchangeError) as caught:
        read_campaign_file(path)
    assert (caught.value.code, caught.value.field) == (
        ExchangeCode.DUPLICATE_KEY,
        "campaign.phases[0].goal",
    )


def test_missing_large_and_bom_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A missing file is unreadable, an oversized one too large; a UTF-8 BOM is accepted."""
    data = known_data(tmp_path)
    with pytest.raises(ExchangeError) as caught:
        read_campaign_file(tmp_path / "none.json")
    assert caught.value.code is ExchangeCode.UNREADABLE
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(data).encode())
    assert read_campaign_file(path).campaign.name == data["campaign"]["name"]
    monkeypatch.setattr("planner.storage.exchange.MAX_FILE_BYTES", 100)
    with pytest.raises(ExchangeError) as caught:
        read_campaign_file(path)
    assert caught.value.code is ExchangeCode.TOO_LARGE


def test_optional_keys_take_their_defaults(tmp_path: Path, empty_workspace: Workspace) -> None:
    """A minimal hand-written file imports, every optional key at its documented default."""
    path = write(
        tmp_path,
        {
            "format": "campaign-planner/campaign",
            "version": 1,
            "campaign": {
                "name": "حملة يدوية",
                "type": "event",
                "status": "draft",
                "start": "2026-03-01",
                "end": "2026-03-10",
            },
            "posts": [{"platforms": ["x"]}],
        },
    )
    cid = import_campaign(empty_workspace, read_campaign_file(path))
    c = empty_workspace.campaigns.get(cid)
    assert (c.name, c.colour, c.hashtags, c.objectives) == ("حملة يدوية", "#1f6f8b", [], [])
    [post] = empty_workspace.posts.for_campaign(cid)
    assert (post.status, post.scheduled_at, post.base_text) == (PostStatus.DRAFT, None, "")
