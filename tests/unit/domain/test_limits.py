"""The table of text limits (domain.limits) equals the maxLength values of the file's schema."""

from __future__ import annotations

import json
from typing import Any

from workshop_app.domain.collections import COLLECTIONS
from workshop_app.domain.limits import TEXT_LIMITS, over_limit_message, text_limit
from workshop_app.domain.model import IndicatorSource, MethodRef, Workshop
from workshop_app.domain.resources import resources_dir

SCHEMAS = {
    version: json.loads((resources_dir() / "schema" / name).read_text(encoding="utf-8"))
    for version, name in ((1, "workshop-file.schema.json"), (2, "workshop-file-v2.schema.json"))
}
SCHEMA = SCHEMAS[1]
ID_REF = "#/$defs/id"


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if ref is None:
        return node
    return _resolve(SCHEMA["$defs"][ref.rsplit("/", 1)[1]])


def _limits_of(item_type: type, properties: dict[str, Any], found: dict) -> None:
    nested = {"method": MethodRef, "sources": IndicatorSource}
    for field, node in properties.items():
        if node.get("$ref") == ID_REF:
            continue  # ids: checked by their pattern
        resolved = _resolve(node)
        if "maxLength" in resolved:
            found.setdefault(item_type, {})[field] = resolved["maxLength"]
        elif field in nested:
            inner = resolved.get("items", resolved)
            _limits_of(nested[field], inner["properties"], found)
        elif resolved.get("type") == "array" and field in COLLECTIONS:
            _limits_of(COLLECTIONS[field].item_type, resolved["items"]["properties"], found)


def test_the_table_equals_the_schema() -> None:
    """Version 1's limits are all in the table; every limit of the table is version 2's."""
    found: dict[type, dict[str, int]] = {}
    _limits_of(Workshop, SCHEMA["$defs"]["workshop"]["properties"], found)
    found_v2: dict[type, dict[str, int]] = {}
    _limits_of(Workshop, SCHEMAS[2]["$defs"]["workshop"]["properties"], found_v2)
    for item_type, limits in found.items():
        assert limits.items() <= TEXT_LIMITS[item_type].items()
    for item_type, limits in TEXT_LIMITS.items():
        assert limits.items() <= found_v2[item_type].items()


def test_lookup_and_message() -> None:
    assert text_limit(Workshop, "title") == 200
    assert text_limit(Workshop, "language") is None
    assert over_limit_message("Cause.description", 20_001, 20_000) == (
        "Cause.description: 20 001 characters is more than the 20 000 allowed"
    )
