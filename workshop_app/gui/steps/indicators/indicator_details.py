"""The selected indicator in full: its description, status, extent, trend, certainty and the
group's observations. Fields emit edits; the page makes them undoable changes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.model import IndicatorAssessment
from workshop_app.gui.steps.indicators.indicator_board_model import BoardEntry
from workshop_app.gui.steps.indicators.indicator_words import (
    GAP_MARKER,
    certainty_choices,
    extent_choices,
    status_choices,
    trend_choices,
)
from workshop_app.gui.widgets.text_limit import LimitedTextEdit, limit_of


class _ObservationsEdit(LimitedTextEdit):
    """Tab moves on; leaving the field ends its typing pause at once."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class IndicatorDetails(QWidget):
    """Shows one ``BoardEntry``; the assessment fields are open once a status is set."""

    field_chosen = Signal(str, str, object)  # indicator id, field, value
    observations_edited = Signal(str, str)  # indicator id, text (on every keystroke)
    observations_left = Signal(str)  # indicator id
    delete_requested = Signal(str)  # indicator id (own indicators only)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorDetails")
        self._entry: BoardEntry | None = None

        self.title = QLabel()
        self.title.setObjectName("sectionHeading")
        self.title.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gap_note = QLabel()
        self.gap_note.setObjectName("gapNote")
        self.gap_note.setWordWrap(True)
        self.gap_note.setStyleSheet(
            "QLabel#gapNote { background: #ffe066; color: #1a1a1a; padding: 4px 6px;"
            " border: 1px solid #8a6d00; border-radius: 3px; }"
        )
        # Its room is kept while it is hidden: marking an indicator observed must not push
        # the fields below it (or make the page scroll) under the user's pointer.
        policy = self.gap_note.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.gap_note.setSizePolicy(policy)
        self.gap_note.setText(
            f"{GAP_MARKER} "
            + self.tr("Knowledge gap: no organisation has information on this indicator.")
        )
        self.gap_note.ensurePolished()  # its border counts while hidden too

        self._combos: dict[str, tuple[QComboBox, Any]] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        labels: dict[str, tuple[str, Callable[[], Sequence[tuple[Any, str]]]]] = {
            "status": (self.tr("Stat&us"), status_choices),
            "extent": (self.tr("E&xtent"), extent_choices),
            "trend": (self.tr("T&rend"), trend_choices),
            "certainty": (self.tr("&Certainty"), certainty_choices),
        }
        for field, (label, choices) in labels.items():
            combo = QComboBox()
            combo.setObjectName(f"indicator_{field}")
            combo.setAccessibleName(label.replace("&", ""))
            for _value, text in choices():
                combo.addItem(text)
            combo.activated.connect(lambda position, f=field: self._chosen(f, position))
            self._combos[field] = (combo, choices)
            form.addRow(label, combo)
        self._combos["status"][0].setToolTip(
            self.tr("On the board: 1 observed, 2 not observed, 3 unknown, 0 not assessed")
        )

        self.observations = _ObservationsEdit(limit_of(IndicatorAssessment, "observations"))
        self.observations.setObjectName("indicator_observations")
        self.observations.setAccessibleName(self.tr("Observations"))
        self.observations.setPlaceholderText(
            self.tr("Where, when, how often, who is affected – what is it based on?")
        )
        self.observations.setTabChangesFocus(True)
        self.observations.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.observations.textChanged.connect(self._observations_changed)
        self.observations.left.connect(self._observations_left)
        observations_label = QLabel(self.tr("&Observations"))
        observations_label.setBuddy(self.observations)

        self.delete_button = QPushButton(self.tr("Delete own indicator"))
        self.delete_button.setToolTip(self.tr("Delete the selected own indicator (Delete)"))
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        self.hint = QLabel(self.tr("Select an indicator on the board to assess it."))
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addWidget(self.gap_note)
        layout.addLayout(form)
        layout.addWidget(observations_label)
        layout.addWidget(self.observations, 1)
        layout.addLayout(buttons)
        self.show_entry(None, typing=False)

    @property
    def entry(self) -> BoardEntry | None:
        return self._entry

    def combo(self, field: str) -> QComboBox:
        return self._combos[field][0]

    def show_entry(self, entry: BoardEntry | None, *, typing: bool) -> None:
        """Show ``entry``; ``typing`` keeps the observations as typed (an edit is waiting)."""
        self._entry = entry
        self.hint.setVisible(entry is None)
        for widget in (self.title, self.description):
            widget.setVisible(entry is not None)
        self.title.setText(entry.title if entry else "")
        self.description.setText(entry.description if entry else "")
        self.description.setVisible(bool(entry and entry.description))
        self.gap_note.setVisible(bool(entry and entry.gap))
        assessment = entry.assessment if entry else None
        for field, (combo, choices) in self._combos.items():
            value = (
                (entry.status if entry else None)
                if field == "status"
                else getattr(assessment, field, None)
            )
            position = next((i for i, (v, _label) in enumerate(choices()) if v == value), 0)
            combo.setCurrentIndex(position)
            combo.setEnabled(entry is not None and (field == "status" or assessment is not None))
        text = assessment.observations if assessment else ""
        if not typing and self.observations.toPlainText() != text:
            self.observations.blockSignals(True)
            self.observations.setPlainText(text)
            self.observations.blockSignals(False)
        self.observations.setEnabled(assessment is not None)
        self.delete_button.setVisible(bool(entry and entry.custom))

    def _chosen(self, field: str, position: int) -> None:
        if self._entry is None:
            return
        choices = self._combos[field][1]
        value = choices()[position][0]
        self.field_chosen.emit(self._entry.indicator_id, field, value)

    def _observations_changed(self) -> None:
        if self._entry is not None:
            text = self.observations.toPlainText()
            self.observations_edited.emit(self._entry.indicator_id, text)

    def _observations_left(self) -> None:
        if self._entry is not None:
            self.observations_left.emit(self._entry.indicator_id)

    def _delete(self) -> None:
        if self._entry is not None and self._entry.custom:
            self.delete_requested.emit(self._entry.indicator_id)
