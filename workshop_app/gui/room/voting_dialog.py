"""Dot voting without participant devices: the facilitator types the counted hands per item.

Opened for the problems or for the measures (of one problem). Each saved count is one undo
step ("Votes: <title>"); the optional budget (participants × dots per person) only warns.
The budget is room bookkeeping, not part of the workshop: it is kept in the window's settings
under ``voting/<workshop id>/…``, never in the workshop file.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QFont, QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.model import Workshop
from workshop_app.domain.voting import (
    KINDS,
    Budget,
    BudgetLevel,
    BudgetStatus,
    ResultRow,
    Votable,
    budget_status,
    clamp_count,
    items_to_vote_on,
    parse_positive,
    sorted_result,
)
from workshop_app.gui.room.voting_model import COUNT, VotingModel, VotingTable
from workshop_app.gui.session import WorkshopSession

VOTING_KEY = "Ctrl+Shift+V"  # opens the dialog from the problems and measures pages
SHOW_RESULT_KEY = "Ctrl+P"  # P for projector; the dialog's own window, so no clash with the menus
AMBER = ("#fff4e5", "#5b3a00")  # background, text: all dots are given
RED = ("#fde8e8", "#8a1c1c")  # more dots counted than there are


def settings_key(workshop_id: str, name: str) -> str:
    return f"voting/{workshop_id}/{name}"


class VotingDialog(QDialog):
    """A list of items with large counts, the budget, and the sorted result beside them."""

    show_result_requested = Signal(str)  # "problems" | "measures": show the result on the projector
    counts_changed = Signal()  # a count was saved (the page behind may show it)

    def __init__(
        self,
        session: WorkshopSession,
        kind: str,
        settings: QSettings | None = None,
        problem_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(f"unknown kind of vote {kind!r}")
        self.setObjectName("votingDialog")
        self._session = session
        self.kind = kind
        self.problem_id = problem_id if kind == "measures" else None
        self._settings = settings
        self._collection = kind  # the workshop collection has the same name
        problem = next((p for p in session.workshop.problems if p.id == self.problem_id), None)
        if kind == "problems":
            title = self.tr("Vote on the problems")
        elif problem is not None:
            title = self.tr("Vote on the measures: %1").replace("%1", problem.title)
        else:
            title = self.tr("Vote on the measures")
        self.setWindowTitle(title)

        heading = QLabel(title)
        heading.setObjectName("sectionHeading")
        heading.setWordWrap(True)
        keys = QLabel(
            self.tr(
                "Count the hands for each item. <b>↑ ↓</b> choose · <b>digits</b> then "
                "<b>Enter</b> save the count · <b>+ −</b> one more or less · <b>0</b> clears · "
                "<b>Ctrl+Z</b> undoes"
            )
        )
        keys.setWordWrap(True)

        # -- the budget ----------------------------------------------------------------------
        self.participants = self._number_field(self.tr("Participants"))
        self.participants.setObjectName("votingParticipants")
        self.dots = self._number_field(self.tr("Dots per person"))
        self.dots.setObjectName("votingDots")
        participants_label = QLabel(self.tr("P&articipants"))
        participants_label.setBuddy(self.participants)
        dots_label = QLabel(self.tr("&Dots per person"))
        dots_label.setBuddy(self.dots)
        self.budget_label = QLabel()
        self.budget_label.setObjectName("budgetStatus")
        self.budget_label.setWordWrap(True)
        budget_row = QHBoxLayout()
        budget_row.addWidget(participants_label)
        budget_row.addWidget(self.participants)
        budget_row.addSpacing(8)
        budget_row.addWidget(dots_label)
        budget_row.addWidget(self.dots)
        budget_row.addSpacing(8)
        budget_row.addWidget(self.budget_label, 1)

        # -- the counts and the result -------------------------------------------------------
        self.model = VotingModel(
            [self.tr("Votes"), self.tr("Problem") if kind == "problems" else self.tr("Measure")],
            self,
        )
        count_font = QFont(self.font())
        count_font.setPointSizeF(max(count_font.pointSizeF(), 9) * 1.8)
        count_font.setBold(True)
        self.model.set_count_font(count_font)
        self.table = VotingTable(self.model)
        self.table.setObjectName("votingTable")
        self.table.setAccessibleName(title)
        self.table.setColumnWidth(COUNT, max(110, self.fontMetrics().horizontalAdvance("0") * 12))
        self.table.verticalHeader().setMinimumSectionSize(
            int(count_font.pointSizeF() * 2.4)  # room for the large count
        )
        self.table.count_entered.connect(self.set_count)
        self.table.count_adjusted.connect(self.adjust_count)
        self.empty = QLabel(
            self.tr("There are no problems to vote on yet.")
            if kind == "problems"
            else self.tr("There are no measures to vote on yet.")
        )
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)

        result_heading = QLabel(self.tr("Result, most votes first"))
        result_heading.setObjectName("sectionHeading")
        self.result_list = QListWidget()
        self.result_list.setObjectName("votingResult")
        self.result_list.setAccessibleName(self.tr("Result, most votes first"))
        self.result_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.result_list.setWordWrap(True)
        self.result_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.empty)
        right = QVBoxLayout()
        right.addWidget(result_heading)
        right.addWidget(self.result_list, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)

        # -- buttons -------------------------------------------------------------------------
        self.show_button = QPushButton(self.tr("Show the result on the projector (Ctrl+P)"))
        self.show_button.setObjectName("showVotingResult")
        self.show_button.setToolTip(
            self.tr("The items sorted by votes, in large type on the projector")
        )
        self.show_button.clicked.connect(self.request_result)
        QShortcut(QKeySequence(SHOW_RESULT_KEY), self).activated.connect(self.request_result)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("closeVoting")
        close.clicked.connect(self.accept)
        for button in (self.show_button, close):
            button.setAutoDefault(False)  # Enter belongs to the counts, never closes
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        # Undo and redo here too: the window's own shortcuts do not reach a dialog.
        QShortcut(QKeySequence.StandardKey.Undo, self).activated.connect(self._undo)
        for sequence in ("Ctrl+Shift+Z", "Ctrl+Y"):
            QShortcut(QKeySequence(sequence), self).activated.connect(self._redo)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(keys)
        layout.addLayout(budget_row)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        self._load_budget()
        self.participants.textChanged.connect(lambda _t: self._budget_edited())
        self.dots.textChanged.connect(lambda _t: self._budget_edited())
        session.snapshot_changed.connect(self._workshop_changed)
        session.edited_locally.connect(self.refresh)
        self.refresh()
        self.table.select_row(0)
        self.table.setFocus()
        self.resize(880, 600)

    # -- what is shown -------------------------------------------------------------------

    def items(self, workshop: Workshop | None = None) -> tuple[Votable, ...]:
        workshop = workshop or self._session.workshop
        return items_to_vote_on(workshop, self.kind, self.problem_id)

    def budget(self) -> Budget:
        return Budget(parse_positive(self.participants.text()), parse_positive(self.dots.text()))

    def status(self) -> BudgetStatus:
        return budget_status(self.budget(), self.items())

    def result_rows(self) -> tuple[ResultRow, ...]:
        return sorted_result(self.items())

    def refresh(self) -> None:
        items = self.items()
        self.model.set_items(items)
        if self.table.current_row() is None and items:
            self.table.select_row(0)
        self.table.resizeRowsToContents()
        has_items = bool(items)
        self.table.setVisible(has_items)
        self.empty.setVisible(not has_items)
        self.show_button.setEnabled(has_items)
        self._show_budget()
        self._show_result()

    def _workshop_changed(self, _workshop: Workshop) -> None:
        self.refresh()

    def _show_budget(self) -> None:
        status = self.status()
        level = status.level
        if level is BudgetLevel.NONE:
            text = self.tr("%1 votes given. No budget: enter participants and dots per person.")
        elif level is BudgetLevel.WITHIN:
            text = self.tr("%1 / %2 votes given, %3 left.")
        elif level is BudgetLevel.USED_UP:
            text = self.tr("%1 / %2 votes given: all dots are used.")
        else:
            text = self.tr("%1 / %2 votes given: %4 more than the budget. Count again?")
        text = (
            text.replace("%1", str(status.used))
            .replace("%2", str(status.total or 0))
            .replace("%3", str(status.remaining or 0))
            .replace("%4", str(status.over_by))
        )
        self.budget_label.setText(text)
        self.budget_label.setAccessibleName(text)
        self.budget_label.setProperty("level", level.value)
        colours = {BudgetLevel.USED_UP: AMBER, BudgetLevel.OVER: RED}.get(level)
        self.budget_label.setStyleSheet(
            ""
            if colours is None
            else f"QLabel#budgetStatus {{ background: {colours[0]}; color: {colours[1]};"
            f" border: 1px solid {colours[1]}; border-radius: 4px; padding: 4px 8px;"
            " font-weight: 600; }"
        )

    def _show_result(self) -> None:
        self.result_list.clear()
        for row in self.result_rows():
            votes = self.tr("1 vote") if row.votes == 1 else self.tr("%1 votes")
            self.result_list.addItem(
                f"{row.rank}. {row.title} – {votes.replace('%1', str(row.votes))}"
            )

    # -- counts --------------------------------------------------------------------------

    def set_count(self, item_id: str, count: int) -> None:
        """Save ``count`` for the item as one undo step (nothing if it is the count already)."""
        item = next((i for i in self.items() if i.id == item_id), None)
        count = clamp_count(count)
        if item is None or item.votes == count:
            self.refresh()
            return
        text = self.tr("Votes: %1").replace("%1", item.title)
        self._session.update_item(self._collection, (item_id,), {"votes": count}, text)
        self.refresh()
        self.counts_changed.emit()

    def adjust_count(self, item_id: str, delta: int) -> None:
        item = next((i for i in self.items() if i.id == item_id), None)
        if item is not None:
            self.set_count(item_id, item.votes + delta)

    def request_result(self) -> None:
        self.table.commit_typed()
        if self.items():
            self.show_result_requested.emit(self.kind)

    def _undo(self) -> None:
        self.table.commit_typed()
        self._session.undo_stack.undo()
        self.counts_changed.emit()

    def _redo(self) -> None:
        self._session.undo_stack.redo()
        self.counts_changed.emit()

    # -- the budget ----------------------------------------------------------------------

    def _number_field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(name)
        field.setValidator(QIntValidator(1, 9999, field))
        field.setPlaceholderText("–")
        field.setMaxLength(4)
        field.setFixedWidth(self.fontMetrics().horizontalAdvance("0000") + 28)
        field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        field.setToolTip(self.tr("Empty: no budget"))
        return field

    def _keys(self) -> dict[str, str]:
        workshop_id = self._session.workshop_id
        return {
            "participants": settings_key(workshop_id, "participants"),
            "dots": settings_key(workshop_id, f"{self.kind}/dots_per_person"),
        }

    def _load_budget(self) -> None:
        if self._settings is None:
            return
        keys = self._keys()
        for name, field in (("participants", self.participants), ("dots", self.dots)):
            value = parse_positive(str(self._settings.value(keys[name], "") or ""))
            field.setText("" if value is None else str(value))

    def _budget_edited(self) -> None:
        if self._settings is not None:
            keys = self._keys()
            for name, field in (("participants", self.participants), ("dots", self.dots)):
                value = parse_positive(field.text())
                if value is None:
                    self._settings.remove(keys[name])
                else:
                    self._settings.setValue(keys[name], value)
        self._show_budget()


def window_settings(widget: QWidget) -> QSettings | None:
    """The main window's settings (its ``settings`` attribute), if ``widget`` sits in one."""
    settings = getattr(widget.window(), "settings", None)
    return settings if isinstance(settings, QSettings) else None


def open_voting(
    page: QWidget, session: WorkshopSession, kind: str, problem_id: str | None = None
) -> VotingDialog:
    """Open the voting dialog over ``page`` (window-modal, not blocking) and return it."""
    dialog = VotingDialog(session, kind, window_settings(page), problem_id, page)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog


def voting_shortcut(page: QWidget, slot: object) -> QShortcut:
    """Ctrl+Shift+V on a page: only the page on screen answers (a hidden page's does not)."""
    shortcut = QShortcut(QKeySequence(VOTING_KEY), page)
    shortcut.activated.connect(slot)
    return shortcut
