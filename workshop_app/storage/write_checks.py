"""What a write checks before it reaches the database: the cause tree, measures' causes and
a whole workshop's fields (an insert or a replace)."""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import Connection

from workshop_app.domain import clock
from workshop_app.domain.model import Workshop
from workshop_app.storage.mapping import COLLECTION_MAPS, CollectionMap
from workshop_app.storage.rules import (
    check_cause,
    check_cause_forest,
    check_cause_move,
    check_measure_causes,
    read_cause_view,
)
from workshop_app.storage.validation import check_changes, check_item

_HEADER_FIELDS = (
    "id",
    "title",
    "municipality",
    "area",
    "purpose",
    "language",
    "method",
    "created_at",
    "updated_at",
    "current_step",
    "follow_up_date",
)


def check_tree_rules(
    conn: Connection,
    workshop_pk: int,
    cmap: CollectionMap,
    item: Any,
    row_pk: int | None,
    changed: set[str] | None,
) -> None:
    """Cause-tree and measure rules for a new (``changed`` None) or changed item."""

    def touched(*fields: str) -> bool:
        return changed is None or not changed.isdisjoint(fields)

    if cmap.name == "causes" and touched("problem_id", "parent_id"):
        view = read_cause_view(conn, workshop_pk)
        old_problem = view.get(item.id, (None, None))[0]
        view[item.id] = (item.problem_id, item.parent_id)
        check_cause(item, view)
        if row_pk is not None and old_problem != item.problem_id:
            check_cause_move(conn, item, row_pk, view)
    elif cmap.name == "measures" and touched("problem_id", "cause_ids"):
        check_measure_causes(item, read_cause_view(conn, workshop_pk))


def checked_workshop(workshop: Workshop) -> Workshop:
    """The aggregate with every field checked, timestamps filled and the tree rules verified."""
    if not isinstance(workshop, Workshop):
        raise TypeError(f"expected a Workshop, got {type(workshop).__name__}")
    header = check_changes(Workshop, {f: getattr(workshop, f) for f in _HEADER_FIELDS}, frozen=())
    now = clock.now()
    header["created_at"] = header["created_at"] or now
    header["updated_at"] = header["updated_at"] or header["created_at"]
    collections = {}
    for name, cmap in COLLECTION_MAPS.items():
        items = getattr(workshop, name)
        for item in items:
            if not isinstance(item, cmap.item_type):
                expected = cmap.item_type.__name__
                raise TypeError(f"{name} holds {expected} items, got {type(item).__name__}")
        collections[name] = tuple(check_item(item) for item in items)
    check_cause_forest(collections["causes"])
    view = {c.id: (c.problem_id, c.parent_id) for c in collections["causes"]}
    for measure in collections["measures"]:
        check_measure_causes(measure, view)
    # One string-keyed dict: the field names are checked by dataclasses.replace at run time.
    fields: dict[str, Any] = {**header, **collections}
    return dataclasses.replace(workshop, **fields)
