"""Step 3, Probable causes: per prioritised problem, a fishbone diagram and the cause tree.

Causes are captured on a branch (victim/target, offender, place/object, other) as direct or
underlying; Ctrl+Enter adds the typed text as a sub-cause of the selected cause, so asking
"why?" again and again builds a chain. The fishbone is redrawn after every change. The
selected cause's form is ``cause_details``; the changes are decided in ``cause_edits``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.cause_tree import by_branch, root_of
from workshop_app.domain.enums import Branch, Directness
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Cause, Problem, Workshop
from workshop_app.domain.priorities import problems_to_analyse, shown_rank
from workshop_app.gui.session import WorkshopSession
from workshop_app.gui.steps.causes.cause_details import CauseDetails, choose
from workshop_app.gui.steps.causes.cause_edits import CauseEdits
from workshop_app.gui.steps.causes.cause_labels import CauseLabels
from workshop_app.gui.steps.causes.fishbone_tree import CauseTree, NodeId
from workshop_app.gui.steps.causes.fishbone_view import FishboneView
from workshop_app.gui.steps.step_content import StepContent
from workshop_app.gui.widgets.debounce import Debouncer
from workshop_app.gui.widgets.text_limit import limit_line, limit_of


class CausesPage(StepContent):
    """Problem selector, fishbone diagram, cause capture, cause tree and the selected cause."""

    tree: CauseTree  # built after the fishbone, whose clicks select in it

    def __init__(
        self,
        session: WorkshopSession,
        pack: MethodPack,
        ui_language: str,
        debouncer: Debouncer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._pack = pack
        self._language = ui_language
        self._problem_id: str | None = None
        # Until someone picks a problem, the page shows the top-ranked one – also when it was
        # built ahead, before the group changed the ranking.
        self._picked = False
        self._problem_list: object = None
        self._select_after_reload: NodeId | None = None
        self.labels = CauseLabels(pack, ui_language, self)
        self.edits = CauseEdits(session, self._refresh, self._select_after, self)
        self.details = CauseDetails(self.edits, self.labels, debouncer)
        self.details.branch_changed.connect(lambda branch: choose(self.branch_box, branch))
        # The form's fields, under the names the keyboard tests use.
        self.description, self.branch = self.details.description, self.details.branch
        self.directness, self.certainty = self.details.directness, self.details.certainty
        self.evidence = self.details.evidence
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._build_problem_choice(layout)
        self.work = QWidget()
        work_layout = QVBoxLayout(self.work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        diagram_heading = QLabel(self.tr("Fishbone diagram"))
        diagram_heading.setObjectName("sectionHeading")
        self.fishbone = FishboneView()
        self.fishbone.setAccessibleName(self.tr("Fishbone diagram"))
        self.fishbone.cause_clicked.connect(lambda cid: self.tree.select_node(("cause", cid)))
        work_layout.addWidget(diagram_heading)
        work_layout.addWidget(self.fishbone)
        self._build_capture(work_layout)
        details_heading = QLabel(self.tr("Selected cause"))
        details_heading.setObjectName("sectionHeading")
        work_layout.addWidget(details_heading)
        work_layout.addWidget(self.details)
        layout.addWidget(self.work, 1)
        self.show_workshop(session.workshop)

    def _build_problem_choice(self, layout: QVBoxLayout) -> None:
        """Which problem, and the hints when none is prioritised or none exists."""
        self.problem_box = QComboBox()
        self.problem_box.setObjectName("causesProblem")
        self.problem_box.setAccessibleName(self.tr("Problem to analyse"))
        self.problem_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.problem_box.setMinimumContentsLength(16)
        self.problem_box.activated.connect(self._problem_chosen)
        problem_label = QLabel(self.tr("&Problem:"))
        problem_label.setBuddy(self.problem_box)
        problem_row = QHBoxLayout()
        problem_row.addWidget(problem_label)
        problem_row.addWidget(self.problem_box, 1)
        self.hint = QLabel(
            self.tr(
                "No problem is prioritised yet, so all problems are shown. Prioritise problems "
                "in the step Local problems."
            )
        )
        self.hint.setWordWrap(True)
        self.empty = QLabel(
            self.tr("There are no local problems yet. Add them in the step Local problems.")
        )
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)

        layout.addLayout(problem_row)
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)

    def _build_capture(self, layout: QVBoxLayout) -> None:
        """Heading with move/delete, branch and kind for new causes, the capture line, the tree."""
        causes_heading = QLabel(self.tr("Causes"))
        causes_heading.setObjectName("sectionHeading")
        self.up_button = _arrow(
            Qt.ArrowType.UpArrow,
            self.tr("Move up"),
            self.tr("Move the selected cause up (Ctrl+Up)"),
        )
        self.down_button = _arrow(
            Qt.ArrowType.DownArrow,
            self.tr("Move down"),
            self.tr("Move the selected cause down (Ctrl+Down)"),
        )
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(
            self.tr("Delete the selected cause and its sub-causes (Delete)")
        )
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.delete_button.clicked.connect(self._delete)
        heading_row = QHBoxLayout()
        heading_row.addWidget(causes_heading, 1)
        for button in (self.up_button, self.down_button, self.delete_button):
            heading_row.addWidget(button)

        self.branch_box = QComboBox()
        self.branch_box.setObjectName("captureBranch")
        self.branch_box.setAccessibleName(self.tr("Branch for new causes"))
        for branch in Branch:
            self.branch_box.addItem(self.labels.branch(branch), branch)
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("captureKind")
        self.kind_box.setAccessibleName(self.tr("Direct or underlying, for new causes"))
        for directness in Directness:
            self.kind_box.addItem(self.labels.directness(directness), directness)
        branch_label = QLabel(self.tr("&Branch:"))
        branch_label.setBuddy(self.branch_box)
        choice_row = QHBoxLayout()
        choice_row.addWidget(branch_label)
        choice_row.addWidget(self.branch_box, 1)
        choice_row.addWidget(self.kind_box, 1)

        self.capture = QLineEdit()
        self.capture.setObjectName("causeCapture")
        placeholder = self.tr("New cause: type and press Enter")
        self.capture.setPlaceholderText(placeholder)
        self.capture.setAccessibleName(placeholder)
        self.capture.setClearButtonEnabled(True)
        limit_line(self.capture, limit_of(Cause, "description"))
        self.capture.installEventFilter(self)
        self.add_button = QPushButton(self.tr("&Add cause"))
        self.add_button.setToolTip(self.tr("Add the typed cause to the chosen branch (Enter)"))
        self.add_button.clicked.connect(lambda: self._add(sub=False))
        self.add_sub_button = QPushButton(self.tr("Add as s&ub-cause"))
        self.add_sub_button.setToolTip(
            self.tr(
                "Add the typed text as an underlying cause under the selected cause "
                "(Ctrl+Enter): ask “why?” again"
            )
        )
        self.add_sub_button.clicked.connect(lambda: self._add(sub=True))
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.add_sub_button)
        add_row.addStretch(1)

        self.tree = CauseTree(self.labels.kind_short, self.labels.certainty)
        self.tree.setObjectName("causeTree")
        self.tree.description_edited.connect(
            lambda cid, text: self.edits.update(cid, {"description": text})
        )
        self.tree.delete_pressed.connect(self._delete)
        self.tree.move_pressed.connect(self._move)
        self.tree.current_node_changed.connect(self._node_changed)

        for row in (heading_row, choice_row):
            layout.addLayout(row)
        layout.addWidget(self.capture)
        layout.addLayout(add_row)
        layout.addWidget(self.tree, 1)

    # -- showing -------------------------------------------------------------------------

    @property
    def problem_id(self) -> str | None:
        return self._problem_id

    def focus_target(self) -> tuple[str, str] | None:
        """What the projector can focus on: the fishbone of the problem shown."""
        return None if self._problem_id is None else ("fishbone", self._problem_id)

    def select_problem(self, problem_id: str) -> None:
        position = self.problem_box.findData(problem_id)
        if position >= 0:
            self.problem_box.setCurrentIndex(position)
            self._problem_chosen()

    def showEvent(self, event: QShowEvent) -> None:
        # Field edits on other pages (a problem's title …) do not reload the snapshot.
        super().showEvent(event)
        self.show_workshop(self._session.workshop)

    def capture_field(self) -> QWidget | None:
        return self.capture

    def show_workshop(self, workshop: Workshop) -> None:
        """Show ``workshop``; cheap when nothing on this page changed."""
        problems, prioritised = problems_to_analyse(workshop.problems)
        self._show_problems(problems)
        self.hint.setVisible(bool(problems) and not prioritised)
        self.empty.setVisible(not problems)
        self.work.setEnabled(bool(problems))
        problem = next((p for p in problems if p.id == self._problem_id), None)
        if problem is None:
            self.tree.show_groups([])
            self.fishbone.clear()
            self._show_details(workshop)
            return
        groups = by_branch(workshop.causes, problem.id)
        self.tree.show_groups([(b, self.labels.branch(b), groups[b]) for b in Branch])
        node = self._select_after_reload
        if node is not None and (node[0] == "branch" or self.tree.cause_item(node[1])):
            self._select_after_reload = None  # kept until the reload that brings it
            self.tree.select_node(node)
        self.fishbone.show_problem(
            workshop.causes,
            problem.id,
            problem.title,
            {b: self.labels.branch(b) for b in Branch},
            (
                self.labels.directness(Directness.DIRECT),
                self.labels.directness(Directness.UNDERLYING),
            ),
        )
        self.fishbone.select_cause(self.tree.current_cause_id())
        counts = ", ".join(f"{self.labels.branch(b)}: {len(groups[b])}" for b in Branch)
        self.fishbone.setAccessibleDescription(f"{problem.title}. {counts}")
        self._show_details(workshop)

    def _show_problems(self, problems: tuple[Problem, ...]) -> None:
        listed = tuple((p.id, p.title, shown_rank(p)) for p in problems)
        if listed != self._problem_list:
            self._problem_list = listed
            self.problem_box.blockSignals(True)
            self.problem_box.clear()
            for problem_id, title, rank in listed:
                self.problem_box.addItem(f"{rank}. {title}" if rank else title, problem_id)
                self.problem_box.setItemData(
                    self.problem_box.count() - 1, title, Qt.ItemDataRole.ToolTipRole
                )
            self.problem_box.blockSignals(False)
        ids = [p.id for p in problems]
        first = ids[0] if ids else None
        if self._problem_id not in ids or (not self._picked and self._problem_id != first):
            self.details.flush()
            self._problem_id = ids[0] if ids else None
            self._picked = False
        position = self.problem_box.findData(self._problem_id)
        if position != self.problem_box.currentIndex():
            self.problem_box.setCurrentIndex(position)

    def _show_details(self, workshop: Workshop) -> None:
        cause_id = self.tree.current_cause_id()
        cause = next((c for c in workshop.causes if c.id == cause_id), None)
        has_cause = cause is not None
        self.add_sub_button.setEnabled(has_cause)
        for button in (self.up_button, self.down_button, self.delete_button):
            button.setEnabled(has_cause)
        self.details.show_cause(workshop, cause)

    # -- edits ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.capture
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                sub = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
                self._add(sub=sub)
                return True
            if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
            ):
                # The cause just added is selected: put it in place without leaving the line.
                self._move(-1 if event.key() == Qt.Key.Key_Up else +1)
                return True
        return super().eventFilter(watched, event)

    def _refresh(self) -> None:
        self.show_workshop(self._session.workshop)

    def _problem_chosen(self) -> None:
        problem_id = self.problem_box.currentData()
        self._picked = True
        if problem_id != self._problem_id:
            self.details.flush()
            self._problem_id = problem_id
            self._refresh()

    def _node_changed(self, node: NodeId | None) -> None:
        if node is not None:
            cause_id = node[1] if node[0] == "cause" else None
            workshop = self._session.workshop
            root = None if cause_id is None else root_of(workshop.causes, cause_id)
            branch = Branch(node[1]) if node[0] == "branch" else root.branch if root else None
            if branch is not None:
                choose(self.branch_box, branch)
        self.fishbone.select_cause(self.tree.current_cause_id())
        self._show_details(self._session.workshop)

    def _select_after(self, node: NodeId) -> None:
        self._select_after_reload = node

    def _add(self, *, sub: bool) -> None:
        text = self.capture.text().strip()
        if not text or self._problem_id is None:
            self.capture.setFocus()
            return
        self.details.flush()
        parent_id = self.tree.current_cause_id() if sub else None
        branch, kind = self.branch_box.currentData(), self.kind_box.currentData()
        self.edits.add(self._problem_id, text, parent_id, branch, kind)
        self.capture.setText("")  # also empties its own undo: Ctrl+Z undoes the add
        self.capture.setFocus()

    def _delete(self) -> None:
        cause_id = self.tree.current_cause_id()
        if cause_id is not None:
            self.details.flush()
            self.edits.delete(cause_id)

    def _move(self, step: int) -> None:
        cause_id = self.tree.current_cause_id()
        if cause_id is not None:
            self.details.flush()
            self.edits.move(cause_id, step)


def _arrow(arrow: Qt.ArrowType, name: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setArrowType(arrow)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    return button
