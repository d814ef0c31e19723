"""Queries that read workshops, items and summaries into domain objects.

A collection is read with one query for its rows (referenced ids come from outer joins) plus
one per link table, whatever the number of items: loading a workshop costs a fixed number of
queries. Plain column selects, no ORM identity map: nothing lazy leaves this module.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import Any, cast

from sqlalchemy import ColumnElement, Connection, FromClause, Select, Table, bindparam, select

from workshop_app.domain.errors import WorkshopNotFoundError
from workshop_app.domain.model import Workshop, WorkshopSummary
from workshop_app.domain.steps import Step
from workshop_app.storage.errors import StoredDataDamagedError
from workshop_app.storage.mapping import (
    COLLECTION_MAPS,
    HEADER_COLUMNS,
    CollectionMap,
    Link,
    item_from_values,
    link_element,
    workshop_from_values,
)
from workshop_app.storage.quick_list import newest_first
from workshop_app.storage.tables import StepPlanRow, WorkshopRow

log = logging.getLogger(__name__)

_WORKSHOPS = cast(Table, WorkshopRow.__table__)  # a Table, typed FromClause


def find_workshop_pk(conn: Connection, workshop_id: str) -> int | None:
    return conn.execute(
        select(_WORKSHOPS.c.pk).where(_WORKSHOPS.c.id == workshop_id)
    ).scalar_one_or_none()


def require_workshop_pk(conn: Connection, workshop_id: str) -> int:
    pk = find_workshop_pk(conn, workshop_id)
    if pk is None:
        raise WorkshopNotFoundError(workshop_id)
    return pk


@contextmanager
def decoded() -> Iterator[None]:
    """Stored values the column types or the domain cannot take back (text that is no date, an
    unknown enumeration value) were written by something else, or are damage that
    ``quick_check`` does not see: StoredDataDamagedError, which never quotes the value."""
    try:
        yield
    except (ValueError, LookupError) as error:
        log.error("a stored row could not be decoded (%s)", type(error).__name__)
        raise StoredDataDamagedError() from None


def read_workshop(conn: Connection, workshop_pk: int) -> Workshop:
    """The whole aggregate, every collection in display order."""
    with decoded():
        header = conn.execute(
            select(*(_WORKSHOPS.c[c] for c in HEADER_COLUMNS)).where(_WORKSHOPS.c.pk == workshop_pk)
        ).one()
        collections = {
            name: tuple(read_items(conn, cmap, workshop_pk))
            for name, cmap in COLLECTION_MAPS.items()
        }
        return workshop_from_values(header, collections)


def read_items(
    conn: Connection, cmap: CollectionMap, workshop_pk: int, row_pk: int | None = None
) -> list[Any]:
    """The items of one collection in order; only the row ``row_pk`` if given."""
    with decoded():
        return _read_items(conn, cmap, workshop_pk, row_pk)


def _read_items(
    conn: Connection, cmap: CollectionMap, workshop_pk: int, row_pk: int | None
) -> list[Any]:
    single = row_pk is not None
    params = (
        {"workshop_pk": workshop_pk, "row_pk": row_pk} if single else {"workshop_pk": workshop_pk}
    )
    rows = conn.execute(_items_statement(cmap.name, single), params).all()
    links = {
        link.field: _read_links(conn, link, _links_statement(cmap.name, link.field, single), params)
        for link in cmap.links
    }
    items = []
    for row in rows:
        row_links = {field: by_owner.get(row[0], ()) for field, by_owner in links.items()}
        items.append(item_from_values(cmap, row[1:], row_links))
    return items


def find_row(
    conn: Connection, cmap: CollectionMap, workshop_pk: int, key: Sequence[Any]
) -> int | None:
    """The row pk of the item with ``key`` in the workshop, or None."""
    if len(key) != len(cmap.key_fields):
        raise ValueError(f"{cmap.name}: a key has the fields {cmap.key_fields}, got {key!r}")
    table = cmap.table
    conditions: list[ColumnElement[bool]] = [table.c.workshop_pk == workshop_pk]
    columns = dict(cmap.columns)
    for field, value in zip(cmap.key_fields, key, strict=True):
        ref = cmap.ref(field)
        if ref is None:
            conditions.append(table.c[columns[field]] == value)
        elif value is None:
            conditions.append(table.c[ref.column].is_(None))
        else:
            target = COLLECTION_MAPS[ref.target].table
            target_pk = (
                select(target.c.pk)
                .where(target.c.workshop_pk == workshop_pk, target.c.item_id == value)
                .scalar_subquery()
            )
            conditions.append(table.c[ref.column] == target_pk)
    return conn.execute(select(table.c.pk).where(*conditions)).scalar_one_or_none()


def read_summaries(conn: Connection) -> list[WorkshopSummary]:
    """Every workshop's summary, the most recently changed first."""
    with decoded():
        return _read_summaries(conn)


