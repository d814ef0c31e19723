"""The rules of a workshop file beyond its schema: unique keys and references that resolve.

Checked on a document that already passed the schema, so every shape is known to be right.
Places are relative to the workshop object, as in ``causes[3].problem_id``.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator, Mapping
from typing import Any

from workshop_app.domain.errors import WorkshopFileError
from workshop_app.domain.logo import logo_problem
from workshop_app.domain.workshop_file.places import place_of, quoted

Item = Mapping[str, Any]

# Collections whose items are identified by an ``id`` field.
ID_COLLECTIONS: tuple[str, ...] = (
    "organisations",
    "participants",
    "meetings",
    "indicators",
    "problems",
    "causes",
    "measures",
    "next_steps",
    "notes",
    "consequences",
    "follow_up_meetings",
    "attachments",
    "distribution",
)

# (collection, field, collection the field refers to); a field holds one id, null or a list.
REFERENCES: tuple[tuple[str, str, str], ...] = (
    ("participants", "organisation_id", "organisations"),
    ("meetings", "attendee_ids", "participants"),
    ("indicator_assessments", "indicator_id", "indicators"),
    ("problems", "indicator_ids", "indicators"),
    ("causes", "problem_id", "problems"),
    ("causes", "parent_id", "causes"),
    ("measures", "problem_id", "problems"),
    ("measures", "cause_ids", "causes"),
    ("measures", "lead_organisation_id", "organisations"),
    ("measures", "partner_organisation_ids", "organisations"),
    ("preconditions", "organisation_id", "organisations"),
    ("next_steps", "owner_organisation_id", "organisations"),
    ("next_steps", "measure_ids", "measures"),
    # Version 2.
    ("indicator_assessments", "meeting_id", "follow_up_meetings"),
    ("problems", "goal_indicator_ids", "indicators"),
    ("next_steps", "meeting_id", "follow_up_meetings"),
    ("consequences", "problem_id", "problems"),
    ("earlier_assessments", "indicator_id", "indicators"),
    ("earlier_assessments", "meeting_id", "follow_up_meetings"),
    ("next_step_updates", "next_step_id", "next_steps"),
    ("next_step_updates", "meeting_id", "follow_up_meetings"),
    ("goal_attainments", "problem_id", "problems"),
    ("goal_attainments", "meeting_id", "follow_up_meetings"),
)

# Version 2's histories: one entry per item and meeting (None: the workshop itself).
PER_MEETING: tuple[tuple[str, str, str], ...] = (
    ("earlier_assessments", "indicator_id", "indicator"),
    ("next_step_updates", "next_step_id", "next step"),
    ("goal_attainments", "problem_id", "problem"),
)

_NOUN = {
    "organisations": "organisation",
    "participants": "participant",
    "meetings": "meeting",
    "indicators": "indicator",
    "problems": "problem",
    "causes": "cause",
    "measures": "measure",
    "next_steps": "next step",
    "notes": "note",
    "consequences": "consequence",
    "follow_up_meetings": "follow-up meeting",
    "attachments": "attachment",
    "distribution": "recipient",
}


def check_rules(workshop: Item) -> None:
    """Raise ``WorkshopFileError`` for the first broken rule of CONTRACT §1 rule 2."""
    _check_unique_keys(workshop)
    ids = {name: {item["id"] for item in workshop.get(name, ())} for name in ID_COLLECTIONS}
    _check_references(workshop, ids)
    causes: list[Item] = workshop.get("causes", [])
    index_of = {cause["id"]: index for index, cause in enumerate(causes)}
    _check_cause_parents(causes, index_of)
    _check_no_cycles(causes, index_of)
    _check_measure_causes(workshop.get("measures", []), causes, index_of)
    if "logo" in workshop:
        logo_bytes(workshop["logo"])


def logo_bytes(logo: Item) -> bytes:
    """The logo's picture from its base64 text; refused unless a PNG/JPEG within the limit."""
    try:
        data = base64.b64decode(logo["data"], validate=True)
    except (binascii.Error, ValueError):
        raise _error("not valid base64", "logo", "data") from None
    problem = logo_problem(logo["media_type"], data)
    if problem is not None:
        raise _error(problem, "logo")
    return data


def _error(message: str, *path: str | int) -> WorkshopFileError:
    return WorkshopFileError(message, place_of(("workshop", *path)))


