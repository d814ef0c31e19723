"""Reading a workshop file: every check of CONTRACT §1, then the frozen domain objects."""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Mapping
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any, cast

from workshop_app.domain.enums import (
    Affected,
    Attainment,
    Branch,
    Certainty,
    Directness,
    Evidence,
    Extent,
    Horizon,
    Implementation,
    IndicatorStatus,
    Language,
    MeasureKind,
    NextStepStatus,
    Phase,
    Rating,
    Severity,
    SourceType,
    Trend,
)
from workshop_app.domain.errors import WorkshopFileError
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
from workshop_app.domain.steps import Step
from workshop_app.domain.value_ranges import NUL_REASON, first_nul
from workshop_app.domain.workshop_file.date_rules import check_date_range
from workshop_app.domain.workshop_file.decode import MAX_FILE_BYTES, decode_json_document
from workshop_app.domain.workshop_file.places import place_of, printable, quoted
from workshop_app.domain.workshop_file.rules import check_rules, logo_bytes
from workshop_app.domain.workshop_file.schema_check import check_schema, json_equal
from workshop_app.domain.workshop_file.string_formats import parse_date_time
from workshop_app.domain.workshop_file.versions import CURRENT_VERSION, READABLE_VERSIONS

FORMAT_NAME = "workshop_app.workshop"
FORMAT_VERSION = CURRENT_VERSION  # the version export writes; import reads READABLE_VERSIONS

# The file's word for Rating.DONT_KNOW ("Vet ej"); every other rating is its level number.
DONT_KNOW_RATING = "dont_know"

Converter = Callable[[Any], Any]


def read_workshop_file(
    path: Path, *, known_indicator_ids: Collection[str] = frozenset()
) -> Workshop:
    """Read and check the workshop file at ``path``; see ``parse_workshop_document``.

    A file that cannot be read (missing, a folder, no permission) is a ``WorkshopFileError``
    too: for the user it is one more file that cannot be imported.
    """
    path = Path(path)
    try:
        with path.open("rb") as file:
            # The size is known before anything is read: a 2 GB file is refused at once.
            if os.fstat(file.fileno()).st_size > MAX_FILE_BYTES:
                raise WorkshopFileError("file is larger than 20 MB")
            # One byte more than allowed, in case the file grew since stat (or is a pipe).
            raw = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise WorkshopFileError(f"cannot read {printable(str(path))}: {error.strerror}") from None
    return parse_workshop_document(raw, known_indicator_ids=known_indicator_ids)


def parse_workshop_document(
    raw: bytes, *, known_indicator_ids: Collection[str] = frozenset()
) -> Workshop:
    """Check the bytes of a workshop file and build its ``Workshop``.

    Raises ``WorkshopFileError`` naming the place of the first problem. Indicators whose id is
    in ``known_indicator_ids`` (the installed catalog) are linked to it (``custom=False``);
    any other becomes a custom indicator of this workshop (CONTRACT §1 rule 1): the file's own
    ``custom`` flag is not trusted either way.
    """
    document = decode_json_document(raw)
    check_format(document)
    check_schema(document)
    checked = cast(dict[str, Any], document)  # an object: check_format made sure
    nul_path = first_nul(checked)
    if nul_path is not None:  # rule 8: PostgreSQL cannot hold it, so no store takes it
        raise WorkshopFileError(NUL_REASON, place_of(nul_path))
    check_rules(checked["workshop"])
    check_date_range(checked)
    return workshop_from_document(checked, known_indicator_ids=known_indicator_ids)


def check_format(document: object) -> None:
    """Refuse anything that is not a workshop file of a version this app reads."""
    if not isinstance(document, dict):
        raise WorkshopFileError("not a workshop file (the top level is not a JSON object)")
    if "format" not in document:
        raise WorkshopFileError('not a workshop file (missing "format")')
    if not json_equal(document["format"], FORMAT_NAME):
        raise WorkshopFileError(
            f"not a workshop file ({quoted(document['format'])} instead of {quoted(FORMAT_NAME)})",
            "format",
        )
    readable = " or ".join(str(v) for v in READABLE_VERSIONS)
    if "format_version" not in document:
        raise WorkshopFileError(f"missing; this app reads version {readable}", "format_version")
    version = document["format_version"]
    if any(json_equal(version, known) for known in READABLE_VERSIONS):
        return
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise WorkshopFileError(
            f"version {version} is newer than this app reads (version {readable});"
            " please update the app",
            "format_version",
        )
    raise WorkshopFileError(f"must be {readable} (got {quoted(version)})", "format_version")


