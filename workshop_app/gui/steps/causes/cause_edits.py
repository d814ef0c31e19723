"""CauseEdits: turns what the user does on the Causes page into undoable changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from workshop_app.domain.cause_tree import descendants, move_index, root_of
from workshop_app.domain.enums import Branch, Directness
from workshop_app.domain.ids import new_id
from workshop_app.domain.model import Cause
from workshop_app.gui.session import WorkshopSession
from workshop_app.gui.steps.causes.fishbone_tree import NodeId
from workshop_app.services.changes import AddItem, DeleteItem, MoveItem


class CauseEdits(QObject):
    """The page lays out and forwards intents; this decides the change and its undo text.

    ``refresh`` shows the snapshot again after a field change (field changes do not reload
    it); ``select`` names the tree node to select once the reloaded snapshot arrives.
    """

    def __init__(
        self,
        session: WorkshopSession,
        refresh: Callable[[], None],
        select: Callable[[NodeId], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._refresh = refresh
        self._select = select

    def add(
        self,
        problem_id: str,
        text: str,
        parent_id: str | None,
        branch: Branch,
        directness: Directness,
    ) -> None:
        """A cause on ``branch``; under ``parent_id`` it is an underlying cause on the
        branch of the cause it explains ("why?" asked again)."""
        causes = self._session.workshop.causes
        root = None if parent_id is None else root_of(causes, parent_id)
        if root is not None:
            cause = Cause(
                id=new_id(),
                problem_id=problem_id,
                description=text,
                parent_id=parent_id,
                branch=root.branch,
                directness=Directness.UNDERLYING,
            )
            label = self.tr("Add sub-cause")
        else:
            cause = Cause(
                id=new_id(),
                problem_id=problem_id,
                description=text,
                branch=branch,
                directness=directness,
            )
            label = self.tr("Add cause")
        self._select(("cause", cause.id))
        self._session.apply(AddItem(self._session.workshop_id, "causes", cause), label)

    def delete(self, cause_id: str) -> None:
        """Delete the cause with its sub-causes; the cause above it (or its branch) is
        selected after."""
        causes = self._session.workshop.causes
        cause = next(c for c in causes if c.id == cause_id)
        root = root_of(causes, cause_id)
        self._select(
            ("cause", cause.parent_id)
            if cause.parent_id
            else ("branch", (root or cause).branch.value)
        )
        self._session.apply(
            DeleteItem(self._session.workshop_id, "causes", (cause_id,)), self.tr("Delete cause")
        )

    def move(self, cause_id: str, step: int) -> None:
        """Move the cause ``step`` places among its siblings (nothing at either end)."""
        index = move_index(self._session.workshop.causes, cause_id, step)
        if index is None:
            return
        self._select(("cause", cause_id))
        self._session.apply(
            MoveItem(self._session.workshop_id, "causes", (cause_id,), index),
            self.tr("Move cause"),
        )

    def update(self, cause_id: str, values: dict[str, Any], text: str | None = None) -> None:
        cause = next((c for c in self._session.workshop.causes if c.id == cause_id), None)
        if cause is None or all(getattr(cause, k) == v for k, v in values.items()):
            return
        self._session.update_item("causes", (cause_id,), values, text or self.tr("Edit cause"))
        self._refresh()

    def set_branch(self, cause_id: str, branch: Branch) -> bool:
        """Move a cause and its sub-causes to ``branch`` as one undo step; False: no change."""
        causes = self._session.workshop.causes
        ids = [cause_id, *descendants(causes, cause_id)]
        changed = [c.id for c in causes if c.id in ids and c.branch != branch]
        if not changed:
            return False
        stack = self._session.undo_stack
        stack.beginMacro(self.tr("Move cause to another branch"))
        try:
            for changed_id in changed:
                self._session.update_item(
                    "causes", (changed_id,), {"branch": branch}, self.tr("Change branch")
                )
        finally:
            stack.endMacro()
        self._refresh()
        return True
