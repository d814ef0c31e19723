"""MeasureEdits: turns what the user does on the Measures page into undoable changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from workshop_app.domain.ids import new_id
from workshop_app.domain.model import Measure
from workshop_app.domain.partner_matrix import Role, move_target, with_role
from workshop_app.domain.voting import votes_after
from workshop_app.gui.session import WorkshopSession
from workshop_app.gui.widgets.debounce import Debouncer
from workshop_app.services.changes import AddItem, DeleteItem, MoveItem


class MeasureEdits(QObject):
    """The page lays out and forwards intents; this decides the change and its undo text.

    ``problem_id`` is the problem chosen on the page; ``refresh`` shows the session's snapshot
    again after a field change (field changes do not reload the snapshot); ``select`` names the
    measure the page should select once the reloaded snapshot arrives (after an add).
    """

    def __init__(
        self,
        session: WorkshopSession,
        debouncer: Debouncer,
        problem_id: Callable[[], str | None],
        refresh: Callable[[], None],
        select: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._debouncer = debouncer
        self._problem_id = problem_id
        self._refresh = refresh
        self._select = select

    def edit(self, key: tuple[str], values: dict[str, Any], text: str) -> None:
        """A field edit of one measure: saved at once, then the whole page shows it."""
        if not values or not any((m.id,) == key for m in self._session.workshop.measures):
            return
        self._session.update_item("measures", key, values, text)
        self._refresh()

    def vote(self, measure: Measure | None, delta: int) -> None:
        if measure is None:
            return
        votes = votes_after(measure.votes, delta)
        if votes != measure.votes:
            text = self.tr("Vote for measure") if delta > 0 else self.tr("Take back vote")
            self.edit((measure.id,), {"votes": votes}, text)

    def set_role(self, measure_id: str, organisation_id: str, role: Role) -> None:
        workshop = self._session.workshop
        measure = next((m for m in workshop.measures if m.id == measure_id), None)
        if measure is None:
            return
        order = [o.id for o in workshop.organisations]
        changes = with_role(measure, organisation_id, role, order)
        self.edit((measure_id,), changes, self.tr("Change partner matrix"))

    def prioritise(self, measure: Measure | None, checked: bool) -> None:
        if measure is not None:
            text = self.tr("Prioritise measure") if checked else self.tr("Remove priority")
            self.edit((measure.id,), {"prioritised": checked}, text)

    def add(self, text: str) -> None:
        problem_id = self._problem_id()
        if problem_id is None:
            return
        self._debouncer.flush()
        measure = Measure(id=new_id(), problem_id=problem_id, title=text)
        self._select(measure.id)
        session = self._session
        session.apply(AddItem(session.workshop_id, "measures", measure), self.tr("Add measure"))

    def delete(self, key: tuple[str]) -> None:
        self._debouncer.flush()  # a field still in its typing pause is saved first
        session = self._session
        session.apply(DeleteItem(session.workshop_id, "measures", key), self.tr("Delete measure"))

    def move(self, key: tuple[str], index_in_problem: int) -> None:
        problem_id = self._problem_id()
        if problem_id is None:
            return
        self._debouncer.flush()
        session = self._session
        new_index = move_target(session.workshop.measures, problem_id, index_in_problem)
        session.apply(
            MoveItem(session.workshop_id, "measures", key, new_index), self.tr("Move measure")
        )
