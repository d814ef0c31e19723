"""Step 4, Measures and partners: measures per problem, linked to causes, and the partner matrix."""

from __future__ import annotations

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

from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Measure, Workshop
from workshop_app.domain.partner_matrix import (
    acts_on_no_cause,
    measures_by_problem,
    measures_of,
)
from workshop_app.domain.priorities import problems_in_order
from workshop_app.gui.room.voting_dialog import VotingDialog, open_voting, voting_shortcut
from workshop_app.gui.session import WorkshopSession
from workshop_app.gui.steps.measures.measure_details import MeasureDetails
from workshop_app.gui.steps.measures.measure_edits import MeasureEdits
from workshop_app.gui.steps.measures.measure_table import MeasureTableModel
from workshop_app.gui.steps.measures.partner_section import PartnerSection
from workshop_app.gui.steps.step_content import StepContent
from workshop_app.gui.widgets.debounce import Debouncer
from workshop_app.gui.widgets.elided_label import elide
from workshop_app.gui.widgets.form_layout import ResponsiveRow, compact, tab_order
from workshop_app.gui.widgets.item_table import ItemTableEditor
from workshop_app.gui.widgets.item_table_model import Column
from workshop_app.gui.widgets.key_filter import KeyFilter
from workshop_app.gui.widgets.notice import Notice, warning_icon
from workshop_app.gui.widgets.styled_table import READ_ONLY, install_model


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
        self.edits = MeasureEdits(
            session, debouncer, lambda: self._problem_id, self._refresh, self._select_after, self
        )

        problem_row = self._build_problem_row()
        self._build_measures()
        votes_row = self._build_votes_row()
        self._build_details(pack, ui_language, debouncer)
        self.partners = PartnerSection(self.edits.set_role)
        # The section's parts, under the names the keyboard tests use.
        self.all_problems, self.matrix = self.partners.all_problems, self.partners.matrix
        self.matrix_empty = self.partners.empty

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
        layout.addWidget(self.partners)
        self._set_tab_order()
        self.show_workshop(session.workshop)

    def _build_problem_row(self) -> QHBoxLayout:
        """The problem chooser at the top, and the word when there are no problems yet."""
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
        problem_row = QHBoxLayout()
        problem_row.addWidget(problem_label)
        problem_row.addWidget(self.problem, 1)
        return problem_row

    def _build_measures(self) -> None:
        """The chosen problem's measures: capture line and table, + and − vote."""
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
        self.measures.add_requested.connect(self.edits.add)
        self.measures.edit_requested.connect(
            lambda key, field, value: self.edits.edit(key, {field: value}, self.tr("Edit measure"))
        )
        self.measures.delete_requested.connect(self.edits.delete)
        self.measures.move_requested.connect(self.edits.move)
        self.measures.current_changed.connect(lambda _key: self._show_current())

    def _build_votes_row(self) -> QHBoxLayout:
        """− Vote, the count, + Vote, Vote…, and Prioritised, under the table."""
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
        self.prioritised.clicked.connect(
            lambda checked: self.edits.prioritise(self.current_measure(), checked)
        )
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
        return votes_row

    def _build_details(self, pack: MethodPack, ui_language: str, debouncer: Debouncer) -> None:
        """The selected measure's form, with the no-cause warning under it."""
        self.warning = Notice()
        self.warning.setObjectName("noCauseWarning")
        self.details = MeasureDetails(pack, ui_language, debouncer, self.edits.edit)
        self.details_box = QGroupBox(self.tr("Selected measure"))
        details_layout = QVBoxLayout(self.details_box)
        # Under the form: when the warning goes (the first cause ticked) nothing above it
        # moves, so the next click lands where the user aimed.
        details_layout.addWidget(self.details)
        details_layout.addWidget(self.warning)

    def _set_tab_order(self) -> None:
        """Top to bottom, the table before its vote buttons and the form."""
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
        self.partners.show_workshop(workshop, self._problem_id)

    # -- edits ---------------------------------------------------------------------------

    def _select_after(self, measure_id: str) -> None:
        self._select_after_reload = measure_id

    def vote(self, delta: int) -> None:
        self.edits.vote(self.current_measure(), delta)

    def _problem_chosen(self) -> None:
        self._debouncer.flush()
        self.select_problem(self.problem.currentData())
