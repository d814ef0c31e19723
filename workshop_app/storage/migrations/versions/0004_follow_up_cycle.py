"""The follow-up cycle (workshop file version 2): follow-up meetings and kept histories.

New tables: follow-up meetings, consequences and goal indicators of a problem, earlier
(superseded) indicator assessments, next-step status updates and goal attainment per meeting.
New columns: a problem's goal, a measure's expected effect / evidence / implementation, the
meeting an assessment or next step was made in. Every existing row keeps its values; the new
text columns start empty, the new references as none (made at the workshop itself). The
precondition rating "Vet ej" is the integer 0 in the existing column: no change needed.

Runs on SQLite (after the verified backup every migration of a file gets,
storage.database.upgrade_file; the tables rebuilt in batch mode keep their rows because
foreign keys are off while migrating) and on PostgreSQL (under the migration lock).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "follow_up_meetings",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("workshop_pk", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_pk"],
            ["workshops.pk"],
            name=op.f("fk_follow_up_meetings_workshop_pk_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_follow_up_meetings")),
        sa.UniqueConstraint(
            "workshop_pk", "item_id", name=op.f("uq_follow_up_meetings_workshop_pk_item_id")
        ),
    )
    op.create_table(
        "consequences",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("workshop_pk", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("problem_pk", sa.Integer(), nullable=False),
        sa.Column("affected", sa.String(length=20), nullable=False),
        sa.Column("severity", sa.String(length=20), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["problem_pk"],
            ["problems.pk"],
            name=op.f("fk_consequences_problem_pk_problems"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_pk"],
            ["workshops.pk"],
            name=op.f("fk_consequences_workshop_pk_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_consequences")),
        sa.UniqueConstraint(
            "workshop_pk", "item_id", name=op.f("uq_consequences_workshop_pk_item_id")
        ),
    )
    with op.batch_alter_table("consequences", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consequences_problem_pk"), ["problem_pk"], unique=False
        )

    op.create_table(
        "earlier_assessments",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("workshop_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("indicator_pk", sa.Integer(), nullable=False),
        sa.Column("meeting_pk", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("extent", sa.Integer(), nullable=True),
        sa.Column("trend", sa.String(length=20), nullable=True),
        sa.Column("certainty", sa.String(length=20), nullable=True),
        sa.Column("observations", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_pk"],
            ["indicators.pk"],
            name=op.f("fk_earlier_assessments_indicator_pk_indicators"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_pk"],
            ["follow_up_meetings.pk"],
            name=op.f("fk_earlier_assessments_meeting_pk_follow_up_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_pk"],
            ["workshops.pk"],
            name=op.f("fk_earlier_assessments_workshop_pk_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_earlier_assessments")),
        sa.UniqueConstraint(
            "indicator_pk",
            "meeting_pk",
            name=op.f("uq_earlier_assessments_indicator_pk_meeting_pk"),
        ),
    )
    with op.batch_alter_table("earlier_assessments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_earlier_assessments_meeting_pk"), ["meeting_pk"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_earlier_assessments_workshop_pk"), ["workshop_pk"], unique=False
        )
        batch_op.create_index(
            "uq_earlier_assessments_baseline",
            ["indicator_pk"],
            unique=True,
            sqlite_where=sa.text("meeting_pk IS NULL"),
            postgresql_where=sa.text("meeting_pk IS NULL"),
        )

    op.create_table(
        "goal_attainments",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("workshop_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("problem_pk", sa.Integer(), nullable=False),
        sa.Column("meeting_pk", sa.Integer(), nullable=False),
        sa.Column("attainment", sa.String(length=20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("production", sa.Text(), nullable=False),
        sa.Column("process", sa.Text(), nullable=False),
        sa.Column("effect", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_pk"],
            ["follow_up_meetings.pk"],
            name=op.f("fk_goal_attainments_meeting_pk_follow_up_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["problem_pk"],
            ["problems.pk"],
            name=op.f("fk_goal_attainments_problem_pk_problems"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_pk"],
            ["workshops.pk"],
            name=op.f("fk_goal_attainments_workshop_pk_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_goal_attainments")),
        sa.UniqueConstraint(
            "problem_pk", "meeting_pk", name=op.f("uq_goal_attainments_problem_pk_meeting_pk")
        ),
    )
    with op.batch_alter_table("goal_attainments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_goal_attainments_meeting_pk"), ["meeting_pk"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_goal_attainments_workshop_pk"), ["workshop_pk"], unique=False
        )

    op.create_table(
        "problem_goal_indicators",
        sa.Column("problem_pk", sa.Integer(), nullable=False),
        sa.Column("indicator_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_pk"],
            ["indicators.pk"],
            name=op.f("fk_problem_goal_indicators_indicator_pk_indicators"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["problem_pk"],
            ["problems.pk"],
            name=op.f("fk_problem_goal_indicators_problem_pk_problems"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "problem_pk", "indicator_pk", name=op.f("pk_problem_goal_indicators")
        ),
    )
    with op.batch_alter_table("problem_goal_indicators", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_problem_goal_indicators_indicator_pk"), ["indicator_pk"], unique=False
        )

    op.create_table(
        "next_step_updates",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("workshop_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("next_step_pk", sa.Integer(), nullable=False),
        sa.Column("meeting_pk", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_pk"],
            ["follow_up_meetings.pk"],
            name=op.f("fk_next_step_updates_meeting_pk_follow_up_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["next_step_pk"],
            ["next_steps.pk"],
            name=op.f("fk_next_step_updates_next_step_pk_next_steps"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_pk"],
            ["workshops.pk"],
            name=op.f("fk_next_step_updates_workshop_pk_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_next_step_updates")),
        sa.UniqueConstraint(
            "next_step_pk", "meeting_pk", name=op.f("uq_next_step_updates_next_step_pk_meeting_pk")
        ),
    )
    with op.batch_alter_table("next_step_updates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_next_step_updates_meeting_pk"), ["meeting_pk"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_next_step_updates_workshop_pk"), ["workshop_pk"], unique=False
        )

    with op.batch_alter_table("indicator_assessments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("meeting_pk", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_indicator_assessments_meeting_pk"), ["meeting_pk"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_indicator_assessments_meeting_pk_follow_up_meetings"),
            "follow_up_meetings",
            ["meeting_pk"],
            ["pk"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("measures", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("expected_effect", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("evidence", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("implementation", sa.String(length=20), nullable=True))

    with op.batch_alter_table("next_steps", schema=None) as batch_op:
        batch_op.add_column(sa.Column("meeting_pk", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_next_steps_meeting_pk"), ["meeting_pk"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_next_steps_meeting_pk_follow_up_meetings"),
            "follow_up_meetings",
            ["meeting_pk"],
            ["pk"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("problems", schema=None) as batch_op:
        batch_op.add_column(sa.Column("goal", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("goal_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("goal_measure", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("problems", schema=None) as batch_op:
        batch_op.drop_column("goal_measure")
        batch_op.drop_column("goal_date")
        batch_op.drop_column("goal")

    with op.batch_alter_table("next_steps", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_next_steps_meeting_pk_follow_up_meetings"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_next_steps_meeting_pk"))
        batch_op.drop_column("meeting_pk")

    with op.batch_alter_table("measures", schema=None) as batch_op:
        batch_op.drop_column("implementation")
        batch_op.drop_column("evidence")
        batch_op.drop_column("expected_effect")

    with op.batch_alter_table("indicator_assessments", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_indicator_assessments_meeting_pk_follow_up_meetings"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_indicator_assessments_meeting_pk"))
        batch_op.drop_column("meeting_pk")

    with op.batch_alter_table("next_step_updates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_next_step_updates_workshop_pk"))
        batch_op.drop_index(batch_op.f("ix_next_step_updates_meeting_pk"))

    op.drop_table("next_step_updates")
    with op.batch_alter_table("problem_goal_indicators", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_problem_goal_indicators_indicator_pk"))

    op.drop_table("problem_goal_indicators")
    with op.batch_alter_table("goal_attainments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_attainments_workshop_pk"))
        batch_op.drop_index(batch_op.f("ix_goal_attainments_meeting_pk"))

    op.drop_table("goal_attainments")
    with op.batch_alter_table("earlier_assessments", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_earlier_assessments_baseline",
            sqlite_where=sa.text("meeting_pk IS NULL"),
            postgresql_where=sa.text("meeting_pk IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_earlier_assessments_workshop_pk"))
        batch_op.drop_index(batch_op.f("ix_earlier_assessments_meeting_pk"))

    op.drop_table("earlier_assessments")
    with op.batch_alter_table("consequences", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consequences_problem_pk"))

    op.drop_table("consequences")
    op.drop_table("follow_up_meetings")
