"""Opening the database: refuse a newer one, back up, migrate in one transaction, then serve."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from alembic.runtime.migration import MigrationContext
from sqlalchemy import URL, Engine, make_url
from sqlalchemy import exc as sa_exc

from workshop_app.storage import migrate
from workshop_app.storage.backup import backup_database
from workshop_app.storage.engine import create_file_engine, create_url_engine
from workshop_app.storage.errors import (
    BackupError,
    DatabaseTooNewError,
    NotAWorkshopDatabaseError,
    StorageError,
)
from workshop_app.storage.sqlite_files import FileState, inspect_file, quick_check

__all__ = ["Database", "open_database", "open_database_url", "quick_check", "upgrade_file"]

BackupFunction = Callable[..., Path]


@dataclass(eq=False)
class Database:
    """An open, migrated database. ``backup_path``: the copy taken before migrating, if any."""

    engine: Engine
    path: Path | None = None
    backup_path: Path | None = None

    def close(self) -> None:
        """Close every pooled connection (SQLite then checkpoints and removes the WAL)."""
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_database(db_path: Path, *, backup_dir: Path) -> Database:
    """Open (creating if missing) and migrate the SQLite database at ``db_path``.

    Raises DatabaseTooNewError (file untouched) if a newer Workshopstöd wrote it, and
    BackupError (nothing migrated) if the pre-migration backup fails.
    """
    backup_path = upgrade_file(db_path, backup_dir=backup_dir)
    return Database(create_file_engine(db_path), db_path, backup_path)


def upgrade_file(
    db_path: Path,
    *,
    backup_dir: Path,
    script_location: Path = migrate.MIGRATIONS_DIR,
    backup: BackupFunction = backup_database,
) -> Path | None:
    """Bring the file to the head revision; returns the verified backup taken first, if any."""
    state = inspect_file(db_path) if db_path.exists() else FileState((), False)
    known = migrate.known_revisions(script_location)
    for revision in state.revisions:
        if revision not in known:
            raise DatabaseTooNewError(db_path, revision)
    if not state.revisions and state.has_tables:
        raise NotAWorkshopDatabaseError(db_path)
    head = migrate.head_revision(script_location)
    if state.revisions == (head,):
        return None
    backup_path = None
    if state.revisions:  # an older database with the user's work in it
        reason = f"before-upgrade-from-{state.revisions[0]}"
        try:
            backup_path = backup(db_path, backup_dir, reason=reason)
        except BackupError as error:
            raise BackupError(f"{error}. The database was not upgraded or changed.") from error
        except Exception as error:
            raise BackupError(
                f'Could not back up "{db_path}" before upgrading it ({error}). '
                "The database was not upgraded or changed."
            ) from error
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        _migrate_file(db_path, script_location)
    except (OSError, sa_exc.OperationalError) as error:
        detail = error.orig if isinstance(error, sa_exc.OperationalError) else error
        raise StorageError(
            f'Could not open or create the database "{db_path}": {detail}'
        ) from error
    return backup_path


def _migrate_file(db_path: Path, script_location: Path) -> None:
    # Foreign keys off while migrating: batch mode rebuilds a table by dropping it, which with
    # ON DELETE CASCADE active would empty its child tables. Checked before commit instead.
    engine = create_file_engine(db_path, foreign_keys=False, pooled=False)
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn, script_location)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise StorageError(
                    f'Upgrading "{db_path}" would break {len(broken)} references; '
                    "the database was not changed."
                )
    finally:
        engine.dispose()


def open_database_url(
    url: str | URL, *, backup_dir: Path, script_location: Path = migrate.MIGRATIONS_DIR
) -> Database:
    """Open a database by URL: an SQLite file as ``open_database``, or a shared server.

    On a server (PostgreSQL) the check and the migration share one transaction, as its DDL is
    transactional; backups of a server are its administrator's job, not the app's.
    """
    url = make_url(url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return open_database(Path(url.database), backup_dir=backup_dir)
    engine = create_url_engine(url)
    try:
        with engine.begin() as conn:
            current = MigrationContext.configure(conn).get_current_heads()
            known = migrate.known_revisions(script_location)
            for revision in current:
                if revision not in known:
                    raise DatabaseTooNewError(url.render_as_string(), revision)
            if current != (migrate.head_revision(script_location),):
                migrate.upgrade(conn, script_location)
    except Exception:
        engine.dispose()
        raise
    return Database(engine)
