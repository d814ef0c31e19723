"""Step 1, Indicators: the indicator board, the information matrix and the knowledge gaps.

The board lists the method pack's indicators by problem area, then the workshop's own ones;
the facilitator selects one and presses 1, 2, 3 (or 0) to record what the group says. Own
indicators are typed in the capture line (Enter), moved with Ctrl+Up/Down and removed with
Delete. The
information matrix shows, for the observed and unknown indicators, which organisation holds
what kind of information; the indicators nobody knows anything about are the knowledge gaps.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import IndicatorStatus, SourceType
from workshop_app.domain.information_matrix import catalog_order, knowledge_gaps, matrix_rows
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Indicator, Workshop
from workshop_app.gui.session import WorkshopSession
from workshop_app.gui.steps.indicators.indicator_board import BoardView
from workshop_app.gui.steps.indicators.indicator_board_model import (
    OWN_GROUP,
    BoardEntry,
    BoardModel,
    build_board,
)
from workshop_app.gui.steps.indicators.indicator_details import IndicatorDetails
from workshop_app.gui.steps.indicators.indicator_edits import IndicatorEdits, observations_field
from workshop_app.gui.steps.indicators.indicator_matrix import MatrixView
from workshop_app.gui.steps.indicators.indicator_matrix_model import MatrixModel
from workshop_app.gui.steps.indicators.indicator_words import GAP_COLOUR, GAP_MARKER
from workshop_app.gui.steps.step_content import StepContent
from workshop_app.gui.widgets.debounce import Debouncer
from workshop_app.gui.widgets.text_limit import limit_line, limit_of
from workshop_app.services.changes import MoveItem

WIDE = 900  # from this page width the details sit beside the board, with more columns


class IndicatorsPage(StepContent):
    """The Indicators step's working area: a board tab and an information-matrix tab."""

    def __init__(
        self,
        session: WorkshopSession,
        pack: MethodPack,
        ui_language: str,
        debouncer: Debouncer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorsPage")
        self._session = session
        self._pack = pack
        self._ui_language = ui_language
        self._debouncer = debouncer
        self.edits = IndicatorEdits(
            session, pack, debouncer, lambda: self.show_workshop(session.workshop), self
        )
        self._order = catalog_order(pack)
        self._workshop: Workshop | None = None
        self._shown_filter = False
        self._collapsed: set[str] = set()
        self._select_after_reload: str | None = None
        self.gaps: tuple[str, ...] = ()

        # -- top: filter and gap count --------------------------------------------------
        self.observed_only = QCheckBox(self.tr("Observed only"))
        self.observed_only.setObjectName("observedOnly")
        self.observed_only.setToolTip(
            self.tr("Show only the indicators assessed as observed (Ctrl+Shift+O)")
        )
        self.observed_only.setAccessibleName(self.tr("Show observed indicators only"))
        self.observed_only.toggled.connect(lambda _on: self._refresh())
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+O"), self)
        shortcut.activated.connect(self.observed_only.toggle)
        self.gap_button = QPushButton()
        self.gap_button.setObjectName("gapCount")
        self.gap_button.setToolTip(
            self.tr("Show the next knowledge gap in the information matrix (Ctrl+Shift+G)")
        )
        self.gap_button.clicked.connect(self.show_next_gap)
        QShortcut(QKeySequence("Ctrl+Shift+G"), self).activated.connect(self.show_next_gap)
        top = QHBoxLayout()
        top.addWidget(self.observed_only)
        top.addStretch(1)
        top.addWidget(self.gap_button)

        # -- the board ------------------------------------------------------------------
        self.board_model = BoardModel(self)
        self.board_model.edit_requested.connect(self._board_edit)
        self.board = BoardView()
        self.board.setObjectName("indicatorBoard")
        self.board.setModel(self.board_model)
        self.board.setAccessibleName(self.tr("Indicator board"))
        self.board.setToolTip(
            self.tr(
                "Select an indicator and press 1 observed, 2 not observed, 3 unknown, "
                "0 not assessed; F2 changes the selected cell"
            )
        )
        self.board.status_key.connect(self.set_status)
        self.board.delete_pressed.connect(self.edits.delete_own)
        self.board.selectionModel().currentChanged.connect(self._current_changed)
        self.board.collapsed.connect(lambda index: self._group_toggled(index, True))
        self.board.expanded.connect(lambda index: self._group_toggled(index, False))
        self.board.setMinimumHeight(self.fontMetrics().lineSpacing() * 16)
        self.board.installEventFilter(self)  # Ctrl+Up/Down: move the own indicator
        self.board.size_columns()

        keys_hint = QLabel(
            self.tr(
                "Select an indicator and press <b>1</b> observed · <b>2</b> not observed · "
                "<b>3</b> unknown · <b>0</b> not assessed"
            )
        )
        keys_hint.setWordWrap(True)

        self.capture = QLineEdit()
        self.capture.setObjectName("ownIndicatorCapture")
        self.capture.setPlaceholderText(self.tr("New own indicator: type it and press Enter"))
        self.capture.setAccessibleName(self.tr("New own indicator"))
        limit_line(self.capture, limit_of(Indicator, "title"))
        self.capture.setClearButtonEnabled(True)
        self.capture.returnPressed.connect(self._capture)
        self.capture.setToolTip(
            self.tr("Enter adds the indicator; Ctrl+Up/Down moves the selected own indicator")
        )
        self.capture.installEventFilter(self)  # Ctrl+Up/Down: move the own indicator
        self.capture_group = QComboBox()
        self.capture_group.setObjectName("ownIndicatorGroup")
        self.capture_group.setAccessibleName(self.tr("Problem area of the new indicator"))
        self.capture_group.setToolTip(self.tr("Problem area of the new indicator"))
        self.capture_group.addItem(self.tr("(no problem area)"), "")
        for group in pack.indicator_groups:
            self.capture_group.addItem(group.title.get(ui_language), group.id)
        self.capture_group.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.capture_group.setMinimumContentsLength(14)
        capture_row = QHBoxLayout()
        capture_row.addWidget(self.capture, 3)
        capture_row.addWidget(self.capture_group, 2)

        self.details = IndicatorDetails()
        self.details.field_chosen.connect(self.edits.set_field)
        self.details.observations_edited.connect(self.edits.observations_typed)
        self.details.observations_left.connect(
            lambda indicator_id: self._debouncer.flush_field(observations_field(indicator_id))
        )
        self.details.delete_requested.connect(self.edits.delete_own)

        self.board_body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.board_body.setContentsMargins(0, 0, 0, 0)
        self.board_body.addWidget(self.board, 3)
        self.board_body.addWidget(self.details, 2)
        board_tab = QWidget()
        board_layout = QVBoxLayout(board_tab)
        board_layout.addWidget(keys_hint)
        board_layout.addLayout(capture_row)
        board_layout.addLayout(self.board_body, 1)

        # -- the information matrix -----------------------------------------------------
        self.matrix_model = MatrixModel(self)
        self.matrix_model.set_source_types(
            [(SourceType(s.id), s.title.get(ui_language)) for s in pack.source_types]
        )
        self.matrix_model.cell_edit_requested.connect(self.set_source)
        self.matrix = MatrixView()
        self.matrix.setObjectName("informationMatrix")
        self.matrix.setModel(self.matrix_model)
        self.matrix.setAccessibleName(self.tr("Information matrix"))
        self.matrix.cell_key.connect(self.set_source)
        self.matrix.setMinimumHeight(self.fontMetrics().lineSpacing() * 14)
        matrix_intro = QLabel(
            self.tr(
                "Which organisation has information on each observed or unknown indicator, "
                "and of what kind? Indicators that nobody has information on are knowledge "
                "gaps."
            )
        )
        matrix_intro.setWordWrap(True)
        legend = "  ·  ".join(
            f"<b>{n}</b> {html.escape(label)}"
            for n, (_kind, label) in enumerate(self.matrix_model.source_types, start=1)
        )
        self.matrix_keys = QLabel(
            self.tr("Keys on a cell: %1  ·  <b>0</b> no information").replace("%1", legend)
        )
        self.matrix_keys.setWordWrap(True)
        self.matrix_empty = QLabel()
        self.matrix_empty.setObjectName("emptyState")
        self.matrix_empty.setWordWrap(True)
        matrix_tab = QWidget()
        matrix_layout = QVBoxLayout(matrix_tab)
        matrix_layout.addWidget(matrix_intro)
        matrix_layout.addWidget(self.matrix_keys)
        matrix_layout.addWidget(self.matrix_empty)
        matrix_layout.addWidget(self.matrix, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("indicatorTabs")
        self.tabs.addTab(board_tab, self.tr("Indicator &board"))
        self.tabs.addTab(matrix_tab, self.tr("Information &matrix"))
        self.tabs.setTabToolTip(0, self.tr("Indicators by problem area (Alt+B)"))
        self.tabs.setTabToolTip(1, self.tr("Indicators × organisations (Alt+M)"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.setMinimumWidth(360)
        # Keyboard order: type a new indicator, choose its area, then work on the board.
        QWidget.setTabOrder(self.capture, self.capture_group)
        QWidget.setTabOrder(self.capture_group, self.board)
        QWidget.setTabOrder(self.board, self.details.combo("status"))
        self.show_workshop(session.workshop)

    # -- showing -------------------------------------------------------------------------

    def capture_field(self) -> QWidget | None:
        return self.capture

    def show_workshop(self, workshop: Workshop) -> None:
        """Show ``workshop``: only what changed is redrawn; typing and editors are kept."""
        if workshop is self._workshop and self._shown_filter == self.observed_only.isChecked():
            return
        self._workshop = workshop
        self._refresh()

    def _refresh(self) -> None:
        workshop = self._workshop
        if workshop is None:
            return
        observed_only = self.observed_only.isChecked()
        self._shown_filter = observed_only
        previous = self.board.current_entry()
        groups = build_board(
            workshop, self._pack, self._ui_language, self.tr("Own indicators"), observed_only
        )
        if self.board_model.set_groups(groups):
            self._after_board_reset(previous.indicator_id if previous else None)
        wanted = self._select_after_reload
        if wanted and self.board_model.index_of(wanted).isValid():
            self._select_after_reload = None  # a new own indicator: ready for its status key
            self.select_indicator(wanted)
        self._show_details()
        self._show_matrix(workshop, observed_only)

    def _after_board_reset(self, previous_id: str | None) -> None:
        for row, group in enumerate(self.board_model.groups):
            self.board.setExpanded(self.board_model.index(row, 0), group.key not in self._collapsed)
        if previous_id and self.board_model.index_of(previous_id).isValid():
            self.select_indicator(previous_id)

    def _show_details(self) -> None:
        entry = self.board.current_entry()
        typing = entry is not None and self._debouncer.is_pending(
            observations_field(entry.indicator_id)
        )
        self.details.show_entry(entry, typing=typing)

    def _show_matrix(self, workshop: Workshop, observed_only: bool) -> None:
        rows = matrix_rows(workshop, self._order, observed_only=observed_only)
        titles = {i.id: self._title_of(i) for i in workshop.indicators}
        current = self.matrix.currentIndex()
        current_cell = (
            (self.matrix_model.rows[current.row()].indicator.id, current.column())
            if current.isValid() and current.row() < len(self.matrix_model.rows)
            else None
        )
        changed = self.matrix_model.set_rows(rows, workshop.organisations, titles)
        if changed is None:
            self.matrix.fit_columns()
            self.matrix.fit_rows()
            if current_cell is not None:
                row = self.matrix_model.row_of(current_cell[0])
                if row is not None and current_cell[1] < self.matrix_model.columnCount():
                    self.matrix.setCurrentIndex(self.matrix_model.index(row, current_cell[1]))
        else:
            self.matrix.fit_rows(changed)
        self.gaps = knowledge_gaps(workshop)
        self._show_gap_count()
        if not workshop.organisations:
            self.matrix_empty.setText(
                self.tr(
                    "Add the organisations taking part on the Preparation step: they are "
                    "the columns of the matrix."
                )
            )
        elif not rows:
            self.matrix_empty.setText(
                self.tr("No indicator is observed or unknown yet: set statuses on the board.")
            )
        self.matrix_empty.setVisible(not rows or not workshop.organisations)

    def _show_gap_count(self) -> None:
        count = len(self.gaps)
        if count:
            self.gap_button.setText(
                f"{GAP_MARKER} " + self.tr("Knowledge gaps: %1").replace("%1", str(count))
            )
            self.gap_button.setStyleSheet(
                f"QPushButton#gapCount {{ background: {GAP_COLOUR}; color: #1a1a1a;"
                " border: 1px solid #8a6d00; border-radius: 3px; padding: 4px 10px;"
                " font-weight: 600; }"
            )
        else:
            self.gap_button.setText(self.tr("No knowledge gaps"))
            # The same box without the colour: the page does not shift when gaps come or go.
            self.gap_button.setStyleSheet(
                "QPushButton#gapCount { border: 1px solid palette(mid); border-radius: 3px;"
                " padding: 4px 10px; }"
            )
        self.gap_button.setEnabled(count > 0)
        self.gap_button.setAccessibleName(self.gap_button.text().removeprefix(GAP_MARKER).strip())

    def select_indicator(self, indicator_id: str) -> None:
        """Make ``indicator_id`` the board's current row (the status keys act on it)."""
        index = self.board_model.index_of(indicator_id)
        if index.isValid():
            self.board.setExpanded(index.parent(), True)
            self.board.setCurrentIndex(index)
            self.board.scrollTo(index)

    def show_next_gap(self) -> None:
        """Switch to the matrix and select the next knowledge gap after the current row."""
        gap_rows = [n for n, row in enumerate(self.matrix_model.rows) if row.gap]
        if not gap_rows:
            return
        self.tabs.setCurrentIndex(1)
        current = self.matrix.currentIndex()
        after = [n for n in gap_rows if not current.isValid() or n > current.row()]
        row = (after or gap_rows)[0]
        column = 1 if self.matrix_model.columnCount() > 1 else 0
        self.matrix.setCurrentIndex(self.matrix_model.index(row, column))
        self.matrix.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Organisations renamed on another step change the matrix headers: catch up.
        self.show_workshop(self._session.workshop)
        self._fit_layout()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_layout()

    def _fit_layout(self) -> None:
        wide = self.width() >= WIDE
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.board_body.direction() != direction:
            self.board_body.setDirection(direction)
            # Beside the board the details keep to a column; below it they use the width.
            self.details.setMaximumWidth(
                max(360, self.fontMetrics().averageCharWidth() * 48) if wide else 16_777_215
            )
        for column in (2, 3, 4):
            self.board.setColumnHidden(column, not wide)
        self.matrix.fit_columns()

    # -- edits ---------------------------------------------------------------------------

    def set_status(self, indicator_id: str, status: IndicatorStatus | None) -> None:
        """What the quick keys do: set the status (None: back to not assessed)."""
        self.edits.set_status(indicator_id, status)

    def set_source(self, indicator_id: str, organisation_id: str, kind: SourceType | None) -> None:
        """Set one cell of the information matrix (None: the organisation has nothing)."""
        self.edits.set_source(indicator_id, organisation_id, kind)

    def _board_edit(self, indicator_id: str, field: str, value: Any) -> None:
        if field == "title":
            self.edits.rename_own(indicator_id, str(value))
        else:
            self.edits.set_field(indicator_id, field, value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (self.capture, self.board)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            entry = self.board.current_entry()
            if entry is not None and entry.custom:
                self.move_own(entry.indicator_id, -1 if event.key() == Qt.Key.Key_Up else +1)
                return True
        return super().eventFilter(watched, event)

    def move_own(self, indicator_id: str, step: int) -> None:
        """Move an own indicator one place up or down among the own indicators shown."""
        own = next((g for g in self.board_model.groups if g.key == OWN_GROUP), None)
        ids = [] if own is None else [e.indicator_id for e in own.entries]
        if indicator_id not in ids:
            return
        target = ids.index(indicator_id) + step
        if not 0 <= target < len(ids):
            return
        indicators = [i.id for i in self._session.workshop.indicators]
        self._debouncer.flush_field(observations_field(indicator_id))
        self._select_after_reload = indicator_id
        self._session.apply(
            MoveItem(
                self._session.workshop_id,
                "indicators",
                (indicator_id,),
                indicators.index(ids[target]),
            ),
            self.tr("Move own indicator"),
        )

    def _capture(self) -> None:
        new = self.edits.add_own(self.capture.text(), self.capture_group.currentData())
        if new is not None:
            self._select_after_reload = new  # selected when shown: ready for its status key
            self.capture.setText("")  # also empties its own undo: Ctrl+Z undoes the add
        self.capture.setFocus()

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        before = self.board_model.entry(previous)
        after = self.board_model.entry(current)
        if before is not None and (after is None or after.indicator_id != before.indicator_id):
            # What was typed about the previous indicator is saved before the next is shown.
            self._debouncer.flush_field(observations_field(before.indicator_id))
        self._show_details()

    def _group_toggled(self, index: QModelIndex, collapsed: bool) -> None:
        if index.isValid() and index.row() < len(self.board_model.groups):
            key = self.board_model.groups[index.row()].key
            (self._collapsed.add if collapsed else self._collapsed.discard)(key)

    def _title_of(self, indicator: Indicator) -> str:
        catalog = None if indicator.custom else self._pack.indicator(indicator.id)
        return catalog.title.get(self._ui_language) if catalog else indicator.title

    def current_entry(self) -> BoardEntry | None:
        return self.board.current_entry()
