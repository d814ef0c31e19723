"""The one date field of the window: what is typed is the date stored; empty means no date."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QRegularExpression, Signal
from PySide6.QtGui import QFocusEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from workshop_app.domain.date_range import EARLIEST_DATE, LATEST_DATE, date_in_range

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def parse_typed_date(text: str) -> date | None:
    """The date of ``2026-12-20`` (in the accepted range), else ``None``."""
    text = text.strip()
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return None
    return day if date_in_range(day) else None


class DateField(QWidget):
    """A line to type ``YYYY-MM-DD`` in, and a button for a calendar.

    Why not QDateEdit: it edits one section at a time, so typing a whole date over a selected
    one kept the old year (2026-12-20 typed, 2027-12-20 stored), a wheel notch changed it, and
    it cannot be empty, so "no date" needed a tick box that saved a guessed date. Here the text
    is the value: ``edited`` is emitted only for a complete, valid date in the accepted range
    (``domain.date_range``), or ``None`` when an ``optional`` field is emptied. Anything else
    is left on screen, unsaved, with a hint how to write it.
    """

    edited = Signal(object)  # date, or None (an optional field emptied) — the user's changes only
    finished = Signal()  # Enter, leaving the field, or a day picked in the calendar
    picked = Signal()  # a day picked in the calendar

    def __init__(
        self, accessible_name: str, *, optional: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self._value: date | None = None
        self.edit = QLineEdit()
        self.edit.setAccessibleName(accessible_name)
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^[0-9-]{0,10}$"), self.edit)
        )
        width = self.edit.fontMetrics().horizontalAdvance("0000-00-00") + 24
        self.edit.setMinimumWidth(width)
        self.edit.setMaximumWidth(width + 40)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self.calendar_button = QToolButton()
        self.calendar_button.setText("…")
        self.calendar_button.setAccessibleName(self.tr("Choose in the calendar"))
        self.calendar_button.setToolTip(self.tr("Choose in the calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setDateRange(_qdate(EARLIEST_DATE), _qdate(LATEST_DATE))
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self.calendar_button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._calendar_opens)
        self.calendar_button.setMenu(menu)
        self.hint = QLabel(
            self.tr("Write the date as YYYY-MM-DD, from %1 to %2")
            .replace("%1", EARLIEST_DATE.isoformat())
            .replace("%2", LATEST_DATE.isoformat())
        )
        self.hint.setObjectName("dateHint")
        self.hint.setWordWrap(True)  # under the line: a narrow page never grows sideways
        self.hint.hide()
        line = QHBoxLayout()
        line.setSpacing(4)
        line.addWidget(self.edit)
        line.addWidget(self.calendar_button)
        line.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.edit)
        self.edit.installEventFilter(self)

    def value(self) -> date | None:
        """The date on screen if it is valid, else the last valid one."""
        return self._value

    def is_valid(self) -> bool:
        """Whether the text on screen is a date (or, for an optional field, empty)."""
        text = self.edit.text().strip()
        return (not text and self._optional) or parse_typed_date(text) is not None

    def set_value(self, value: date | None) -> None:
        """Show ``value`` (from the stored workshop); emits nothing."""
        self._value = value
        self.edit.setText("" if value is None else value.isoformat())
        self.hint.hide()

    def choose(self, value: date | None) -> None:
        """Set ``value`` as a user would (typed or picked): ``edited`` and ``finished``."""
        self.edit.setText("" if value is None else value.isoformat())
        self._typed(self.edit.text())
        self._finished()

    def _typed(self, text: str) -> None:
        text = text.strip()
        day = parse_typed_date(text)
        if day is None and not (not text and self._optional):
            return  # not (yet) a date: nothing is saved
        self.hint.hide()
        if day != self._value:
            self._value = day
            self.edited.emit(day)

    def _finished(self) -> None:
        self.hint.setVisible(not self.is_valid())
        self.finished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            focused = QApplication.focusWidget()
            if focused is None or not self.isAncestorOf(focused):
                # Tell the field itself too: a table's delegate watches the editor it made
                # (this widget), not the line inside, to save the cell when focus leaves.
                assert isinstance(event, QFocusEvent)
                QApplication.sendEvent(self, QFocusEvent(QEvent.Type.FocusOut, event.reason()))
        return False

    def _calendar_opens(self) -> None:
        self.calendar.setSelectedDate(_qdate(self._value or date.today()))

    def _picked(self, day: QDate) -> None:
        self.calendar_button.menu().close()
        self.choose(day.toPython())  # type: ignore[arg-type]
        self.edit.setFocus()
        self.picked.emit()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