def _read_summaries(conn: Connection) -> list[WorkshopSummary]:
    w = _WORKSHOPS
    completed: dict[int, set[Step]] = defaultdict(set)
    plans = cast(Table, StepPlanRow.__table__)
    for workshop_pk, step in conn.execute(
        select(plans.c.workshop_pk, plans.c.step).where(plans.c.completed.is_(True))
    ):
        completed[workshop_pk].add(step)
    return newest_first(
        WorkshopSummary(
            id=row.id,
            title=row.title,
            municipality=row.municipality,
            area=row.area,
            updated_at=row.updated_at,
            current_step=row.current_step,
            completed_steps=frozenset(completed.get(row.pk, ())),
            follow_up_date=row.follow_up_date,
        )
        for row in conn.execute(
            select(
                w.c.pk,
                w.c.id,
                w.c.title,
                w.c.municipality,
                w.c.area,
                w.c.updated_at,
                w.c.current_step,
                w.c.follow_up_date,
            )
        )
    )


@cache
def _items_statement(name: str, single: bool) -> Select[Any]:
    cmap = COLLECTION_MAPS[name]
    table = cmap.table
    joined: FromClause = table
    ref_ids = []
    for index, ref in enumerate(cmap.refs):
        target = COLLECTION_MAPS[ref.target].table.alias(f"ref_{index}")
        joined = joined.outerjoin(target, target.c.pk == table.c[ref.column])
        ref_ids.append(target.c.item_id)
    stmt = (
        select(table.c.pk, *(table.c[column] for _, column in cmap.columns), *ref_ids)
        .select_from(joined)
        .where(table.c.workshop_pk == bindparam("workshop_pk"))
        .order_by(table.c.position)
    )
    return stmt.where(table.c.pk == bindparam("row_pk")) if single else stmt


@cache
def _links_statement(name: str, field: str, single: bool) -> Select[Any]:
    link = COLLECTION_MAPS[name].link(field)
    assert link is not None
    table = link.table
    target = COLLECTION_MAPS[link.target].table
    owner = table.c[link.owner_column]
    stmt = (
        select(owner, target.c.item_id, *(table.c[f] for f in link.object_fields))
        .join(target, target.c.pk == table.c[link.target_column])
        # Links never cross workshops, so the target's workshop filters the whole table.
        .where(target.c.workshop_pk == bindparam("workshop_pk"))
        .order_by(owner, table.c.position)
    )
    return stmt.where(owner == bindparam("row_pk")) if single else stmt


def _read_links(
    conn: Connection, link: Link, stmt: Select[Any], params: dict[str, Any]
) -> dict[int, tuple[Any, ...]]:
    grouped: dict[int, list[Any]] = defaultdict(list)
    for row in conn.execute(stmt, params).all():
        grouped[row[0]].append(link_element(link, row[1], row[2:]))
    return {owner: tuple(elements) for owner, elements in grouped.items()}
