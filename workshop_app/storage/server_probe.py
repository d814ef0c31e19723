"""Trying a database URL without changing anything: can we connect, and what is there?"""

from __future__ import annotations

from dataclasses import dataclass

from alembic.runtime.migration import MigrationContext
from sqlalchemy import URL, Connection, inspect, text
from sqlalchemy import exc as sa_exc

from workshop_app.storage import migrate
from workshop_app.storage.database import describe_url, parse_database_url
from workshop_app.storage.engine import create_url_engine
from workshop_app.storage.errors import (
    DatabaseTooNewError,
    DatabaseUnreachableError,
    StorageError,
    driver_reason,
)


@dataclass(frozen=True, slots=True)
class ProbeResult:
    """What a database holds: ``revision`` None for an empty one (it will be set up)."""

    server: str  # the URL without its password
    revision: str | None
    workshop_count: int | None  # None for an empty database
    can_create_tables: bool


def probe_database(url: str | URL) -> ProbeResult:
    """Connect once, read the schema revision and the number of workshops; change nothing.

    Raises DatabaseUnreachableError (with the driver's reason: refused, unknown role …),
    DatabaseTooNewError, or StorageError for a URL that cannot be used.
    """
    parsed = parse_database_url(url)
    shown = describe_url(parsed)
    try:
        engine = create_url_engine(parsed)
    except (ModuleNotFoundError, sa_exc.NoSuchModuleError) as error:
        raise StorageError(
            f"The database driver for {shown} is not installed. For PostgreSQL install the "
            '"postgres" extra: pip install "workshop-app[postgres]".'
        ) from error
    try:
        with engine.connect() as conn:
            heads = MigrationContext.configure(conn).get_current_heads()
            for revision in heads:
                if revision not in migrate.known_revisions():
                    raise DatabaseTooNewError(shown, revision)
            count = None
            if heads:
                count = int(conn.execute(text("SELECT count(*) FROM workshops")).scalar_one())
            can_create = _can_create_tables(conn) if not heads else True
            conn.rollback()
        return ProbeResult(shown, heads[0] if heads else None, count, can_create)
    except sa_exc.DBAPIError as error:
        raise DatabaseUnreachableError(shown, driver_reason(error.orig)) from error.orig
    finally:
        engine.dispose()


def _can_create_tables(conn: Connection) -> bool:
    """PostgreSQL 15+ lets only the owner create tables in "public": tell before the first use."""
    if conn.dialect.name != "postgresql":
        return True
    schema = inspect(conn).default_schema_name
    allowed = conn.execute(
        text("SELECT has_schema_privilege(current_user, :schema, 'CREATE')"), {"schema": schema}
    ).scalar_one()
    return bool(allowed)