def workshop_from_document(
    document: Mapping[str, Any], *, known_indicator_ids: Collection[str] = frozenset()
) -> Workshop:
    """Build the ``Workshop`` of a checked document; absent optional fields get the defaults."""
    fields = dict(document["workshop"])
    fields["indicators"] = [
        {**item, "custom": item["id"] not in known_indicator_ids}
        for item in fields.get("indicators", ())
    ]
    workshop: Workshop = _build(Workshop, fields, _WORKSHOP)
    return workshop


def _build(cls: type, item: Mapping[str, Any], converters: Mapping[str, Converter]) -> Any:
    # The file's field names are the dataclasses' field names (model.py), one to one.
    return cls(**{key: converters.get(key, _same)(value) for key, value in item.items()})


def _same(value: Any) -> Any:
    return value


def _integer(value: int | float | None) -> int | None:
    # JSON Schema counts 5.0 as an integer; the domain holds a real int.
    return None if value is None else int(value)


def _optional(convert: Callable[[Any], Any]) -> Converter:
    return lambda value: None if value is None else convert(value)


def _enum(cls: type[Enum]) -> Converter:
    def convert(value: Any) -> Any:
        if value is None:
            return None
        # Number enums (extent, phase, rating) may arrive as 2.0; the enum wants the int 2.
        return cls(int(value) if isinstance(value, float) else value)

    return convert


def _ids(value: list[str]) -> tuple[str, ...]:
    return tuple(value)


def _items(cls: type, converters: Mapping[str, Converter]) -> Converter:
    return lambda values: tuple(_build(cls, item, converters) for item in values)


_date = _optional(date.fromisoformat)


def _datetime(value: str) -> datetime:
    moment = parse_date_time(value)
    if moment is None:  # the schema check let only RFC 3339 date-times through
        raise WorkshopFileError(f"{quoted(value)} is not a valid date-time")
    return moment


def _rating(value: Any) -> Rating | None:
    if value == DONT_KNOW_RATING:
        return Rating.DONT_KNOW
    rating: Rating | None = _enum(Rating)(value)
    return rating


_SOURCE = {"source_type": _enum(SourceType)}
_ASSESSED = {
    "status": _enum(IndicatorStatus),
    "extent": _enum(Extent),
    "trend": _enum(Trend),
    "certainty": _enum(Certainty),
}

_WORKSHOP: dict[str, Converter] = {
    "language": _enum(Language),
    "method": lambda value: _build(MethodRef, value, {}),
    "created_at": _datetime,
    "updated_at": _datetime,
    "current_step": _enum(Step),
    "follow_up_date": _date,
    "step_plan": _items(
        StepPlan,
        {"step": _enum(Step), "planned_minutes": _integer, "elapsed_seconds": _integer},
    ),
    "organisations": _items(Organisation, {}),
    "participants": _items(Participant, {}),
    "meetings": _items(Meeting, {"date": _date, "attendee_ids": _ids}),
    "indicators": _items(Indicator, {}),
    "indicator_assessments": _items(
        IndicatorAssessment, {**_ASSESSED, "sources": _items(IndicatorSource, _SOURCE)}
    ),
    "problems": _items(
        Problem,
        {
            "indicator_ids": _ids,
            "votes": _integer,
            "rank": _integer,
            "goal_date": _date,
            "goal_indicator_ids": _ids,
        },
    ),
    "causes": _items(
        Cause,
        {"branch": _enum(Branch), "directness": _enum(Directness), "certainty": _enum(Certainty)},
    ),
    "measures": _items(
        Measure,
        {
            "cause_ids": _ids,
            "kind": _enum(MeasureKind),
            "horizon": _enum(Horizon),
            "phase": _enum(Phase),
            "partner_organisation_ids": _ids,
            "votes": _integer,
            "evidence": _enum(Evidence),
            "implementation": _enum(Implementation),
        },
    ),
    "preconditions": _items(PreconditionAssessment, {"rating": _rating}),
    "next_steps": _items(
        NextStep,
        {"due_date": _date, "status": _enum(NextStepStatus), "measure_ids": _ids},
    ),
    "notes": _items(Note, {"step": _enum(Step), "created_at": _datetime, "resolved_at": _datetime}),
    "logo": lambda value: Logo(value["media_type"], logo_bytes(value)),
    "attachments": _items(Attachment, {}),
    "distribution": _items(Recipient, {}),
    "consequences": _items(Consequence, {"affected": _enum(Affected), "severity": _enum(Severity)}),
    "follow_up_meetings": _items(FollowUpMeeting, {"date": _date}),
    "earlier_assessments": _items(EarlierAssessment, _ASSESSED),
    "next_step_updates": _items(NextStepUpdate, {"status": _enum(NextStepStatus)}),
    "goal_attainments": _items(GoalAttainment, {"attainment": _enum(Attainment)}),
}
