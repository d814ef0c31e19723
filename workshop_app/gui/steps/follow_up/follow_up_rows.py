"""Rows of the Follow-up page: one next step under review, one indicator being reassessed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from workshop_app.domain.action_plan import is_overdue
from workshop_app.domain.enums import IndicatorStatus
from workshop_app.domain.follow_up import (
    ARROWS,
    AssessmentChange,
    Direction,
    assessment_change,
    needs_attention,
)
from workshop_app.domain.model import (
    EarlierAssessment,
    FollowUpMeeting,
    IndicatorAssessment,
    NextStep,
    Workshop,
)
from workshop_app.gui.steps.indicators.indicator_words import (
    certainty_choices,
    extent_choices,
    status_word,
    trend_choices,
    word_of,
)
from workshop_app.gui.steps.next_steps.next_step_details import status_choices


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def choice_combo(choices: Sequence[tuple[Any, str]], name: str, accessible: str) -> QComboBox:
    combo = QComboBox()
    # Narrow enough for 1024 px: the widest label need not set the column's width.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(5)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for value, label in choices:
        combo.addItem(label, value)
    return combo


def select(combo: QComboBox, value: object) -> None:
    """Show ``value`` without emitting a change (the screen follows the store)."""
    if combo.hasFocus():
        return  # never under the user's hands
    index = next((i for i in range(combo.count()) if combo.itemData(i) == value), 0)
    combo.blockSignals(True)
    combo.setCurrentIndex(index)
    combo.blockSignals(False)


def set_text(field: QLineEdit, text: str) -> None:
    if not field.hasFocus() and field.text() != text:
        field.setText(text)


def describe(assessment: IndicatorAssessment | EarlierAssessment | None) -> str:
    """A short text of an assessment: "Observed, 2 – Considerable, Increasing"."""
    if assessment is None:
        return status_word(None)
    parts = [status_word(assessment.status)]
    parts += [
        word_of(choices, value)
        for choices, value in (
            (extent_choices(), assessment.extent),
            (trend_choices(), assessment.trend),
            (certainty_choices(), assessment.certainty),
        )
        if value is not None
    ]
    return ", ".join(parts)


def owner_text(workshop: Workshop, step: NextStep) -> str:
    names = {o.id: o.name for o in workshop.organisations}
    owner = names.get(step.owner_organisation_id or "", "")
    return " – ".join(part for part in (owner, step.owner_role) if part)


class ReviewRow:
    """One next step: title, owner, due date, and the status and comment of this meeting."""

    COLUMNS = 5

    def __init__(
        self,
        grid: QGridLayout,
        row: int,
        step: NextStep,
        on_change: Callable[[str, Any, str], None],
    ) -> None:
        self.step_id = step.id
        self.title = QLabel(step.title)
        self.title.setWordWrap(True)
        self.owner = QLabel()
        self.owner.setWordWrap(True)
        self.due = QLabel()
        self.due.setWordWrap(True)
        self.status = choice_combo(
            status_choices(),
            f"reviewStatus_{step.id}",
            QCoreApplication.translate("FollowUpPage", "Status of %1").replace("%1", step.title),
        )
        self.comment = QLineEdit()
        self.comment.setObjectName(f"reviewComment_{step.id}")
        self.comment.setPlaceholderText(
            QCoreApplication.translate("FollowUpPage", "Comment from this meeting")
        )
        self.comment.setAccessibleName(
            QCoreApplication.translate("FollowUpPage", "Comment on %1").replace("%1", step.title)
        )
        for column, widget in enumerate(
            (self.title, self.owner, self.due, self.status, self.comment)
        ):
            grid.addWidget(widget, row, column)
        self.status.activated.connect(
            lambda _i: on_change(self.step_id, self.status.currentData(), self.comment.text())
        )
        self.comment.editingFinished.connect(
            lambda: on_change(self.step_id, self.status.currentData(), self.comment.text())
        )

    def show(self, workshop: Workshop, meeting: FollowUpMeeting, today: date) -> None:
        step = next(s for s in workshop.next_steps if s.id == self.step_id)
        update = next(
            (
                u
                for u in workshop.next_step_updates
                if u.next_step_id == step.id and u.meeting_id == meeting.id
            ),
            None,
        )
        self.owner.setText(owner_text(workshop, step))
        due = step.due_date.isoformat() if step.due_date else "–"
        if is_overdue(step, today):
            due = "⚠ " + due + " " + QCoreApplication.translate("FollowUpPage", "(overdue)")
        elif needs_attention(step, meeting.date):
            due = (
                "⚠ "
                + due
                + " "
                + QCoreApplication.translate("FollowUpPage", "(due by this meeting)")
            )
        self.due.setText(due)
        font = self.title.font()
        font.setBold(needs_attention(step, meeting.date))
        self.title.setFont(font)
        select(self.status, step.status)
        set_text(self.comment, update.comment if update else "")


class ReassessRow:
    """One indicator: the last assessment beside a new one made at this meeting."""

    def __init__(
        self,
        grid: QGridLayout,
        row: int,
        indicator_id: str,
        title: str,
        on_change: Callable[[str, dict[str, Any]], None],
    ) -> None:
        self.indicator_id = indicator_id
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        self.last = QLabel()
        self.last.setWordWrap(True)
        not_yet: list[tuple[Any, str]] = [
            (None, QCoreApplication.translate("FollowUpPage", "(not reassessed)"))
        ]
        statuses = [(s, status_word(s)) for s in IndicatorStatus]
        self.status = choice_combo(
            not_yet + statuses,
            f"reassessStatus_{indicator_id}",
            QCoreApplication.translate("FollowUpPage", "New status of %1").replace("%1", title),
        )
        self.extent = choice_combo(
            extent_choices(),
            f"reassessExtent_{indicator_id}",
            QCoreApplication.translate("FollowUpPage", "Extent"),
        )
        self.trend = choice_combo(
            trend_choices(),
            f"reassessTrend_{indicator_id}",
            QCoreApplication.translate("FollowUpPage", "Trend"),
        )
        self.certainty = choice_combo(
            certainty_choices(),
            f"reassessCertainty_{indicator_id}",
            QCoreApplication.translate("FollowUpPage", "Certainty"),
        )
        widgets: list[QWidget] = [
            self.title, self.last, self.status, self.extent, self.trend, self.certainty,
        ]  # fmt: skip
        for column, widget in enumerate(widgets):
            grid.addWidget(widget, row, column)

        def changed(_index: int) -> None:
            if self.status.currentData() is None:
                return  # nothing to save until the group gives a status
            on_change(
                self.indicator_id,
                {
                    "status": self.status.currentData(),
                    "extent": self.extent.currentData(),
                    "trend": self.trend.currentData(),
                    "certainty": self.certainty.currentData(),
                },
            )

        for combo in (self.status, self.extent, self.trend, self.certainty):
            combo.activated.connect(changed)

    def show(self, workshop: Workshop, meeting: FollowUpMeeting) -> None:
        current = next(
            (a for a in workshop.indicator_assessments if a.indicator_id == self.indicator_id),
            None,
        )
        made_now = current is not None and current.meeting_id == meeting.id
        if made_now:
            change = assessment_change(workshop, self.indicator_id)
            last = change.previous if change else None
            arrow = f"{ARROWS[change.direction]} " if change else ""
            self.last.setText(arrow + describe(last))
        else:
            self.last.setText(describe(current))
        # The new assessment starts from the last one: the group changes what changed. Its
        # status stays "(not reassessed)" until the group gives one; only then is it saved.
        select(self.status, current.status if made_now and current else None)
        select(self.extent, current.extent if current else None)
        select(self.trend, current.trend if current else None)
        select(self.certainty, current.certainty if current else None)


def direction_word(direction: Direction) -> str:
    translate = QCoreApplication.translate
    return {
        Direction.UP: translate("FollowUpPage", "More than at the previous meeting"),
        Direction.DOWN: translate("FollowUpPage", "Less than at the previous meeting"),
        Direction.SAME: translate("FollowUpPage", "The same as at the previous meeting"),
        Direction.UNKNOWN: translate(
            "FollowUpPage", "Cannot be compared with the previous meeting"
        ),
    }[direction]


def earlier_tooltip(change: AssessmentChange) -> str:
    """The change since the previous meeting and the earlier assessment, for a tooltip."""
    earlier = QCoreApplication.translate("FollowUpPage", "Earlier: %1").replace(
        "%1", describe(change.previous)
    )
    return f"{ARROWS[change.direction]} {direction_word(change.direction)}\n{earlier}"
