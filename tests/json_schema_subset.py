"""A tiny JSON Schema checker for the keywords resources/campaign.schema.json uses.

The `jsonschema` package is not a dependency of the program; tests use it when it is
installed and fall back to this, so the schema is always checked against real files.
"""

from __future__ import annotations

import re
from typing import Any

SUPPORTED = {
    "$schema",
    "$id",
    "$defs",
    "$ref",
    "title",
    "description",
    "type",
    "const",
    "enum",
    "required",
    "properties",
    "additionalProperties",
    "propertyNames",
    "items",
    "uniqueItems",
    "maxItems",
    "minLength",
    "pattern",
    "minimum",
    "maximum",
    "anyOf",
}
_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "null": lambda v: v is None,
}


def keywords(schema: Any) -> set[str]:
    """Every keyword used anywhere in `schema` (property names excluded)."""
    found: set[str] = set()
    if isinstance(schema, dict):
        for key, value in schema.items():
            found.add(key)
            if key in ("properties", "$defs"):
                for sub in value.values():
                    found |= keywords(sub)
            elif isinstance(value, dict | list):
                found |= keywords(value)
    elif isinstance(schema, list):
        for item in schema:
            found |= keywords(item)
    return found


def errors(
    value: Any, schema: dict[str, Any], root: dict[str, Any] | None = None, path: str = ""
) -> list[str]:
    """The paths where `value` breaks `schema` (empty when it is valid)."""
    root = root or schema
    if "$ref" in schema:
        schema = root["$defs"][schema["$ref"].removeprefix("#/$defs/")]
    out: list[str] = []
    if "type" in schema and not _TYPES[schema["type"]](value):
        return [path]
    if "const" in schema and value != schema["const"]:
        out.append(path)
    if "enum" in schema and value not in schema["enum"]:
        out.append(path)
    if "anyOf" in schema and all(errors(value, s, root, path) for s in schema["anyOf"]):
        out.append(path)
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            out.append(path)
        if "pattern" in schema and not re.search(schema["pattern"], value):
            out.append(path)
    if (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and not schema.get("minimum", value) <= value <= schema.get("maximum", value)
    ):
        out.append(path)
    if isinstance(value, list):
        if len(value) > schema.get("maxItems", len(value)):
            out.append(path)
        if schema.get("uniqueItems") and len({repr(v) for v in value}) < len(value):
            out.append(path)
        for i, item in enumerate(value):
            if "items" in schema:
                out += errors(item, schema["items"], root, f"{path}[{i}]")
    if isinstance(value, dict):
        props = schema.get("properties", {})
        out += [f"{path}.{k}" for k in schema.get("required", []) if k not in value]
        for key, item in value.items():
            where = f"{path}.{key}" if path else key
            if "propertyNames" in schema:
                out += errors(key, schema["propertyNames"], root, where)
            if key in props:
                out += errors(item, props[key], root, where)
            elif schema.get("additionalProperties") is False:
                out.append(where)
            elif isinstance(schema.get("additionalProperties"), dict):
                out += errors(item, schema["additionalProperties"], root, where)
    return out
