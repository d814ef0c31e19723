"""SQLAlchemy engines: SQLite pragmas on every connection and real, atomic transactions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url
from sqlalchemy.pool import NullPool

# Execution option the repository sets on its writing engine (see _begin below).
WRITE_OPTIONS: dict[str, Any] = {"workshop_app_write": True}

# Every connection, not just the first: pysqlite opens new ones from the pool at any time.
_PRAGMAS = (
    "PRAGMA busy_timeout = 5000",  # first, so the switch to WAL waits for a lock holder
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",  # a commit the window shows as saved survives a power cut
    "PRAGMA secure_delete = ON",  # deleted text is overwritten with zeros, not left in the file
)


def sqlite_url(db_path: Path) -> URL:
    """The URL of a database file; built from parts so any path (Åsa Öberg, spaces) works."""
    return URL.create("sqlite+pysqlite", database=str(db_path))


def create_file_engine(db_path: Path, *, foreign_keys: bool = True, pooled: bool = True) -> Engine:
    """An engine on an SQLite file with the app's pragmas; ``foreign_keys`` off for migrations."""
    kwargs: dict[str, Any] = {} if pooled else {"poolclass": NullPool}
    engine = create_engine(sqlite_url(db_path), **kwargs)
    install_sqlite_setup(engine, foreign_keys=foreign_keys)
    return engine


def create_read_only_engine(db_path: Path) -> Engine:
    """An engine that only reads the file: for a data dir this process may not write.

    The connections are SQLite's ``mode=ro`` (``immutable`` when no "-wal" exists, so that
    nothing is created beside the file); a write through it fails with SQLITE_READONLY.
    """
    from workshop_app.storage.sqlite_files import connect_read_only  # no import cycle

    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: connect_read_only(db_path, leave_no_trace=True),
        poolclass=NullPool,
    )

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA busy_timeout = 5000")

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


# How the server lists our connections (ASCII: PostgreSQL turns other letters into "?").
APPLICATION_NAME = "Workshopstod"
# Seconds before an unreachable server counts as lost (libpq's default is to wait forever).
SERVER_CONNECT_TIMEOUT = 10


def create_url_engine(url: str | URL) -> Engine:
    """An engine for a database URL (PostgreSQL, or SQLite with the same set-up as a file)."""
    url = make_url(url)
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url)
        install_sqlite_setup(engine, foreign_keys=True)
        return engine
    kwargs: dict[str, Any] = {
        # A pooled connection the server has dropped (restart, network, idle timeout) is
        # noticed and replaced before use, instead of failing the user's next edit.
        "pool_pre_ping": True,
    }
    if url.get_backend_name() == "postgresql":
        connect_args: dict[str, Any] = {"application_name": APPLICATION_NAME}
        if "connect_timeout" not in url.query:
            connect_args["connect_timeout"] = SERVER_CONNECT_TIMEOUT
        kwargs["connect_args"] = connect_args
    return create_engine(url, **kwargs)


def is_sqlite(engine: Engine) -> bool:
    """SQLite-only behaviour (pragmas, file backups, the instance lock) checks this."""
    return engine.dialect.name == "sqlite"


def install_sqlite_setup(engine: Engine, *, foreign_keys: bool) -> None:
    """Pragmas on connect, and SQLAlchemy (not pysqlite) deciding where transactions begin.

    Python 3.11's sqlite3 does not BEGIN before DDL or SELECT, so a migration would commit
    statement by statement and reads would not be repeatable. With ``isolation_level = None``
    the driver stays out of the way and the "begin" event emits BEGIN itself (the recipe of
    SQLAlchemy's SQLite documentation). Writers use BEGIN IMMEDIATE: taking the write lock up
    front lets busy_timeout wait for another writer instead of failing on a lock upgrade.
    """

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for pragma in _PRAGMAS:
                cursor.execute(pragma)
            # Outside any transaction, where SQLite honours it.
            cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("workshop_app_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
