"""Step 3, Probable causes: per prioritised problem, a fishbone diagram and the cause tree.

Causes are captured on a branch (victim/target, offender, place/object, other) as direct or
underlying; Ctrl+Enter adds the typed text as a sub-cause of the selected cause, so asking
"why?" again and again builds a chain. The fishbone is redrawn after every change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.cause_tree import by_branch, descendants, move_index, root_of
from workshop_app.domain.enums import Branch, Certainty, Directness
from workshop_app.domain.ids import new_id
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Cause, Problem, Workshop
from workshop_app.domain.priorities import problems_to_analyse, shown_rank
from workshop_app.gui.session import WorkshopSession
from workshop_app.gui.steps.causes.fishbone_tree import CauseTree, NodeId
from workshop_app.gui.steps.causes.fishbone_view import FishboneView
from workshop_app.gui.steps.step_content import StepContent
from workshop_app.gui.widgets.debounce import Debouncer
from workshop_app.gui.widgets.text_limit import LimitedTextEdit, limit_line, limit_of
from workshop_app.services.changes import AddItem, DeleteItem, MoveItem


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
        self._debouncer = debouncer
        self._problem_id: str | None = None
        # Until someone picks a problem, the page shows the top-ranked one – also when it was
        # built ahead, before the group changed the ranking.
        self._picked = False
        self._problem_list: object = None
        self._details_id: str | None = None
        self._select_after_reload: NodeId | None = None
        self._branch_titles = {
            Branch(b.id): b.title.get(ui_language) for b in pack.branches if b.id in set(Branch)
        }
        self._directness_titles = {
            Directness(d.id): d.title.get(ui_language)
            for d in pack.directness
            if d.id in set(Directness)
        }

        # Which problem
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

        # The diagram
        diagram_heading = QLabel(self.tr("Fishbone diagram"))
        diagram_heading.setObjectName("sectionHeading")
        self.fishbone = FishboneView()
        self.fishbone.setAccessibleName(self.tr("Fishbone diagram"))
        self.fishbone.cause_clicked.connect(lambda cid: self.tree.select_node(("cause", cid)))

        # Capture and tree
        self.work = QWidget()
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
            self.branch_box.addItem(self._branch_title(branch), branch)
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("captureKind")
        self.kind_box.setAccessibleName(self.tr("Direct or underlying, for new causes"))
        for directness in Directness:
            self.kind_box.addItem(self._directness_title(directness), directness)
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

        self.tree = CauseTree(self._kind_short, self._certainty_title)
        self.tree.setObjectName("causeTree")
        self.tree.description_edited.connect(
            lambda cid, text: self._update(cid, {"description": text})
        )
        self.tree.delete_pressed.connect(self._delete)
        self.tree.move_pressed.connect(self._move)
        self.tree.current_node_changed.connect(self._node_changed)

        # The selected cause
        details_heading = QLabel(self.tr("Selected cause"))
        details_heading.setObjectName("sectionHeading")
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        line = self.fontMetrics().lineSpacing()
        self.description = _text_box(self.tr("Cause"), line * 3 + 12, "description")
        self.description.setObjectName("causeDescription")
        self.description.textChanged.connect(lambda: self._schedule("description"))
        self.branch = QComboBox()
        self.branch.setObjectName("causeBranch")
        self.branch.setAccessibleName(self.tr("Branch"))
        for branch in Branch:
            self.branch.addItem(self._branch_title(branch), branch)
        self.branch.activated.connect(self._branch_chosen)
        self.directness = QComboBox()
        self.directness.setObjectName("causeDirectness")
        self.directness.setAccessibleName(self.tr("Direct or underlying"))
        for directness in Directness:
            self.directness.addItem(self._directness_title(directness), directness)
        self.directness.activated.connect(
            lambda: self._choice_chosen("directness", self.directness)
        )
        self.certainty = QComboBox()
        self.certainty.setObjectName("causeCertainty")
        self.certainty.setAccessibleName(self.tr("How certain are we?"))
        for value in (None, *Certainty):
            self.certainty.addItem(self._certainty_title(value) or self.tr("(not given)"), value)
        self.certainty.activated.connect(lambda: self._choice_chosen("certainty", self.certainty))
        self.evidence = _text_box(self.tr("What the cause rests on"), line * 3 + 12, "evidence")
        self.evidence.setObjectName("causeEvidence")
        self.evidence.setPlaceholderText(
            self.tr("Statistics, case records, observations, experience …")
        )
        self.evidence.textChanged.connect(lambda: self._schedule("evidence"))
        for label, widget in (
            (self.tr("&Cause"), self.description),
            (self.tr("B&ranch"), self.branch),
            (self.tr("D&irect or underlying"), self.directness),
            (self.tr("Cer&tainty"), self.certainty),
            (self.tr("Evide&nce"), self.evidence),
        ):
            buddy = QLabel(label)
            buddy.setBuddy(widget)
            form.addRow(buddy, widget)

        work_layout = QVBoxLayout(self.work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.addWidget(diagram_heading)
        work_layout.addWidget(self.fishbone)
        work_layout.addLayout(heading_row)
        work_layout.addLayout(choice_row)
        work_layout.addWidget(self.capture)
        work_layout.addLayout(add_row)
        work_layout.addWidget(self.tree, 1)
        work_layout.addWidget(details_heading)
        work_layout.addWidget(self.details)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(problem_row)
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)
        layout.addWidget(self.work, 1)
        self.show_workshop(session.workshop)

    # -- labels --------------------------------------------------------------------------

    def _branch_title(self, branch: Branch) -> str:
        return self._branch_titles.get(branch, branch.value)

    def _directness_title(self, directness: Directness) -> str:
        return self._directness_titles.get(directness, directness.value)

    def _kind_short(self, directness: Directness) -> str:
        return self.tr("Direct") if directness == Directness.DIRECT else self.tr("Underlying")

    def _certainty_title(self, certainty: Certainty | None) -> str:
        return {
            None: "",
            Certainty.LOW: self.tr("Low"),
            Certainty.MEDIUM: self.tr("Medium"),
            Certainty.HIGH: self.tr("High"),
        }[certainty]

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
        self.tree.show_groups([(b, self._branch_title(b), groups[b]) for b in Branch])
        node = self._select_after_reload
        if node is not None and (node[0] == "branch" or self.tree.cause_item(node[1])):
            self._select_after_reload = None  # kept until the reload that brings it
            self.tree.select_node(node)
        self.fishbone.show_problem(
            workshop.causes,
            problem.id,
            problem.title,
            {b: self._branch_title(b) for b in Branch},
            (
                self._directness_title(Directness.DIRECT),
                self._directness_title(Directness.UNDERLYING),
            ),
        )
        self.fishbone.select_cause(self.tree.current_cause_id())
        counts = ", ".join(f"{self._branch_title(b)}: {len(groups[b])}" for b in Branch)
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
            self._flush_details()
            self._problem_id = ids[0] if ids else None
            self._picked = False
        position = self.problem_box.findData(self._problem_id)
        if position != self.problem_box.currentIndex():
            self.problem_box.setCurrentIndex(position)

    def _show_details(self, workshop: Workshop) -> None:
        cause_id = self.tree.current_cause_id()
        cause = next((c for c in workshop.causes if c.id == cause_id), None)
        if cause_id != self._details_id:
            previous, self._details_id = self._details_id, cause_id
            self._flush_details(previous)
        self.details.setEnabled(cause is not None)
        self.add_sub_button.setEnabled(cause is not None)
        has_cause = cause is not None
        for button in (self.up_button, self.down_button, self.delete_button):
            button.setEnabled(has_cause)
        for name, editor in (("description", self.description), ("evidence", self.evidence)):
            text = "" if cause is None else getattr(cause, name)
            if editor.toPlainText() != text and not self._pending(name):
                editor.blockSignals(True)
                editor.setPlainText(text)
                editor.blockSignals(False)
        root = None if cause is None else root_of(workshop.causes, cause.id)
        _choose(self.branch, None if root is None else root.branch)
        self.branch.setEnabled(cause is not None and cause.parent_id is None)
        self.branch.setToolTip(
            ""
            if cause is None or cause.parent_id is None
            else self.tr("A sub-cause sits on the branch of the cause above it.")
        )
        _choose(self.directness, None if cause is None else cause.directness)
        _choose(self.certainty, None if cause is None else cause.certainty)

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
            self._flush_details()
            self._problem_id = problem_id
            self._refresh()

    def _node_changed(self, node: NodeId | None) -> None:
        if node is not None:
            cause_id = node[1] if node[0] == "cause" else None
            workshop = self._session.workshop
            root = None if cause_id is None else root_of(workshop.causes, cause_id)
            branch = Branch(node[1]) if node[0] == "branch" else root.branch if root else None
            if branch is not None:
                _choose(self.branch_box, branch)
        self.fishbone.select_cause(self.tree.current_cause_id())
        self._show_details(self._session.workshop)

    def _add(self, *, sub: bool) -> None:
        text = self.capture.text().strip()
        if not text or self._problem_id is None:
            self.capture.setFocus()
            return
        causes = self._session.workshop.causes
        parent_id = self.tree.current_cause_id() if sub else None
        root = None if parent_id is None else root_of(causes, parent_id)
        if root is not None:
            cause = Cause(
                id=new_id(),
                problem_id=self._problem_id,
                description=text,
                parent_id=parent_id,
                branch=root.branch,
                directness=Directness.UNDERLYING,
            )
            label = self.tr("Add sub-cause")
        else:
            cause = Cause(
                id=new_id(),
                problem_id=self._problem_id,
                description=text,
                branch=self.branch_box.currentData(),
                directness=self.kind_box.currentData(),
            )
            label = self.tr("Add cause")
        self._flush_details()
        self._select_after_reload = ("cause", cause.id)
        self._session.apply(AddItem(self._session.workshop_id, "causes", cause), label)
        self.capture.setText("")  # also empties its own undo: Ctrl+Z undoes the add
        self.capture.setFocus()

    def _delete(self) -> None:
        cause_id = self.tree.current_cause_id()
        if cause_id is None:
            return
        causes = self._session.workshop.causes
        cause = next(c for c in causes if c.id == cause_id)
        root = root_of(causes, cause_id)
        self._flush_details()
        self._select_after_reload = (
            ("cause", cause.parent_id)
            if cause.parent_id
            else ("branch", (root or cause).branch.value)
        )
        self._session.apply(
            DeleteItem(self._session.workshop_id, "causes", (cause_id,)), self.tr("Delete cause")
        )

    def _move(self, step: int) -> None:
        cause_id = self.tree.current_cause_id()
        if cause_id is None:
            return
        index = move_index(self._session.workshop.causes, cause_id, step)
        if index is None:
            return
        self._flush_details()
        self._select_after_reload = ("cause", cause_id)
        self._session.apply(
            MoveItem(self._session.workshop_id, "causes", (cause_id,), index),
            self.tr("Move cause"),
        )

    def _update(self, cause_id: str, values: dict[str, Any], text: str | None = None) -> None:
        cause = next((c for c in self._session.workshop.causes if c.id == cause_id), None)
        if cause is None or all(getattr(cause, k) == v for k, v in values.items()):
            return
        self._session.update_item("causes", (cause_id,), values, text or self.tr("Edit cause"))
        self._refresh()

    def _choice_chosen(self, name: str, box: QComboBox) -> None:
        if self._details_id is not None:
            self._update(self._details_id, {name: box.currentData()})

    def _branch_chosen(self) -> None:
        cause_id = self._details_id
        branch = self.branch.currentData()
        if cause_id is None or branch is None:
            return
        causes = self._session.workshop.causes
        ids = [cause_id, *descendants(causes, cause_id)]
        changed = [c.id for c in causes if c.id in ids and c.branch != branch]
        if not changed:
            return
        stack = self._session.undo_stack
        stack.beginMacro(self.tr("Move cause to another branch"))
        try:
            for changed_id in changed:
                self._session.update_item(
                    "causes", (changed_id,), {"branch": branch}, self.tr("Change branch")
                )
        finally:
            stack.endMacro()
        _choose(self.branch_box, branch)
        self._refresh()

    def _field_id(self, name: str, cause_id: str | None = None) -> str:
        return f"causes.{cause_id or self._details_id}.{name}"

    def _pending(self, name: str) -> bool:
        return self._details_id is not None and self._debouncer.is_pending(self._field_id(name))

    def _schedule(self, name: str) -> None:
        cause_id = self._details_id
        if cause_id is None:
            return
        editor = self.description if name == "description" else self.evidence

        def commit() -> None:
            value = editor.toPlainText().strip()
            if name == "description" and not value:
                return  # a cause keeps a text; the last saved one stays
            self._update(cause_id, {name: value})

        self._debouncer.schedule(self._field_id(name, cause_id), commit)

    def _flush_details(self, cause_id: str | None = None) -> None:
        """Save what is still in its typing pause for ``cause_id`` (default: the shown cause)."""
        cause_id = cause_id or self._details_id
        if cause_id is not None:
            for name in ("description", "evidence"):
                self._debouncer.flush_field(self._field_id(name, cause_id))


def _arrow(arrow: Qt.ArrowType, name: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setArrowType(arrow)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    return button


def _text_box(name: str, height: int, field: str) -> QPlainTextEdit:
    editor = LimitedTextEdit(limit_of(Cause, field))
    editor.setAccessibleName(name)
    editor.setTabChangesFocus(True)
    editor.setFixedHeight(height)
    return editor


def _choose(box: QComboBox, value: object) -> None:
    position = box.findData(value)
    if position < 0:
        position = 0 if value is None else box.currentIndex()
    if position != box.currentIndex():
        box.blockSignals(True)
        box.setCurrentIndex(position)
        box.blockSignals(False)
