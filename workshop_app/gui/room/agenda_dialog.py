"""The agenda: planned against used time for every step of the workshop, read-only."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLayout,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.agenda import Agenda, AgendaRow, Pace
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.step_timer import format_clock
from workshop_app.domain.steps import Step
from workshop_app.domain.time_plan import clock_of, fit_to_session, minutes_of, session_meeting
from workshop_app.gui.error_report import QtCallGuard
from workshop_app.gui.room.step_timer import StepTimer

STEP, PLANNED, USED, DIFFERENCE, BAR = range(5)
BAR_ROLE = Qt.ItemDataRole.UserRole + 1  # (planned seconds, used seconds, scale seconds)

# Dark text on light tints (contrast above 7:1); the sign of the difference says it too.
OVER_TEXT, OVER_BACKGROUND = "#a31515", "#fde4e4"
WITHIN_TEXT, WITHIN_BACKGROUND = "#1b5e20", "#e3f4e4"
PLAN_OUTLINE = "#5f6368"
USED_FILL = "#1565c0"
MINUS = "\u2212"
TEXT_SCALE = 1.15
MAX_STEP_MINUTES = 600  # a step of a one-day workshop
BAR_WIDTH = 280  # read by the group too, when the facilitator shows it on the projector


class _BarDelegate(QtCallGuard, QStyledItemDelegate):
    """The planned time as an outlined bar, the used time filled in, overrun in red."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        value = index.data(BAR_ROLE)
        if not value:
            return
        planned, used, scale = value
        if scale <= 0:
            return
        area = option.rect.adjusted(6, 8, -6, -8)
        if area.width() <= 0 or area.height() <= 0:
            return
        per_second = area.width() / scale
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        within = min(used, planned) if planned else 0
        over = used - within
        if within:
            painter.fillRect(
                QRect(area.left(), area.top(), round(within * per_second), area.height()),
                QColor(USED_FILL),
            )
        if over:
            left = area.left() + round(within * per_second)
            painter.fillRect(
                QRect(left, area.top(), max(2, round(over * per_second)), area.height()),
                QColor(OVER_TEXT),
            )
        if planned:
            painter.setPen(QPen(QColor(PLAN_OUTLINE), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(
                QRect(area.left(), area.top(), round(planned * per_second), area.height())
            )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 160), hint.height())


