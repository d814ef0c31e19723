"""The workshop's parking lot, beside every step: notes captured on the fly, one list for the day.

Each note keeps the step it was parked in (a column, and "only this step" as a filter); a
note can be marked resolved (struck through and dimmed, hidden unless "Show resolved" is
ticked) and reopened, or turned into a next step, each in one undoable action.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from workshop_app.domain import clock
from workshop_app.domain.ids import new_id
from workshop_app.domain.model import NextStep, Note, Workshop
from workshop_app.domain.steps import STEP_ORDER, Step
from workshop_app.gui.session import WorkshopSession
from workshop_app.gui.widgets.item_table import ItemTableEditor
from workshop_app.gui.widgets.item_table_model import Column
from workshop_app.gui.widgets.styled_table import Cell, StyledTableModel, install_model
from workshop_app.services.changes import AddItem, DeleteItem, MoveItem

NEXT_STEP_TITLE = 500  # characters of a next step's title (the workshop file's limit)
RESOLVED_TEXT = "#6b6b6b"  # dimmed, and still 5:1 on white: a resolved note stays readable


def next_step_from(note: Note) -> NextStep:
    """The note as a next step: its text as the title; a longer text whole in the description."""
    text = note.text.strip()
    if len(text) <= NEXT_STEP_TITLE and "\n" not in text:
        return NextStep(id=new_id(), title=text)
    first = text.splitlines()[0].strip() or text
    title = first if len(first) <= NEXT_STEP_TITLE else first[: NEXT_STEP_TITLE - 1] + "…"
    return NextStep(id=new_id(), title=title, description=text)


class NotesModel(StyledTableModel):
    """The notes; a resolved one is struck through and dimmed, and its tooltip says when."""

    def cell(self, item: Note, column: Column) -> Cell | None:
        if item.resolved_at is None:
            return None
        when = item.resolved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        tip = self.tr("Resolved %1").replace("%1", when)
        return Cell(foreground=RESOLVED_TEXT, tooltip=tip if column.field == "text" else None)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        is_font = role == Qt.ItemDataRole.FontRole and index.isValid()
        if is_font and self.items[index.row()].resolved_at is not None:
            owner = self.parent()  # the panel's table: its font (size follows the system's)
            font = QFont(owner.font()) if isinstance(owner, QWidget) else QFont()
            font.setStrikeOut(True)
            return font
        return super().data(index, role)


class NotesPanel(QWidget):
    """All the workshop's notes, in the user's order; new ones are parked in this step."""

    def __init__(
        self,
        session: WorkshopSession,
        step: Step,
        step_names: Mapping[Step, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._step = step
        self._names = dict(step_names or {})
        self._build_editor(session, step)
        self._build_controls(step)
        self.editor.current_changed.connect(lambda _key: self._update_buttons())
        # The filters one under the other: side by side they would widen the panel past its
        # 270 px; the two short buttons share a row.
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.resolve)
        row.addStretch(1)
        row.addWidget(self.to_next_step)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.only_here)
        layout.addWidget(self.show_resolved)
        layout.addLayout(row)
        self.show_workshop(session.workshop)

    def _build_editor(self, session: WorkshopSession, step: Step) -> None:
        """The list of notes with its step tag; edits go to the session as undoable steps."""
        columns = [
            Column("text", self.tr("Note"), stretch=True, required=True),
            Column(
                "step",
                self.tr("Step"),
                kind="choice",
                choices=lambda: [(s, self._tag(s)) for s in STEP_ORDER],
                display=lambda s: str(STEP_ORDER.index(s)),  # as numbered in the step list
            ),
        ]
        self.editor = ItemTableEditor(
            self.tr("Parking lot"), "notes", columns, self.tr("New note: type and press Enter")
        )
        self.editor.setObjectName(f"notes_{step.value}")
        install_model(self.editor, NotesModel("notes", columns, self.editor), columns)
        # The step is a narrow tag (its number, as in the step list); the list to choose
        # another from names them. The arrows go: Ctrl+Up/Down still move a note, and the
        # heading keeps room for its count.
        self.editor.table.setColumnWidth(1, self.fontMetrics().horizontalAdvance("Steg") + 24)
        self.editor.up_button.hide()
        self.editor.down_button.hide()
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

    def _build_controls(self, step: Step) -> None:
        """The two filters and the buttons for the selected note."""
        self.only_here = QCheckBox(self.tr("Only this step"))
        self.only_here.setObjectName(f"notesOnlyHere_{step.value}")
        self.only_here.setToolTip(self.tr("Show only the notes parked in this step"))
        self.only_here.toggled.connect(lambda _on: self.show_workshop(self._session.workshop))
        self.show_resolved = QCheckBox(self.tr("Show resolved"))
        self.show_resolved.setObjectName(f"notesShowResolved_{step.value}")
        self.show_resolved.setToolTip(self.tr("Show the notes marked resolved too, struck through"))
        self.show_resolved.toggled.connect(lambda _on: self.show_workshop(self._session.workshop))
        self.resolve = QPushButton(self.tr("Resolved"))
        self.resolve.setObjectName(f"noteResolve_{step.value}")
        self.resolve.clicked.connect(self.toggle_resolved)
        self.to_next_step = QPushButton(self.tr("To next steps"))
        self.to_next_step.setObjectName(f"noteToNextStep_{step.value}")
        self.to_next_step.setToolTip(
            self.tr(
                "Make the selected note an action on the step Next steps and take it off the "
                "parking lot (Ctrl+Z brings it back)"
            )
        )
        self.to_next_step.clicked.connect(self.make_next_step)

    def _tag(self, step: Step) -> str:
        """ "2 Lokala problem": the number as in the step list, then the name."""
        return f"{STEP_ORDER.index(step)} {self._names.get(step, '')}".strip()

    def shown_notes(self, workshop: Workshop) -> list[Note]:
        notes = list(workshop.notes)
        if not self.show_resolved.isChecked():
            notes = [n for n in notes if n.resolved_at is None]
        if self.only_here.isChecked():
            notes = [n for n in notes if n.step == self._step]
        return notes

    def show_workshop(self, workshop: Workshop) -> None:
        self.editor.set_items(self.shown_notes(workshop))
        # The count is of what is still open: resolved notes are done with.
        count = sum(n.resolved_at is None for n in workshop.notes)
        here = sum(n.step == self._step and n.resolved_at is None for n in workshop.notes)
        resolved = len(workshop.notes) - count
        self.show_resolved.setText(
            self.tr("Show resolved (%1)").replace("%1", str(resolved))
            if resolved
            else self.tr("Show resolved")
        )
        self.editor.heading.setText(
            self.tr("Parking lot (%1)").replace("%1", str(count))
            if count
            else self.tr("Parking lot")
        )
        self.editor.heading.setToolTip(
            self.tr("%1 notes in the workshop, %2 parked in this step")
            .replace("%1", str(count))
            .replace("%2", str(here))
        )
        self._update_buttons()

    def make_next_step(self) -> None:
        """The selected note becomes a next step (one undo step puts it back)."""
        key = self.editor.current_key()
        note = next((n for n in self._session.workshop.notes if (n.id,) == key), None)
        if note is None or key is None:
            return
        workshop_id = self._session.workshop_id
        stack = self._session.undo_stack
        text = self.tr("Note to next steps")
        stack.beginMacro(text)
        try:
            self._session.apply(AddItem(workshop_id, "next_steps", next_step_from(note)), text)
            self._session.apply(DeleteItem(workshop_id, "notes", key), text)
        finally:
            stack.endMacro()

    def _current_note(self) -> Note | None:
        key = self.editor.current_key()
        return next((n for n in self._session.workshop.notes if (n.id,) == key), None)

    def toggle_resolved(self) -> None:
        """Mark the selected note resolved, or reopen a resolved one (Ctrl+Z undoes either)."""
        note = self._current_note()
        if note is None:
            return
        if note.resolved_at is None:
            value, text = clock.now(), self.tr("Resolve note")
        else:
            value, text = None, self.tr("Reopen note")
        self._session.update_item("notes", (note.id,), {"resolved_at": value}, text)
        # Shown at once: hidden when resolved notes are not shown, struck through when they are.
        self.show_workshop(self._session.workshop)

    def _update_buttons(self) -> None:
        note = self._current_note()
        self.to_next_step.setEnabled(note is not None)
        self.resolve.setEnabled(note is not None)
        if note is not None and note.resolved_at is not None:
            self.resolve.setText(self.tr("Reopen"))
            self.resolve.setToolTip(self.tr("Put the selected note back on the parking lot"))
        else:
            self.resolve.setText(self.tr("Resolved"))
            self.resolve.setToolTip(
                self.tr("Mark the selected note resolved: it is struck through and hidden")
            )

    def _add(self, text: str) -> None:
        note = Note(id=new_id(), step=self._step, text=text, created_at=clock.now())
        self._session.apply(AddItem(self._session.workshop_id, "notes", note), self.tr("Add note"))

    def _move(self, key: tuple[str], index_shown: int) -> None:
        # With "only this step" the table shows some of the notes; the database orders all
        # of them, so the position among those shown becomes a position in the whole list.
        all_notes = self._session.workshop.notes
        target = self.shown_notes(self._session.workshop)[index_shown]
        new_index = next(i for i, n in enumerate(all_notes) if n.id == target.id)
        self._session.apply(
            MoveItem(self._session.workshop_id, "notes", key, new_index), self.tr("Move note")
        )
