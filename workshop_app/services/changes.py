"""Edits as reversible commands: applying one returns the change that undoes it.

Each ``apply`` is one user intent and one repository transaction (DESIGN §4). The GUI's undo
stack keeps the returned inverses; because all changes run one after another on the single
database worker, an inverse is always known before it can be asked for.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from workshop_app.domain import clock
from workshop_app.domain.collections import ItemKey, collection
from workshop_app.domain.model import Workshop
from workshop_app.storage.repository import WorkshopRepository

# What a change touched: collection names ("problems", "notes" …) and "header.<field>" for
# header fields; None when it may have touched anything (a cascading delete, a restore).
Touched = frozenset[str] | None
# Collections whose items no other item refers to: deleting one touches only its collection.
LEAF_COLLECTIONS = frozenset({"notes", "attachments", "distribution"})


@dataclass(frozen=True, slots=True)
class Applied:
    """The result of applying a change: its inverse, the workshop's new change time and what
    the change touched (so the window refreshes only what can show it)."""

    inverse: Change
    updated_at: datetime
    touched: Touched = None


class Change(Protocol):
    """A reversible edit of one workshop."""

    # A read-only property: the changes are frozen dataclasses, whose fields a plain
    # protocol attribute (settable) would not match.
    @property
    def workshop_id(self) -> str: ...

    def apply(self, repo: WorkshopRepository) -> Applied: ...


@dataclass(frozen=True, slots=True)
class SetHeader:
    """Set header fields (title, municipality, area, purpose, language, step, follow-up date)."""

    workshop_id: str
    values: dict[str, Any]
    previous: dict[str, Any]

    def apply(self, repo: WorkshopRepository) -> Applied:
        updated_at = repo.update_header(self.workshop_id, dict(self.values))
        inverse = SetHeader(self.workshop_id, self.previous, self.values)
        return Applied(inverse, updated_at, frozenset(f"header.{name}" for name in self.values))


@dataclass(frozen=True, slots=True)
class AddItem:
    """Add an item to a collection at ``index`` (None = at the end)."""

    workshop_id: str
    collection: str
    item: Any
    index: int | None = None

    def apply(self, repo: WorkshopRepository) -> Applied:
        updated_at = repo.add_item(self.workshop_id, self.collection, self.item, self.index)
        key = collection(self.collection).key_of(self.item)
        inverse = DeleteItem(self.workshop_id, self.collection, key)
        return Applied(inverse, updated_at, frozenset({self.collection}))


@dataclass(frozen=True, slots=True)
class UpdateItem:
    """Change fields of one item; the previous values are read in the same worker turn."""

    workshop_id: str
    collection: str
    key: ItemKey
    values: dict[str, Any]

    def apply(self, repo: WorkshopRepository) -> Applied:
        before = repo.get_item(self.workshop_id, self.collection, self.key)
        previous = {name: getattr(before, name) for name in self.values}
        updated_at = repo.update_item(
            self.workshop_id, self.collection, self.key, dict(self.values)
        )
        inverse = UpdateItem(self.workshop_id, self.collection, self.key, previous)
        return Applied(inverse, updated_at, frozenset({self.collection}))


@dataclass(frozen=True, slots=True)
class DeleteItem:
    """Delete an item and what depends on it (sub-causes, links …).

    The inverse restores the whole workshop as it was, because a delete can cascade into
    several collections; restoring the snapshot puts back every link exactly.
    """

    workshop_id: str
    collection: str
    key: ItemKey

    def apply(self, repo: WorkshopRepository) -> Applied:
        before = repo.load(self.workshop_id)
        updated_at = repo.delete_item(self.workshop_id, self.collection, self.key)
        # Nothing refers to a leaf's items; any other delete may cascade anywhere.
        touched = frozenset({self.collection}) if self.collection in LEAF_COLLECTIONS else None
        return Applied(RestoreWorkshop(before), updated_at, touched)


@dataclass(frozen=True, slots=True)
class MoveItem:
    """Move an item to ``new_index`` within its collection."""

    workshop_id: str
    collection: str
    key: ItemKey
    new_index: int

    def apply(self, repo: WorkshopRepository) -> Applied:
        current = repo.load(self.workshop_id)
        spec = collection(self.collection)
        items = getattr(current, self.collection)
        old_index = next(i for i, item in enumerate(items) if spec.key_of(item) == self.key)
        updated_at = repo.move_item(self.workshop_id, self.collection, self.key, self.new_index)
        inverse = MoveItem(self.workshop_id, self.collection, self.key, old_index)
        return Applied(inverse, updated_at, frozenset({self.collection}))


@dataclass(frozen=True, slots=True)
class RestoreWorkshop:
    """Put a whole workshop back as in ``snapshot`` (the inverse of a cascading delete)."""

    snapshot: Workshop
    workshop_id: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "workshop_id", self.snapshot.id)

    def apply(self, repo: WorkshopRepository) -> Applied:
        current = repo.load(self.workshop_id)
        # Restoring is a change of its own: the workshop was changed now, not back then.
        stamp = clock.now()
        repo.replace(dataclasses.replace(self.snapshot, updated_at=stamp))
        return Applied(RestoreWorkshop(current), stamp)
