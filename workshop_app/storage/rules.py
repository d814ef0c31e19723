"""Referential rules: ids resolve in the workshop, cause trees stay in one problem, no cycles."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import aliased

from workshop_app.domain.errors import IntegrityError
from workshop_app.domain.model import Cause, Measure
from workshop_app.storage.mapping import COLLECTION_MAPS, CollectionMap
from workshop_app.storage.tables import CauseRow, MeasureCauseRow, MeasureRow, ProblemRow

# cause id -> (problem id, parent id): enough to check the cause-tree rules.
CauseView = Mapping[str, tuple[str, str | None]]


class Lookup:
    """Item id → row pk of one workshop's collections; each read once, when first needed."""

    def __init__(self, conn: Connection, workshop_pk: int) -> None:
        self._conn = conn
        self._workshop_pk = workshop_pk
        self._pks: dict[str, dict[str, int]] = {}

    def pks(self, collection: str) -> dict[str, int]:
        if collection not in self._pks:
            table = COLLECTION_MAPS[collection].table
            rows = self._conn.execute(
                select(table.c.item_id, table.c.pk).where(table.c.workshop_pk == self._workshop_pk)
            )
            self._pks[collection] = {item_id: pk for item_id, pk in rows}
        return self._pks[collection]

    def set(self, collection: str, pks: dict[str, int]) -> None:
        self._pks[collection] = pks


def resolve(
    lookup: Lookup, cmap: CollectionMap, key: Sequence[Any], field: str, target: str, value: str
) -> int:
    """The row pk of item ``value`` of collection ``target``; IntegrityError if there is none."""
    pk = lookup.pks(target).get(value)
    if pk is None:
        noun = COLLECTION_MAPS[target].noun
        raise IntegrityError(f'{cmap.describe(key)}.{field}: no {noun} with id "{value}"')
    return pk


def read_cause_view(conn: Connection, workshop_pk: int) -> dict[str, tuple[str, str | None]]:
    """Every cause of the workshop with its problem's and parent's ids (one query)."""
    parent = aliased(CauseRow)
    rows = conn.execute(
        select(CauseRow.item_id, ProblemRow.item_id, parent.item_id)
        .join(ProblemRow, ProblemRow.pk == CauseRow.problem_pk)
        .outerjoin(parent, parent.pk == CauseRow.parent_pk)
        .where(CauseRow.workshop_pk == workshop_pk)
    )
    return {cause: (problem, parent_id) for cause, problem, parent_id in rows}


def check_cause(cause: Cause, view: CauseView) -> None:
    """A cause's parent belongs to the same problem and is not the cause or its descendant."""
    if cause.parent_id is None:
        return
    where = COLLECTION_MAPS["causes"].describe((cause.id,))
    if cause.parent_id not in view:
        raise IntegrityError(f'{where}.parent_id: no cause with id "{cause.parent_id}"')
    parent_problem = view[cause.parent_id][0]
    if parent_problem != cause.problem_id:
        raise IntegrityError(
            f'{where}.parent_id: cause "{cause.parent_id}" belongs to problem '
            f'"{parent_problem}", not "{cause.problem_id}"'
        )
    seen = {cause.id}
    ancestor: str | None = cause.parent_id
    while ancestor is not None and ancestor in view:
        if ancestor in seen:
            raise IntegrityError(
                f'{where}.parent_id: "{cause.parent_id}" would make the cause its own ancestor'
            )
        seen.add(ancestor)
        ancestor = view[ancestor][1]


def check_cause_forest(causes: Iterable[Cause]) -> None:
    """Bulk form of ``check_cause`` for a whole workshop (parents may come after children)."""
    causes = list(causes)
    view = {c.id: (c.problem_id, c.parent_id) for c in causes}
    acyclic: set[str] = set()
    for cause in causes:
        if cause.parent_id is None:
            acyclic.add(cause.id)
            continue
        check_cause(cause, _Truncated(view, acyclic))
        acyclic.add(cause.id)


class _Truncated(Mapping[str, tuple[str, str | None]]):
    """A cause view that stops ancestor walks at causes already known to be cycle-free."""

    def __init__(self, view: CauseView, acyclic: set[str]) -> None:
        self._view = view
        self._acyclic = acyclic

    def __getitem__(self, key: str) -> tuple[str, str | None]:
        problem, parent = self._view[key]
        return problem, None if key in self._acyclic else parent

    def __contains__(self, key: object) -> bool:
        return key in self._view

    def __iter__(self) -> Iterator[str]:
        return iter(self._view)

    def __len__(self) -> int:
        return len(self._view)


def check_measure_causes(measure: Measure, view: CauseView) -> None:
    """The causes a measure acts on belong to the measure's problem."""
    where = COLLECTION_MAPS["measures"].describe((measure.id,))
    for cause_id in measure.cause_ids:
        if cause_id not in view:
            raise IntegrityError(f'{where}.cause_ids: no cause with id "{cause_id}"')
        problem = view[cause_id][0]
        if problem != measure.problem_id:
            raise IntegrityError(
                f'{where}.cause_ids: cause "{cause_id}" belongs to problem "{problem}", '
                f'not "{measure.problem_id}"'
            )


def check_cause_move(conn: Connection, cause: Cause, cause_pk: int, view: CauseView) -> None:
    """A cause that changes problem may take along neither sub-causes nor measure links."""
    where = COLLECTION_MAPS["causes"].describe((cause.id,))
    children = sorted(c for c, (_, parent) in view.items() if parent == cause.id)
    if children:
        raise IntegrityError(
            f"{where}.problem_id: the cause has sub-causes ({', '.join(children)}) under its "
            "current problem; move or delete them first"
        )
    measures = conn.execute(
        select(MeasureRow.item_id)
        .join(MeasureCauseRow, MeasureCauseRow.measure_pk == MeasureRow.pk)
        .where(MeasureCauseRow.cause_pk == cause_pk)
        .order_by(MeasureRow.position)
    ).scalars()
    linked = list(measures)
    if linked:
        raise IntegrityError(
            f"{where}.problem_id: measures ({', '.join(linked)}) of the current problem act "
            "on this cause; unlink them first"
        )
