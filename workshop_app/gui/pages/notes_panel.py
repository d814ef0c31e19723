"""The parking lot of a step: notes captured on the fly, each one line or more."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from workshop_app.domain import clock
from workshop_app.domain.ids import new_id
from workshop_app.domain.model import Note, Workshop
from workshop_app.domain.steps import Step
from workshop_app.gui.item_table import Column, ItemTableEditor
from workshop_app.gui.session import WorkshopSession
from workshop_app.services.changes import AddItem, DeleteItem, MoveItem


class NotesPanel(QWidget):
    """Notes of one step; the table shows only this step's notes, in the user's order."""

    def __init__(self, session: WorkshopSession, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._step = step
        self.editor = ItemTableEditor(
            self.tr("Parking lot"),
            "notes",
            [Column("text", self.tr("Note"), stretch=True, required=True)],
            self.tr("New note: type and press Enter"),
        )
        self.editor.setObjectName(f"notes_{step.value}")
        self.editor.add_requested.connect(self._add)
        self.editor.edit_requested.connect(
            lambda key, field, value: session.update_item(
                "notes", key, {field: value}, self.tr("Edit note")
            )
        )
        self.editor.delete_requested.connect(
            lambda key: session.apply(
                DeleteItem(session.workshop_id, "notes", key), self.tr("Delete note")
            )
        )
        self.editor.move_requested.connect(self._move)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)
        self.show_workshop(session.workshop)

    def show_workshop(self, workshop: Workshop) -> None:
        self.editor.set_items([n for n in workshop.notes if n.step == self._step])

    def _add(self, text: str) -> None:
        note = Note(id=new_id(), step=self._step, text=text, created_at=clock.now())
        self._session.apply(AddItem(self._session.workshop_id, "notes", note), self.tr("Add note"))

    def _move(self, key: tuple[str], index_in_step: int) -> None:
        # The table shows one step's notes; the database orders all notes, so translate the
        # position among this step's notes into a position in the whole list.
        all_notes = self._session.workshop.notes
        step_notes = [n for n in all_notes if n.step == self._step]
        target = step_notes[index_in_step]
        new_index = next(i for i, n in enumerate(all_notes) if n.id == target.id)
        self._session.apply(
            MoveItem(self._session.workshop_id, "notes", key, new_index), self.tr("Move note")
        )
