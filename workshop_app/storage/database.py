"""Opening the database: refuse a newer one, back up, migrate in one transaction, then serve."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from sqlalchemy import URL, Engine, make_url, text
from sqlalchemy import exc as sa_exc

from workshop_app.domain.file_modes import make_private
from workshop_app.storage.backup import backup_database
from workshop_app.storage.engine import (
    create_file_engine,
    create_read_only_engine,
    create_url_engine,
)
from workshop_app.storage.errors import (
    BackupError,
    DatabaseTooNewError,
    DatabaseUnreachableError,
    NotAWorkshopDatabaseError,
    StorageError,
    driver_reason,
    is_connection_lost,
)
from workshop_app.storage.revisions import HEAD_REVISION, MIGRATIONS_DIR
from workshop_app.storage.sqlite_files import FileState, inspect_file, quick_check

__all__ = [
    "Database",
    "describe_url",
    "open_database",
    "open_database_read_only",
    "open_database_url",
    "parse_database_url",
    "quick_check",
    "upgrade_file",
]

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


# SQLite's longest file name on POSIX (bytes, its unix VFS's MAX_PATHNAME) and on Windows
# without long-path support (characters, MAX_PATH); the longest side file ("-journal") counts.
_SQLITE_MAX_PATH_BYTES = 512
_WINDOWS_MAX_PATH = 260
_LONGEST_SIDE_SUFFIX = len("-journal")


def path_too_long(db_path: Path) -> bool:
    """True if SQLite cannot open a database (or its side files) at ``db_path``."""
    if os.name == "nt":
        return len(str(db_path)) + _LONGEST_SIDE_SUFFIX >= _WINDOWS_MAX_PATH
    return len(os.fsencode(db_path)) + _LONGEST_SIDE_SUFFIX >= _SQLITE_MAX_PATH_BYTES


def _too_long_error(db_path: Path) -> StorageError:
    return StorageError(
        f'The path of the database "{db_path}" is longer than the system allows '
        f"({len(str(db_path))} characters); choose a data folder with a shorter path "
        "(--data-dir or WORKSHOP_APP_DATA_DIR). Nothing was changed."
    )


def open_database(db_path: Path, *, backup_dir: Path) -> Database:
    """Open (creating if missing) and migrate the SQLite database at ``db_path``.

    Raises DatabaseTooNewError (file untouched) if a newer Workshopstöd wrote it, and
    BackupError (nothing migrated) if the pre-migration backup fails.
    """
    if os.name != "nt" and path_too_long(db_path):
        # Known before anything is created; on Windows the limit depends on the system's
        # long-path setting, so only a failed open is explained (upgrade_file).
        raise _too_long_error(db_path)
    backup_path = upgrade_file(db_path, backup_dir=backup_dir)
    # 0600 before the engine opens it: SQLite gives the "-wal" and "-shm" the file's mode.
    make_private(db_path, *(db_path.with_name(db_path.name + s) for s in ("-wal", "-shm")))
    return Database(create_file_engine(db_path), db_path, backup_path)


def open_database_read_only(db_path: Path) -> Database:
    """Open the SQLite database at ``db_path`` for reading only; nothing in its folder changes.

    For a data dir that cannot be written. StorageError if the file is missing or would need
    an upgrade first (which writes), DatabaseTooNewError if a newer Workshopstöd wrote it.
    """
    if not db_path.is_file():
        raise StorageError(f'There is no database "{db_path}" in the read-only data folder.')
    state = inspect_file(db_path)
    if state.revisions == (HEAD_REVISION,):  # the usual case: no need to load Alembic
        return Database(create_read_only_engine(db_path), db_path)
    from workshop_app.storage import migrate  # Alembic: only when the file is not at head

    known = migrate.known_revisions()
    for revision in state.revisions:
        if revision not in known:
            raise DatabaseTooNewError(db_path, revision)
    if not state.revisions and state.has_tables:
        raise NotAWorkshopDatabaseError(db_path)
    if state.revisions != (migrate.head_revision(),):
        raise StorageError(
            f'The database "{db_path}" must be upgraded before this version can read it, and '
            "the data folder is read-only; it has not been changed."
        )
    return Database(create_read_only_engine(db_path), db_path)


def upgrade_file(
    db_path: Path,
    *,
    backup_dir: Path,
    script_location: Path = MIGRATIONS_DIR,
    backup: BackupFunction = backup_database,
) -> Path | None:
    """Bring the file to the head revision; returns the verified backup taken first, if any."""
    state = inspect_file(db_path) if db_path.exists() else FileState((), False)
    if script_location == MIGRATIONS_DIR and state.revisions == (HEAD_REVISION,):
        return None  # nothing due: Alembic (≈ 0.2 s to import) is not loaded at all
    from workshop_app.storage import migrate  # Alembic, now that a migration may be due

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
        if path_too_long(db_path):
            raise _too_long_error(db_path) from None
        detail = error.orig if isinstance(error, sa_exc.OperationalError) else error
        raise StorageError(
            f'Could not open or create the database "{db_path}": {detail}'
        ) from error
    return backup_path


def _migrate_file(db_path: Path, script_location: Path) -> None:
    # Foreign keys off while migrating: batch mode rebuilds a table by dropping it, which with
    # ON DELETE CASCADE active would empty its child tables. Checked before commit instead.
    from workshop_app.storage import migrate

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


# Any constant: two apps starting at once on a new server database take turns to migrate it.
_MIGRATION_LOCK_KEY = 0x574B5348  # "WKSH"


def open_database_url(
    url: str | URL, *, backup_dir: Path, script_location: Path = MIGRATIONS_DIR
) -> Database:
    """Open a database by URL: an SQLite file as ``open_database``, or a shared server.

    On a server (PostgreSQL) the check and the migration share one transaction, as its DDL is
    transactional; backups of a server are its administrator's job, not the app's.
    Raises StorageError with a plain reason for a URL that cannot be used, and
    DatabaseUnreachableError when the server does not answer.
    """
    url = parse_database_url(url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return open_database(Path(url.database), backup_dir=backup_dir)
    from alembic.runtime.migration import MigrationContext

    from workshop_app.storage import migrate

    shown = describe_url(url)
    try:
        engine = create_url_engine(url)
    except (ModuleNotFoundError, sa_exc.NoSuchModuleError) as error:
        raise StorageError(
            f"The database driver for {shown} is not installed. For PostgreSQL install the "
            '"postgres" extra: pip install "workshop-app[postgres]".'
        ) from error
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY}
                )
            current = MigrationContext.configure(conn).get_current_heads()
            known = migrate.known_revisions(script_location)
            for revision in current:
                if revision not in known:
                    raise DatabaseTooNewError(shown, revision)
            if current != (migrate.head_revision(script_location),):
                migrate.upgrade(conn, script_location)
    except sa_exc.DBAPIError as error:
        engine.dispose()
        if isinstance(error, sa_exc.OperationalError) or is_connection_lost(error.orig):
            raise DatabaseUnreachableError(shown, driver_reason(error.orig)) from error.orig
        raise StorageError(
            f"The database {shown} could not be opened ({type(error.orig).__name__})."
        ) from error.orig
    except Exception:
        engine.dispose()
        raise
    return Database(engine)


def parse_database_url(url: str | URL) -> URL:
    """The URL parsed; StorageError (not SQLAlchemy's ArgumentError) for a malformed one."""
    try:
        return make_url(url)
    except sa_exc.ArgumentError as error:
        raise StorageError(
            "The database address is not a valid URL; it should look like "
            "postgresql+psycopg://user@server/database"
        ) from error


def describe_url(url: str | URL) -> str:
    """The URL as it may be shown and logged: never its password."""
    return parse_database_url(url).render_as_string(hide_password=True)
