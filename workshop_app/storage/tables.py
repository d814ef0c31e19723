"""SQLAlchemy tables of the whole workshop data model (DESIGN §3, the workshop file schema).

Row identity: every row has a surrogate integer ``pk``. Item ids are strings unique only within
their workshop (an imported copy keeps its item ids), hence ``UNIQUE (workshop_pk, item_id)``.
Rows refer to each other by integer foreign keys, so ON DELETE CASCADE / SET NULL do the
referential clean-up in the database itself. Every list has a ``position`` (0..n-1, dense,
per workshop and collection). Free text is ``Text`` (no length limits that SQLite would ignore
and PostgreSQL would enforce); ids and codes are short VARCHARs.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import (
    text as sql_text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from workshop_app.domain.enums import (
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
    SourceType,
    Trend,
)
from workshop_app.domain.steps import Step
from workshop_app.storage.column_types import EnumInt, EnumText, IsoDateTime

# Named constraints: Alembic's batch mode on SQLite can only alter what has a name.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID_LENGTH = 64  # the file's id pattern allows at most 64 characters
CASCADE = "CASCADE"
SET_NULL = "SET NULL"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _fk(target: str, ondelete: str) -> ForeignKey:
    return ForeignKey(target, ondelete=ondelete)


class WorkshopRow(Base):
    """The workshop header."""

    __tablename__ = "workshops"

    pk: Mapped[int] = mapped_column(primary_key=True)
    id: Mapped[str] = mapped_column(String(ID_LENGTH), unique=True)
    title: Mapped[str] = mapped_column(Text)
    municipality: Mapped[str] = mapped_column(Text)
    area: Mapped[str] = mapped_column(Text)
    purpose: Mapped[str] = mapped_column(Text)
    language: Mapped[Language] = mapped_column(EnumText(Language, 8))
    method_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    method_version: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(IsoDateTime())
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime())
    current_step: Mapped[Step] = mapped_column(EnumText(Step))
    follow_up_date: Mapped[date | None]
    # Checked and incremented by every write (repository.WorkshopRepository): an edit based on
    # an older revision was made without seeing another person's change and is refused.
    revision: Mapped[int] = mapped_column(Integer, server_default=sql_text("0"))
    # The record fields of the minutes (migration 0005): who takes the notes, and the logo
    # (its media type and the picture's bytes, both set or both empty).
    note_taker: Mapped[str] = mapped_column(Text, server_default="")
    logo_media_type: Mapped[str | None] = mapped_column(String(20))
    logo_data: Mapped[bytes | None] = mapped_column(LargeBinary)


class ImportRow(Base):
    """One import of a workshop file, written in the import's own transaction: a retry after
    a commit of unknown outcome (a lost connection) finds it and makes no second copy."""

    __tablename__ = "imports"

    pk: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[str] = mapped_column(String(ID_LENGTH), unique=True)
    workshop_pk: Mapped[int] = mapped_column(_fk("workshops.pk", CASCADE), index=True)
    file_digest: Mapped[str] = mapped_column(String(64), index=True)  # SHA-256 of the file
    imported_at: Mapped[datetime] = mapped_column(IsoDateTime())


class _InWorkshop:
    """Columns of every row that belongs to one workshop's collection."""

    pk: Mapped[int] = mapped_column(primary_key=True, sort_order=-3)
    workshop_pk: Mapped[int] = mapped_column(_fk("workshops.pk", CASCADE), sort_order=-2)
    position: Mapped[int] = mapped_column(sort_order=-1)


class _Item(_InWorkshop):
    """A row whose domain item has a string ``id``, unique within its workshop."""

    item_id: Mapped[str] = mapped_column(String(ID_LENGTH), sort_order=-1)

    @declared_attr.directive
    def __table_args__(cls) -> tuple[UniqueConstraint]:
        # Also serves as the index for "all rows of workshop w".
        return (UniqueConstraint("workshop_pk", "item_id"),)


class StepPlanRow(_InWorkshop, Base):
    __tablename__ = "step_plans"
    __table_args__ = (UniqueConstraint("workshop_pk", "step"),)

    step: Mapped[Step] = mapped_column(EnumText(Step))
    planned_minutes: Mapped[int | None]
    elapsed_seconds: Mapped[int]
    completed: Mapped[bool] = mapped_column(Boolean)


class OrganisationRow(_Item, Base):
    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(Text)


