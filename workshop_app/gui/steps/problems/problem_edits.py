"""ProblemEdits: turns what the user does on the Problems page into undoable changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from workshop_app.domain.ids import new_id
from workshop_app.domain.model import Problem
from workshop_app.domain.priorities import (
    priority_changes,
    rank_changes,
    ranks_by_votes,
    ranks_with,
)
from workshop_app.domain.voting import votes_after
from workshop_app.gui.session import WorkshopSession
from workshop_app.services.changes import AddItem, DeleteItem, MoveItem


class ProblemEdits(QObject):
    """The page lays out and forwards intents; this decides the change and its undo text.

    ``refresh`` shows the session's snapshot again after a field change (field changes do not
    reload the snapshot); ``select`` names the problem the page should select once the
    reloaded snapshot arrives (after an add, a move or a delete).
    """

    def __init__(
        self,
        session: WorkshopSession,
        refresh: Callable[[], None],
        select: Callable[[str | None], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._refresh = refresh
        self._select = select

    def add(self, title: str, indicator_ids: tuple[str, ...]) -> None:
        """A new problem, linked to ``indicator_ids``, selected once it is stored."""
        problem = Problem(id=new_id(), title=title, indicator_ids=indicator_ids)
        self._select(problem.id)
        self._session.apply(
            AddItem(self._session.workshop_id, "problems", problem), self.tr("Add problem")
        )

    def command(self, problem: Problem, command: str) -> None:
        """A key or button on the selected problem: vote±, prioritise, up, down, delete."""
        problems = self._session.workshop.problems
        if command == "vote+":
            self.change(
                {problem.id: {"votes": votes_after(problem.votes, 1)}}, self.tr("Add a vote")
            )
        elif command == "vote-" and problem.votes > 0:
            self.change(
                {problem.id: {"votes": votes_after(problem.votes, -1)}}, self.tr("Remove a vote")
            )
        elif command == "prioritise":
            self.set_prioritised(problem.id, not problem.prioritised)
        elif command in ("up", "down"):
            row = [p.id for p in problems].index(problem.id)
            target = row + (-1 if command == "up" else 1)
            if 0 <= target < len(problems):
                self._select(problem.id)
                self._session.apply(
                    MoveItem(self._session.workshop_id, "problems", (problem.id,), target),
                    self.tr("Move problem"),
                )
        elif command == "delete":
            row = [p.id for p in problems].index(problem.id)
            # The next problem is selected after the delete, else the one before it.
            neighbours = [
                p.id for p in problems[row + 1 : row + 2] + problems[max(row - 1, 0) : row]
            ]
            self._select(neighbours[0] if neighbours else None)
            self._session.apply(
                DeleteItem(self._session.workshop_id, "problems", (problem.id,)),
                self.tr("Delete problem"),
            )

    def set_prioritised(self, problem_id: str, on: bool) -> None:
        problems = self._session.workshop.problems
        self.change(
            priority_changes(problems, problem_id, on),
            self.tr("Prioritise problem") if on else self.tr("Take off the priority"),
        )

    def cell_edited(self, problem_id: str, field: str, value: Any) -> None:
        """A cell of the problem table was edited (title, votes, prioritised, rank)."""
        problems = self._session.workshop.problems
        if field == "prioritised":
            self.set_prioritised(problem_id, bool(value))
        elif field == "rank":
            changes = rank_changes(problems, ranks_with(problems, problem_id, int(value)))
            self.change(changes, self.tr("Change rank"))
        else:
            self.change({problem_id: {field: value}}, self.tr("Edit problem"))

    def rank_by_votes(self) -> None:
        problems = self._session.workshop.problems
        self.change(rank_changes(problems, ranks_by_votes(problems)), self.tr("Rank by votes"))

    def set_links(self, problem_id: str, ticked: list[str]) -> None:
        """Link the problem to the ticked indicators, keeping the order links were made in."""
        problem = next((p for p in self._session.workshop.problems if p.id == problem_id), None)
        if problem is None:
            return
        ids = tuple(i for i in problem.indicator_ids if i in ticked) + tuple(
            i for i in ticked if i not in problem.indicator_ids
        )
        self.change({problem.id: {"indicator_ids": ids}}, self.tr("Change linked indicators"))

    def edit_field(self, problem_id: str, name: str, value: str) -> None:
        """A typed field of the selected problem, after its typing pause."""
        if name == "title" and not value:
            return  # a problem always has a title; the last saved one stays
        self.change({problem_id: {name: value}}, self.tr("Edit problem"))

    def change(self, changes: dict[str, dict[str, Any]], text: str) -> None:
        """Field changes of one or more problems as one undo step."""
        problems = {p.id: p for p in self._session.workshop.problems}
        changes = {
            pid: values
            for pid, values in changes.items()
            if pid in problems and any(getattr(problems[pid], k) != v for k, v in values.items())
        }
        if not changes:
            self._refresh()  # e.g. an emptied title: show the stored one again
            return
        stack = self._session.undo_stack
        if len(changes) > 1:
            stack.beginMacro(text)
        try:
            for problem_id, values in changes.items():
                self._session.update_item("problems", (problem_id,), values, text)
        finally:
            if len(changes) > 1:
                stack.endMacro()
        self._refresh()
