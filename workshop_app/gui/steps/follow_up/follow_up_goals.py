"""Goal attainment of one prioritised problem at a meeting, with Brå's three kinds of follow-up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from workshop_app.domain.enums import Attainment
from workshop_app.domain.model import FollowUpMeeting, GoalAttainment, Problem, Workshop
from workshop_app.gui.steps.follow_up.follow_up_rows import choice_combo, select, set_text


def attainment_choices() -> list[tuple[Attainment, str]]:
    return [
        (Attainment.NOT_STARTED, QCoreApplication.translate("FollowUpPage", "Not started")),
        (Attainment.ON_THE_WAY, QCoreApplication.translate("FollowUpPage", "On the way")),
        (Attainment.REACHED, QCoreApplication.translate("FollowUpPage", "Reached")),
        (Attainment.NOT_REACHED, QCoreApplication.translate("FollowUpPage", "Not reached")),
    ]


class GoalBox(QGroupBox):
    """One problem's goal and how far it is reached, judged at the meeting shown."""

    def __init__(
        self,
        problem: Problem,
        on_change: Callable[[GoalAttainment], None],
        on_edit_goal: Callable[[str], object],
    ) -> None:
        super().__init__(problem.title)
        self.setObjectName(f"goal_{problem.id}")
        self.problem_id = problem.id
        self.meeting_id = ""
        self._on_change = on_change
        self.goal = QLabel()
        self.goal.setWordWrap(True)
        self.attainment: QComboBox = choice_combo(
            attainment_choices(),
            f"attainment_{problem.id}",
            QCoreApplication.translate("FollowUpPage", "Goal attainment of %1").replace(
                "%1", problem.title
            ),
        )
        self.comment = self._field("comment", QCoreApplication.translate("FollowUpPage", "Comment"))
        self.production = self._field(
            "production", QCoreApplication.translate("FollowUpPage", "What was done (production)")
        )
        self.process = self._field(
            "process",
            QCoreApplication.translate("FollowUpPage", "How the cooperation worked (process)"),
        )
        self.effect = self._field(
            "effect", QCoreApplication.translate("FollowUpPage", "What changed (effect)")
        )
        self.edit_goal = QPushButton(
            QCoreApplication.translate("FollowUpPage", "Goal and consequences…")
        )
        self.edit_goal.setObjectName(f"editGoal_{problem.id}")
        self.edit_goal.clicked.connect(lambda: on_edit_goal(self.problem_id))
        goal_row = QHBoxLayout()
        goal_row.addWidget(self.goal, 1)
        goal_row.addWidget(self.edit_goal)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("FollowUpPage", "Goal"), goal_row)
        form.addRow(QCoreApplication.translate("FollowUpPage", "Goal attainment"), self.attainment)
        form.addRow(QCoreApplication.translate("FollowUpPage", "Comment"), self.comment)
        form.addRow(QCoreApplication.translate("FollowUpPage", "Production"), self.production)
        form.addRow(QCoreApplication.translate("FollowUpPage", "Process"), self.process)
        form.addRow(QCoreApplication.translate("FollowUpPage", "Effect"), self.effect)
        self.attainment.activated.connect(lambda _i: self._commit())

    def _field(self, name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(f"{name}_{self.problem_id}")
        field.setPlaceholderText(placeholder)
        field.setAccessibleName(placeholder)
        field.editingFinished.connect(self._commit)
        return field

    def _commit(self) -> None:
        if not self.meeting_id:
            return
        self._on_change(
            GoalAttainment(
                self.problem_id,
                self.meeting_id,
                self.attainment.currentData(),
                self.comment.text(),
                self.production.text(),
                self.process.text(),
                self.effect.text(),
            )
        )

    def show_meeting(self, workshop: Workshop, meeting: FollowUpMeeting) -> None:
        self.meeting_id = meeting.id
        problem = next(p for p in workshop.problems if p.id == self.problem_id)
        names = {i.id: i.title for i in workshop.indicators}
        parts = [
            problem.goal or QCoreApplication.translate("FollowUpPage", "(no goal written yet)")
        ]
        if problem.goal_date:
            parts.append(
                QCoreApplication.translate("FollowUpPage", "by %1").replace(
                    "%1", problem.goal_date.isoformat()
                )
            )
        if problem.goal_measure:
            parts.append(
                QCoreApplication.translate("FollowUpPage", "shown by: %1").replace(
                    "%1", problem.goal_measure
                )
            )
        linked = [names[i] for i in problem.goal_indicator_ids if i in names]
        if linked:
            parts.append(
                QCoreApplication.translate("FollowUpPage", "indicators: %1").replace(
                    "%1", ", ".join(linked)
                )
            )
        self.goal.setText(" – ".join(parts))
        entry = next(
            (
                g
                for g in workshop.goal_attainments
                if g.problem_id == self.problem_id and g.meeting_id == meeting.id
            ),
            GoalAttainment(self.problem_id, meeting.id),
        )
        select(self.attainment, entry.attainment)
        set_text(self.comment, entry.comment)
        set_text(self.production, entry.production)
        set_text(self.process, entry.process)
        set_text(self.effect, entry.effect)