class ParticipantRow(_Item, Base):
    __tablename__ = "participants"

    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text)
    organisation_pk: Mapped[int | None] = mapped_column(
        _fk("organisations.pk", SET_NULL), index=True
    )


class MeetingRow(_Item, Base):
    __tablename__ = "meetings"

    date: Mapped[date]
    start_time: Mapped[str | None] = mapped_column(String(5))
    end_time: Mapped[str | None] = mapped_column(String(5))
    location: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text)


class MeetingAttendeeRow(Base):
    __tablename__ = "meeting_attendees"

    meeting_pk: Mapped[int] = mapped_column(_fk("meetings.pk", CASCADE), primary_key=True)
    participant_pk: Mapped[int] = mapped_column(
        _fk("participants.pk", CASCADE), primary_key=True, index=True
    )
    position: Mapped[int]


class IndicatorRow(_Item, Base):
    __tablename__ = "indicators"

    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    group_name: Mapped[str] = mapped_column(Text)  # "group" is an SQL keyword
    custom: Mapped[bool] = mapped_column(Boolean)


class IndicatorAssessmentRow(_InWorkshop, Base):
    __tablename__ = "indicator_assessments"
    __table_args__ = (Index(None, "workshop_pk"),)

    # Unique: an indicator has at most one assessment (it is the item's key).
    indicator_pk: Mapped[int] = mapped_column(_fk("indicators.pk", CASCADE), unique=True)
    status: Mapped[IndicatorStatus] = mapped_column(EnumText(IndicatorStatus))
    extent: Mapped[Extent | None] = mapped_column(EnumInt(Extent))
    trend: Mapped[Trend | None] = mapped_column(EnumText(Trend))
    certainty: Mapped[Certainty | None] = mapped_column(EnumText(Certainty))
    observations: Mapped[str] = mapped_column(Text)
    # The meeting the assessment was made in (None: the workshop); deleting the meeting keeps
    # the assessment.
    meeting_pk: Mapped[int | None] = mapped_column(
        _fk("follow_up_meetings.pk", SET_NULL), index=True
    )


