"""Writing a workshop file: the document in the exact shape and key order of the example."""

from __future__ import annotations

import base64
import json
from dataclasses import is_dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from workshop_app.domain.atomic_file import write_bytes_atomically
from workshop_app.domain.enums import Rating
from workshop_app.domain.model import (
    Attachment,
    Cause,
    Consequence,
    EarlierAssessment,
    FollowUpMeeting,
    GoalAttainment,
    Indicator,
    IndicatorAssessment,
    IndicatorSource,
    Logo,
    Measure,
    Meeting,
    MethodRef,
    NextStep,
    NextStepUpdate,
    Note,
    Organisation,
    Participant,
    PreconditionAssessment,
    Problem,
    Recipient,
    StepPlan,
    Workshop,
)
from workshop_app.domain.workshop_file.reader import (
    DONT_KNOW_RATING,
    FORMAT_NAME,
    FORMAT_VERSION,
)
from workshop_app.domain.workshop_file.rules import check_rules
from workshop_app.domain.workshop_file.schema_check import check_schema
from workshop_app.domain.workshop_file.versions import (
    ADDED_COLLECTIONS,
    ADDED_FIELDS,
    ADDED_HEADER_FIELDS,
    VERSION_1,
    check_version_1_expresses,
)

# Key order of every object, as in example-workshop.json. Every field is written (with its
# default when unset) so a file shows all there is to fill in, and round trips are exact.
FIELD_ORDER: dict[type, tuple[str, ...]] = {
    Workshop: (
        "id", "title", "municipality", "area", "purpose", "language", "method", "created_at",
        "updated_at", "current_step", "follow_up_date", *ADDED_HEADER_FIELDS, "step_plan",
        "organisations", "participants", "meetings", "indicators", "indicator_assessments",
        "problems", "causes", "measures", "preconditions", "next_steps", "notes",
        *ADDED_COLLECTIONS,
    ),
    MethodRef: ("id", "version"),
    StepPlan: ("step", "planned_minutes", "elapsed_seconds", "completed"),
    Organisation: ("id", "name", "kind"),
    Participant: ("id", "name", "role", "organisation_id"),
    Meeting: ("id", "date", "start_time", "end_time", "location", "attendee_ids", "notes"),
    Indicator: ("id", "title", "group", "description", "custom"),
    IndicatorAssessment: (
        "indicator_id", "status", "extent", "trend", "certainty", "observations", "sources",
        *ADDED_FIELDS[IndicatorAssessment],
    ),
    IndicatorSource: ("organisation_id", "source_type", "note"),
    Problem: (
        "id", "title", "description", "place", "indicator_ids", "votes", "prioritised", "rank",
        *ADDED_FIELDS[Problem],
    ),
    Cause: (
        "id", "problem_id", "parent_id", "description", "branch", "directness", "evidence",
        "certainty",
    ),
    Measure: (
        "id", "problem_id", "cause_ids", "title", "description", "kind", "horizon", "phase",
        "lead_organisation_id", "partner_organisation_ids", "resources", "follow_up", "votes",
        "prioritised", *ADDED_FIELDS[Measure],
    ),
    PreconditionAssessment: (
        "dimension_id", "dimension_title", "organisation_id", "rating", "current_state",
        "obstacles", "remedy",
    ),
    NextStep: (
        "id", "title", "description", "owner_organisation_id", "owner_role", "due_date",
        "status", "measure_ids", "to_steering_group", *ADDED_FIELDS[NextStep],
    ),
    Note: ("id", "step", "text", "created_at", *ADDED_FIELDS[Note]),
    Consequence: ("id", "problem_id", "affected", "severity", "description"),
    FollowUpMeeting: ("id", "date", "notes"),
    EarlierAssessment: (
        "indicator_id", "meeting_id", "status", "extent", "trend", "certainty", "observations",
    ),
    NextStepUpdate: ("next_step_id", "meeting_id", "status", "comment"),
    GoalAttainment: (
        "problem_id", "meeting_id", "attainment", "comment", "production", "process", "effect",
    ),
    Attachment: ("id", "title"),
    Recipient: ("id", "recipient"),
}  # fmt: skip

# What version 1 writes: the same keys without those version 2 added.
_VERSION_1_OMITS: dict[type, frozenset[str]] = {
    Workshop: frozenset(ADDED_COLLECTIONS) | frozenset(ADDED_HEADER_FIELDS),
    **{cls: frozenset(added) for cls, added in ADDED_FIELDS.items()},
}

# The schema allows no null for these, so an unset value is left out instead.
OMITTED_WHEN_NONE: frozenset[tuple[type, str]] = frozenset(
    {
        (Workshop, "created_at"),
        (Workshop, "updated_at"),
        (StepPlan, "planned_minutes"),
        (Note, "created_at"),
        (Note, "resolved_at"),
        (Workshop, "logo"),
    }
)


def workshop_to_document(
    workshop: Workshop,
    *,
    app_version: str,
    exported_at: datetime,
    format_version: int = FORMAT_VERSION,
) -> dict[str, Any]:
    """The workshop file's JSON document (plain dicts, lists, strings, numbers).

    ``format_version`` 1 is for a recipient on an older release: it raises
    ``WorkshopFileError`` naming what would be lost when version 1 cannot hold the workshop.
    """
    omitted: dict[type, frozenset[str]] = {}
    if format_version == VERSION_1:
        check_version_1_expresses(workshop)
        omitted = _VERSION_1_OMITS
    elif format_version != FORMAT_VERSION:
        raise ValueError(f"cannot write format version {format_version}")
    return {
        "format": FORMAT_NAME,
        "format_version": format_version,
        "exported_at": exported_at.isoformat(),
        "app_version": app_version,
        "workshop": _encode(workshop, omitted),
    }


def document_to_json(document: dict[str, Any]) -> bytes:
    """UTF-8 JSON, indented by 2, letters as themselves (å, not \\u00e5), ending in a newline."""
    text = json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")


def write_workshop_file(
    path: Path,
    workshop: Workshop,
    *,
    app_version: str,
    exported_at: datetime,
    format_version: int = FORMAT_VERSION,
) -> None:
    """Write ``workshop`` to ``path`` atomically, after the checks an import would make.

    A workshop that breaks a rule of the file (a dangling reference, a too long title …)
    raises ``WorkshopFileError`` and nothing is written: every file export writes can be
    imported again. ``OSError`` from writing propagates; an existing file stays untouched.
    """
    document = workshop_to_document(
        workshop, app_version=app_version, exported_at=exported_at, format_version=format_version
    )
    check_schema(document)
    check_rules(document["workshop"])
    write_bytes_atomically(path, document_to_json(document))


def _encode(value: object, omitted: dict[type, frozenset[str]]) -> Any:
    if value is Rating.DONT_KNOW:
        return DONT_KNOW_RATING
    if isinstance(value, Enum):
        return value.value
    # datetime before date: every datetime is also a date.
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_encode(item, omitted) for item in value]
    if isinstance(value, Logo):  # the picture as base64, so the file stays self-contained
        return {"media_type": value.media_type, "data": base64.b64encode(value.data).decode()}
    if is_dataclass(value) and not isinstance(value, type):
        cls = type(value)
        left_out = omitted.get(cls, frozenset())
        return {
            name: _encode(getattr(value, name), omitted)
            for name in FIELD_ORDER[cls]
            if name not in left_out
            and not (getattr(value, name) is None and (cls, name) in OMITTED_WHEN_NONE)
        }
    return value
