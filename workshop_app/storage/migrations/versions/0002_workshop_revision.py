"""A revision number per workshop, so that an edit based on stale data is detected.

Every write to a workshop checks and increments it in the same transaction (optimistic
concurrency for a store shared by several people, e.g. on PostgreSQL). Existing workshops
start at 0.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN (no table rebuild) on both SQLite and PostgreSQL: NOT NULL is
    # allowed because every existing row gets the server default.
    op.add_column(
        "workshops",
        sa.Column("revision", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )


def downgrade() -> None:
    with op.batch_alter_table("workshops") as batch:
        batch.drop_column("revision")
