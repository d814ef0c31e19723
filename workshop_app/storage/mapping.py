"""Rows ⇄ domain dataclasses: which table, column, foreign key and link table holds each field."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table

from workshop_app.domain.collections import COLLECTIONS
from workshop_app.domain.model import IndicatorSource, Logo, MethodRef, Workshop
from workshop_app.storage import tables as t
from workshop_app.storage import tables_follow_up as tf
from workshop_app.storage import tables_records as tr

# Domain field -> column name, where they differ.
_COLUMN_NAMES = {"id": "item_id", "group": "group_name"}


@dataclass(frozen=True, slots=True)
class Ref:
    """A field holding another item's id, stored as an integer foreign key column."""

    field: str
    column: str
    target: str  # collection of the referenced item


@dataclass(frozen=True, slots=True)
class Link:
    """A tuple field, stored as ordered rows of a link table (owner pk, target pk, position).

    For a tuple of value objects (indicator sources) ``object_type`` is set: each element's
    ``object_ref_field`` is the target's id and ``object_fields`` are further columns.
    """

    field: str
    table: Table
    owner_column: str
    target_column: str
    target: str
    object_type: type | None = None
    object_ref_field: str = ""
    object_fields: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CollectionMap:
    """How one collection of ``Workshop`` is stored."""

    name: str
    table: Table
    item_type: type
    noun: str  # singular, for messages: 'no problem with id "p9"'
    key_fields: tuple[str, ...]
    refs: tuple[Ref, ...] = ()
    links: tuple[Link, ...] = ()
    # (field, column) of the plain values, derived from the dataclass; see _collection().
    columns: tuple[tuple[str, str], ...] = ()
    # The fields a read row holds after its pk: plain values, then the refs' ids.
    row_fields: tuple[str, ...] = ()

    @property
    def has_item_id(self) -> bool:
        return "item_id" in self.table.c

    def ref(self, field: str) -> Ref | None:
        return next((r for r in self.refs if r.field == field), None)

    def link(self, field: str) -> Link | None:
        return next((li for li in self.links if li.field == field), None)

    def describe(self, key: Sequence[Any]) -> str:
        """The item's place for messages, e.g. ``causes["c3"]``."""
        return f"{self.name}[{', '.join(_quoted(k) for k in key)}]"


def _quoted(value: Any) -> str:
    return "none" if value is None else f'"{value}"'


def _collection(
    name: str,
    table: type[t.Base],
    noun: str,
    refs: tuple[Ref, ...] = (),
    links: tuple[Link, ...] = (),
) -> CollectionMap:
    spec = COLLECTIONS[name]
    special = {r.field for r in refs} | {li.field for li in links}
    columns = tuple(
        (f.name, _COLUMN_NAMES.get(f.name, f.name))
        for f in dataclasses.fields(spec.item_type)
        if f.name not in special
    )
    return CollectionMap(
        name=name,
        table=table.__table__,  # type: ignore[arg-type]
        item_type=spec.item_type,
        noun=noun,
        key_fields=spec.key_fields,
        refs=refs,
        links=links,
        columns=columns,
        row_fields=tuple(f for f, _ in columns) + tuple(r.field for r in refs),
    )


def _link(field: str, table: type[t.Base], owner: str, target_column: str, target: str) -> Link:
    return Link(field, table.__table__, owner, target_column, target)  # type: ignore[arg-type]


_ORG = "organisations"
_MEETINGS = "follow_up_meetings"

