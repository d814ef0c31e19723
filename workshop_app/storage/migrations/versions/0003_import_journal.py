"""The imports table: each import's id and the file's digest, stored with the workshop.

An import whose commit was cut off (the server went away) may or may not be stored; the app
remembers the import's id and, on a retry of the same file, looks it up here instead of
making a second copy. Runs on SQLite (after the verified backup every migration of a file
gets, storage.database.upgrade_file) and on PostgreSQL (under the migration lock).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "imports",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.String(length=64), nullable=False),
        sa.Column("workshop_pk", sa.Integer(), nullable=False),
        sa.Column("file_digest", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_pk"],
            ["workshops.pk"],
            name=op.f("fk_imports_workshop_pk_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_imports")),
        sa.UniqueConstraint("import_id", name=op.f("uq_imports_import_id")),
    )
    op.create_index(op.f("ix_imports_workshop_pk"), "imports", ["workshop_pk"])
    op.create_index(op.f("ix_imports_file_digest"), "imports", ["file_digest"])


def downgrade() -> None:
    op.drop_index(op.f("ix_imports_file_digest"), table_name="imports")
    op.drop_index(op.f("ix_imports_workshop_pk"), table_name="imports")
    op.drop_table("imports")
