"""Step 2, Local problems: problems built from observed indicators, voted on and prioritised.

Keyboard on the problem table: + and − vote, Space or P prioritises, Ctrl+Up/Down reorders,
Delete deletes (Ctrl+Z brings it back), F2 edits the cell. Ctrl+Shift+V opens dot voting.
The table is in ``problem_table``, the selected problem's form in ``problem_details``, the
changes in ``problem_edits``; the rank arithmetic in ``domain/priorities``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Indicator, Problem, Workshop
from workshop_app.domain.observed_indicators import observed_indicators
from workshop_app.gui.room.voting_dialog import VotingDialog, open_voting, voting_shortcut
from workshop_app.gui.session import WorkshopSession
from workshop_app.gui.steps.problems.problem_details import ID_ROLE, ProblemDetails, fit_rows
from workshop_app.gui.steps.problems.problem_edits import ProblemEdits
from workshop_app.gui.steps.problems.problem_table import (
    ProblemTable,
    ProblemTableModel,
)
from workshop_app.gui.steps.step_content import StepContent
from workshop_app.gui.widgets.debounce import Debouncer
from workshop_app.gui.widgets.text_limit import limit_line, limit_of

# -- the page --------------------------------------------------------------------------------


class ProblemsPage(StepContent):
    """Observed indicators to build from, the problem table with voting, the selected problem."""

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
        self._shown_indicators: object = None
        self._select_after_reload: str | None = None
        self.voting_dialog: VotingDialog | None = None
        self.edits = ProblemEdits(session, self._refresh, self._select_after, self)
        self.details = ProblemDetails(self.edits, debouncer)
        # The form's fields, under the names the keyboard tests and the shortcut sheet use.
        self.title, self.place = self.details.title, self.details.place
        self.description, self.linked = self.details.description, self.details.linked
        self._editors = self.details.editors
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._build_sources(layout)
        self._build_table(layout)
        self._build_actions(layout)
        details_heading = QLabel(self.tr("Selected problem"))
        details_heading.setObjectName("sectionHeading")
        self.question = QLabel(self.tr("Is it concrete enough to act on: what, where, when, who?"))
        self.question.setWordWrap(True)
        layout.addWidget(details_heading)
        layout.addWidget(self.question)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.show_workshop(session.workshop)

    def _build_sources(self, layout: QVBoxLayout) -> None:
        """Observed indicators to build a problem from, and the capture line."""
        source_heading = QLabel(self.tr("Observed indicators"))
        source_heading.setObjectName("sectionHeading")
        self.source_hint = QLabel(
            self.tr("Tick the indicators a problem builds on, then type its title below.")
        )
        self.source_hint.setWordWrap(True)
        self.indicators = QListWidget()
        self.indicators.setObjectName("observedIndicators")
        self.indicators.setAccessibleName(self.tr("Observed indicators"))
        self.indicators.setWordWrap(True)
        self.indicators.itemChanged.connect(lambda _item: self._update_capture())
        self.capture = QLineEdit()
        self.capture.setObjectName("problemCapture")
        placeholder = self.tr("New problem: type its title and press Enter")
        self.capture.setPlaceholderText(placeholder)
        self.capture.setAccessibleName(placeholder)
        self.capture.setClearButtonEnabled(True)
        limit_line(self.capture, limit_of(Problem, "title"))
        self.capture.returnPressed.connect(lambda: self._add(from_indicators=False))
        self.capture.installEventFilter(self)  # Ctrl+Up/Down moves the selected problem
        self.from_selected = QPushButton(self.tr("&New problem from selected"))
        self.from_selected.setObjectName("newFromSelected")
        self.from_selected.setToolTip(
            self.tr("A new problem linked to the ticked indicators (title: the typed text)")
        )
        self.from_selected.clicked.connect(lambda: self._add(from_indicators=True))
        self.link_hint = QLabel()
        self.link_hint.setWordWrap(True)
        capture_row = QHBoxLayout()
        capture_row.addWidget(self.link_hint, 1)
        capture_row.addWidget(self.from_selected)
        for widget in (source_heading, self.source_hint, self.indicators, self.capture):
            layout.addWidget(widget)
        layout.addLayout(capture_row)

    def _build_table(self, layout: QVBoxLayout) -> None:
        """The problems: heading with rank/move/delete, and the table."""
        problems_heading = QLabel(self.tr("Problems"))
        problems_heading.setObjectName("sectionHeading")
        self.up_button = _tool(self.tr("Move up"), self.tr("Move the problem up (Ctrl+Up)"))
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.down_button = _tool(self.tr("Move down"), self.tr("Move the problem down (Ctrl+Down)"))
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(
            self.tr("Delete the problem with its causes and measures (Delete; Ctrl+Z undoes)")
        )
        self.rank_button = QPushButton(self.tr("Ran&k by votes"))
        self.rank_button.setToolTip(
            self.tr("Number the prioritised problems 1, 2, 3 … by their votes")
        )
        self.rank_button.clicked.connect(self.edits.rank_by_votes)
        self.up_button.clicked.connect(lambda: self._command("up"))
        self.down_button.clicked.connect(lambda: self._command("down"))
        self.delete_button.clicked.connect(lambda: self._command("delete"))
        heading_row = QHBoxLayout()
        heading_row.addWidget(problems_heading, 1)
        for button in (self.rank_button, self.up_button, self.down_button, self.delete_button):
            heading_row.addWidget(button)
        layout.addLayout(heading_row)

        self.model = ProblemTableModel(
            [self.tr("Problem"), self.tr("Votes"), self.tr("Prioritised"), self.tr("Rank")], self
        )
        self.model.edited.connect(self.edits.cell_edited)
        self.table = ProblemTable(self.model)
        self.table.setAccessibleName(self.tr("Problems"))
        self.table.command.connect(self._command)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._row_changed())
        layout.addWidget(self.table)

    def _build_actions(self, layout: QVBoxLayout) -> None:
        """Votes − / + / Vote…, and Prioritise, under the table."""
        self.minus_button = QPushButton("−")
        self.minus_button.setAccessibleName(self.tr("Remove a vote"))
        self.minus_button.setToolTip(self.tr("Remove a vote from the selected problem (−)"))
        self.plus_button = QPushButton("+")
        self.plus_button.setAccessibleName(self.tr("Add a vote"))
        self.plus_button.setToolTip(self.tr("Add a vote to the selected problem (+)"))
        for button in (self.minus_button, self.plus_button):
            button.setFixedWidth(self.fontMetrics().horizontalAdvance("+") * 3 + 28)
        self.prioritise_button = QPushButton(self.tr("&Prioritise"))
        self.prioritise_button.setCheckable(True)
        self.prioritise_button.setToolTip(
            self.tr("Prioritise the selected problem, or take it off (Space or P)")
        )
        self.minus_button.clicked.connect(lambda: self._command("vote-"))
        self.plus_button.clicked.connect(lambda: self._command("vote+"))
        self.prioritise_button.clicked.connect(lambda: self._command("prioritise"))
        self.vote_button = QPushButton(self.tr("Vote…"))
        self.vote_button.setObjectName("openVoting")
        self.vote_button.setToolTip(
            self.tr("Dot voting by a show of hands: type the count per problem (Ctrl+Shift+V)")
        )
        self.vote_button.clicked.connect(self.open_voting)
        voting_shortcut(self, self.open_voting)
        action_row = QHBoxLayout()
        action_row.addWidget(QLabel(self.tr("Votes:")))
        action_row.addWidget(self.minus_button)
        action_row.addWidget(self.plus_button)
        action_row.addWidget(self.vote_button)
        action_row.addSpacing(12)
        action_row.addWidget(self.prioritise_button)
        action_row.addStretch(1)
        layout.addLayout(action_row)

    # -- showing -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        # Field edits on other pages (an indicator's status …) do not reload the snapshot.
        super().showEvent(event)
        self.show_workshop(self._session.workshop)

    def capture_field(self) -> QWidget | None:
        return self.capture

    def offers_voting(self) -> bool:
        return True

    def show_workshop(self, workshop: Workshop) -> None:
        """Show ``workshop``; an editor still in its typing pause keeps its text."""
        self._show_indicators(workshop)
        current = self.current_id()
        if any(p.id == self._select_after_reload for p in workshop.problems):
            current, self._select_after_reload = self._select_after_reload, None
        changed = self.model.set_problems(workshop.problems)
        if current is not None:
            self.select_problem(current)
        if changed is None or changed:
            self.table.fit_to_rows(None if changed is None else list(changed))
        self._show_details(workshop)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # wrapped rows change height
            fit_rows(self.indicators, 2, 8)
            fit_rows(self.linked, 2, 6)
            self.table.fit_to_rows()

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.problems):
            return None
        return self.model.problems[index.row()].id

    def current_problem(self) -> Problem | None:
        current = self.current_id()
        return next((p for p in self._session.workshop.problems if p.id == current), None)

    def select_problem(self, problem_id: str) -> None:
        row = self.model.row_of(problem_id)
        if row is None:
            return
        column = max(self.table.currentIndex().column(), 0)
        if self.table.currentIndex().row() != row:
            self.table.setCurrentIndex(self.model.index(row, column))
        self.table.selectRow(row)

    def focus_target(self) -> tuple[str, str] | None:
        """What the projector can focus on: the selected problem."""
        current = self.current_id()
        return None if current is None else ("problem", current)

    def open_voting(self) -> VotingDialog:
        """Open dot voting on the problems; its projector request is passed on by the page."""
        self.details.flush_fields()
        dialog = open_voting(self, self._session, "problems")
        dialog.show_result_requested.connect(self.show_result_requested)
        dialog.counts_changed.connect(self._refresh)
        dialog.finished.connect(lambda _result: self._voting_closed())
        self.voting_dialog = dialog
        return dialog

    def _voting_closed(self) -> None:
        self.voting_dialog = None  # deleted on close
        self.voting_closed.emit()
        self._refresh()

    def checked_indicator_ids(self) -> tuple[str, ...]:
        return tuple(
            self.indicators.item(row).data(ID_ROLE)
            for row in range(self.indicators.count())
            if self.indicators.item(row).checkState() == Qt.CheckState.Checked
        )

    def _observed(self, workshop: Workshop) -> list[Indicator]:
        return observed_indicators(workshop)

    def _show_indicators(self, workshop: Workshop) -> None:
        observed = self._observed(workshop)
        shown = tuple((i.id, i.title, i.group) for i in observed)
        if shown != self._shown_indicators:
            self._shown_indicators = shown
            checked = set(self.checked_indicator_ids())
            self.indicators.blockSignals(True)
            self.indicators.clear()
            for indicator in observed:
                item = QListWidgetItem(indicator.title)
                item.setData(ID_ROLE, indicator.id)
                item.setToolTip(indicator.group or indicator.title)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = indicator.id in checked
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.indicators.addItem(item)
            self.indicators.blockSignals(False)
            fit_rows(self.indicators, 2, 8)
        has_any = bool(observed)
        self.indicators.setVisible(has_any)
        self.source_hint.setText(
            self.tr("Tick the indicators a problem builds on, then type its title below.")
            if has_any
            else self.tr(
                "No indicator is marked as observed yet (step Indicators). "
                "You can still type problems below."
            )
        )
        self._update_capture()

    def _update_capture(self) -> None:
        count = len(self.checked_indicator_ids())
        self.from_selected.setEnabled(count > 0)
        self.from_selected.setVisible(self.indicators.count() > 0)
        # Kept in the layout when empty, so the button stays at the right.
        if count == 1:
            hint = self.tr("Will be linked to the ticked indicator.")
        elif count:
            hint = self.tr("Will be linked to the %1 ticked indicators.").replace("%1", str(count))
        else:
            hint = ""
        self.link_hint.setText(hint)

    def _show_details(self, workshop: Workshop) -> None:
        problem = next((p for p in workshop.problems if p.id == self.current_id()), None)
        has = problem is not None
        for button in (
            self.minus_button,
            self.plus_button,
            self.prioritise_button,
            self.up_button,
            self.down_button,
            self.delete_button,
        ):
            button.setEnabled(has)
        self.minus_button.setEnabled(problem is not None and problem.votes > 0)
        self.prioritise_button.setChecked(bool(problem and problem.prioritised))
        self.rank_button.setEnabled(any(p.prioritised for p in workshop.problems))
        self.vote_button.setEnabled(bool(workshop.problems))
        self.details.show_problem(workshop, problem, self._observed(workshop))

    # -- intents -------------------------------------------------------------------------

    def _refresh(self) -> None:
        self.show_workshop(self._session.workshop)

    def _select_after(self, problem_id: str | None) -> None:
        self._select_after_reload = problem_id

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Right after Enter added a problem it is selected: Ctrl+Up/Down puts it in place
        # without leaving the capture line.
        if (
            watched is self.capture
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self._command("up" if event.key() == Qt.Key.Key_Up else "down")
            return True
        return super().eventFilter(watched, event)

    def _add(self, *, from_indicators: bool) -> None:
        ids = self.checked_indicator_ids()
        text = self.capture.text().strip()
        if not text and from_indicators and ids:
            titles = {i.id: i.title for i in self._session.workshop.indicators}
            text = "; ".join(titles[i] for i in ids if i in titles)
        if not text:
            self.capture.setFocus()
            return
        self.details.flush_fields()
        self.edits.add(text, ids)
        self.capture.setText("")  # also empties its own undo: Ctrl+Z undoes the add
        self.indicators.blockSignals(True)
        for row in range(self.indicators.count()):
            self.indicators.item(row).setCheckState(Qt.CheckState.Unchecked)
        self.indicators.blockSignals(False)
        self._update_capture()
        self.capture.setFocus()

    def _command(self, command: str) -> None:
        problem = self.current_problem()
        if problem is None:
            return
        if command in ("up", "down", "delete"):
            self.details.flush_fields()  # typed text is saved before the list changes
        self.edits.command(problem, command)

    def _row_changed(self) -> None:
        self._show_details(self._session.workshop)


def _tool(name: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setAccessibleName(name)
    button.setToolTip(tip)
    return button
