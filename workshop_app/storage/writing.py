"""Statements that write items: a whole workshop in bulk, one item, its link rows, updated_at."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, CursorResult, Table, bindparam, delete, insert, select, update

from workshop_app.domain import clock
from workshop_app.domain.errors import IntegrityError
from workshop_app.domain.model import Workshop
from workshop_app.storage.header_mapping import header_values
from workshop_app.storage.mapping import (
    COLLECTION_MAPS,
    CollectionMap,
    Link,
    item_values,
)
from workshop_app.storage.rules import Lookup, resolve
from workshop_app.storage.tables import WorkshopRow

_WORKSHOPS = cast(Table, WorkshopRow.__table__)  # a Table, typed FromClause


def _new_pk(result: CursorResult[Any]) -> int:
    """The primary key an INSERT of one row gave it."""
    key = result.inserted_primary_key
    if key is None:
        raise RuntimeError("the database gave the new row no primary key")
    return int(key[0])


def insert_workshop(conn: Connection, workshop: Workshop) -> int:
    """Insert a checked aggregate with executemany per table; returns the workshop's row pk."""
    workshop_pk = _new_pk(conn.execute(insert(_WORKSHOPS).values(header_values(workshop))))
    lookup = Lookup(conn, workshop_pk)
    for name, cmap in COLLECTION_MAPS.items():
        items = getattr(workshop, name)
        if items:
            _insert_collection(conn, cmap, workshop_pk, items, lookup)
    return workshop_pk


def _insert_collection(
    conn: Connection, cmap: CollectionMap, workshop_pk: int, items: Sequence[Any], lookup: Lookup
) -> None:
    _check_unique_keys(cmap, items)
    # A self-reference (a cause's parent) may point further down the list: set it afterwards.
    deferred = [r for r in cmap.refs if r.target == cmap.name]
    rows = []
    for position, item in enumerate(items):
        values = item_values(cmap, item)
        values["workshop_pk"] = workshop_pk
        values["position"] = position
        key = _key(cmap, item)
        for ref in cmap.refs:
            value = getattr(item, ref.field)
            immediate = value is not None and ref not in deferred
            values[ref.column] = (
                resolve(lookup, cmap, key, ref.field, ref.target, value) if immediate else None
            )
        rows.append(values)
    table = cmap.table
    conn.execute(insert(table), rows)
    pks = (
        conn.execute(
            select(table.c.pk).where(table.c.workshop_pk == workshop_pk).order_by(table.c.position)
        )
        .scalars()
        .all()
    )
    if cmap.has_item_id:
        lookup.set(cmap.name, {item.id: pk for item, pk in zip(items, pks, strict=True)})
    for ref in deferred:
        changes = [
            {
                "b_pk": pk,
                "b_ref": resolve(lookup, cmap, _key(cmap, item), ref.field, ref.target, value),
            }
            for item, pk in zip(items, pks, strict=True)
            if (value := getattr(item, ref.field)) is not None
        ]
        if changes:
            conn.execute(
                update(table)
                .where(table.c.pk == bindparam("b_pk"))
                .values({ref.column: bindparam("b_ref")}),
                changes,
            )
    for link in cmap.links:
        link_rows = [
            row
            for item, pk in zip(items, pks, strict=True)
            for row in _link_rows(
                cmap, link, pk, _key(cmap, item), getattr(item, link.field), lookup
            )
        ]
        if link_rows:
            conn.execute(insert(link.table), link_rows)


def insert_item(
    conn: Connection,
    cmap: CollectionMap,
    workshop_pk: int,
    item: Any,
    position: int,
    lookup: Lookup,
) -> int:
    """Insert one checked item (its references exist) at ``position``; returns its row pk."""
    values = item_values(cmap, item)
    values["workshop_pk"] = workshop_pk
    values["position"] = position
    values.update(ref_values(cmap, item, (r.field for r in cmap.refs), lookup))
    row_pk = _new_pk(conn.execute(insert(cmap.table).values(values)))
    for link in cmap.links:
        write_links(conn, cmap, link, row_pk, item, lookup)
    return row_pk


def update_item(
    conn: Connection,
    cmap: CollectionMap,
    row_pk: int,
    item: Any,
    changed: Iterable[str],
    lookup: Lookup,
) -> None:
    """Write the ``changed`` fields of ``item`` (the new state) to its row and link rows."""
    changed = set(changed)
    columns = dict(cmap.columns)
    values = {columns[f]: getattr(item, f) for f in changed if f in columns}
    values.update(
        ref_values(cmap, item, (r.field for r in cmap.refs if r.field in changed), lookup)
    )
    if values:
        conn.execute(update(cmap.table).where(cmap.table.c.pk == row_pk).values(values))
    for link in cmap.links:
        if link.field in changed:
            conn.execute(delete(link.table).where(link.table.c[link.owner_column] == row_pk))
            write_links(conn, cmap, link, row_pk, item, lookup)


def ref_values(
    cmap: CollectionMap, item: Any, fields: Iterable[str], lookup: Lookup
) -> dict[str, int | None]:
    """Foreign key column values for the reference ``fields`` of ``item``."""
    values: dict[str, int | None] = {}
    key = _key(cmap, item)
    for field in fields:
        ref = cmap.ref(field)
        assert ref is not None
        value = getattr(item, field)
        values[ref.column] = (
            None if value is None else resolve(lookup, cmap, key, field, ref.target, value)
        )
    return values


def write_links(
    conn: Connection, cmap: CollectionMap, link: Link, owner_pk: int, item: Any, lookup: Lookup
) -> None:
    rows = _link_rows(cmap, link, owner_pk, _key(cmap, item), getattr(item, link.field), lookup)
    if rows:
        conn.execute(insert(link.table), rows)


def touch(conn: Connection, workshop_pk: int) -> datetime:
    """Set the workshop's updated_at to now and return it."""
    now = clock.now()
    conn.execute(update(_WORKSHOPS).where(_WORKSHOPS.c.pk == workshop_pk).values(updated_at=now))
    return now


def _link_rows(
    cmap: CollectionMap,
    link: Link,
    owner_pk: int,
    key: tuple[Any, ...],
    elements: Sequence[Any],
    lookup: Lookup,
) -> list[dict[str, Any]]:
    rows = []
    for position, element in enumerate(elements):
        target_id = element if link.object_type is None else getattr(element, link.object_ref_field)
        row = {
            link.owner_column: owner_pk,
            link.target_column: resolve(lookup, cmap, key, link.field, link.target, target_id),
            "position": position,
        }
        for field in link.object_fields:
            row[field] = getattr(element, field)
        rows.append(row)
    return rows


def _key(cmap: CollectionMap, item: Any) -> tuple[Any, ...]:
    return tuple(getattr(item, f) for f in cmap.key_fields)


def _check_unique_keys(cmap: CollectionMap, items: Sequence[Any]) -> None:
    seen: set[tuple[Any, ...]] = set()
    for item in items:
        key = _key(cmap, item)
        if key in seen:
            raise IntegrityError(f"{cmap.describe(key)}: listed twice")
        seen.add(key)
