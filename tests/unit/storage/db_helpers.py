"""Helpers of the repository tests: the stored workshop's id and position checks."""

from __future__ import annotations

from sqlalchemy import select

from workshop_app.domain.collections import COLLECTIONS
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
