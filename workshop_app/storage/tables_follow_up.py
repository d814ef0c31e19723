"""Tables of the follow-up cycle (format version 2, migration 0004): meetings and histories."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Index, Text, UniqueConstraint
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, mapped_column

from workshop_app.domain.enums import (
    Affected,
    Attainment,
    Certainty,
    Extent,
    IndicatorStatus,
    NextStepStatus,
    Severity,
    Trend,
)
from workshop_app.storage.column_types import EnumInt, EnumText
from workshop_app.storage.tables import CASCADE, Base, _fk, _InWorkshop, _Item


class FollowUpMeetingRow(_Item, Base):
    """A follow-up meeting (format version 2, migration 0004)."""

    __tablename__ = "follow_up_meetings"

    date: Mapped[date]
    notes: Mapped[str] = mapped_column(Text)


class EarlierAssessmentRow(_InWorkshop, Base):
    """An assessment a later meeting superseded, kept as it was (migration 0004)."""

    __tablename__ = "earlier_assessments"
    __table_args__ = (
        Index(None, "workshop_pk"),
        UniqueConstraint("indicator_pk", "meeting_pk"),
        # The baseline (meeting_pk NULL) needs its own partial index, as NULLs are distinct.
        Index(
            "uq_earlier_assessments_baseline",
            "indicator_pk",
            unique=True,
            sqlite_where=sql_text("meeting_pk IS NULL"),
            postgresql_where=sql_text("meeting_pk IS NULL"),
        ),
    )

    indicator_pk: Mapped[int] = mapped_column(_fk("indicators.pk", CASCADE))
    meeting_pk: Mapped[int | None] = mapped_column(
        _fk("follow_up_meetings.pk", CASCADE), index=True
    )
    status: Mapped[IndicatorStatus] = mapped_column(EnumText(IndicatorStatus))
    extent: Mapped[Extent | None] = mapped_column(EnumInt(Extent))
    trend: Mapped[Trend | None] = mapped_column(EnumText(Trend))
    certainty: Mapped[Certainty | None] = mapped_column(EnumText(Certainty))
    observations: Mapped[str] = mapped_column(Text)


class ProblemGoalIndicatorRow(Base):
    """The indicators that will show whether a problem's goal is reached (migration 0004)."""

    __tablename__ = "problem_goal_indicators"

    problem_pk: Mapped[int] = mapped_column(_fk("problems.pk", CASCADE), primary_key=True)
    indicator_pk: Mapped[int] = mapped_column(
        _fk("indicators.pk", CASCADE), primary_key=True, index=True
    )
    position: Mapped[int]


class ConsequenceRow(_Item, Base):
    __tablename__ = "consequences"

    problem_pk: Mapped[int] = mapped_column(_fk("problems.pk", CASCADE), index=True)
    affected: Mapped[Affected] = mapped_column(EnumText(Affected))
    severity: Mapped[Severity | None] = mapped_column(EnumText(Severity))
    description: Mapped[str] = mapped_column(Text)


class GoalAttainmentRow(_InWorkshop, Base):
    __tablename__ = "goal_attainments"
    __table_args__ = (Index(None, "workshop_pk"), UniqueConstraint("problem_pk", "meeting_pk"))

    problem_pk: Mapped[int] = mapped_column(_fk("problems.pk", CASCADE))
    meeting_pk: Mapped[int] = mapped_column(_fk("follow_up_meetings.pk", CASCADE), index=True)
    attainment: Mapped[Attainment] = mapped_column(EnumText(Attainment))
    comment: Mapped[str] = mapped_column(Text)
    production: Mapped[str] = mapped_column(Text)
    process: Mapped[str] = mapped_column(Text)
    effect: Mapped[str] = mapped_column(Text)


class NextStepUpdateRow(_InWorkshop, Base):
    """A next step's status and comment as set at one follow-up meeting (migration 0004)."""

    __tablename__ = "next_step_updates"
    __table_args__ = (Index(None, "workshop_pk"), UniqueConstraint("next_step_pk", "meeting_pk"))

    next_step_pk: Mapped[int] = mapped_column(_fk("next_steps.pk", CASCADE))
    meeting_pk: Mapped[int] = mapped_column(_fk("follow_up_meetings.pk", CASCADE), index=True)
    status: Mapped[NextStepStatus] = mapped_column(EnumText(NextStepStatus))
    comment: Mapped[str] = mapped_column(Text)
