"""The rule on dates beyond the schema: every date and date-time lies in the app's range."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from workshop_app.domain.date_range import date_in_range, moment_in_range, range_text
from workshop_app.domain.errors import WorkshopFileError
from workshop_app.domain.workshop_file.places import place_of, quoted
from workshop_app.domain.workshop_file.string_formats import parse_date_time

# (collection or None for the workshop itself, field, "date" or "date-time"), as in the schema.
DATE_FIELDS: tuple[tuple[str | None, str, str], ...] = (
    (None, "created_at", "date-time"),
    (None, "updated_at", "date-time"),
    (None, "follow_up_date", "date"),
    ("meetings", "date", "date"),
    ("next_steps", "due_date", "date"),
    ("notes", "created_at", "date-time"),
    ("notes", "resolved_at", "date-time"),
)


def check_date_range(document: Mapping[str, Any]) -> None:
    """Refuse a date outside ``domain.date_range`` (checked after the schema: shapes are right)."""
    if isinstance(document.get("exported_at"), str):
        _check(document["exported_at"], "date-time", ("exported_at",))
    for value, kind, path in _dates(document["workshop"]):
        _check(value, kind, path)


def _dates(workshop: Mapping[str, Any]) -> Iterator[tuple[str, str, tuple[str | int, ...]]]:
    for collection, field, kind in DATE_FIELDS:
        if collection is None:
            items: list[tuple[tuple[str | int, ...], Any]] = [(("workshop",), workshop)]
        else:
            items = [
                (("workshop", collection, index), item)
                for index, item in enumerate(workshop.get(collection, ()))
            ]
        for path, item in items:
            value = item.get(field)
            if isinstance(value, str):
                yield value, kind, (*path, field)


def _check(value: str, kind: str, path: tuple[str | int, ...]) -> None:
    if kind == "date":
        inside = date_in_range(date.fromisoformat(value))
    else:
        moment = parse_date_time(value)
        inside = moment is not None and moment_in_range(moment)
    if not inside:
        raise WorkshopFileError(
            f"{quoted(value)} is outside the dates this app accepts ({range_text()})",
            place_of(path),
        )
