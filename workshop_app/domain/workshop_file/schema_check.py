"""A small interpreter for the JSON-Schema subset that workshop-file.schema.json uses."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeGuard, cast

from workshop_app.domain.errors import WorkshopFileError
from workshop_app.domain.resources import resource_path
from workshop_app.domain.workshop_file.places import Path, place_of, quoted
from workshop_app.domain.workshop_file.string_formats import (
    compiled_pattern,
    is_date,
    is_date_time,
)

Schema = Mapping[str, Any]

# Keywords the interpreter understands; a schema using any other one is refused when loaded,
# so a later schema change cannot silently go unchecked.
_APPLIED = {
    "$ref", "anyOf", "type", "const", "enum", "required", "properties", "additionalProperties",
    "items", "maxItems", "uniqueItems", "minLength", "maxLength", "pattern", "minimum", "maximum",
    "format",
}  # fmt: skip
_ANNOTATIONS = {"$schema", "$id", "$defs", "title", "description"}
_FORMATS = {"date", "date-time"}

# I-JSON (RFC 7493): integers beyond ±(2^53 − 1) do not survive other JSON tools or a 64-bit
# database column, so every number in a workshop file must stay within that range.
MAX_SAFE_INTEGER = 2**53 - 1

_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class SchemaError:
    """The first place where a document breaks the schema, and why."""

    path: Path
    message: str

    def to_exception(self) -> WorkshopFileError:
        return WorkshopFileError(self.message, place_of(self.path))


class _Invalid(Exception):
    """Carries a ``SchemaError`` out of the recursion (only ever raised and caught here)."""

    def __init__(self, error: SchemaError) -> None:
        super().__init__(error.message)
        self.error = error


# Shipped schema of each format version this app reads (version 1 is kept for reading).
SCHEMA_FILES: dict[int, str] = {
    1: "workshop-file.schema.json",
    2: "workshop-file-v2.schema.json",
}
NEWEST_VERSION = max(SCHEMA_FILES)


@cache
def workshop_schema(version: int = NEWEST_VERSION) -> Schema:
    """The shipped schema of ``version``, read once and checked for unsupported keywords."""
    schema = json.loads(resource_path("schema", SCHEMA_FILES[version]).read_text("utf-8"))
    check_supported_keywords(schema)
    return cast(Schema, schema)


def schema_of(document: object) -> Schema:
    """The schema of the version the document declares; the newest for anything else."""
    declared = document.get("format_version") if isinstance(document, dict) else None
    for version in SCHEMA_FILES:
        if json_equal(declared, version):
            return workshop_schema(version)
    return workshop_schema()


def find_schema_error(document: object, schema: Schema | None = None) -> SchemaError | None:
    """The first error of ``document`` against ``schema`` (default: that of its version)."""
    root = schema_of(document) if schema is None else schema
    try:
        _validate(document, root, (), root)
    except _Invalid as invalid:
        return invalid.error
    return None


def check_schema(document: object, schema: Schema | None = None) -> None:
    """Raise ``WorkshopFileError`` naming the place of the first schema error, if any."""
    error = find_schema_error(document, schema)
    if error is not None:
        raise error.to_exception()


def check_supported_keywords(schema: object) -> None:
    """Raise ``ValueError`` if ``schema`` uses a keyword or format this interpreter lacks."""
    if isinstance(schema, list):
        for part in schema:
            check_supported_keywords(part)
        return
    if not isinstance(schema, dict):
        return
    for keyword, value in schema.items():
        if keyword in ("properties", "$defs"):
            for sub in value.values():
                check_supported_keywords(sub)
        elif keyword in ("const", "enum"):
            continue
        elif keyword not in _APPLIED | _ANNOTATIONS:
            raise ValueError(f"schema keyword {keyword!r} is not supported")
        elif keyword == "format" and value not in _FORMATS:
            raise ValueError(f"schema format {value!r} is not supported")
        else:
            check_supported_keywords(value)


def _fail(path: Path, message: str) -> _Invalid:
    return _Invalid(SchemaError(path, message))


def _json_type(value: object) -> str:
    # bool before int: in Python True is an int, in JSON it is not a number.
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "integer" if value.is_integer() else "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _has_type(value: object, wanted: str) -> bool:
    actual = _json_type(value)
    # JSON Schema 2020-12: a number with a zero fractional part (1.0) is an integer.
    return actual == wanted or (wanted == "number" and actual == "integer")


def json_equal(a: object, b: object) -> bool:
    """Equality as JSON Schema means it: 1 == 1.0, but true ≠ 1 and false ≠ 0."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a == b
    return type(a) is type(b) and a == b


def _resolve(ref: str, root: Schema) -> Schema:
    if not ref.startswith("#/"):
        raise ValueError(f"only local $ref is supported, not {ref!r}")
    target: Any = root
    for token in ref[2:].split("/"):
        target = target[token.replace("~1", "/").replace("~0", "~")]
    return cast(Schema, target)