# In dependency order: a collection only refers to collections listed before it (causes also
# to themselves, via parent_id), which is the order a whole workshop is inserted in.
COLLECTION_MAPS: dict[str, CollectionMap] = {
    m.name: m
    for m in (
        _collection("step_plan", t.StepPlanRow, "step plan"),
        _collection(_ORG, t.OrganisationRow, "organisation"),
        _collection(
            "participants",
            t.ParticipantRow,
            "participant",
            refs=(Ref("organisation_id", "organisation_pk", _ORG),),
        ),
        _collection(
            "meetings",
            t.MeetingRow,
            "meeting",
            links=(
                _link(
                    "attendee_ids",
                    t.MeetingAttendeeRow,
                    "meeting_pk",
                    "participant_pk",
                    "participants",
                ),
            ),
        ),
        _collection("follow_up_meetings", tf.FollowUpMeetingRow, "follow-up meeting"),
        _collection("indicators", t.IndicatorRow, "indicator"),
        _collection(
            "indicator_assessments",
            t.IndicatorAssessmentRow,
            "indicator assessment",
            refs=(
                Ref("indicator_id", "indicator_pk", "indicators"),
                Ref("meeting_id", "meeting_pk", _MEETINGS),
            ),
            links=(
                Link(
                    "sources",
                    t.IndicatorSourceRow.__table__,  # type: ignore[arg-type]
                    "assessment_pk",
                    "organisation_pk",
                    _ORG,
                    object_type=IndicatorSource,
                    object_ref_field="organisation_id",
                    object_fields=("source_type", "note"),
                ),
            ),
        ),
        _collection(
            "problems",
            t.ProblemRow,
            "problem",
            links=(
                _link(
                    "indicator_ids",
                    t.ProblemIndicatorRow,
                    "problem_pk",
                    "indicator_pk",
                    "indicators",
                ),
                _link(
                    "goal_indicator_ids",
                    tf.ProblemGoalIndicatorRow,
                    "problem_pk",
                    "indicator_pk",
                    "indicators",
                ),
            ),
        ),
        _collection(
            "earlier_assessments",
            tf.EarlierAssessmentRow,
            "earlier assessment",
            refs=(
                Ref("indicator_id", "indicator_pk", "indicators"),
                Ref("meeting_id", "meeting_pk", _MEETINGS),
            ),
        ),
        _collection(
            "consequences",
            tf.ConsequenceRow,
            "consequence",
            refs=(Ref("problem_id", "problem_pk", "problems"),),
        ),
        _collection(
            "goal_attainments",
            tf.GoalAttainmentRow,
            "goal attainment",
            refs=(
                Ref("problem_id", "problem_pk", "problems"),
                Ref("meeting_id", "meeting_pk", _MEETINGS),
            ),
        ),
        _collection(
            "causes",
            t.CauseRow,
            "cause",
            refs=(
                Ref("problem_id", "problem_pk", "problems"),
                Ref("parent_id", "parent_pk", "causes"),
            ),
        ),
        _collection(
            "measures",
            t.MeasureRow,
            "measure",
            refs=(
                Ref("problem_id", "problem_pk", "problems"),
                Ref("lead_organisation_id", "lead_organisation_pk", _ORG),
            ),
            links=(
                _link("cause_ids", t.MeasureCauseRow, "measure_pk", "cause_pk", "causes"),
                _link(
                    "partner_organisation_ids",
                    t.MeasurePartnerRow,
                    "measure_pk",
                    "organisation_pk",
                    _ORG,
                ),
            ),
        ),
        _collection(
            "preconditions",
            t.PreconditionRow,
            "precondition assessment",
            refs=(Ref("organisation_id", "organisation_pk", _ORG),),
        ),
        _collection(
            "next_steps",
            t.NextStepRow,
            "next step",
            refs=(
                Ref("owner_organisation_id", "owner_organisation_pk", _ORG),
                Ref("meeting_id", "meeting_pk", _MEETINGS),
            ),
            links=(
                _link(
                    "measure_ids",
                    t.NextStepMeasureRow,
                    "next_step_pk",
                    "measure_pk",
                    "measures",
                ),
            ),
        ),
        _collection(
            "next_step_updates",
            tf.NextStepUpdateRow,
            "next step update",
            refs=(
                Ref("next_step_id", "next_step_pk", "next_steps"),
                Ref("meeting_id", "meeting_pk", _MEETINGS),
            ),
        ),
        _collection("notes", t.NoteRow, "note"),
        _collection("attachments", tr.AttachmentRow, "attachment"),
        _collection("distribution", tr.RecipientRow, "recipient"),
    )
}


def collection_map(name: str) -> CollectionMap:
    """The storage map of collection ``name``; ``ValueError`` naming the valid ones if unknown."""
    try:
        return COLLECTION_MAPS[name]
    except KeyError:
        known = ", ".join(COLLECTION_MAPS)
        raise ValueError(f"unknown collection {name!r}; known: {known}") from None


def _dependents(name: str) -> tuple[str, ...]:
    """Collections whose rows the database deletes (ON DELETE CASCADE) with an item of ``name``."""
    target = COLLECTION_MAPS[name].table
    found = []
    for other in COLLECTION_MAPS.values():
        for fk in other.table.foreign_keys:
            if fk.column.table is target and fk.ondelete == t.CASCADE:
                found.append(other.name)
                break
    return tuple(found)


# Whose positions must be renumbered after deleting an item of a collection (itself included).
CASCADE_DEPENDENTS: dict[str, tuple[str, ...]] = {
    name: tuple(dict.fromkeys((name, *_dependents(name)))) for name in COLLECTION_MAPS
}


# ---- rows -> domain ---------------------------------------------------------------------


def item_from_values(
    cmap: CollectionMap, values: Sequence[Any], links: Mapping[str, tuple[Any, ...]]
) -> Any:
    """Build an item from its plain column values, then its refs' ids (in map order), and links."""
    kwargs = dict(zip(cmap.row_fields, values, strict=True))
    kwargs.update(links)
    return cmap.item_type(**kwargs)


def link_element(link: Link, target_id: str, extra: Sequence[Any]) -> Any:
    """One element of a link tuple: the target's id, or a value object such as a source."""
    if link.object_type is None:
        return target_id
    kwargs = dict(zip(link.object_fields, extra, strict=True))
    kwargs[link.object_ref_field] = target_id
    return link.object_type(**kwargs)


HEADER_COLUMNS: tuple[str, ...] = (
    "id",
    "title",
    "municipality",
    "area",
    "purpose",
    "language",
    "method_id",
    "method_version",
    "created_at",
    "updated_at",
    "current_step",
    "follow_up_date",
    "note_taker",
    "logo_media_type",
    "logo_data",
)


def workshop_from_values(
    values: Sequence[Any], collections: Mapping[str, tuple[Any, ...]]
) -> Workshop:
    """Build a ``Workshop`` from its header values (``HEADER_COLUMNS`` order) and collections."""
    header = dict(zip(HEADER_COLUMNS, values, strict=True))
    method = MethodRef(header.pop("method_id"), header.pop("method_version"))
    media_type, data = header.pop("logo_media_type"), header.pop("logo_data")
    header["logo"] = None if media_type is None or data is None else Logo(media_type, bytes(data))
    # One string-keyed dict: the field names are checked by the dataclass at run time.
    fields: dict[str, Any] = {**header, **collections}
    return Workshop(method=method, **fields)


# ---- domain -> rows ---------------------------------------------------------------------


def item_values(cmap: CollectionMap, item: Any) -> dict[str, Any]:
    """The plain column values of an item (refs, links, workshop and position come separately)."""
    return {column: getattr(item, field) for field, column in cmap.columns}
