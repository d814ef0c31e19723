"""Step 4, Measures and partners: measures per problem, linked to causes, and the partner matrix."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.ids import new_id
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Measure, Workshop
from workshop_app.domain.partner_matrix import (
    Role,
    acts_on_no_cause,
    measures_by_problem,
    measures_of,
    move_target,
    with_role,
)
from workshop_app.domain.priorities import problems_in_order
from workshop_app.domain.voting import votes_after
from workshop_app.gui.room.voting_dialog import VotingDialog, open_voting, voting_shortcut
from workshop_app.gui.session import WorkshopSession
from workshop_app.gui.steps.measures.measure_details import MeasureDetails
from workshop_app.gui.steps.measures.measure_matrix import PartnerMatrixView
from workshop_app.gui.steps.measures.measure_table import MeasureTableModel
from workshop_app.gui.steps.step_content import StepContent
from workshop_app.gui.widgets.debounce import Debouncer
from workshop_app.gui.widgets.elided_label import elide
from workshop_app.gui.widgets.item_table import Column, ItemTableEditor
from workshop_app.gui.widgets.measure_layout import ResponsiveRow, compact, tab_order
from workshop_app.gui.widgets.measure_widgets import (
    READ_ONLY,
    KeyFilter,
    Notice,
    install_model,
    warning_icon,
)
from workshop_app.services.changes import AddItem, DeleteItem, MoveItem


class MeasuresPage(StepContent):
    """A problem chosen at the top; its measures, the selected measure's form, the matrix."""

    def __init__(
        self,
        session: WorkshopSession,
        pack: MethodPack,
        ui_language: str,
        debouncer: Debouncer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("measuresPage")
        self._session = session
        self._debouncer = debouncer
        self._shown: Workshop | None = None
        self._problem_id: str | None = None
        # Until someone picks a problem, the page shows the top-ranked one – also when it was
        # built ahead, before the group changed the ranking.
        self._picked = False
        self._select_after_reload: str | None = None
        self.voting_dialog: VotingDialog | None = None

        self.problem = compact(QComboBox(), 16)
        self.problem.setObjectName("measuresProblem")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.activated.connect(lambda _i: self._problem_chosen())
        problem_label = QLabel(self.tr("Pro&blem"))
        problem_label.setObjectName("sectionHeading")
        problem_label.setBuddy(self.problem)
        self.no_problems = QLabel(
            self.tr("There are no problems yet. Measures are made per problem: add them in step 2.")
        )
        self.no_problems.setObjectName("emptyState")
        self.no_problems.setWordWrap(True)

        columns = [
            Column("title", self.tr("Measure"), stretch=True, required=True),
            Column("cause_ids", self.tr("Causes"), kind=READ_ONLY),
            Column("votes", self.tr("Votes"), kind=READ_ONLY),
        ]
        self.measures = ItemTableEditor(
            self.tr("Measures"),
            "measures",
            columns,
            self.tr("New measure: type it and press Enter"),
        )
        self.measures.setObjectName("measures")
        install_model(self.measures, MeasureTableModel(columns, warning_icon(self), self), columns)
        table = self.measures.table
        for section, width in ((1, 90), (2, 70)):
            table.setColumnWidth(section, width)
        table.setToolTip(
            self.tr("+ and − give and take a vote; Delete removes; Ctrl+Up/Down moves")
        )
        self._keys = KeyFilter(
            table,
            {
                Qt.Key.Key_Plus: lambda: self.vote(+1),
                Qt.Key.Key_Minus: lambda: self.vote(-1),
            },
        )
        self.measures.add_requested.connect(self._add)
        self.measures.edit_requested.connect(
            lambda key, field, value: self._edit(key, {field: value}, self.tr("Edit measure"))
        )
        self.measures.delete_requested.connect(self._delete)
        self.measures.move_requested.connect(self._move)
        self.measures.current_changed.connect(lambda _key: self._show_current())

        self.minus = QPushButton(self.tr("− Vote"))
        self.minus.setObjectName("voteMinus")
        self.minus.setAccessibleName(self.tr("Take a vote from the selected measure"))
        self.minus.setToolTip(self.tr("Take a vote from the selected measure (−)"))
        self.plus = QPushButton(self.tr("+ Vote"))
        self.plus.setObjectName("votePlus")
        self.plus.setAccessibleName(self.tr("Give the selected measure a vote"))
        self.plus.setToolTip(self.tr("Give the selected measure a vote (+)"))
        self.votes = QLabel()
        self.votes.setObjectName("measureVotes")
        self.prioritised = QCheckBox(self.tr("Pr&ioritised"))
        self.prioritised.setObjectName("measurePrioritised")
        self.minus.clicked.connect(lambda: self.vote(-1))
        self.plus.clicked.connect(lambda: self.vote(+1))
        self.prioritised.clicked.connect(self._prioritise)
        self.vote_button = QPushButton(self.tr("Vote…"))
        self.vote_button.setObjectName("openVoting")
        self.vote_button.setToolTip(
            self.tr(
                "Dot voting by a show of hands: type the count per measure of this problem "
                "(Ctrl+Shift+V)"
            )
        )
        self.vote_button.clicked.connect(self.open_voting)
        voting_shortcut(self, self.open_voting)
        votes_row = QHBoxLayout()
        votes_row.addWidget(self.minus)
        votes_row.addWidget(self.votes)
        votes_row.addWidget(self.plus)
        votes_row.addWidget(self.vote_button)
        votes_row.addStretch(1)
        votes_row.addWidget(self.prioritised)

        self.warning = Notice()
        self.warning.setObjectName("noCauseWarning")
        self.details = MeasureDetails(pack, ui_language, debouncer, self._edit)
        self.details_box = QGroupBox(self.tr("Selected measure"))
        details_layout = QVBoxLayout(self.details_box)
        # Under the form: when the warning goes (the first cause ticked) nothing above it
        # moves, so the next click lands where the user aimed.
        details_layout.addWidget(self.details)
        details_layout.addWidget(self.warning)

        matrix_heading = QLabel(self.tr("Partner matrix"))
        matrix_heading.setObjectName("sectionHeading")
        self.all_problems = QCheckBox(self.tr("&Measures of all problems"))
        self.all_problems.setObjectName("matrixAllProblems")
        self.all_problems.toggled.connect(lambda _c: self._show_matrix(self._session.workshop))
        matrix_help = QLabel(
            self.tr(
                "Who leads and who takes part? Click a cell or press Space: empty → Partner → "
                "Lead. Keys: L lead, P partner, Delete not involved."
            )
        )
        matrix_help.setWordWrap(True)
        self.matrix = PartnerMatrixView()
        self.matrix.role_requested.connect(self.set_role)
        matrix_heading.setBuddy(self.matrix)
        self.matrix_empty = QLabel()
        self.matrix_empty.setWordWrap(True)

        problem_row = QHBoxLayout()
        problem_row.addWidget(problem_label)
        problem_row.addWidget(self.problem, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(problem_row)
        layout.addWidget(self.no_problems)
        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.measures, 1)
        list_layout.addLayout(votes_row)
        self.columns = ResponsiveRow()
        self.columns.add(list_side, 1)
        self.columns.add(self.details_box, 1)
        layout.addWidget(self.columns, 1)
        layout.addWidget(matrix_heading)
        layout.addWidget(matrix_help)
        layout.addWidget(self.all_problems)
        layout.addWidget(self.matrix)
        layout.addWidget(self.matrix_empty)
        tab_order(
            self.problem,
            self.measures.capture,
            self.measures.table,
            self.minus,
            self.plus,
            self.vote_button,
            self.prioritised,
            *self.details.focus_chain(),
            self.all_problems,
            self.matrix,
        )
        self.show_workshop(session.workshop)

    # -- showing -------------------------------------------------------------------------

    @property
    def problem_id(self) -> str | None:
        return self._problem_id

    def select_problem(self, problem_id: str) -> None:
        self._problem_id = problem_id
        self._picked = True
        self._shown = None
        self.show_workshop(self._session.workshop)

    def focus_target(self) -> tuple[str, str] | None:
        """What the projector can focus on: the problem of the selected measure (or the
        problem chosen on the page when no measure is selected)."""
        measure = self.current_measure()
        problem_id = measure.problem_id if measure is not None else self._problem_id
        return None if problem_id is None else ("problem", problem_id)

    def open_voting(self) -> VotingDialog | None:
        """Open dot voting on the chosen problem's measures; None without a problem."""
        if self._problem_id is None:
            return None
        self._debouncer.flush()
        dialog = open_voting(self, self._session, "measures", self._problem_id)
        dialog.show_result_requested.connect(self.show_result_requested)
        dialog.counts_changed.connect(self._refresh)
        dialog.finished.connect(lambda _result: self._voting_closed())
        self.voting_dialog = dialog
        return dialog

    def _voting_closed(self) -> None:
        self.voting_dialog = None  # deleted on close
        self.voting_closed.emit()
        self._refresh()

    def _refresh(self) -> None:
        self.show_workshop(self._session.workshop)

    def current_measure(self) -> Measure | None:
        key = self.measures.current_key()
        workshop = self._session.workshop
        return next((m for m in workshop.measures if (m.id,) == key), None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Field edits on other pages do not reload the snapshot; catch up when shown again.
        self.show_workshop(self._session.workshop)

    def voted_problem_id(self) -> str | None:
        return self._problem_id

    def offers_voting(self) -> bool:
        return True

    def show_workshop(self, workshop: Workshop) -> None:
        """Show ``workshop``; nothing happens when it is the snapshot already shown."""
        if workshop is self._shown:
            return
        self._shown = workshop
        self._show_problems(workshop)
        has_problem = self._problem_id is not None
        self.no_problems.setVisible(not has_problem)
        for widget in (self.problem, self.measures, self.details_box):
            widget.setEnabled(has_problem)
        mine = measures_of(workshop.measures, self._problem_id) if self._problem_id else []
        self.vote_button.setEnabled(bool(mine))
        self.measures.set_items(mine)
        self.measures.model.refresh()  # type: ignore[attr-defined]
        wanted = self._select_after_reload
        if wanted is not None and any(m.id == wanted for m in mine):
            self._select_after_reload = None
            self.measures.select_key((wanted,))
        elif self.measures.current_key() is None and mine:
            self.measures.select_key((mine[0].id,))
        self._show_current()
        self._show_matrix(workshop)

    def _show_problems(self, workshop: Workshop) -> None:
        problems = problems_in_order(workshop.problems)
        first = problems[0].id if problems else None
        if self._problem_id not in {p.id for p in problems} or not self._picked:
            self._problem_id = first
            self._picked = False
        grouped = measures_by_problem(workshop.measures)
        counts = {p.id: len(grouped.get(p.id, ())) for p in problems}
        entries = [
            (
                p.id,
                ("★ " if p.prioritised else "") + p.title + f" ({counts[p.id]})",
            )
            for p in problems
        ]
        current = [
            (self.problem.itemData(i), self.problem.itemText(i))
            for i in range(self.problem.count())
        ]
        if current != entries:
            self.problem.clear()
            for problem_id, text in entries:
                self.problem.addItem(text, problem_id)
        self.problem.setCurrentIndex(max(self.problem.findData(self._problem_id), 0))

    def _show_current(self) -> None:
        workshop = self._session.workshop
        measure = self.current_measure()
        self.details.show_measure(workshop, measure)
        title = (
            self.tr("Selected measure: %1").replace("%1", measure.title)
            if measure is not None
            else self.tr("Selected measure")
        )
        # A group box is at least as wide as its title: shorten long titles.
        self.details_box.setTitle(elide(self.details_box, title))
        self.details_box.setToolTip(title)
        for widget in (self.minus, self.plus, self.prioritised):
            widget.setEnabled(measure is not None)
        votes = 0 if measure is None else measure.votes
        self.votes.setText(self.tr("Votes: %1").replace("%1", str(votes)))
        self.minus.setEnabled(measure is not None and votes > 0)
        self.prioritised.setChecked(measure is not None and measure.prioritised)
        if measure is not None and acts_on_no_cause(measure):
            self.warning.show_text(
                self.tr(
                    "This measure does not act on any cause yet. Tick the causes it acts on, "
                    "so that the chain problem → cause → measure holds."
                )
            )
        else:
            self.warning.show_text("")

    def _show_matrix(self, workshop: Workshop) -> None:
        if self.all_problems.isChecked():
            order = [p.id for p in problems_in_order(workshop.problems)]
            grouped = measures_by_problem(workshop.measures)
            measures = [m for pid in order for m in grouped.get(pid, ())]
            titles = {p.id: p.title for p in workshop.problems}
            prefixes = {m.id: f"{titles.get(m.problem_id, '')}: " for m in measures}
        else:
            measures = measures_of(workshop.measures, self._problem_id or "")
            prefixes = {}
        self.matrix.matrix.set_content(measures, workshop.organisations, prefixes)
        if not workshop.organisations:
            empty = self.tr("Add the organisations in step 0, Preparation, to fill in the matrix.")
        elif not measures:
            empty = self.tr("Add a measure above to fill in the matrix.")
        else:
            empty = ""
        self.matrix_empty.setText(empty)
        self.matrix_empty.setVisible(bool(empty))
        self.matrix.setVisible(not empty)

    # -- edits ---------------------------------------------------------------------------

    def _edit(self, key: tuple[str], values: dict[str, Any], text: str) -> None:
        """A field edit of one measure: saved at once, then the whole page shows it."""
        if not values or not any((m.id,) == key for m in self._session.workshop.measures):
            return
        self._session.update_item("measures", key, values, text)
        self.show_workshop(self._session.workshop)

    def vote(self, delta: int) -> None:
        measure = self.current_measure()
        if measure is None:
            return
        votes = votes_after(measure.votes, delta)
        if votes != measure.votes:
            text = self.tr("Vote for measure") if delta > 0 else self.tr("Take back vote")
            self._edit((measure.id,), {"votes": votes}, text)

    def set_role(self, measure_id: str, organisation_id: str, role: Role) -> None:
        workshop = self._session.workshop
        measure = next((m for m in workshop.measures if m.id == measure_id), None)
        if measure is None:
            return
        order = [o.id for o in workshop.organisations]
        changes = with_role(measure, organisation_id, role, order)
        self._edit((measure_id,), changes, self.tr("Change partner matrix"))

    def _prioritise(self, checked: bool) -> None:
        measure = self.current_measure()
        if measure is not None:
            text = self.tr("Prioritise measure") if checked else self.tr("Remove priority")
            self._edit((measure.id,), {"prioritised": checked}, text)

    def _problem_chosen(self) -> None:
        self._debouncer.flush()
        self.select_problem(self.problem.currentData())

    def _add(self, text: str) -> None:
        if self._problem_id is None:
            return
        self._debouncer.flush()
        measure = Measure(id=new_id(), problem_id=self._problem_id, title=text)
        self._select_after_reload = measure.id
        session = self._session
        session.apply(AddItem(session.workshop_id, "measures", measure), self.tr("Add measure"))

    def _delete(self, key: tuple[str]) -> None:
        self._debouncer.flush()  # a field still in its typing pause is saved first
        session = self._session
        session.apply(DeleteItem(session.workshop_id, "measures", key), self.tr("Delete measure"))

    def _move(self, key: tuple[str], index_in_problem: int) -> None:
        if self._problem_id is None:
            return
        self._debouncer.flush()
        session = self._session
        new_index = move_target(session.workshop.measures, self._problem_id, index_in_problem)
        session.apply(
            MoveItem(session.workshop_id, "measures", key, new_index), self.tr("Move measure")
        )
