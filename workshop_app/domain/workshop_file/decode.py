"""Bytes of a workshop file to a JSON value, refusing whatever JSON tools disagree on."""

from __future__ import annotations

import json
import math
import re
from typing import Any

from workshop_app.domain.errors import WorkshopFileError
from workshop_app.domain.workshop_file.places import Path, place_of, quoted

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Largest accepted file, "20 MB" counted in binary megabytes (20 MiB, so a file that a file
manager shows as 20 MB still passes): far above a real workshop, small enough to read at once."""

MAX_NESTING = 20
"""Deepest accepted nesting of arrays and objects.

The schema needs 6 levels (document, workshop, assessments, assessment, sources, source). The
margin keeps the error precise for a slightly wrong file (a type error at its place), while
every recursive step after parsing stays far below Python's recursion limit.
"""

MAX_CONTAINERS = 1_200_000
"""Most objects and arrays together that a file may hold, checked before any is built.

A valid file holds at most about 600 000 objects: 2 + 11 collections of at most 10 000 items,
plus indicator sources, each at least 43 bytes (``{"organisation_id":"x","source_type":"tip"}``)
in a file of at most 20 MB. Twice that covers their arrays. A 20 MB file of ``{}`` or ``[]``
(7 million of them) would otherwise take seconds and half a gigabyte to build and then be
refused anyway.
"""

_UTF8_BOM = b"\xef\xbb\xbf"
# A JSON string (possessive: no backtracking), to blank out before counting brackets.
_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+"', re.DOTALL)
# Text up to the end of the next 4096 strings, starting outside a string.
_STRETCH = re.compile(r'(?:[^"]*+"(?:[^"\\]++|\\.)*+"){1,4096}', re.DOTALL)

# Skips, in one C-level match, everything up to the next bracket outside a string; possessive
# quantifiers so that a 20 MB file cannot make the engine backtrack.
_UP_TO_BRACKET = re.compile(r'(?:[^"\[\]{}]++|"(?:[^"\\]++|\\.)*+")*+', re.DOTALL)

# Integers longer than this are out of range anyway (the schema check reports them); parsing
# them would cost quadratic time and Python refuses ints of more than 4300 digits.
_MAX_INTEGER_DIGITS = 32
_OUT_OF_RANGE: int = 10**_MAX_INTEGER_DIGITS


class _DuplicateKeys(dict[str, Any]):
    """An object in which some key occurred twice; remembered to be reported with its place."""

    duplicate: str = ""


def decode_json_document(raw: bytes) -> object:
    """Parse ``raw`` as a workshop file's JSON, or raise ``WorkshopFileError`` with the place.

    A UTF-8 byte order mark is accepted and ignored: Windows editors add one on saving, and
    refusing a file for an invisible mark would only puzzle the user. Export never writes one.
    """
    if len(raw) > MAX_FILE_BYTES:
        raise WorkshopFileError("file is larger than 20 MB")
    skipped = len(_UTF8_BOM) if raw.startswith(_UTF8_BOM) else 0
    text = _decode_utf8(raw, skipped)
    if not text.strip(" \t\r\n"):  # JSON's whitespace
        raise WorkshopFileError("file is empty")
    _check_shape(text)
    _check_nesting(text)
    flags = {"duplicate": False, "non_finite": False}
    try:
        value = json.loads(
            text,
            object_pairs_hook=lambda pairs: _object(pairs, flags),
            parse_constant=lambda name: _non_finite(name, flags),
            parse_int=_integer,
        )
    except json.JSONDecodeError as error:
        raise WorkshopFileError(
            f"not valid JSON: {error.msg}", f"line {error.lineno}, column {error.colno}"
        ) from None
    except ValueError as error:  # no other is known; kept so that none can escape as a crash
        raise WorkshopFileError(f"not valid JSON: {error}") from None
    except RecursionError:  # cannot happen after _check_nesting; kept as a last line of defence
        raise WorkshopFileError(f"nesting is deeper than {MAX_NESTING} levels") from None
    if flags["duplicate"] or flags["non_finite"]:
        _report_first_problem(value, ())
    return value


def _decode_utf8(raw: bytes, skipped: int) -> str:
    try:
        return raw[skipped:].decode("utf-8")
    except UnicodeDecodeError as error:
        offset = skipped + error.start
        line = raw.count(b"\n", 0, offset) + 1
        hint = ""
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            hint = " (the file looks like UTF-16; save it as UTF-8)"
        raise WorkshopFileError(
            f"not valid UTF-8 text{hint}", f"byte offset {offset}, line {line}"
        ) from None


def _check_shape(text: str) -> None:
    """Refuse, at C speed and before json.loads builds anything, a file of more objects and
    arrays than a workshop file can hold (a 20 MB file of ``{}``, say).

    Brackets inside strings are text, not structure: each stretch of up to 4096 strings has
    its strings blanked out before counting (stretch by stretch, so that a file of millions
    of tiny strings never holds millions of pieces at once).
    """
    if text.count("{") + text.count("[") <= MAX_CONTAINERS:
        return  # even counting the brackets inside strings: a real file ends here, at once
    containers = 0
    position = 0
    while position < len(text):
        stretch = _STRETCH.match(text, position)
        end = stretch.end() if stretch else len(text)  # the rest holds no whole string
        piece = text[position:end]
        skeleton = _STRING.sub('""', piece) if stretch else piece
        containers += skeleton.count("{") + skeleton.count("[")
        if containers > MAX_CONTAINERS:
            raise WorkshopFileError(
                f"more objects and arrays than a workshop file can hold ({MAX_CONTAINERS})"
            )
        position = end


def _check_nesting(text: str) -> None:
    # json.loads recurses once per level and a file of 10 000 "[" would hit Python's recursion
    # limit; counting brackets outside strings first refuses such a file with its position.
    depth = 0
    position = 0
    length = len(text)
    while True:
        skipped = _UP_TO_BRACKET.match(text, position)
        position = skipped.end() if skipped else position
        if position >= length:
            return
        char = text[position]
        if char in "[{":
            depth += 1
            if depth > MAX_NESTING:
                line = text.count("\n", 0, position) + 1
                column = position - (text.rfind("\n", 0, position) + 1) + 1
                raise WorkshopFileError(
                    f"nesting is deeper than a workshop file allows (more than {MAX_NESTING}"
                    " levels of arrays and objects)",
                    f"line {line}, column {column}",
                )
        elif char in "]}":
            depth = max(depth - 1, 0)  # a stray bracket is json.loads's error to report
        else:
            return  # an unterminated string: json.loads reports it with its position
        position += 1


def _object(pairs: list[tuple[str, Any]], flags: dict[str, bool]) -> dict[str, Any]:
    result: dict[str, Any] = dict(pairs)
    if len(result) == len(pairs):
        return result
    # Which of two values a JSON tool keeps is not defined; refuse rather than guess.
    marked = _DuplicateKeys(result)
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            marked.duplicate = key
            break
        seen.add(key)
    flags["duplicate"] = True
    return marked


def _non_finite(name: str, flags: dict[str, bool]) -> float:
    flags["non_finite"] = True
    return float(name.replace("Infinity", "inf"))


def _integer(digits: str) -> int:
    if len(digits.lstrip("-")) > _MAX_INTEGER_DIGITS:
        # Only its being far out of range matters to what follows; the schema check says so.
        return -_OUT_OF_RANGE if digits.startswith("-") else _OUT_OF_RANGE
    return int(digits)


def _report_first_problem(value: object, path: Path) -> None:
    """Raise for the first duplicate key or NaN/Infinity literal, in file order."""
    if isinstance(value, _DuplicateKeys):
        raise WorkshopFileError(
            f"key {quoted(value.duplicate)} occurs more than once in this object",
            place_of(path) or "top level",
        )
    if isinstance(value, float) and not math.isfinite(value):
        raise WorkshopFileError(
            "NaN and Infinity are not valid JSON numbers", place_of(path) or "top level"
        )
    if isinstance(value, dict):
        for key, item in value.items():
            _report_first_problem(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _report_first_problem(item, (*path, index))
