"""The campaign file's JSON Schema agrees with the documentation and with the reader."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from planner.domain.model import (
    CampaignStatus,
    CampaignType,
    ContentType,
    Metric,
    Platform,
    PostStatus,
)
from planner.paths import resource
from planner.storage.exchange import ExchangeCode, ExchangeError, export_campaign
from planner.storage.exchange_reader import bundle_from_dict
from planner.storage.workspace import Workspace
from tests import json_schema_subset
from tests.storage.exchange_cases import BAD_FIELDS, add_known_campaign

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads(resource("campaign.schema.json").read_text("utf-8"))
DOC = (ROOT / "docs" / "exchange-format.md").read_text("utf-8")


def schema_errors(data: Any) -> list[str]:
    """Where `data` breaks the schema: with jsonschema when installed, else our subset."""
    try:
        import jsonschema
    except ImportError:
        return json_schema_subset.errors(data, SCHEMA)
    validator = jsonschema.Draft202012Validator(SCHEMA)
    return [e.json_path for e in validator.iter_errors(data)]


def property_names(schema: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key == "properties":
                found |= set(value)
            found |= property_names(value)
    elif isinstance(schema, list):
        for item in schema:
            found |= property_names(item)
    return found


@pytest.fixture
def exported(tmp_path: Path) -> dict[str, Any]:
    ws = Workspace.create(tmp_path / "w.planner")
    try:
        return export_campaign(ws, add_known_campaign(ws))
    finally:
        ws.close()


def test_the_fallback_checker_knows_every_keyword_of_the_schema() -> None:
    """Without jsonschema the schema is still checked, by a checker that knows its keywords."""
    assert json_schema_subset.keywords(SCHEMA) <= json_schema_subset.SUPPORTED


def test_exported_files_validate_against_the_schema(
    exported: dict[str, Any], workspace: Workspace
) -> None:
    """The known campaign and every sample campaign, exported, match the schema."""
    assert schema_errors(exported) == []
    for summary in workspace.campaigns.summaries():
        assert schema_errors(export_campaign(workspace, summary.id)) == []


def test_every_key_and_code_is_documented() -> None:
    """Each key of the schema and each error code is named in docs/exchange-format.md."""
    documented = set(re.findall(r"`([a-z_0-9]+)`", DOC))
    assert property_names(SCHEMA) - documented == set()
    assert {c.value for c in ExchangeCode} - documented == set()


def test_the_schema_names_the_same_values_as_the_program(exported: dict[str, Any]) -> None:
    """The schema's format, version and enumerations are exactly the program's."""
    assert exported["version"] in SCHEMA["properties"]["version"]["enum"]
    assert SCHEMA["properties"]["format"]["const"] == exported["format"]
    defs, campaign = SCHEMA["$defs"], SCHEMA["$defs"]["campaign"]["properties"]
    post = defs["post"]["properties"]
    for schema_enum, kind in [
        (defs["platform"], Platform),
        (campaign["type"], CampaignType),
        (campaign["status"], CampaignStatus),
        (defs["kpi"]["properties"]["metric"], Metric),
        (post["status"], PostStatus),
        (post["content_type"], ContentType),
    ]:
        assert schema_enum["enum"] == [k.value for k in kind]


# What a schema cannot say: references, uniqueness by content, the plan's rules, real days.
SHAPE_MISTAKES = [
    c
    for c in BAD_FIELDS
    if c[1]
    not in (ExchangeCode.UNKNOWN_REFERENCE, ExchangeCode.INVALID_CAMPAIGN, ExchangeCode.DUPLICATE)
    and c[2] != "campaign.start"
]  # 2026-02-30 matches the date pattern


@pytest.mark.parametrize("case", SHAPE_MISTAKES, ids=lambda c: f"{c[1].value}@{c[2]}")
def test_the_schema_refuses_what_the_reader_refuses(
    case: tuple[Any, ...], exported: dict[str, Any]
) -> None:
    """Mistakes of shape (types, keys, enums, ranges, patterns) break the schema as well."""
    change = case[0]
    data = json.loads(json.dumps(exported))
    change(data)
    with pytest.raises(ExchangeError):
        bundle_from_dict(data)
    assert schema_errors(data) != []
