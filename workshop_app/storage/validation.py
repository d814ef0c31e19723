"""Type and value checks of items and header changes before anything is written.

Three kinds of failure, on purpose:
- ``TypeError``: a value of the wrong Python type (a programming error);
- ``ValueError``: an unknown field or collection, a key change, an enum value outside its set;
- ``domain.errors.IntegrityError``: well-typed but against the rules of the workshop file
  (empty required text, a text over its limit in ``domain.limits``, malformed id, number out
  of range, a date outside ``domain.date_range``, an id listed twice …), so that the
  database only ever holds what can be exported as a valid workshop file.
"""

from __future__ import annotations

import dataclasses
import re
import types
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import Enum, IntEnum
from functools import cache
from typing import Any, Union, get_args, get_origin, get_type_hints

from workshop_app.domain.date_range import date_in_range, moment_in_range, range_text
from workshop_app.domain.errors import IntegrityError
from workshop_app.domain.limits import over_limit_message, text_limit
from workshop_app.domain.logo import logo_problem, picture_problem
from workshop_app.domain.model import (
    WORKSHOP_HEADER_FIELDS,
    Attachment,
    Cause,
    Indicator,
    Logo,
    Measure,
    NextStep,
    Note,
    Organisation,
    Participant,
    Problem,
    Recipient,
    Workshop,
)
from workshop_app.domain.value_ranges import COUNT_RANGES, NUL_REASON, has_nul, out_of_range

Checker = Callable[[Any], Any]

# The workshop file's id pattern (CONTRACT §1): what is stored can always be exported.
_ID = re.compile(r"[A-Za-z0-9_.:-]{1,64}")
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
_REQUIRED_TEXT: dict[type, str] = {
    Workshop: "title",
    Organisation: "name",
    Participant: "name",
    Indicator: "title",
    Problem: "title",
    Cause: "description",
    Measure: "title",
    NextStep: "title",
    Note: "text",
    Attachment: "title",
    Recipient: "recipient",
}
HEADER_CHANGE_FIELDS: frozenset[str] = WORKSHOP_HEADER_FIELDS | {"method"}
_COUNT_FIELDS = frozenset(COUNT_RANGES)


def check_item(item: Any) -> Any:
    """Check every field of a domain item; returns it with values normalised (str → enum …)."""
    cls = type(item)
    if not dataclasses.is_dataclass(cls):
        raise TypeError(f"expected a domain item, got {cls.__name__}")
    checkers = _checkers(cls)
    changed = {}
    for name, check in checkers.items():
        value = getattr(item, name)
        normalised = check(value)
        if normalised is not value:
            changed[name] = normalised
    if isinstance(item, Logo):
        problem = logo_problem(item.media_type, item.data)
        if problem is not None:
            raise IntegrityError(f"Logo: {problem}")
    return dataclasses.replace(item, **changed) if changed else item


def check_changes(
    cls: type, changes: Mapping[str, Any], *, frozen: tuple[str, ...]
) -> dict[str, Any]:
    """Check changes to fields of ``cls``; ``frozen`` fields (the key) may not change."""
    checkers = _checkers(cls)
    checked = {}
    for name, value in changes.items():
        if name in frozen:
            raise ValueError(f"{cls.__name__}.{name} is part of the item's key and cannot change")
        if name not in checkers:
            raise ValueError(f"{cls.__name__} has no field {name!r}")
        checked[name] = checkers[name](value)
    return checked