class AgendaDialog(QDialog):
    """One row per step (planned, used, difference, a bar) and the total; Esc closes."""

    def __init__(
        self,
        agenda: Agenda,
        pack: MethodPack,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agendaDialog")
        self.setWindowTitle(self.tr("Agenda: planned and used time"))
        self._pack = pack
        self._language = language
        self._timer: StepTimer | None = None

        intro = QLabel(
            self.tr(
                "Planned minutes per step against the time the step timer measured. "
                "The difference counts the steps the group has finished or run over. "
                "The plan is the group's: type new minutes in Planned time (F2 or a number)."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("agendaTable")
        self.table.setAccessibleName(self.tr("Agenda"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Step"),
                self.tr("Planned time"),
                self.tr("Used time"),
                self.tr("Difference"),
                self.tr("Planned and used"),
            ]
        )
        bar_header = self.table.horizontalHeaderItem(BAR)  # set by the labels just above
        if bar_header is not None:
            bar_header.setToolTip(
                self.tr("Outline: planned time. Blue: time used within the plan. Red: over time.")
            )
        # Only the planned minutes can be edited (the other cells are not editable items).
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.itemChanged.connect(self._planned_edited)
        self._steps: list[Step] = []
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegateForColumn(BAR, _BarDelegate(self.table))
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        font = QFont(self.table.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * TEXT_SCALE)
        self.table.setFont(font)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(STEP, QHeaderView.ResizeMode.ResizeToContents)
        for column in (PLANNED, USED, DIFFERENCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BAR, QHeaderView.ResizeMode.Stretch)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.fit_button = buttons.addButton(
            self.tr("&Fit the plan to the meeting"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.fit_button.setObjectName("fitPlan")
        self.fit_button.setAutoDefault(False)
        self.fit_button.clicked.connect(self.fit_to_meeting)
        self.fit_button.hide()  # shown when the agenda follows a workshop's timer
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.show_agenda(agenda)
        self.resize(self._natural_size())
        self.close_button.setFocus()  # Enter or Esc closes; Tab reaches the table

    @classmethod
    def for_timer(
        cls, timer: StepTimer, pack: MethodPack, language: str, parent: QWidget | None = None
    ) -> AgendaDialog:
        """An agenda that follows the running timer while it is open."""
        dialog = cls(timer.agenda(), pack, language, parent)
        timer.reading_changed.connect(dialog._follow_timer)
        dialog._timer = timer
        dialog.show_agenda(timer.agenda())  # now with editable planned minutes
        dialog._show_meeting()
        return dialog

    def _follow_timer(self, _reading: object) -> None:
        editing = self.table.state() == QAbstractItemView.State.EditingState
        if self._timer is not None and not editing:  # a tick never closes the editor
            self.show_agenda(self._timer.agenda())
            self._show_meeting()

    # -- the plan is the group's ---------------------------------------------------------

    def _planned_edited(self, item: QTableWidgetItem) -> None:
        if self._timer is None or item.column() != PLANNED or item.row() >= len(self._steps):
            return
        found = re.search(r"\d+", item.text())
        if found is None or not 0 < int(found.group()) <= MAX_STEP_MINUTES:
            self.show_agenda(self._timer.agenda())  # not a number of minutes: as it was
            return
        step = self._steps[item.row()]
        self._timer.set_planned({step: int(found.group())}, self.tr("Change the time plan"))
        self.show_agenda(self._timer.agenda())

    def _show_meeting(self) -> None:
        if self._timer is None:
            return
        meeting = session_meeting(self._timer.workshop)
        start = minutes_of(meeting.start_time) if meeting else None
        end = minutes_of(meeting.end_time) if meeting else None
        self.fit_button.setVisible(True)
        self.fit_button.setEnabled(start is not None and end is not None and end > start)
        if meeting is not None and start is not None and end is not None and end > start:
            self.fit_button.setToolTip(
                self.tr("The meeting %1 %2–%3 is %4 minutes: scale the steps' minutes to it")
                .replace("%1", meeting.date.isoformat())
                .replace("%2", clock_of(start))
                .replace("%3", clock_of(end))
                .replace("%4", str(end - start))
            )
        else:
            self.fit_button.setToolTip(
                self.tr("Enter the meeting's date, start and end on Preparation first")
            )

    def fit_to_meeting(self) -> None:
        """Scale the steps' minutes so the day (with introduction, break and wrap-up as the
        method plans them) fills the meeting from its start to its end."""
        if self._timer is None:
            return
        meeting = session_meeting(self._timer.workshop)
        start = minutes_of(meeting.start_time) if meeting else None
        end = minutes_of(meeting.end_time) if meeting else None
        if start is None or end is None:
            return
        fixed = sum(item.minutes for item in self._pack.agenda if item.step is None)
        current = {s: m for s, m in self._timer.planned_by_step().items() if m}
        try:
            fitted = fit_to_session(current, fixed, end - start)
        except ValueError:
            QMessageBox.information(
                self,
                self.tr("Fit the plan to the meeting"),
                self.tr("The meeting is too short for the steps: change its times first."),
            )
            return
        self._timer.set_planned(fitted, self.tr("Fit the time plan to the meeting"))
        self.show_agenda(self._timer.agenda())

    # -- showing -------------------------------------------------------------------------

    def show_agenda(self, agenda: Agenda) -> None:
        rows = agenda.rows
        self._steps = [row.step for row in rows]
        self.table.blockSignals(True)  # filling the table is not an edit
        scale = max(
            [max((row.planned_minutes or 0) * 60, row.elapsed_seconds) for row in rows] + [1]
        )
        self.table.setRowCount(len(rows) + 1)
        for r, row in enumerate(rows):
            self._show_row(r, row, scale)
        self._show_total(len(rows), agenda)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        self._fit_height()

    def _show_row(self, r: int, row: AgendaRow, scale: int) -> None:
        title = self._pack.step(row.step).title.get(self._language)
        if row.completed:
            title += " ✓"
        step = self._item(title)
        if row.completed:
            step.setToolTip(self.tr("Marked as done"))
        planned = self._minutes(row.planned_minutes) if row.planned_minutes is not None else "–"
        used = self._minutes(row.used_minutes) if row.elapsed_seconds else "–"
        used_item = self._item(used, right=True)
        used_item.setToolTip(format_clock(row.elapsed_seconds))
        if row.pace in (Pace.WITHIN, Pace.OVER):
            difference = self._signed(row.difference_minutes or 0)
        elif row.pace is Pace.IN_PROGRESS:
            # Not a saving yet: the step is still going on.
            left = (row.planned_minutes or 0) - row.used_minutes
            difference = self.tr("%1 left").replace("%1", self._minutes(left))
        else:
            difference = "–"
        difference_item = self._item(difference, right=True)
        self._colour(difference_item, row.pace)
        bar = self._item("")
        bar.setData(BAR_ROLE, ((row.planned_minutes or 0) * 60, row.elapsed_seconds, scale))
        bar.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            self.tr("%1 planned, %2 used").replace("%1", planned).replace("%2", used),
        )
        for column, item in (
            (STEP, step),
            (PLANNED, self._planned_item(planned)),
            (USED, used_item),
            (DIFFERENCE, difference_item),
            (BAR, bar),
        ):
            self.table.setItem(r, column, item)

    def _show_total(self, r: int, agenda: Agenda) -> None:
        bold = QFont(self.table.font())
        bold.setBold(True)
        started = any(row.pace in (Pace.WITHIN, Pace.OVER) for row in agenda.rows)
        difference = self._signed(agenda.difference_minutes) if started else "–"
        items = (
            self._item(self.tr("Total")),
            self._item(self._minutes(agenda.planned_minutes), right=True),
            self._item(self._minutes(agenda.used_minutes), right=True),
            self._item(difference, right=True),
            self._item(""),
        )
        items[2].setToolTip(format_clock(agenda.elapsed_seconds))
        items[3].setToolTip(
            self.tr("Over (+) or under (−) plan, for the steps finished or run over")
        )
        if started:
            pace = Pace.OVER if agenda.difference_minutes > 0 else Pace.WITHIN
            self._colour(items[3], pace)
        for column, item in enumerate(items):
            item.setFont(bold)
            self.table.setItem(r, column, item)

    def _minutes(self, minutes: int) -> str:
        return self.tr("%1 min").replace("%1", str(minutes))

    def _signed(self, minutes: int) -> str:
        if minutes > 0:
            return "+" + self._minutes(minutes)
        if minutes < 0:
            return MINUS + self._minutes(-minutes)
        return self._minutes(0)

    def _planned_item(self, text: str) -> QTableWidgetItem:
        item = self._item(text, right=True)
        if self._timer is not None:  # the agenda of a workshop: its plan can be changed
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(self.tr("Type the planned minutes (F2 or a number)"))
        return item

    @staticmethod
    def _item(text: str, *, right: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    @staticmethod
    def _colour(item: QTableWidgetItem, pace: Pace) -> None:
        if pace is Pace.OVER:
            item.setForeground(QBrush(QColor(OVER_TEXT)))
            item.setBackground(QBrush(QColor(OVER_BACKGROUND)))
        elif pace is Pace.WITHIN:
            item.setForeground(QBrush(QColor(WITHIN_TEXT)))
            item.setBackground(QBrush(QColor(WITHIN_BACKGROUND)))

    def _fit_height(self) -> None:
        """Tall enough for every row without a scroll bar, when the screen allows."""
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        height = rows + self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        self.table.setMinimumHeight(min(height, 560))
        self.table.setMaximumHeight(height)  # no empty band under the total row

    def _own_layout(self) -> QLayout:
        """The layout set in the constructor (Qt types ``layout()`` as maybe None)."""
        layout = self.layout()
        if layout is None:
            raise RuntimeError("the layout is set in the constructor")
        return layout

    def _natural_size(self) -> QSize:
        """The size hint, within the window it belongs to (or the screen)."""
        hint = self.sizeHint()
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        room = window.size() if window is not None else self.screen().availableGeometry().size()
        return QSize(min(hint.width(), room.width() - 40), min(hint.height(), room.height() - 40))

    def sizeHint(self) -> QSize:
        # Room for every column's text and a bar long enough to compare by eye.
        header = self.table.horizontalHeader()
        columns = sum(header.sectionSize(c) for c in (STEP, PLANNED, USED, DIFFERENCE))
        layout = self._own_layout()
        margins = layout.contentsMargins()
        width = columns + BAR_WIDTH + 2 * self.table.frameWidth() + margins.left() + margins.right()
        width = max(super().sizeHint().width(), width)
        # The wrapped introduction needs the height for this width, not its one-line hint.
        return QSize(width, layout.totalHeightForWidth(width))