def _check_unique_keys(workshop: Item) -> None:
    for name in ID_COLLECTIONS:
        _first_repeat(workshop, name, "id", "duplicate id {key}")
    _first_repeat(
        workshop, "indicator_assessments", "indicator_id", "indicator {key} is assessed twice"
    )
    _first_repeat(workshop, "step_plan", "step", "step {key} is planned twice")
    # A precondition assessment is keyed by its dimension and (possibly no) organisation.
    seen: dict[tuple[str, str | None], int] = {}
    for index, item in enumerate(workshop.get("preconditions", ())):
        key = (item["dimension_id"], item.get("organisation_id"))
        if key in seen:
            whose = f"organisation {quoted(key[1])}" if key[1] is not None else "no organisation"
            raise _error(
                f"dimension {quoted(key[0])} is assessed twice for {whose}"
                f" (also preconditions[{seen[key]}])",
                "preconditions",
                index,
            )
        seen[key] = index
    for name, field, noun in PER_MEETING:
        _first_repeat_per_meeting(workshop, name, field, noun)


def _first_repeat_per_meeting(workshop: Item, name: str, field: str, noun: str) -> None:
    seen: dict[tuple[str, str | None], int] = {}
    for index, item in enumerate(workshop.get(name, ())):
        key = (item[field], item.get("meeting_id"))
        if key in seen:
            when = f"meeting {quoted(key[1])}" if key[1] is not None else "the workshop"
            raise _error(
                f"{noun} {quoted(key[0])} has two entries for {when} (also {name}[{seen[key]}])",
                name,
                index,
            )
        seen[key] = index


def _first_repeat(workshop: Item, name: str, field: str, message: str) -> None:
    seen: dict[str, int] = {}
    for index, item in enumerate(workshop.get(name, ())):
        key = item[field]
        if key in seen:
            text = message.format(key=quoted(key)) + f" (also {name}[{seen[key]}])"
            raise _error(text, name, index, field)
        seen[key] = index


def _check_references(workshop: Item, ids: Mapping[str, set[str]]) -> None:
    for name, field, target in REFERENCES:
        for index, item in enumerate(workshop.get(name, ())):
            for path, value in _ids_in(item.get(field), (name, index, field)):
                if value not in ids[target]:
                    raise _error(f"no {_NOUN[target]} with id {quoted(value)}", *path)
    # Sources of an assessment are one level deeper than the table above reaches.
    for index, assessment in enumerate(workshop.get("indicator_assessments", ())):
        for number, source in enumerate(assessment.get("sources", ())):
            if source["organisation_id"] not in ids["organisations"]:
                raise _error(
                    f"no organisation with id {quoted(source['organisation_id'])}",
                    "indicator_assessments",
                    index,
                    "sources",
                    number,
                    "organisation_id",
                )


def _ids_in(value: object, path: tuple[str | int, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(value, list):
        for number, one in enumerate(value):
            yield (*path, number), one
    elif isinstance(value, str):
        yield path, value


def _check_cause_parents(causes: list[Item], index_of: Mapping[str, int]) -> None:
    for index, cause in enumerate(causes):
        parent_id = cause.get("parent_id")
        if parent_id is None:
            continue
        parent_problem = causes[index_of[parent_id]]["problem_id"]
        if parent_problem != cause["problem_id"]:
            raise _error(
                f"cause {quoted(parent_id)} belongs to problem {quoted(parent_problem)},"
                f" not to problem {quoted(cause['problem_id'])}",
                "causes",
                index,
                "parent_id",
            )


def _check_no_cycles(causes: list[Item], index_of: Mapping[str, int]) -> None:
    # Each cause has at most one parent, so following parents from every cause once, and
    # never again from a cause already known to reach a root, finds any cycle in O(n).
    reaches_root: set[str] = set()
    for cause in causes:
        chain: list[str] = []
        position: dict[str, int] = {}
        current: str | None = cause["id"]
        while current is not None and current not in reaches_root:
            if current in position:
                cycle = chain[position[current] :]
                start = min(range(len(cycle)), key=lambda k: index_of[cycle[k]])
                ordered = cycle[start:] + cycle[:start]
                shown = " → ".join(quoted(one) for one in [*ordered, ordered[0]])
                raise _error(
                    f"parents form a cycle: {shown}", "causes", index_of[ordered[0]], "parent_id"
                )
            position[current] = len(chain)
            chain.append(current)
            current = causes[index_of[current]].get("parent_id")
        reaches_root.update(chain)


def _check_measure_causes(
    measures: list[Item], causes: list[Item], index_of: Mapping[str, int]
) -> None:
    # A measure addresses causes of its own problem: a cause of another problem would show up
    # under the wrong fishbone in the minutes and in the measure table.
    for index, measure in enumerate(measures):
        for number, cause_id in enumerate(measure.get("cause_ids", ())):
            cause_problem = causes[index_of[cause_id]]["problem_id"]
            if cause_problem != measure["problem_id"]:
                raise _error(
                    f"cause {quoted(cause_id)} belongs to problem {quoted(cause_problem)},"
                    f" not to this measure's problem {quoted(measure['problem_id'])}",
                    "measures",
                    index,
                    "cause_ids",
                    number,
                )