def check_header_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Check changes to the workshop header: only ``WORKSHOP_HEADER_FIELDS`` and "method"."""
    unknown = set(changes) - HEADER_CHANGE_FIELDS
    if unknown:
        allowed = ", ".join(sorted(HEADER_CHANGE_FIELDS))
        raise ValueError(f"not a header field: {', '.join(sorted(unknown))} (allowed: {allowed})")
    return check_changes(Workshop, changes, frozen=())


@cache
def _checkers(cls: type) -> dict[str, Checker]:
    hints = get_type_hints(cls)
    return {
        f.name: _with_rules(cls, f.name, _type_checker(hints[f.name], f"{cls.__name__}.{f.name}"))
        for f in dataclasses.fields(cls)
    }


def _type_checker(tp: Any, label: str) -> Checker:
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        inner = _type_checker(next(a for a in get_args(tp) if a is not type(None)), label)
        return lambda v: None if v is None else inner(v)
    if origin is tuple:
        element = _type_checker(get_args(tp)[0], f"{label}[]")

        def check_tuple(v: Any) -> Any:
            if not isinstance(v, tuple | list):
                raise TypeError(f"{label}: expected a tuple, got {type(v).__name__}")
            items = tuple(element(x) for x in v)
            return (
                v
                if isinstance(v, tuple) and all(a is b for a, b in zip(items, v, strict=True))
                else items
            )

        return check_tuple
    if isinstance(tp, type) and issubclass(tp, Enum):
        return _enum_checker(tp, label)
    if tp is bool:
        return _instance_checker(label, bool)
    if tp is bytes:
        return _instance_checker(label, bytes)
    if tp is int:
        return _instance_checker(label, int, reject=bool)
    if tp is str:
        plain = _instance_checker(label, str)

        def check_text(v: Any) -> Any:
            plain(v)
            _check_text(label, v)
            return v

        return check_text
    if tp is datetime:
        return _in_date_range(label, _instance_checker(label, datetime), moment_in_range)
    if tp is date:
        return _in_date_range(label, _instance_checker(label, date, reject=datetime), date_in_range)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        nested = tp

        def check_nested(v: Any) -> Any:
            if not isinstance(v, nested):
                raise TypeError(f"{label}: expected {nested.__name__}, got {type(v).__name__}")
            return check_item(v)

        return check_nested
    raise TypeError(f"{label}: no check for type {tp!r}")  # pragma: no cover


def _instance_checker(label: str, tp: type, reject: type | None = None) -> Checker:
    def check(v: Any) -> Any:
        if not isinstance(v, tp) or (reject is not None and isinstance(v, reject)):
            raise TypeError(f"{label}: expected {tp.__name__}, got {type(v).__name__}")
        return v

    return check


def _in_date_range(label: str, check: Checker, inside: Callable[[Any], bool]) -> Checker:
    # Outside the range a date cannot be shown in local time (domain.date_range): refused here
    # as at import, so the database never holds one.
    def check_range(v: Any) -> Any:
        v = check(v)
        if not inside(v):
            raise IntegrityError(f"{label}: {v.isoformat()} is outside {range_text()}")
        return v

    return check_range


def _enum_checker(enum_type: type[Enum], label: str) -> Checker:
    raw = int if issubclass(enum_type, IntEnum) else str

    def check(v: Any) -> Any:
        if isinstance(v, enum_type):
            return v
        if isinstance(v, raw) and not isinstance(v, bool):
            try:
                return enum_type(v)
            except ValueError:
                allowed = ", ".join(str(m.value) for m in enum_type)
                raise ValueError(f"{label}: {v!r} is not one of {allowed}") from None
        raise TypeError(f"{label}: expected {enum_type.__name__}, got {type(v).__name__}")

    return check


def _with_rules(cls: type, name: str, check: Checker) -> Checker:
    """Add the file's value rules for field ``name`` of ``cls`` to its type check."""
    rules: list[Callable[[Any], None]] = []
    label = f"{cls.__name__}.{name}"
    if name == "id" or name.endswith("_id"):
        rules.append(lambda v: None if v is None else _check_id(label, v))
    if name.endswith("_ids"):
        rules.append(lambda v: _check_id_list(label, v))
    if _REQUIRED_TEXT.get(cls) == name:
        rules.append(lambda v: _check_required(label, v))
    if name in _COUNT_FIELDS:
        rules.append(lambda v: None if v is None else _check_range(label, name, v))
    if name in ("start_time", "end_time"):
        rules.append(lambda v: None if v is None else _check_time(label, v))
    if cls is Logo and name == "data":
        rules.append(lambda v: _check_logo(label, v))
    limit = text_limit(cls, name)
    if limit is not None:
        rules.append(lambda v: _check_length(label, v, limit))
    if not rules:
        return check

    def check_with_rules(v: Any) -> Any:
        v = check(v)
        for rule in rules:
            rule(v)
        return v

    return check_with_rules


def _check_id(label: str, value: str) -> None:
    if not _ID.fullmatch(value):
        raise IntegrityError(
            f'{label}: "{value}" is not a valid id (1–64 letters, digits or _ . : -)'
        )


def _check_id_list(label: str, values: tuple[str, ...]) -> None:
    seen: set[str] = set()
    for value in values:
        _check_id(label, value)
        if value in seen:
            raise IntegrityError(f'{label}: "{value}" is listed twice')
        seen.add(value)


def _check_required(label: str, value: str) -> None:
    if not value.strip():
        raise IntegrityError(f"{label}: must not be empty")


def _check_range(label: str, name: str, value: int) -> None:
    reason = out_of_range(name, value)
    if reason is not None:
        raise IntegrityError(f"{label}: {reason}")


def _check_text(label: str, value: str) -> None:
    if has_nul(value):
        raise IntegrityError(f"{label}: {NUL_REASON}")


def _check_length(label: str, value: str, limit: int) -> None:
    # Refused, never cut: the text stays on screen and the user decides what to shorten.
    if len(value) > limit:
        raise IntegrityError(over_limit_message(label, len(value), limit))


def _check_logo(label: str, data: bytes) -> None:
    # Size and kind here; that the media type matches the bytes, in check_item. The database
    # never holds a picture the minutes could not show.
    problem = picture_problem(data)
    if problem is not None:
        raise IntegrityError(f"{label}: {problem}")


def _check_time(label: str, value: str) -> None:
    if not _TIME.fullmatch(value):
        raise IntegrityError(f'{label}: "{value}" is not a time of day HH:MM')
