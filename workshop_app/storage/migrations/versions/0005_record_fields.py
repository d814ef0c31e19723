"""The minutes' record fields and resolved parking-lot notes (workshop file version 2 additions).

New tables: attachments (bilagor) and the distribution list (sändlista). New columns: who takes
the notes and the logo (media type and bytes) on the workshop, when a note was resolved. Every
existing row keeps its values; the new text column starts empty, the logo and the resolved
time as none (an open note).

Plain ADD COLUMN and CREATE TABLE on both SQLite (after the verified backup every migration of
a file gets, storage.database.upgrade_file) and PostgreSQL (under the migration lock): no table
is rebuilt, so no row is copied.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _list_table(name: str, text_column: str) -> None:
    """A workshop's ordered list of short texts with item ids (as every collection table)."""
    op.create_table(
        name,
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("workshop_pk", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(text_column, sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_pk"],
            ["workshops.pk"],
            name=op.f(f"fk_{name}_workshop_pk_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f(f"pk_{name}")),
        sa.UniqueConstraint("workshop_pk", "item_id", name=op.f(f"uq_{name}_workshop_pk_item_id")),
    )


def upgrade() -> None:
    _list_table("attachments", "title")
    _list_table("distribution", "recipient")
    op.add_column("notes", sa.Column("resolved_at", sa.String(length=40), nullable=True))
    # NOT NULL is allowed without a rebuild: every existing row gets the server default.
    op.add_column(
        "workshops", sa.Column("note_taker", sa.Text(), server_default="", nullable=False)
    )
    op.add_column("workshops", sa.Column("logo_media_type", sa.String(length=20), nullable=True))
    op.add_column("workshops", sa.Column("logo_data", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("workshops", schema=None) as batch_op:
        batch_op.drop_column("logo_data")
        batch_op.drop_column("logo_media_type")
        batch_op.drop_column("note_taker")
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.drop_column("resolved_at")
    op.drop_table("distribution")
    op.drop_table("attachments")
