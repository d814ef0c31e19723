"""Alembic run from code: the migrations shipped inside the package, no alembic.ini needed."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from workshop_app.storage.revisions import MIGRATIONS_DIR


def alembic_config(
    script_location: Path = MIGRATIONS_DIR, connection: Connection | None = None
) -> Config:
    """An Alembic config built in code; env.py picks up ``connection`` from its attributes."""
    config = Config()
    # ConfigParser interpolates "%(name)s": escape "%" so any folder name works.
    config.set_main_option("script_location", str(script_location).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory(script_location: Path = MIGRATIONS_DIR) -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config(script_location))


def head_revision(script_location: Path = MIGRATIONS_DIR) -> str:
    """The revision this version of the app writes."""
    head = script_directory(script_location).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def known_revisions(script_location: Path = MIGRATIONS_DIR) -> frozenset[str]:
    """Every revision this version of the app knows (a database at another one is newer)."""
    return frozenset(s.revision for s in script_directory(script_location).walk_revisions())


def upgrade(
    connection: Connection, script_location: Path = MIGRATIONS_DIR, revision: str = "head"
) -> None:
    """Migrate inside the caller's transaction (the caller commits or rolls back)."""
    command.upgrade(alembic_config(script_location, connection), revision)


def autogenerate_revision(message: str, rev_id: str) -> None:
    """Developer tool: write the next revision from the difference of the tables to head.

    Compares ``tables.py`` with a scratch database migrated to head, e.g.
    ``python -m workshop_app.storage.migrate 0002 "add colour to organisations"``;
    review the generated file before committing it.
    """
    from workshop_app.storage.engine import create_file_engine  # developer path only

    with tempfile.TemporaryDirectory() as scratch:
        engine = create_file_engine(Path(scratch) / "head.sqlite3", pooled=False)
        try:
            with engine.begin() as conn:
                upgrade(conn)
                command.revision(
                    alembic_config(connection=conn),
                    message=message,
                    autogenerate=True,
                    rev_id=rev_id,
                )
        finally:
            engine.dispose()


if __name__ == "__main__":  # pragma: no cover - developer tool
    autogenerate_revision(sys.argv[2], sys.argv[1])
