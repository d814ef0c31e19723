"""Step 2, Local problems: problems built from observed indicators, voted on and prioritised.

Keyboard on the problem table: + and − vote, Space or P prioritises, Ctrl+Up/Down reorders,
Delete deletes (Ctrl+Z brings it back), F2 edits the cell. Ctrl+Shift+V opens dot voting.
The table is in ``problem_table``; the rank arithmetic in ``domain/priorities``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.ids import new_id
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Indicator, Problem, Workshop
from workshop_app.domain.observed_indicators import observed_indicators
from workshop_app.domain.priorities import (
    priority_changes,
    rank_changes,
    ranks_by_votes,
    ranks_with,
)
from workshop_app.domain.voting import votes_after
from workshop_app.gui.room.voting_dialog import VotingDialog, open_voting, voting_shortcut
from workshop_app.gui.session import WorkshopSession
from workshop_app.gui.steps.problems.problem_table import (
    PRIORITISED,
    RANK,
    TITLE,
    VOTES,
    NumberDelegate,
    ProblemTable,
    ProblemTableModel,
)
from workshop_app.gui.steps.step_content import StepContent
from workshop_app.gui.widgets.debounce import Debouncer
from workshop_app.gui.widgets.text_limit import LimitedTextEdit, limit_line, limit_of
from workshop_app.services.changes import AddItem, DeleteItem, MoveItem

_ID = Qt.ItemDataRole.UserRole
TALL_ROWS = 12  # the table is as tall as its first rows (3 to 12 of them)

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
        self._debouncer = debouncer
        self._shown_indicators: object = None
        self._shown_links: object = None
        self._details_id: str | None = None
        self._select_after_reload: str | None = None
        self.voting_dialog: VotingDialog | None = None

        # Observed indicators to build a problem from
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

        # The problems
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
        heading_row = QHBoxLayout()
        heading_row.addWidget(problems_heading, 1)
        for button in (self.rank_button, self.up_button, self.down_button, self.delete_button):
            heading_row.addWidget(button)

        self.model = ProblemTableModel(
            [self.tr("Problem"), self.tr("Votes"), self.tr("Prioritised"), self.tr("Rank")], self
        )
        self.model.edited.connect(self._cell_edited)
        self.table = ProblemTable()
        self.table.setObjectName("problemTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(NumberDelegate(self.table))
        self.table.setAccessibleName(self.tr("Problems"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (VOTES, PRIORITISED, RANK):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.command.connect(self._command)
        header.sectionResized.connect(lambda *_: self._fit_table())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._row_changed())

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
        self.rank_button.clicked.connect(self._rank_by_votes)
        self.up_button.clicked.connect(lambda: self._command("up"))
        self.down_button.clicked.connect(lambda: self._command("down"))
        self.delete_button.clicked.connect(lambda: self._command("delete"))
        self.vote_button = QPushButton(self.tr("Vote…"))
        self.vote_button.setObjectName("openVoting")
        self.vote_button.setToolTip(
            self.tr("Dot voting by a show of hands: type the count per problem (Ctrl+Shift+V)")
        )
        self.vote_button.clicked.connect(self.open_voting)
        voting_shortcut(self, self.open_voting)
        votes_label = QLabel(self.tr("Votes:"))
        action_row = QHBoxLayout()
        action_row.addWidget(votes_label)
        action_row.addWidget(self.minus_button)
        action_row.addWidget(self.plus_button)
        action_row.addWidget(self.vote_button)
        action_row.addSpacing(12)
        action_row.addWidget(self.prioritise_button)
        action_row.addStretch(1)

        # The selected problem
        details_heading = QLabel(self.tr("Selected problem"))
        details_heading.setObjectName("sectionHeading")
        self.question = QLabel(self.tr("Is it concrete enough to act on: what, where, when, who?"))
        self.question.setWordWrap(True)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLineEdit()
        self.title.setObjectName("problemTitle")
        limit_line(self.title, limit_of(Problem, "title"))
        self.place = QLineEdit()
        self.place.setObjectName("problemPlace")
        limit_line(self.place, limit_of(Problem, "place"))
        self.description = LimitedTextEdit(limit_of(Problem, "description"))
        self.description.setObjectName("problemDescription")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.linked = QListWidget()
        self.linked.setObjectName("problemIndicators")
        self.linked.setWordWrap(True)
        self.linked.itemChanged.connect(self._link_changed)
        self._editors = {"title": self.title, "place": self.place, "description": self.description}
        self.title.textEdited.connect(lambda _t: self._schedule("title"))
        self.place.textEdited.connect(lambda _t: self._schedule("place"))
        self.description.textChanged.connect(lambda: self._schedule("description"))
        for name in ("title", "place"):
            self._editors[name].editingFinished.connect(  # type: ignore[attr-defined]
                lambda n=name: self._flush_field(n)
            )
        for label, name, widget in (
            (self.tr("&Title"), self.tr("Title"), self.title),
            (self.tr("P&lace"), self.tr("Place"), self.place),
            (self.tr("Des&cription"), self.tr("Description"), self.description),
            (self.tr("&Indicators"), self.tr("Linked indicators"), self.linked),
        ):
            widget.setAccessibleName(name)
            buddy = QLabel(label)
            buddy.setBuddy(widget)
            form.addRow(buddy, widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(source_heading)
        layout.addWidget(self.source_hint)
        layout.addWidget(self.indicators)
        layout.addWidget(self.capture)
        layout.addLayout(capture_row)
        layout.addLayout(heading_row)
        layout.addWidget(self.table)
        layout.addLayout(action_row)
        layout.addWidget(details_heading)
        layout.addWidget(self.question)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.show_workshop(session.workshop)

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
        if changed is None:
            self._fit_table()
        elif changed:
            self.table.fitter.fit_rows(changed)  # a retitled problem may wrap differently
            self._fit_height()
        self._show_details(workshop)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # wrapped rows change height
            _fit_rows(self.indicators, 2, 8)
            _fit_rows(self.linked, 2, 6)
            self._fit_table()

    def _fit_table(self) -> None:
        """The table as tall as its rows (3 to 12 of them): the page scrolls, not the table.

        Those rows are fitted now; the others as they come into view (measuring all 120
        problems at every change of width cost a visit of the page 100 ms).
        """
        fitter = self.table.fitter
        fitter.refit()
        fitter.fit_rows(range(min(self.model.rowCount(), TALL_ROWS)))
        self._fit_height()

    def _fit_height(self) -> None:
        line = self.table.verticalHeader().defaultSectionSize()
        heights = [self.table.rowHeight(r) for r in range(min(self.model.rowCount(), TALL_ROWS))]
        heights += [line] * max(3 - len(heights), 0)
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(sum(heights) + header + 2 * self.table.frameWidth() + 2)

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
        self._flush_fields()
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
            self.indicators.item(row).data(_ID)
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
                item.setData(_ID, indicator.id)
                item.setToolTip(indicator.group or indicator.title)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = indicator.id in checked
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.indicators.addItem(item)
            self.indicators.blockSignals(False)
            _fit_rows(self.indicators, 2, 8)
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
        problem_id = None if problem is None else problem.id
        if problem_id != self._details_id:
            previous, self._details_id = self._details_id, problem_id
            self._flush_fields(previous)
        has = problem is not None
        self.details.setEnabled(has)
        for button in (
            self.minus_button,
            self.plus_button,
            self.prioritise_button,
            self.up_button,
            self.down_button,
            self.delete_button,
        ):
            button.setEnabled(has)
        self.minus_button.setEnabled(has and problem.votes > 0)  # type: ignore[union-attr]
        self.prioritise_button.setChecked(bool(problem and problem.prioritised))
        self.rank_button.setEnabled(any(p.prioritised for p in workshop.problems))
        self.vote_button.setEnabled(bool(workshop.problems))
        for name in ("title", "place"):
            editor: QLineEdit = self._editors[name]  # type: ignore[assignment]
            value = "" if problem is None else getattr(problem, name)
            if editor.text() != value and not self._pending(name):
                editor.setText(value)
                editor.setCursorPosition(0)  # a long title shows its beginning
        text = "" if problem is None else problem.description
        if self.description.toPlainText() != text and not self._pending("description"):
            self.description.blockSignals(True)
            self.description.setPlainText(text)
            self.description.blockSignals(False)
        self._show_links(workshop, problem)

    def _show_links(self, workshop: Workshop, problem: Problem | None) -> None:
        linked = () if problem is None else problem.indicator_ids
        observed = {i.id for i in self._observed(workshop)}
        candidates = [i for i in workshop.indicators if i.id in observed or i.id in linked]
        shown = (tuple((i.id, i.title) for i in candidates), linked)
        if shown == self._shown_links:
            return
        self._shown_links = shown
        self.linked.blockSignals(True)
        self.linked.clear()
        for indicator in candidates:
            title = indicator.title
            if indicator.id not in observed:
                title = self.tr("%1 (not marked as observed)").replace("%1", title)
            item = QListWidgetItem(title)
            item.setData(_ID, indicator.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = indicator.id in linked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.linked.addItem(item)
        self.linked.blockSignals(False)
        _fit_rows(self.linked, 2, 6)

    # -- edits ---------------------------------------------------------------------------

    def _refresh(self) -> None:
        self.show_workshop(self._session.workshop)

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
        problem = Problem(id=new_id(), title=text, indicator_ids=ids)
        self._flush_fields()
        self._select_after_reload = problem.id
        self._session.apply(
            AddItem(self._session.workshop_id, "problems", problem), self.tr("Add problem")
        )
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
        problems = self._session.workshop.problems
        if command == "vote+":
            self._change(
                {problem.id: {"votes": votes_after(problem.votes, 1)}}, self.tr("Add a vote")
            )
        elif command == "vote-" and problem.votes > 0:
            self._change(
                {problem.id: {"votes": votes_after(problem.votes, -1)}}, self.tr("Remove a vote")
            )
        elif command == "prioritise":
            on = not problem.prioritised
            self._change(
                priority_changes(problems, problem.id, on),
                self.tr("Prioritise problem") if on else self.tr("Take off the priority"),
            )
        elif command in ("up", "down"):
            row = [p.id for p in problems].index(problem.id)
            target = row + (-1 if command == "up" else 1)
            if 0 <= target < len(problems):
                self._flush_fields()
                self._select_after_reload = problem.id
                self._session.apply(
                    MoveItem(self._session.workshop_id, "problems", (problem.id,), target),
                    self.tr("Move problem"),
                )
        elif command == "delete":
            self._flush_fields()
            row = [p.id for p in problems].index(problem.id)
            neighbours = [
                p.id for p in problems[row + 1 : row + 2] + problems[max(row - 1, 0) : row]
            ]
            self._select_after_reload = neighbours[0] if neighbours else None
            self._session.apply(
                DeleteItem(self._session.workshop_id, "problems", (problem.id,)),
                self.tr("Delete problem"),
            )

    def _cell_edited(self, problem_id: str, field: str, value: Any) -> None:
        problems = self._session.workshop.problems
        if field == "prioritised":
            changes = priority_changes(problems, problem_id, bool(value))
            text = self.tr("Prioritise problem") if value else self.tr("Take off the priority")
        elif field == "rank":
            changes = rank_changes(problems, ranks_with(problems, problem_id, int(value)))
            text = self.tr("Change rank")
        else:
            changes = {problem_id: {field: value}}
            text = self.tr("Edit problem")
        self._change(changes, text)

    def _rank_by_votes(self) -> None:
        problems = self._session.workshop.problems
        self._change(rank_changes(problems, ranks_by_votes(problems)), self.tr("Rank by votes"))

    def _change(self, changes: dict[str, dict[str, Any]], text: str) -> None:
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

    def _link_changed(self, _item: QListWidgetItem) -> None:
        problem = self.current_problem()
        if problem is None:
            return
        ticked = [
            self.linked.item(row).data(_ID)
            for row in range(self.linked.count())
            if self.linked.item(row).checkState() == Qt.CheckState.Checked
        ]
        # Keep the order links were made in; new ones go last.
        ids = tuple(i for i in problem.indicator_ids if i in ticked) + tuple(
            i for i in ticked if i not in problem.indicator_ids
        )
        # The list already shows the new state: do not rebuild it inside its own signal.
        if isinstance(self._shown_links, tuple):
            self._shown_links = (self._shown_links[0], ids)
        self._change({problem.id: {"indicator_ids": ids}}, self.tr("Change linked indicators"))

    def _row_changed(self) -> None:
        self._show_details(self._session.workshop)

    def _field_id(self, name: str, problem_id: str | None = None) -> str:
        return f"problems.{problem_id or self._details_id}.{name}"

    def _pending(self, name: str) -> bool:
        return self._details_id is not None and self._debouncer.is_pending(self._field_id(name))

    def _schedule(self, name: str) -> None:
        problem_id = self._details_id
        if problem_id is None:
            return
        editor = self._editors[name]

        def commit() -> None:
            if isinstance(editor, QPlainTextEdit):
                value = editor.toPlainText().strip()
            else:
                value = editor.text().strip()  # type: ignore[attr-defined]
            if name == "title" and not value:
                return  # a problem always has a title; the last saved one stays
            self._change({problem_id: {name: value}}, self.tr("Edit problem"))

        self._debouncer.schedule(self._field_id(name, problem_id), commit)

    def _flush_field(self, name: str) -> None:
        if self._details_id is not None:
            self._debouncer.flush_field(self._field_id(name))

    def _flush_fields(self, problem_id: str | None = None) -> None:
        """Save what is still in its typing pause for ``problem_id`` (default: the shown one)."""
        problem_id = problem_id or self._details_id
        if problem_id is not None:
            for name in self._editors:
                self._debouncer.flush_field(self._field_id(name, problem_id))


def _fit_rows(view: QListWidget, least: int, most: int) -> None:
    """A list as tall as its rows (``least`` to ``most``): the page scrolls, not the list."""
    metrics = view.fontMetrics()
    # The text wraps beside the check box, inside the frame (and a scroll bar, maybe).
    text_width = max(view.width() - 2 * view.frameWidth() - 48, 40)
    line = max(view.sizeHintForRow(0), metrics.height()) if view.count() else metrics.height() + 4
    extra = line - metrics.height()  # the row's own padding
    heights = [
        metrics.boundingRect(
            QRect(0, 0, text_width, 10_000), Qt.TextFlag.TextWordWrap, view.item(r).text()
        ).height()
        + extra
        for r in range(min(view.count(), most))
    ]
    heights += [line] * max(least - len(heights), 0)
    view.setFixedHeight(sum(max(h, line) for h in heights) + 2 * view.frameWidth() + 4)


def _tool(name: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setAccessibleName(name)
    button.setToolTip(tip)
    return button
