"""Numbers and text that both stores can hold (CONTRACT §1 rule 8): count ranges, no U+0000.

One table for the reader, the schema (a test compares them) and storage's checks, so a file
gets the same verdict on SQLite (which would hold more) and on PostgreSQL (which holds less).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

# PostgreSQL's ``integer``; counts and seconds never come near it in a workshop.
MAX_COUNT = 2_147_483_647

# Field name → (lowest, highest) allowed value, wherever the field occurs.
COUNT_RANGES: dict[str, tuple[int, int]] = {
    "votes": (0, 100_000),
    "rank": (1, MAX_COUNT),
    "planned_minutes": (0, 1440),
    "elapsed_seconds": (0, MAX_COUNT),
}

# PostgreSQL's text cannot hold U+0000; SQLite can. Refused everywhere so both agree.
NUL = "\x00"
NUL_REASON = "text contains the character U+0000 (NUL), which is not allowed"

JsonPath = tuple[str | int, ...]


def out_of_range(field: str, value: int) -> str | None:
    """Why ``value`` cannot be stored in ``field`` (a count), or None if it can."""
    bounds = COUNT_RANGES.get(field)
    if bounds is None:
        return None
    low, high = bounds
    if low <= value <= high:
        return None
    return f"{value} is out of range (must be between {low} and {high})"


def has_nul(text: str) -> bool:
    return NUL in text


def first_nul(document: Any, path: JsonPath = ()) -> JsonPath | None:
    """The path of the first string (or object key) in a JSON document holding U+0000."""
    for sub_path, text in _strings(document, path):
        if NUL in text:
            return sub_path
    return None


def _strings(value: Any, path: JsonPath) -> Iterator[tuple[JsonPath, str]]:
    # Iterative: a deeply nested document must not exhaust the recursion limit.
    stack: list[tuple[JsonPath, Any]] = [(path, value)]
    while stack:
        here, current = stack.pop()
        if isinstance(current, str):
            yield here, current
        elif isinstance(current, dict):
            for key, item in reversed(list(current.items())):
                if isinstance(key, str) and NUL in key:
                    yield (*here, key), key
                stack.append(((*here, key), item))
        elif isinstance(current, list):
            for index in range(len(current) - 1, -1, -1):
                stack.append(((*here, index), current[index]))
