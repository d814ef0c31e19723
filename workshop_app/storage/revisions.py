"""The migration scripts' folder and the newest revision, known without importing Alembic."""

from __future__ import annotations

from pathlib import Path

# Beside the storage package, so it is found in a checkout and in an installed wheel alike.
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The revision this version writes: the newest script in migrations/versions. Start-up compares
# a file's alembic_version with it before loading Alembic (≈ 0.2 s), which then runs only when
# a migration is due. tests/unit/storage/test_head_revision.py derives the newest revision from
# the scripts and fails until this equals it. Were it ever stale, a file at the real head would
# only take the slower way through Alembic: never a skipped migration.
HEAD_REVISION = "0005"
