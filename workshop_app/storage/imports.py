"""Imports recorded beside the workshop they stored (the ``imports`` table, migration 0003)."""

from __future__ import annotations

import zlib
from typing import cast

from sqlalchemy import Connection, Table, insert, select, text

from workshop_app.domain import clock
from workshop_app.storage.tables import ImportRow, WorkshopRow

_IMPORTS = cast(Table, ImportRow.__table__)  # a Table, typed FromClause
_WORKSHOPS = cast(Table, WorkshopRow.__table__)  # a Table, typed FromClause

# The first key of the two-key advisory locks of imports; the migration lock uses the
# one-key form, a separate key space.
_IMPORT_LOCK_CLASS = 0x57536D


def lock_workshop_id(conn: Connection, workshop_id: str) -> None:
    """Until this transaction ends, no other import of ``workshop_id`` passes this point.

    On PostgreSQL a transaction-level advisory lock keyed by the id: concurrent imports of one
    file take turns at "does the id exist? then a copy", so each stores a whole workshop.
    SQLite's write transaction (BEGIN IMMEDIATE) has serialised every writer already.
    """
    if conn.dialect.name == "postgresql":
        key = zlib.crc32(workshop_id.encode("utf-8")) - 2**31  # a signed 32-bit integer
        conn.execute(
            text("SELECT pg_advisory_xact_lock(:cls, :key)"),
            {"cls": _IMPORT_LOCK_CLASS, "key": key},
        )


def record_import(conn: Connection, import_id: str, workshop_pk: int, file_digest: str) -> None:
    conn.execute(
        insert(_IMPORTS).values(
            import_id=import_id,
            workshop_pk=workshop_pk,
            file_digest=file_digest,
            imported_at=clock.now(),
        )
    )


def find_import(conn: Connection, import_id: str) -> str | None:
    """The id of the workshop that import ``import_id`` stored, or None if it never committed
    (or that workshop has been deleted since)."""
    return conn.execute(
        select(_WORKSHOPS.c.id)
        .join(_IMPORTS, _IMPORTS.c.workshop_pk == _WORKSHOPS.c.pk)
        .where(_IMPORTS.c.import_id == import_id)
    ).scalar_one_or_none()
