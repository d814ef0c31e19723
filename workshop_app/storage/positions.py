"""User-defined order: dense positions 0..n-1 per workshop and collection."""

from __future__ import annotations

from sqlalchemy import Connection, Table, bindparam, func, select, update


def count(conn: Connection, table: Table, workshop_pk: int) -> int:
    """How many rows of ``table`` the workshop has."""
    return conn.execute(
        select(func.count()).select_from(table).where(table.c.workshop_pk == workshop_pk)
    ).scalar_one()


def insertion_position(conn: Connection, table: Table, workshop_pk: int, index: int | None) -> int:
    """Make room at ``index`` (None = the end) and return the position the new row takes."""
    size = count(conn, table, workshop_pk)
    if index is None:
        return size
    if not 0 <= index <= size:
        raise ValueError(f"index {index} is outside 0..{size}")
    if index < size:
        conn.execute(
            update(table)
            .where(table.c.workshop_pk == workshop_pk, table.c.position >= index)
            .values(position=table.c.position + 1)
        )
    return index


def move(conn: Connection, table: Table, workshop_pk: int, row_pk: int, new_index: int) -> None:
    """Move one row to ``new_index``, shifting the rows in between by one."""
    size = count(conn, table, workshop_pk)
    if not 0 <= new_index < size:
        raise ValueError(f"index {new_index} is outside 0..{size - 1}")
    old = conn.execute(select(table.c.position).where(table.c.pk == row_pk)).scalar_one()
    if new_index == old:
        return
    in_workshop = table.c.workshop_pk == workshop_pk
    if new_index > old:
        between = table.c.position.between(old + 1, new_index)
        shift = table.c.position - 1
    else:
        between = table.c.position.between(new_index, old - 1)
        shift = table.c.position + 1
    # No UNIQUE on position, so the shift and the final placement need no deferral tricks.
    conn.execute(update(table).where(in_workshop, between).values(position=shift))
    conn.execute(update(table).where(table.c.pk == row_pk).values(position=new_index))


def renumber(conn: Connection, table: Table, workshop_pk: int) -> None:
    """Close the gaps that deletions (and their cascades) left, keeping the order."""
    rows = conn.execute(
        select(table.c.pk, table.c.position)
        .where(table.c.workshop_pk == workshop_pk)
        .order_by(table.c.position, table.c.pk)
    ).all()
    changes = [
        {"b_pk": pk, "b_position": index}
        for index, (pk, position) in enumerate(rows)
        if position != index
    ]
    if changes:
        conn.execute(
            update(table)
            .where(table.c.pk == bindparam("b_pk"))
            .values(position=bindparam("b_position")),
            changes,
        )
