"""Helpers of the storage tests: the stored workshop's id and position checks, and a server
schema filled with the rows of a stored SQLite file (to migrate the same data on PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import MetaData, create_engine, insert, select, update

from workshop_app.domain.collections import COLLECTIONS
from workshop_app.storage import migrate
from workshop_app.storage.database import Database
from workshop_app.storage.mapping import COLLECTION_MAPS
from workshop_app.storage.tables import WorkshopRow

W = "exempel-1"


def positions(database: Database, collection: str) -> list[int]:
    table = COLLECTION_MAPS[collection].table
    workshops = WorkshopRow.__table__
    with database.engine.connect() as conn:
        return list(
            conn.execute(
                select(table.c.position)
                .join(workshops, workshops.c.pk == table.c.workshop_pk)
                .where(workshops.c.id == W)
                .order_by(table.c.position)
            ).scalars()
        )


def assert_dense(database: Database) -> None:
    for name in COLLECTIONS:
        found = positions(database, name)
        assert found == list(range(len(found))), name


def copy_rows_to_server(sqlite_file: Path, server_url: str, revision: str) -> None:
    """A PostgreSQL schema at ``revision`` holding the rows of ``sqlite_file`` (at the same
    revision): how a test migrates the same stored data on a server."""
    server = create_engine(server_url)
    with server.begin() as conn:
        migrate.upgrade(conn, revision=revision)
    source_engine = create_engine(f"sqlite:///{sqlite_file}")
    source, target = MetaData(), MetaData()
    source.reflect(source_engine)
    target.reflect(server)
    with source_engine.connect() as read, server.begin() as write:
        for table in target.sorted_tables:
            if table.name == "alembic_version":
                continue
            rows = [dict(row._mapping) for row in read.execute(select(source.tables[table.name]))]
            if not rows:
                continue
            # A cause's parent may come after it: parents are set once every row is there.
            own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
            write.execute(insert(table), [{**row, **dict.fromkeys(own)} for row in rows])
            for column in own:
                for row in rows:
                    if row[column] is not None:
                        write.execute(
                            update(table)
                            .where(table.c.pk == row["pk"])
                            .values({column: row[column]})
                        )
        for table in target.sorted_tables:  # the copied pks must not collide with new rows
            if "pk" in table.c and table.c.pk.autoincrement:
                write.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'pk'),"
                    f" (SELECT COALESCE(MAX(pk), 0) + 1 FROM {table.name}), false)"
                )
    source_engine.dispose()
    server.dispose()
