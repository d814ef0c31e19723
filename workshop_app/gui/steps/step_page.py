"""A step's page: its guide on top, the working area, and the parking lot beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import StepPlan, Workshop
from workshop_app.domain.steps import Step
from workshop_app.gui.room.voting_dialog import VOTING_KEY
from workshop_app.gui.session import WorkshopSession
from workshop_app.gui.steps.step_content import StepContent
from workshop_app.gui.widgets.guide_panel import GuidePanel
from workshop_app.gui.widgets.notes_panel import NotesPanel
from workshop_app.services.changes import AddItem


class StepPage(QWidget):
    """Frame shared by all steps; ``content`` is the step's own working area (or None)."""

    def __init__(
        self,
        session: WorkshopSession,
        pack: MethodPack,
        step: Step,
        language: str,
        content: StepContent | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"page_{step.value}")
        self._session = session
        self._step = step
        self.content = content
        guide = pack.step(step)

        heading = QLabel(guide.title.get(language))
        heading.setObjectName("pageHeading")
        heading.setAccessibleName(guide.title.get(language))
        self.done_box = QCheckBox(self.tr("This step is &done"))
        self.done_box.setObjectName("stepDone")
        self.done_box.clicked.connect(self._done_clicked)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.done_box)

        if content is None or not content.offers_voting():
            # Ctrl+Shift+V where there is nothing to vote on says where voting is.
            shortcut = QShortcut(QKeySequence(VOTING_KEY), self)
            shortcut.activated.connect(self._no_voting_here)

        self.guide = GuidePanel(guide, language)
        names = {g.step: g.title.get(language) for g in pack.steps}
        self.notes = NotesPanel(session, step, names)
        # The guide and the working area scroll together, so a small projector resolution
        # never squeezes a table below a usable height; the parking lot stays in view beside.
        # Built from the outside in, each widget under its final parent before anything goes
        # into it: with the app's style sheet every re-parenting of a built subtree restyles
        # all of it, and the large workshop's pages were restyled five times over.
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("pageScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if content is not None:
            split = QSplitter(Qt.Orientation.Horizontal, self)
            split.setChildrenCollapsible(False)
            layout.addWidget(split, 1)
            split.addWidget(self.scroll_area)
            split.addWidget(self.notes)
            split.setStretchFactor(0, 3)
            split.setStretchFactor(1, 1)
            self.notes.setMinimumWidth(270)
        else:
            layout.addWidget(self.scroll_area, 1)
        body = QWidget()
        self.scroll_area.setWidget(body)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        body_layout.addWidget(self.guide)
        body_layout.addWidget(content if content is not None else self.notes, 1)
        self.show_workshop(session.workshop)

    def show_workshop(self, workshop: Workshop) -> None:
        plan = next((p for p in workshop.step_plan if p.step == self._step), None)
        self.done_box.setChecked(bool(plan and plan.completed))
        self.notes.show_workshop(workshop)
        if self.content is not None:
            self.content.show_workshop(workshop)

    def _no_voting_here(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Dot voting"),
            self.tr(
                "There is nothing to vote on in this step. Dot voting (Ctrl+Shift+V) is used on "
                "the steps Local problems and Measures and partners (Ctrl+PgUp / Ctrl+PgDown "
                "moves between steps)."
            ),
        )

    def _done_clicked(self, checked: bool) -> None:
        session = self._session
        plan = next((p for p in session.workshop.step_plan if p.step == self._step), None)
        text = self.tr("Mark step done") if checked else self.tr("Mark step not done")
        if plan is None:  # an imported workshop may lack a plan for this step
            new_plan = StepPlan(step=self._step, completed=checked)
            session.apply(AddItem(session.workshop_id, "step_plan", new_plan), text)
        else:
            session.update_item("step_plan", (self._step,), {"completed": checked}, text)
