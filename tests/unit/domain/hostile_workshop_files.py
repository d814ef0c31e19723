"""A corpus of malformed and hostile workshop files, each with the text its error must contain."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from tests.unit.domain.workshop_file_samples import rich_document

W = "workshop"


@dataclass(frozen=True)
class Hostile:
    name: str
    data: bytes
    expected: str  # a substring of the error message: the place (with ": ") where there is one
    # Our checker is deliberately stricter than the jsonschema library here (see the name).
    stricter_than_jsonschema: bool = False


def place(*path: str | int) -> str:
    """The place of ``path``, written out independently of the code under test."""
    text = ""
    for part in path[1:] if path[0] == W and len(path) > 1 else path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def at(*path: str | int) -> str:
    """The start of an error message about the place of ``path``: ``causes[3].problem_id: ``."""
    return place(*path) + ": "


def encode(document: object, *, indent: int | None = 2) -> bytes:
    text = json.dumps(document, ensure_ascii=False, indent=indent)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates can only travel as \u escapes
        return json.dumps(document, indent=indent).encode("ascii")


def changed(path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    """The rich document with the value at ``path`` replaced (or added)."""
    doc = rich_document()
    target: Any = doc
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return doc


def removed(path: tuple[str | int, ...]) -> dict[str, Any]:
    doc = rich_document()
    target: Any = doc
    for part in path[:-1]:
        target = target[part]
    del target[path[-1]]
    return doc


def _get(doc: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        doc = doc[part]
    return doc


def _case(name: str, path: tuple[str | int, ...], value: Any, **kw: Any) -> Hostile:
    return Hostile(name, encode(changed(path, value)), at(*path), **kw)


# Every kind of object in a workshop file, by the path of one instance of it.
ITEM_PATHS: dict[str, tuple[str | int, ...]] = {
    "workshop": (W,),
    "method": (W, "method"),
    "source": (W, "indicator_assessments", 1, "sources", 0),
    **{
        name: (W, name, 1)
        for name in (
            "step_plan",
            "organisations",
            "participants",
            "meetings",
            "indicators",
            "indicator_assessments",
            "problems",
            "causes",
            "measures",
            "preconditions",
            "next_steps",
            "notes",
        )
    },
}

REFERENCES: tuple[tuple[str | int, ...], ...] = (
    (W, "participants", 0, "organisation_id"),
    (W, "meetings", 1, "attendee_ids", 1),
    (W, "indicator_assessments", 0, "indicator_id"),
    (W, "indicator_assessments", 1, "sources", 1, "organisation_id"),
    (W, "problems", 1, "indicator_ids", 0),
    (W, "causes", 0, "problem_id"),
    (W, "causes", 2, "parent_id"),
    (W, "measures", 1, "problem_id"),
    (W, "measures", 0, "cause_ids", 0),
    (W, "measures", 0, "lead_organisation_id"),
    (W, "measures", 1, "partner_organisation_ids", 1),
    (W, "preconditions", 1, "organisation_id"),
    (W, "next_steps", 0, "owner_organisation_id"),
    (W, "next_steps", 1, "measure_ids", 1),
)


def _wrong_values(value: object) -> list[object]:
    """Two values of a type the field never accepts."""
    if isinstance(value, bool):
        return ["true", 1]
    if isinstance(value, int):
        return ["7", 2.5]
    if isinstance(value, list):
        return ["x", {"0": value}]
    if isinstance(value, dict):
        return [[], "x"]
    if value is None:  # nullable fields take strings or integers, but never a boolean
        return [True, {"x": value}]
    return [12345, {"x": value}]


def truncated() -> Iterator[Hostile]:
    for indent in (2, None):
        raw = encode(rich_document(), indent=indent)
        for number in range(30 if indent else 12):
            cut = 1 + number * (len(raw) - 2) // (30 if indent else 12)
            try:
                raw[:cut].decode("utf-8")
                expected = "line "
            except UnicodeDecodeError:
                expected = "byte offset"
            yield Hostile(f"truncated at {cut} (indent {indent})", raw[:cut], expected)
    text = encode(rich_document())
    middle = text.index("Åsa".encode()) + 1  # inside the two bytes of "Å"
    yield Hostile("truncated inside a letter", text[:middle], "byte offset")


def format_and_top_level() -> Iterator[Hostile]:
    yield Hostile("missing format", encode(removed(("format",))), 'missing "format"')
    for value in ("workshop_app.workshopx", "", "WORKSHOP_APP.WORKSHOP", 1, None, [], {}):
        yield _case(f"format {value!r}", ("format",), value)
    for value in (3, 0, -1, "1", 1.5, True, None, [1], 10**30):
        yield _case(f"format_version {value!r}", ("format_version",), value)
    yield Hostile(
        "missing format_version", encode(removed(("format_version",))), at("format_version")
    )
    for value in ([], "workshop", 1, None, True, [rich_document()]):
        yield Hostile(f"top level {value!r:.20}", encode(value), "not a workshop file")
    yield Hostile("missing workshop", encode(removed((W,))), "workshop: required field")
    yield Hostile("workshop is a list", encode(changed((W,), [])), "workshop: expected object")
    yield Hostile("unknown top-level field", encode(changed(("extra",), 1)), '"extra"')
    yield _case("app_version too long", ("app_version",), "1" * 41)
    yield _case("exported_at not a date-time", ("exported_at",), "igår")
    yield Hostile("empty file", b"", "file is empty")
    yield Hostile("only whitespace", b" \n\t\r\n ", "file is empty")
    yield Hostile("two byte order marks", b"\xef\xbb\xbf" + "\ufeff{}".encode(), "line 1")
    yield Hostile("two documents", encode(rich_document()) + b"{}", "Extra data")


def wrong_types() -> Iterator[Hostile]:
    for kind, path in ITEM_PATHS.items():
        item = _get(rich_document(), path)
        for key, value in item.items():
            if kind == "workshop" and isinstance(value, list | dict):
                continue  # collections and method: as items below, or in wrong_shapes
            for number, wrong in enumerate(_wrong_values(value)):
                yield _case(f"{kind}.{key} wrong type {number}", (*path, key), wrong)


def wrong_shapes() -> Iterator[Hostile]:
    for name in ("step_plan", "organisations", "problems", "causes", "notes"):
        yield _case(f"{name} is an object", (W, name), {"0": {}})
        yield _case(f"{name} item is a string", (W, name, 0), "x")
        yield _case(f"{name} item is null", (W, name, 0), None)
    yield _case("method is a list", (W, "method"), [])
    yield _case("sources is a string", (W, "indicator_assessments", 0, "sources"), "polis")
    yield _case("sources item is a list", (W, "indicator_assessments", 0, "sources", 0), [])


def unknown_and_missing_fields() -> Iterator[Hostile]:
    for kind, path in ITEM_PATHS.items():
        yield Hostile(
            f"unknown field in {kind}",
            encode(changed((*path, "extra"), 1)),
            at(*path) + 'unknown field "extra"',
        )
        yield Hostile(
            f"misspelt field in {kind}",
            encode(changed((*path, "titel"), "x")),
            at(*path) + 'unknown field "titel"',
        )
        first_key = next(iter(_get(rich_document(), path)))
        yield Hostile(
            f"missing {kind}.{first_key}",
            encode(removed((*path, first_key))),
            at(*path, first_key) + "required field is missing",
        )
    yield Hostile(
        "odd field name",
        encode(changed((W, "problems", 0, "a\nb"), 1)),
        'problems[0]: unknown field "a\\nb"',
    )


def duplicates() -> Iterator[Hostile]:
    for kind, path in ITEM_PATHS.items():
        if kind in ("workshop", "method", "source"):
            continue  # one of a kind, or (sources) no key to repeat
        doc = rich_document()
        collection = _get(doc, path[:-1])
        collection.append(copy.deepcopy(collection[0]))
        yield Hostile(f"duplicate in {kind}", encode(doc), place(*path[:-1], len(collection) - 1))
    yield Hostile(
        "repeated attendee",
        encode(changed((W, "meetings", 1, "attendee_ids"), ["del1", "del2", "del1"])),
        at(W, "meetings", 1, "attendee_ids", 2),
    )
    yield Hostile(
        "repeated attendee place",
        encode(changed((W, "meetings", 1, "attendee_ids"), ["del1", "del1"])),
        at(W, "meetings", 1, "attendee_ids", 1),
    )
    yield Hostile(
        "repeated indicator of a problem",
        encode(changed((W, "problems", 1, "indicator_ids"), ["ind-x", "ind-y", "ind-y"])),
        at(W, "problems", 1, "indicator_ids", 2),
    )
    for key in ("title", "id"):
        doc = rich_document()
        doc[W]["problems"][0]["__DUPLICATE__"] = 0
        text = encode(doc).replace(b'"__DUPLICATE__": 0', f'"{key}": "igen"'.encode())
        yield Hostile(f"duplicate JSON key {key}", text, at(W, "problems", 0))
    doc = rich_document()
    doc["__DUPLICATE__"] = 0
    text = encode(doc).replace(b'"__DUPLICATE__": 0', b'"format": "workshop_app.workshop"')
    yield Hostile("duplicate JSON key at top", text, "top level: ")


def references() -> Iterator[Hostile]:
    for path in REFERENCES:
        field = next(p for p in reversed(path) if isinstance(p, str))
        yield Hostile(
            f"dangling {field} at {path}", encode(changed(path, "nope")), at(*path) + "no "
        )
    causes = (W, "causes")
    yield Hostile(
        "self parent",
        encode(changed((*causes, 0, "parent_id"), "c1")),
        at(*causes, 0, "parent_id") + "parents form a cycle",
    )
    yield Hostile(
        "2-cycle",
        encode(changed((*causes, 0, "parent_id"), "c2")),
        at(*causes, 0, "parent_id") + "parents form a cycle",
    )
    yield Hostile(
        "3-cycle",
        encode(changed((*causes, 0, "parent_id"), "c3")),
        at(*causes, 0, "parent_id") + "parents form a cycle",
    )
    yield Hostile(
        "2-cycle below a root",
        encode(changed((*causes, 1, "parent_id"), "c3")),
        at(*causes, 1, "parent_id") + "parents form a cycle",
    )
    yield Hostile(
        "parent of another problem",
        encode(changed((*causes, 3, "parent_id"), "c1")),
        at(*causes, 3, "parent_id") + 'cause "c1" belongs to problem "pr1"',
    )
    yield Hostile(
        "measure cause of another problem",
        encode(changed((W, "measures", 0, "cause_ids"), ["c1", "c4"])),
        at(W, "measures", 0, "cause_ids", 1),
    )
    yield Hostile(
        "reference to the wrong collection",
        encode(changed((W, "causes", 0, "problem_id"), "c1")),
        at(W, "causes", 0, "problem_id") + 'no problem with id "c1"',
    )


def nesting() -> Iterator[Hostile]:
    head = b'{"format": "workshop_app.workshop", "format_version": 1, "workshop": '
    yield Hostile("10000 arrays", b"[" * 10000 + b"]" * 10000, "nesting")
    yield Hostile("10000 unclosed arrays", b"[" * 10000, "nesting")
    yield Hostile("10000 objects", b'{"a":' * 10000 + b"1" + b"}" * 10000, "nesting")
    yield Hostile("10000 arrays in workshop", head + b"[" * 10000 + b"]" * 10000 + b"}", "nesting")
    yield Hostile("nesting 21", b"[" * 21 + b"]" * 21, "line 1, column 21: nesting")
    yield Hostile(
        "brackets in strings do not count", b'["' + b"[" * 10000 + b'"]', "not a workshop file"
    )
    yield _case("nested lists in a title", (W, "title"), [[[[[[[[["x"]]]]]]]]])
    yield Hostile(
        "nested objects in an id list",
        encode(changed((W, "problems", 0, "indicator_ids"), [{"a": {"b": {"c": []}}}])),
        at(W, "problems", 0, "indicator_ids", 0),
    )


def long_strings() -> Iterator[Hostile]:
    cases: list[tuple[tuple[str | int, ...], int]] = [
        ((W, "title"), 201),
        ((W, "id"), 65),
        ((W, "municipality"), 501),
        ((W, "purpose"), 20001),
        ((W, "problems", 0, "description"), 20001),
        ((W, "organisations", 0, "name"), 501),
        ((W, "preconditions", 0, "dimension_title"), 501),
        ((W, "notes", 0, "text"), 20001),
        ((W, "method", "version"), 41),
        ((W, "organisations", 0, "kind"), 65),
        ((W, "meetings", 0, "notes"), 5_000_000),
    ]
    for path, length in cases:
        yield _case(f"{path[-1]} of {length} characters", path, "ö" * length)
    yield _case("huge start_time", (W, "meetings", 0, "start_time"), "1" * 3_000_000)
    many = [{"id": f"n{i}", "step": "causes", "text": "x"} for i in range(10001)]
    yield _case("10001 notes", (W, "notes"), many)
    plan = [
        {"step": step}
        for step in (
            "preparation",
            "indicators",
            "problems",
            "causes",
            "measures",
            "preconditions",
            "next_steps",
            "causes",
        )
    ]
    yield _case("8 step plans", (W, "step_plan"), plan)


def bad_bytes() -> Iterator[Hostile]:
    good = encode(rich_document())
    marker = b"Kommunhuset"
    for name, bad in (
        ("0xff", b"\xff"),
        ("overlong slash", b"\xc0\xaf"),
        ("encoded surrogate", b"\xed\xa0\x80"),
        ("cut sequence", b"\xe2\x82"),
        ("latin-1 ö", b"\xf6"),
        ("5-byte form", b"\xf8\x88\x80\x80\x80"),
        ("above U+10FFFF", b"\xf4\x90\x80\x80"),
    ):
        yield Hostile(f"invalid UTF-8 {name}", good.replace(marker, marker + bad), "byte offset")
    utf16 = json.dumps(rich_document(), ensure_ascii=False).encode("utf-16")
    yield Hostile("UTF-16 file", utf16, "UTF-16")
    yield _case("lone surrogate", (W, "title"), "a\ud800b", stricter_than_jsonschema=True)
    yield _case(
        "lone low surrogate in text", (W, "purpose"), "\udc00", stricter_than_jsonschema=True
    )
    yield Hostile("NUL byte outside strings", good.replace(b'"format"', b'\x00"format"'), "line ")
    yield Hostile(
        "raw control character in a string", good.replace(marker, marker + b"\x01"), "line "
    )


def numbers() -> Iterator[Hostile]:
    votes = (W, "problems", 0, "votes")
    for literal in (b"NaN", b"Infinity", b"-Infinity"):
        text = encode(changed(votes, 424242)).replace(b"424242", literal)
        yield Hostile(f"votes {literal.decode()}", text, at(*votes))
        text = encode(changed((W, "indicator_assessments", 0, "extent"), 424242))
        yield Hostile(
            f"extent {literal.decode()}",
            text.replace(b"424242", literal),
            at(W, "indicator_assessments", 0, "extent"),
        )
    text = encode(changed(("format_version",), 424242)).replace(b"424242", b"NaN")
    yield Hostile("format_version NaN", text, at("format_version"))
    yield Hostile(
        "votes 1e400", encode(changed(votes, 424242)).replace(b"424242", b"1e400"), at(*votes)
    )
    yield _case("votes 10**30", votes, 10**30)
    elapsed = (W, "step_plan", 0, "elapsed_seconds")
    # The schema's maximum (2**31 - 1, CONTRACT §1 rule 8) refuses these for both validators.
    yield _case("elapsed 2**53", elapsed, 2**53)
    yield _case("elapsed 1e300", elapsed, 1e300)
    yield _case("elapsed 2**31", elapsed, 2**31)
    yield Hostile(
        "rank with 5000 digits",
        encode(changed((W, "problems", 0, "rank"), 424242)).replace(b"424242", b"9" * 5000),
        at(W, "problems", 0, "rank"),
        stricter_than_jsonschema=True,
    )
    for path, value in (
        (votes, True),
        (votes, False),
        ((W, "indicator_assessments", 0, "extent"), True),
        ((W, "measures", 0, "phase"), True),
        ((W, "preconditions", 0, "rating"), False),
        ((W, "step_plan", 0, "planned_minutes"), True),
        (elapsed, False),
        ((W, "problems", 0, "rank"), True),
        ((W, "measures", 0, "votes"), True),
    ):
        yield _case(f"{place(*path)} bool {value}", path, value)
    for path, value in (
        (votes, -1),
        (votes, 100001),
        ((W, "step_plan", 0, "planned_minutes"), 1441),
        ((W, "problems", 0, "rank"), 0),
        (elapsed, -5),
        (votes, 2.5),
        ((W, "indicator_assessments", 0, "extent"), 4),
        ((W, "measures", 0, "phase"), 0),
        ((W, "preconditions", 0, "rating"), 5),
        ((W, "indicator_assessments", 0, "extent"), -1),
    ):
        yield _case(f"{place(*path)} = {value}", path, value)


def enums() -> Iterator[Hostile]:
    for path, value in (
        ((W, "language"), "de"),
        ((W, "current_step"), "done"),
        ((W, "indicator_assessments", 0, "status"), "seen"),
        ((W, "indicator_assessments", 0, "trend"), "up"),
        ((W, "indicator_assessments", 0, "certainty"), ""),
        ((W, "indicator_assessments", 0, "sources", 0, "source_type"), "rumour"),
        ((W, "causes", 0, "branch"), "Victim"),
        ((W, "causes", 0, "directness"), "indirect"),
        ((W, "measures", 0, "kind"), "legal"),
        ((W, "measures", 0, "horizon"), "medium"),
        ((W, "next_steps", 0, "status"), "open"),
        ((W, "notes", 0, "step"), "lunch"),
        ((W, "step_plan", 0, "step"), None),
    ):
        yield _case(f"{path[-1]} = {value!r}", path, value)


def dates_and_times() -> Iterator[Hostile]:
    for value in (
        "2026-02-30",
        "2026-13-01",
        "2026-1-1",
        "20260901",
        "2026-09-01T00:00:00Z",
        "",
        "2026-W36-2",
        "٢٠٢٦-٠٩-٠١",
        "2026-09-01 ",
        "0000-01-01",
    ):
        yield _case(f"meeting date {value!r}", (W, "meetings", 0, "date"), value)
    yield _case("meeting date null", (W, "meetings", 0, "date"), None)
    yield _case("follow-up 29 Feb 2026", (W, "follow_up_date"), "2026-02-29")
    yield _case("due 31 April", (W, "next_steps", 0, "due_date"), "2026-04-31")
    for value in (
        "2026-09-01T09:00:00",
        "2026-09-01 09:00:00+02:00",
        "2026-09-01T24:00:00+02:00",
        "2026-09-01T09:00:60+02:00",
        "2026-09-01T09:00:00+24:00",
        "2026-09-01T09:00+02:00",
        "2026-02-30T09:00:00Z",
        "2026-09-01T09:00:00+0200",
        "2026-09-01T09:00:00.+02:00",
        "igår",
    ):
        yield _case(f"created_at {value!r}", (W, "created_at"), value)
    yield _case("note created_at null", (W, "notes", 0, "created_at"), None)
    yield _case("updated_at empty", (W, "updated_at"), "")
    for value in ("24:00", "9:00", "12:60", "12:00:00", "12.00", 900, "", "１２:００"):
        yield _case(f"start_time {value!r}", (W, "meetings", 0, "start_time"), value)
    yield _case(
        "end_time newline", (W, "meetings", 0, "end_time"), "12:00\n", stricter_than_jsonschema=True
    )


def ids() -> Iterator[Hostile]:
    for value in ("a b", "å", "", "x" * 65, "a/b", "🚓", "id\u0000", "#1"):
        yield _case(f"workshop id {value!r:.12}", (W, "id"), value)
        yield _case(f"organisation id {value!r:.12}", (W, "organisations", 0, "id"), value)
    yield _case("id with newline", (W, "causes", 0, "id"), "c1\n", stricter_than_jsonschema=True)
    yield _case("bad problem_id", (W, "causes", 0, "problem_id"), "p 1")
    yield _case("bad attendee id", (W, "meetings", 0, "attendee_ids", 0), "")
    yield _case("bad nullable id", (W, "participants", 0, "organisation_id"), "a b")
    yield _case("id as number", (W, "participants", 0, "organisation_id"), 7)


GENERATORS = (
    truncated,
    format_and_top_level,
    wrong_types,
    wrong_shapes,
    unknown_and_missing_fields,
    duplicates,
    references,
    nesting,
    long_strings,
    bad_bytes,
    numbers,
    enums,
    dates_and_times,
    ids,
)


@cache
def hostile_cases() -> tuple[Hostile, ...]:
    cases = tuple(case for generate in GENERATORS for case in generate())
    names = [case.name for case in cases]
    assert len(names) == len(set(names)), "hostile case names must be unique"
    return cases
