"""Initial schema: workshops and every collection of the workshop file, version 1.

Explicit DDL (not metadata.create_all) so that later revisions build on real history; the
test suite checks that this plus later revisions equals the ORM metadata.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "workshops",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("municipality", sa.Text(), nullable=False),
        sa.Column("area", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("method_id", sa.String(length=64), nullable=False),
        sa.Column("method_version", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("current_step", sa.String(length=20), nullable=False),
        sa.Column("follow_up_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_workshops")),
        sa.UniqueConstraint("id", name=op.f("uq_workshops_id")),
    )
    op.create_table(
        "indicators",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("workshop_pk", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("group_name", sa.Text(), nullable=False),
        sa.Column("custom", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_pk"],
            ["workshops.pk"],
            name=op.f("fk_indicators_workshop_pk_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_indicators")),
        sa.UniqueConstraint(
            "workshop_pk", "item_id", name=op.f("uq_indicators_workshop_pk_item_id")
        ),
    )
    op.create_table(
        "meetings",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("workshop_pk", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.String(length=5), nullable=True),
        sa.Column("end_time", sa.String(length=5), nullable=True),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_pk"],
            ["workshops.pk"],
            name=op.f("fk_meetings_workshop_pk_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_meetings")),
        sa.UniqueConstraint("workshop_pk", "item_id", name=op.f("uq_meetings_workshop_pk_item_id")),
    )
    op.create_table(
        "notes",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("workshop_pk", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["workshop_pk"],
            ["workshops.pk"],
            name=op.f("fk_notes_workshop_pk_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_notes")),
        sa.UniqueConstraint("workshop_pk", "item_id", name=op.f("uq_notes_workshop_pk_item_id")),
    )
    op.create_table(
        "organisations",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("workshop_pk", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_pk"],
            ["workshops.pk"],
            name=op.f("fk_organisations_workshop_pk_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_organisations")),
        sa.UniqueConstraint(
            "workshop_pk", "item_id", name=op.f("uq_organisations_workshop_pk_item_id")
        ),
    )
    op.create_table(
        "problems",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("workshop_pk", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("prioritised", sa.Boolean(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["workshop_pk"],
            ["workshops.pk"],
            name=op.f("fk_problems_workshop_pk_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_problems")),
        sa.UniqueConstraint("workshop_pk", "item_id", name=op.f("uq_problems_workshop_pk_item_id")),
    )
    op.create_table(
        "step_plans",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("workshop_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=20), nullable=False),
        sa.Column("planned_minutes", sa.Integer(), nullable=True),
        sa.Column("elapsed_seconds", sa.Integer(), nullable=False),
        sa.Column("completed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_pk"],
            ["workshops.pk"],
            name=op.f("fk_step_plans_workshop_pk_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_step_plans")),
        sa.UniqueConstraint("workshop_pk", "step", name=op.f("uq_step_plans_workshop_pk_step")),
    )
    op.create_table(
        "causes",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("workshop_pk", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("problem_pk", sa.Integer(), nullable=False),
        sa.Column("parent_pk", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("branch", sa.String(length=20), nullable=False),
        sa.Column("directness", sa.String(length=20), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("certainty", sa.String(length=20), nullable=True),
        sa.ForeignKeyConstraint(
            ["parent_pk"],
            ["causes.pk"],
            name=op.f("fk_causes_parent_pk_causes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["problem_pk"],
            ["problems.pk"],
            name=op.f("fk_causes_problem_pk_problems"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_pk"],
            ["workshops.pk"],
            name=op.f("fk_causes_workshop_pk_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_causes")),
        sa.UniqueConstraint("workshop_pk", "item_id", name=op.f("uq_causes_workshop_pk_item_id")),
    )
    op.create_index(op.f("ix_causes_parent_pk"), "causes", ["parent_pk"], unique=False)
    op.create_index(op.f("ix_causes_problem_pk"), "causes", ["problem_pk"], unique=False)

    op.create_table(
        "indicator_assessments",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("workshop_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("indicator_pk", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("extent", sa.Integer(), nullable=True),
        sa.Column("trend", sa.String(length=20), nullable=True),
        sa.Column("certainty", sa.String(length=20), nullable=True),
        sa.Column("observations", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_pk"],
            ["indicators.pk"],
            name=op.f("fk_indicator_assessments_indicator_pk_indicators"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_pk"],
            ["workshops.pk"],
            name=op.f("fk_indicator_assessments_workshop_pk_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_indicator_assessments")),
        sa.UniqueConstraint("indicator_pk", name=op.f("uq_indicator_assessments_indicator_pk")),
    )
    op.create_index(
        op.f("ix_indicator_assessments_workshop_pk"),
        "indicator_assessments",
        ["workshop_pk"],
        unique=False,
    )

    op.create_table(
        "measures",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("workshop_pk", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("problem_pk", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("horizon", sa.String(length=20), nullable=True),
        sa.Column("phase", sa.Integer(), nullable=True),
        sa.Column("lead_organisation_pk", sa.Integer(), nullable=True),
        sa.Column("resources", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("prioritised", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["lead_organisation_pk"],
            ["organisations.pk"],
            name=op.f("fk_measures_lead_organisation_pk_organisations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["problem_pk"],
            ["problems.pk"],
            name=op.f("fk_measures_problem_pk_problems"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_pk"],
            ["workshops.pk"],
            name=op.f("fk_measures_workshop_pk_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_measures")),
        sa.UniqueConstraint("workshop_pk", "item_id", name=op.f("uq_measures_workshop_pk_item_id")),
    )
    op.create_index(
        op.f("ix_measures_lead_organisation_pk"), "measures", ["lead_organisation_pk"], unique=False
    )
    op.create_index(op.f("ix_measures_problem_pk"), "measures", ["problem_pk"], unique=False)

    op.create_table(
        "next_steps",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("workshop_pk", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_organisation_pk", sa.Integer(), nullable=True),
        sa.Column("owner_role", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("to_steering_group", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_organisation_pk"],
            ["organisations.pk"],
            name=op.f("fk_next_steps_owner_organisation_pk_organisations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_pk"],
            ["workshops.pk"],
            name=op.f("fk_next_steps_workshop_pk_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_next_steps")),
        sa.UniqueConstraint(
            "workshop_pk", "item_id", name=op.f("uq_next_steps_workshop_pk_item_id")
        ),
    )
    op.create_index(
        op.f("ix_next_steps_owner_organisation_pk"),
        "next_steps",
        ["owner_organisation_pk"],
        unique=False,
    )

    op.create_table(
        "participants",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("workshop_pk", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("organisation_pk", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_pk"],
            ["organisations.pk"],
            name=op.f("fk_participants_organisation_pk_organisations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_pk"],
            ["workshops.pk"],
            name=op.f("fk_participants_workshop_pk_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_participants")),
        sa.UniqueConstraint(
            "workshop_pk", "item_id", name=op.f("uq_participants_workshop_pk_item_id")
        ),
    )
    op.create_index(
        op.f("ix_participants_organisation_pk"), "participants", ["organisation_pk"], unique=False
    )

    op.create_table(
        "preconditions",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("workshop_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("dimension_id", sa.String(length=64), nullable=False),
        sa.Column("dimension_title", sa.Text(), nullable=False),
        sa.Column("organisation_pk", sa.Integer(), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("current_state", sa.Text(), nullable=False),
        sa.Column("obstacles", sa.Text(), nullable=False),
        sa.Column("remedy", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_pk"],
            ["organisations.pk"],
            name=op.f("fk_preconditions_organisation_pk_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_pk"],
            ["workshops.pk"],
            name=op.f("fk_preconditions_workshop_pk_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_preconditions")),
        sa.UniqueConstraint(
            "workshop_pk",
            "dimension_id",
            "organisation_pk",
            name=op.f("uq_preconditions_workshop_pk_dimension_id_organisation_pk"),
        ),
    )
    op.create_index(
        op.f("ix_preconditions_organisation_pk"), "preconditions", ["organisation_pk"], unique=False
    )
    op.create_index(
        "uq_preconditions_general",
        "preconditions",
        ["workshop_pk", "dimension_id"],
        unique=True,
        sqlite_where=sa.text("organisation_pk IS NULL"),
        postgresql_where=sa.text("organisation_pk IS NULL"),
    )

    op.create_table(
        "problem_indicators",
        sa.Column("problem_pk", sa.Integer(), nullable=False),
        sa.Column("indicator_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_pk"],
            ["indicators.pk"],
            name=op.f("fk_problem_indicators_indicator_pk_indicators"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["problem_pk"],
            ["problems.pk"],
            name=op.f("fk_problem_indicators_problem_pk_problems"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("problem_pk", "indicator_pk", name=op.f("pk_problem_indicators")),
    )
    op.create_index(
        op.f("ix_problem_indicators_indicator_pk"),
        "problem_indicators",
        ["indicator_pk"],
        unique=False,
    )

    op.create_table(
        "indicator_sources",
        sa.Column("assessment_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("organisation_pk", sa.Integer(), nullable=False),
        sa.Column("source_type", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_pk"],
            ["indicator_assessments.pk"],
            name=op.f("fk_indicator_sources_assessment_pk_indicator_assessments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_pk"],
            ["organisations.pk"],
            name=op.f("fk_indicator_sources_organisation_pk_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("assessment_pk", "position", name=op.f("pk_indicator_sources")),
    )
    op.create_index(
        op.f("ix_indicator_sources_organisation_pk"),
        "indicator_sources",
        ["organisation_pk"],
        unique=False,
    )

    op.create_table(
        "measure_causes",
        sa.Column("measure_pk", sa.Integer(), nullable=False),
        sa.Column("cause_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cause_pk"],
            ["causes.pk"],
            name=op.f("fk_measure_causes_cause_pk_causes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["measure_pk"],
            ["measures.pk"],
            name=op.f("fk_measure_causes_measure_pk_measures"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("measure_pk", "cause_pk", name=op.f("pk_measure_causes")),
    )
    op.create_index(
        op.f("ix_measure_causes_cause_pk"), "measure_causes", ["cause_pk"], unique=False
    )

    op.create_table(
        "measure_partners",
        sa.Column("measure_pk", sa.Integer(), nullable=False),
        sa.Column("organisation_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_pk"],
            ["measures.pk"],
            name=op.f("fk_measure_partners_measure_pk_measures"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_pk"],
            ["organisations.pk"],
            name=op.f("fk_measure_partners_organisation_pk_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("measure_pk", "organisation_pk", name=op.f("pk_measure_partners")),
    )
    op.create_index(
        op.f("ix_measure_partners_organisation_pk"),
        "measure_partners",
        ["organisation_pk"],
        unique=False,
    )

    op.create_table(
        "meeting_attendees",
        sa.Column("meeting_pk", sa.Integer(), nullable=False),
        sa.Column("participant_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_pk"],
            ["meetings.pk"],
            name=op.f("fk_meeting_attendees_meeting_pk_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_pk"],
            ["participants.pk"],
            name=op.f("fk_meeting_attendees_participant_pk_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_pk", "participant_pk", name=op.f("pk_meeting_attendees")),
    )
    op.create_index(
        op.f("ix_meeting_attendees_participant_pk"),
        "meeting_attendees",
        ["participant_pk"],
        unique=False,
    )

    op.create_table(
        "next_step_measures",
        sa.Column("next_step_pk", sa.Integer(), nullable=False),
        sa.Column("measure_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_pk"],
            ["measures.pk"],
            name=op.f("fk_next_step_measures_measure_pk_measures"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["next_step_pk"],
            ["next_steps.pk"],
            name=op.f("fk_next_step_measures_next_step_pk_next_steps"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("next_step_pk", "measure_pk", name=op.f("pk_next_step_measures")),
    )
    op.create_index(
        op.f("ix_next_step_measures_measure_pk"), "next_step_measures", ["measure_pk"], unique=False
    )


def downgrade() -> None:
    # Indexes and constraints go with their tables; children before parents.
    for table in (
        "next_step_measures",
        "meeting_attendees",
        "measure_partners",
        "measure_causes",
        "indicator_sources",
        "problem_indicators",
        "preconditions",
        "participants",
        "next_steps",
        "measures",
        "indicator_assessments",
        "causes",
        "step_plans",
        "problems",
        "organisations",
        "notes",
        "meetings",
        "indicators",
        "workshops",
    ):
        op.drop_table(table)