def _validate(value: object, schema: Schema, path: Path, root: Schema) -> None:
    if "$ref" in schema:
        _validate(value, _resolve(schema["$ref"], root), path, root)
    if "anyOf" in schema:
        _check_any_of(value, schema["anyOf"], path, root)
    if isinstance(value, float) and not math.isfinite(value):
        raise _fail(path, "NaN and Infinity are not valid JSON numbers")
    if "type" in schema:
        wanted = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_has_type(value, t) for t in wanted):
            raise _fail(path, f"expected {' or '.join(wanted)}, got {_json_type(value)}")
    if "const" in schema and not json_equal(value, schema["const"]):
        raise _fail(path, f"must be {quoted(schema['const'])} (got {quoted(value)})")
    if "enum" in schema and not any(json_equal(value, v) for v in schema["enum"]):
        allowed = ", ".join(quoted(v) for v in schema["enum"])
        raise _fail(path, f"must be one of {allowed} (got {quoted(value)})")
    if isinstance(value, str):
        _check_string(value, schema, path)
    elif _is_number(value):
        _check_number(value, schema, path)
    elif isinstance(value, list):
        _check_array(value, schema, path, root)
    elif isinstance(value, dict):
        _check_object(value, schema, path, root)


def _check_any_of(value: object, options: list[Schema], path: Path, root: Schema) -> None:
    errors: list[SchemaError] = []
    for option in options:
        try:
            _validate(value, option, path, root)
        except _Invalid as invalid:
            errors.append(invalid.error)
        else:
            return
    # The most helpful error is the one of an option of the value's own type ("a b" is a string,
    # so the id pattern's complaint); otherwise list what would have been accepted.
    kinds = [_accepted_types(option, root) for option in options]
    for error, option_kinds in zip(errors, kinds, strict=True):
        if any(_has_type(value, kind) for kind in option_kinds):
            raise _Invalid(error)
    accepted = " or ".join(dict.fromkeys(kind for option in kinds for kind in option))
    raise _fail(path, f"expected {accepted or 'another value'}, got {_json_type(value)}")


def _accepted_types(schema: Schema, root: Schema) -> list[str]:
    if "$ref" in schema:
        return _accepted_types(_resolve(schema["$ref"], root), root)
    if "type" in schema:
        return schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    values = schema.get("enum", [schema["const"]] if "const" in schema else [])
    return list(dict.fromkeys(_json_type(v) for v in values))


def _check_string(value: str, schema: Schema, path: Path) -> None:
    # Lengths first: a regular expression never runs on a string longer than the schema allows.
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        limit = schema["maxLength"]
        raise _fail(path, f"is longer than {limit} characters ({len(value)} given)")
    if "minLength" in schema and len(value) < schema["minLength"]:
        if schema["minLength"] == 1:
            raise _fail(path, "must not be empty")
        raise _fail(path, f"is shorter than {schema['minLength']} characters")
    # A lone surrogate (possible through a "\ud800" escape) cannot be written as UTF-8 again.
    if _SURROGATE.search(value):
        raise _fail(path, f"contains an unpaired UTF-16 surrogate: {quoted(value)}")
    if "pattern" in schema and not compiled_pattern(schema["pattern"]).search(value):
        raise _fail(path, f"{quoted(value)} does not match the pattern {schema['pattern']}")
    checker = {"date": is_date, "date-time": is_date_time}.get(schema.get("format", ""))
    if checker is not None and not checker(value):
        example = "2026-09-01" if schema["format"] == "date" else "2026-09-01T09:00:00+02:00"
        raise _fail(path, f"{quoted(value)} is not a valid {schema['format']} (like {example})")


def _check_number(value: float, schema: Schema, path: Path) -> None:
    if abs(value) > MAX_SAFE_INTEGER:
        raise _fail(path, f"number is out of range (beyond ±{MAX_SAFE_INTEGER})")
    if "minimum" in schema and value < schema["minimum"]:
        raise _fail(path, f"must be at least {schema['minimum']} (got {quoted(value)})")
    if "maximum" in schema and value > schema["maximum"]:
        raise _fail(path, f"must be at most {schema['maximum']} (got {quoted(value)})")


def _check_array(value: list[Any], schema: Schema, path: Path, root: Schema) -> None:
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        raise _fail(path, f"has {len(value)} items, more than {schema['maxItems']}")
    if "items" in schema:
        for index, item in enumerate(value):
            _validate(item, schema["items"], (*path, index), root)
    if schema.get("uniqueItems"):
        seen: dict[object, int] = {}
        for index, item in enumerate(value):
            key = _unique_key(item)
            if key in seen:
                raise _fail((*path, index), f"repeats {quoted(item)} (already item [{seen[key]}])")
            seen[key] = index


def _unique_key(item: object) -> object:
    # Hashable stand-ins that are equal exactly when json_equal is: an O(n) uniqueness check
    # for 10 000-item arrays instead of comparing every pair. Booleans get their own tag since
    # Python's True == 1; numbers need none since 1 == 1.0 and both hash alike.
    if isinstance(item, bool):
        return ("boolean", item)
    if isinstance(item, list):
        return ("array", tuple(_unique_key(one) for one in item))
    if isinstance(item, dict):
        return ("object", frozenset((key, _unique_key(one)) for key, one in item.items()))
    return ("value", item)


def _check_object(value: dict[str, Any], schema: Schema, path: Path, root: Schema) -> None:
    properties: Mapping[str, Schema] = schema.get("properties", {})
    closed = schema.get("additionalProperties") is False
    # File order: the first error reported is the one nearest the top of the file.
    for key, item in value.items():
        if key in properties:
            _validate(item, properties[key], (*path, key), root)
        elif closed:
            where = "top-level field" if not path else "field"
            raise _fail(path, f"unknown {where} {quoted(key)}")
    for key in schema.get("required", ()):
        if key not in value:
            raise _fail((*path, key), "required field is missing")
