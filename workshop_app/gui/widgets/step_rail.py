"""The step rail: the seven steps in order, each with its state; choosing one opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Workshop
from workshop_app.domain.progress import StepState, step_state
from workshop_app.domain.steps import STEP_ORDER, Step

STATE_MARKS = {StepState.NOT_STARTED: "○", StepState.IN_PROGRESS: "◐", StepState.DONE: "●"}


class StepRail(QListWidget):
    """A list of the steps; Ctrl+1…7 (set by the window) and the arrow keys move along it."""

    step_chosen = Signal(object)  # Step

    def __init__(self, pack: MethodPack, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepRail")
        self.setAccessibleName(self.tr("Steps of the workshop"))
        self._titles = {guide.step: guide.title.get(language) for guide in pack.steps}
        self._state_words = {
            StepState.NOT_STARTED: self.tr("not started"),
            StepState.IN_PROGRESS: self.tr("in progress"),
            StepState.DONE: self.tr("done"),
        }
        for number, step in enumerate(STEP_ORDER):
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, step)
            self.addItem(item)
            self._label(item, number, step, StepState.NOT_STARTED)
        self.currentItemChanged.connect(self._changed)
        self.setWordWrap(True)
        self.setMinimumWidth(180)
        self.setMaximumWidth(320)

    def _label(self, item: QListWidgetItem, number: int, step: Step, state: StepState) -> None:
        item.setText(f"{STATE_MARKS[state]}  {number}. {self._titles[step]}")
        words = self._state_words[state]
        item.setToolTip(words)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{number}. {self._titles[step]}, {words}")

    def show_progress(self, workshop: Workshop) -> None:
        for number, step in enumerate(STEP_ORDER):
            self._label(self.item(number), number, step, step_state(workshop, step))

    def select(self, step: Step) -> None:
        row = STEP_ORDER.index(step)
        if self.currentRow() != row:
            self.setCurrentRow(row)

    def _changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.step_chosen.emit(Step(current.data(Qt.ItemDataRole.UserRole)))