class IndicatorSourceRow(Base):
    """One cell of the information matrix, in the order of the assessment's sources."""

    __tablename__ = "indicator_sources"

    assessment_pk: Mapped[int] = mapped_column(
        _fk("indicator_assessments.pk", CASCADE), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    organisation_pk: Mapped[int] = mapped_column(_fk("organisations.pk", CASCADE), index=True)
    source_type: Mapped[SourceType] = mapped_column(EnumText(SourceType))
    note: Mapped[str] = mapped_column(Text)


class ProblemRow(_Item, Base):
    __tablename__ = "problems"

    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    place: Mapped[str] = mapped_column(Text)
    votes: Mapped[int] = mapped_column(Integer)
    prioritised: Mapped[bool] = mapped_column(Boolean)
    rank: Mapped[int | None]
    goal: Mapped[str] = mapped_column(Text, server_default="")
    goal_date: Mapped[date | None]
    goal_measure: Mapped[str] = mapped_column(Text, server_default="")


class ProblemIndicatorRow(Base):
    __tablename__ = "problem_indicators"

    problem_pk: Mapped[int] = mapped_column(_fk("problems.pk", CASCADE), primary_key=True)
    indicator_pk: Mapped[int] = mapped_column(
        _fk("indicators.pk", CASCADE), primary_key=True, index=True
    )
    position: Mapped[int]


class CauseRow(_Item, Base):
    __tablename__ = "causes"

    problem_pk: Mapped[int] = mapped_column(_fk("problems.pk", CASCADE), index=True)
    # The cause tree: deleting a cause deletes its sub-causes.
    parent_pk: Mapped[int | None] = mapped_column(_fk("causes.pk", CASCADE), index=True)
    description: Mapped[str] = mapped_column(Text)
    branch: Mapped[Branch] = mapped_column(EnumText(Branch))
    directness: Mapped[Directness] = mapped_column(EnumText(Directness))
    evidence: Mapped[str] = mapped_column(Text)
    certainty: Mapped[Certainty | None] = mapped_column(EnumText(Certainty))


class MeasureRow(_Item, Base):
    __tablename__ = "measures"

    problem_pk: Mapped[int] = mapped_column(_fk("problems.pk", CASCADE), index=True)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    kind: Mapped[MeasureKind] = mapped_column(EnumText(MeasureKind))
    horizon: Mapped[Horizon | None] = mapped_column(EnumText(Horizon))
    phase: Mapped[Phase | None] = mapped_column(EnumInt(Phase))
    lead_organisation_pk: Mapped[int | None] = mapped_column(
        _fk("organisations.pk", SET_NULL), index=True
    )
    resources: Mapped[str] = mapped_column(Text)
    follow_up: Mapped[str] = mapped_column(Text)
    votes: Mapped[int] = mapped_column(Integer)
    prioritised: Mapped[bool] = mapped_column(Boolean)
    expected_effect: Mapped[str] = mapped_column(Text, server_default="")
    evidence: Mapped[Evidence | None] = mapped_column(EnumText(Evidence))
    implementation: Mapped[Implementation | None] = mapped_column(EnumText(Implementation))


class MeasureCauseRow(Base):
    __tablename__ = "measure_causes"

    measure_pk: Mapped[int] = mapped_column(_fk("measures.pk", CASCADE), primary_key=True)
    cause_pk: Mapped[int] = mapped_column(_fk("causes.pk", CASCADE), primary_key=True, index=True)
    position: Mapped[int]


class MeasurePartnerRow(Base):
    __tablename__ = "measure_partners"

    measure_pk: Mapped[int] = mapped_column(_fk("measures.pk", CASCADE), primary_key=True)
    organisation_pk: Mapped[int] = mapped_column(
        _fk("organisations.pk", CASCADE), primary_key=True, index=True
    )
    position: Mapped[int]


class PreconditionRow(_InWorkshop, Base):
    __tablename__ = "preconditions"
    __table_args__ = (
        UniqueConstraint("workshop_pk", "dimension_id", "organisation_pk"),
        # NULLs are distinct in a UNIQUE constraint, so the "no particular organisation"
        # assessment of a dimension needs its own partial index (SQLite and PostgreSQL).
        Index(
            "uq_preconditions_general",
            "workshop_pk",
            "dimension_id",
            unique=True,
            sqlite_where=sql_text("organisation_pk IS NULL"),
            postgresql_where=sql_text("organisation_pk IS NULL"),
        ),
    )

    dimension_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    dimension_title: Mapped[str] = mapped_column(Text)
    # A per-organisation assessment goes with its organisation (it is part of the key, so
    # SET NULL could collide with the general assessment of the same dimension).
    organisation_pk: Mapped[int | None] = mapped_column(
        _fk("organisations.pk", CASCADE), index=True
    )
    rating: Mapped[Rating | None] = mapped_column(EnumInt(Rating))
    current_state: Mapped[str] = mapped_column(Text)
    obstacles: Mapped[str] = mapped_column(Text)
    remedy: Mapped[str] = mapped_column(Text)


class NextStepRow(_Item, Base):
    __tablename__ = "next_steps"

    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    owner_organisation_pk: Mapped[int | None] = mapped_column(
        _fk("organisations.pk", SET_NULL), index=True
    )
    owner_role: Mapped[str] = mapped_column(Text)
    due_date: Mapped[date | None]
    status: Mapped[NextStepStatus] = mapped_column(EnumText(NextStepStatus))
    to_steering_group: Mapped[bool] = mapped_column(Boolean)
    # The follow-up meeting that added the step (None: the workshop); migration 0004.
    meeting_pk: Mapped[int | None] = mapped_column(
        _fk("follow_up_meetings.pk", SET_NULL), index=True
    )


class NextStepMeasureRow(Base):
    __tablename__ = "next_step_measures"

    next_step_pk: Mapped[int] = mapped_column(_fk("next_steps.pk", CASCADE), primary_key=True)
    measure_pk: Mapped[int] = mapped_column(
        _fk("measures.pk", CASCADE), primary_key=True, index=True
    )
    position: Mapped[int]


class NoteRow(_Item, Base):
    __tablename__ = "notes"

    step: Mapped[Step] = mapped_column(EnumText(Step))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime | None] = mapped_column(IsoDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(IsoDateTime())  # migration 0005


# The follow-up cycle's and the record fields' tables (format version 2) live in modules of
# their own; importing them here puts them into Base.metadata for everyone who imports this
# one. Hidden from the type checker, which cannot type a class whose base module is still being
# read (they import each other); code that names these rows imports their module itself.
if not TYPE_CHECKING:
    from workshop_app.storage import tables_follow_up, tables_records  # noqa: F401
