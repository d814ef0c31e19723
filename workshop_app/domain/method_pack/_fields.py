"""Reading TOML tables with errors that name the file and the key (used by the loader)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from workshop_app.domain.method_pack.errors import MethodPackError
from workshop_app.domain.method_pack.model import Text

ID_PATTERN = re.compile(r"^[A-Za-z0-9_.:-]+$")
ID_MAX_LENGTH = 64
COLOUR_PATTERN = re.compile(r"^#[0-9A-Fa-f]{6}$")


def type_name(value: object) -> str:
    """The TOML name of a parsed value's type, for error messages."""
    names = {bool: "boolean", int: "integer", float: "float", str: "string", list: "array"}
    if isinstance(value, dict):
        return "table"
    return names.get(type(value), type(value).__name__)


def check_id(value: str) -> str | None:
    """Why ``value`` is not a valid id, or None when it is."""
    if len(value) > ID_MAX_LENGTH:
        return f'id "{value[:20]}…" is longer than {ID_MAX_LENGTH} characters'
    if not ID_PATTERN.fullmatch(value) or set(value) == {"."}:
        return f'"{value}" is not a valid id (letters, digits and _ . : - only)'
    return None


class Table:
    """A TOML table being read; every failure names ``file`` and the key's full path."""

    def __init__(self, data: dict[str, Any], file: str, path: str = "") -> None:
        self.data = data
        self.file = file
        self.path = path

    def key_path(self, key: str | int | None) -> str:
        if key is None:
            return self.path
        if isinstance(key, int):
            return f"{self.path}[{key}]"
        return f"{self.path}.{key}" if self.path else key

    def error(self, key: str | int | None, reason: str) -> MethodPackError:
        return MethodPackError(reason, self.file, self.key_path(key) or None)

    def allow(self, *keys: str) -> None:
        """Refuse keys other than ``keys``, so that typos are caught instead of ignored."""
        for key in self.data:
            if key not in keys:
                raise self.error(key, f"unknown key (expected one of: {', '.join(keys)})")

    def has(self, key: str) -> bool:
        return key in self.data

    def value(self, key: str) -> Any:
        if key not in self.data:
            raise self.error(key, "missing")
        return self.data[key]

    def string(self, key: str) -> str:
        value = self.value(key)
        if not isinstance(value, str):
            raise self.error(key, f"expected a string, got {type_name(value)}")
        if not value.strip():
            raise self.error(key, "empty")
        return value.strip()

    def optional_string(self, key: str) -> str:
        return self.string(key) if self.has(key) else ""

    def identifier(self, key: str = "id") -> str:
        value = self.string(key)
        problem = check_id(value)
        if problem:
            raise self.error(key, problem)
        return value

    def integer(self, key: str, low: int, high: int) -> int:
        value = self.value(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, f"expected an integer, got {type_name(value)}")
        if not low <= value <= high:
            raise self.error(key, f"must be between {low} and {high}, got {value}")
        return value

    def boolean(self, key: str, default: bool) -> bool:
        if not self.has(key):
            return default
        value = self.data[key]
        if not isinstance(value, bool):
            raise self.error(key, f"expected true or false, got {type_name(value)}")
        return value

    def colour(self, key: str) -> str:
        value = self.string(key)
        if not COLOUR_PATTERN.fullmatch(value):
            raise self.error(key, f'"{value}" is not a colour (expected "#rrggbb")')
        return value.lower()

    def table(self, key: str) -> Table:
        value = self.value(key)
        if not isinstance(value, dict):
            raise self.error(key, f"expected a table, got {type_name(value)}")
        return Table(value, self.file, self.key_path(key))

    def text(self, key: str) -> Text:
        """A text in both languages: a table with non-empty ``sv`` and ``en``."""
        value = self.value(key)
        if not isinstance(value, dict):
            raise self.error(key, f"expected a table with sv and en, got {type_name(value)}")
        return _text(Table(value, self.file, self.key_path(key)))

    def optional_text(self, key: str) -> Text | None:
        return self.text(key) if self.has(key) else None

    def tables(self, key: str, minimum: int = 1) -> list[Table]:
        """An array of tables (``[[key]]``), each read with its index in the path."""
        value = self.value(key)
        if not isinstance(value, list):
            raise self.error(key, f"expected an array of tables, got {type_name(value)}")
        path = self.key_path(key)
        items: list[Table] = []
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                raise MethodPackError(
                    f"expected a table, got {type_name(item)}", self.file, f"{path}[{index}]"
                )
            items.append(Table(item, self.file, f"{path}[{index}]"))
        if len(items) < minimum:
            raise self.error(key, f"needs at least {minimum} item(s), has {len(items)}")
        return items

    def entries(self, key: str, *allowed: str) -> list[Table]:
        """The tables of the array ``key``, each holding only the keys ``allowed``."""
        items = self.tables(key)
        for item in items:
            item.allow(*allowed)
        return items

    def texts(self, key: str, minimum: int = 1) -> tuple[Text, ...]:
        """An array of texts (``[[key]]`` with ``sv`` and ``en``)."""
        return tuple(_text(item) for item in self.tables(key, minimum))

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.value(key)
        if not isinstance(value, list):
            raise self.error(key, f"expected an array of strings, got {type_name(value)}")
        path = self.key_path(key)
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                raise MethodPackError("expected a non-empty string", self.file, f"{path}[{index}]")
        return tuple(item.strip() for item in value)


def _text(table: Table) -> Text:
    table.allow("sv", "en")
    return Text(sv=table.string("sv"), en=table.string("en"))


def unique_ids(items: Iterable[Table], key: str = "id") -> list[str]:
    """The ``key`` ids of ``items`` in order; a repeated one is refused where it repeats."""
    seen: set[str] = set()
    ids: list[str] = []
    for item in items:
        value = item.identifier(key)
        if value in seen:
            raise item.error(key, f'duplicate id "{value}"')
        seen.add(value)
        ids.append(value)
    return ids


def exact_ids(owner: Table, key: str, items: list[Table], expected: Iterable[str]) -> None:
    """Check that the ids of ``items`` (the array ``owner.key``) are exactly ``expected``."""
    wanted = list(expected)
    present = unique_ids(items)
    for item, item_id in zip(items, present, strict=True):
        if item_id not in wanted:
            raise item.error("id", f'unknown id "{item_id}" (expected one of: {", ".join(wanted)})')
    missing = [value for value in wanted if value not in present]
    if missing:
        raise owner.error(key, f'missing id "{missing[0]}" (needs all of: {", ".join(wanted)})')
