"""The string checks of the schema: ECMA-262 patterns and the formats "date" and "date-time"."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_DATE_TIME = re.compile(
    r"(\d{4}-\d{2}-\d{2})[Tt](\d{2}:\d{2}:\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):(\d{2}))",
    re.ASCII,
)


@cache
def compiled_pattern(pattern: str) -> re.Pattern[str]:
    """A schema ``pattern`` as a Python regular expression with ECMA-262's meaning of ``$``."""
    return re.compile(_ecma_anchors(pattern))


def _ecma_anchors(pattern: str) -> str:
    r"""Make ``$`` mean "end of text" as in ECMA-262; in Python it also matches before a final
    newline, which would let an id like ``"abc\n"`` through."""
    out: list[str] = []
    escaped = in_class = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "$" and not in_class:
            out.append(r"\Z")
            continue
        out.append(char)
    return "".join(out)


def is_date(text: str) -> bool:
    """A full date as RFC 3339 writes it: ``2026-09-01``, and a day that exists."""
    # fullmatch with ASCII digits: date.fromisoformat alone would also take "20260901".
    if not _DATE.fullmatch(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def parse_date_time(text: str) -> datetime | None:
    """The aware datetime of an RFC 3339 date-time (offset required), or ``None``.

    Leap seconds (":60") are refused: Python cannot represent them. "Z" becomes +00:00 and
    fractions are cut to microseconds, the forms ``datetime.isoformat`` writes back.
    """
    match = _DATE_TIME.fullmatch(text)
    if not match:
        return None
    day, time, fraction, sign, hours, minutes = match.groups()
    if sign and (int(hours) > 23 or int(minutes) > 59):
        return None
    fraction_part = f".{fraction[:6].ljust(6, '0')}" if fraction else ""
    offset = f"{sign}{hours}:{minutes}" if sign else "+00:00"
    try:
        return datetime.fromisoformat(f"{day}T{time}{fraction_part}{offset}")
    except ValueError:
        return None


def is_date_time(text: str) -> bool:
    return parse_date_time(text) is not None
