"""The Follow-up page: run a follow-up meeting from the action plan review to new next steps.

Every choice is saved at once as one undoable change (``services.follow_up``); what a meeting
records is kept with it, never overwriting an earlier meeting. The form is rebuilt only when
its rows change (another meeting, steps added), so a field being typed in is never replaced,
and the review keeps the order it had when the meeting was opened while statuses change.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain import clock
from workshop_app.domain.follow_up import (
    indicators_to_reassess,
    latest_meeting,
    meetings_in_order,
    review_order,
)
from workshop_app.domain.ids import new_id
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import (
    FollowUpMeeting,
    GoalAttainment,
    NextStep,
    Workshop,
)
from workshop_app.gui.session import WorkshopSession
from workshop_app.gui.steps.follow_up.follow_up_goals import GoalBox
from workshop_app.gui.steps.follow_up.follow_up_rows import ReassessRow, ReviewRow
from workshop_app.gui.steps.follow_up.goal_dialog import GoalDialog
from workshop_app.gui.steps.step_content import StepContent
from workshop_app.gui.widgets.date_field import DateField
from workshop_app.gui.widgets.debounce import Debouncer
from workshop_app.services import follow_up as changes


class FollowUpPage(StepContent):
    """A follow-up meeting: review, reassessment, goal attainment, new steps, next date."""

    def __init__(
        self, session: WorkshopSession, pack: MethodPack, ui_language: str, debouncer: Debouncer
    ) -> None:
        super().__init__()
        self.setObjectName("followUpPage")
        self.session = session
        self._meeting_id: str | None = None
        self._shape: tuple[Any, ...] = ()
        self._review: list[ReviewRow] = []
        self._reassess: list[ReassessRow] = []
        self._goals: list[GoalBox] = []

        heading = QLabel(QCoreApplication.translate("FollowUpPage", "Follow-up meeting"))
        heading.setObjectName("followUpHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.meeting = QComboBox()
        self.meeting.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.meeting.setObjectName("followUpMeeting")
        self.meeting.setAccessibleName(
            QCoreApplication.translate("FollowUpPage", "Follow-up meeting")
        )
        self.meeting.activated.connect(lambda _i: self._meeting_chosen())
        self.start = QPushButton(
            QCoreApplication.translate("FollowUpPage", "&Start follow-up meeting")
        )
        self.start.setObjectName("startFollowUp")
        self.start.setToolTip(
            QCoreApplication.translate("FollowUpPage", "Create a follow-up meeting held today")
        )
        self.start.clicked.connect(self._start_meeting)
        # Typed as written and empty until set: no tick box that saves a guessed date.
        self.next_date = DateField(
            QCoreApplication.translate("FollowUpPage", "Date of the next follow-up")
        )
        self.next_date.setObjectName("nextFollowUpDate")
        self.next_date.edited.connect(self._next_date_changed)
        next_label = QLabel(QCoreApplication.translate("FollowUpPage", "&Next follow-up:"))
        next_label.setBuddy(self.next_date.edit)
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("FollowUpPage", "Meeting:")))
        top.addWidget(self.meeting, 1)
        top.addWidget(self.start)
        next_row = QHBoxLayout()
        next_row.addWidget(next_label)
        next_row.addWidget(self.next_date)
        next_row.addStretch(1)

        self.hint = QLabel(
            QCoreApplication.translate(
                "FollowUpPage",
                "Start a follow-up meeting to review the action plan, reassess the indicators"
                " and judge how far the goals are reached. Earlier meetings are kept.",
            )
        )
        self.hint.setWordWrap(True)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Rows wrap instead: nothing of the meeting hides beyond the right edge.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addLayout(next_row)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)
        self.show_workshop(session.workshop)

    # -- showing ------------------------------------------------------------------------

    def current_meeting(self, workshop: Workshop) -> FollowUpMeeting | None:
        chosen = next((m for m in workshop.follow_up_meetings if m.id == self._meeting_id), None)
        return chosen or latest_meeting(workshop)

    def show_workshop(self, workshop: Workshop) -> None:
        meetings = meetings_in_order(workshop)
        meeting = self.current_meeting(workshop)
        self._meeting_id = meeting.id if meeting else None
        self.meeting.blockSignals(True)
        self.meeting.clear()
        for number, one in enumerate(meetings, start=1):
            label = QCoreApplication.translate("FollowUpPage", "Follow-up %1 – %2").replace(
                "%1", str(number)
            )
            self.meeting.addItem(label.replace("%2", one.date.isoformat()), one.id)
        self.meeting.setCurrentIndex(max(self.meeting.findData(self._meeting_id), 0))
        self.meeting.setEnabled(bool(meetings))
        self.meeting.blockSignals(False)
        if not self.next_date.edit.hasFocus():  # never replace what is being typed
            self.next_date.set_value(workshop.follow_up_date)
        self.hint.setVisible(meeting is None)
        self.body.setVisible(meeting is not None)
        if meeting is None:
            return
        shape = (
            meeting.id,
            tuple(sorted(s.id for s in workshop.next_steps)),
            tuple(indicators_to_reassess(workshop)),
            tuple(p.id for p in workshop.problems if p.prioritised),
        )
        if shape != self._shape:
            self._shape = shape
            self._rebuild(workshop, meeting)
        today = clock.now().date()
        for row in self._review:
            row.show(workshop, meeting, today)
        for reassess in self._reassess:
            reassess.show(workshop, meeting)
        for goal in self._goals:
            goal.show_meeting(workshop, meeting)

    def _rebuild(self, workshop: Workshop, meeting: FollowUpMeeting) -> None:
        focused = QApplication.focusWidget()
        focus_name = focused.objectName() if focused is not None else ""
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.body_layout.addWidget(self._review_box(workshop, meeting))
        self.body_layout.addWidget(self._reassess_box(workshop))
        goals = QGroupBox(QCoreApplication.translate("FollowUpPage", "Goal attainment"))
        goals_layout = QVBoxLayout(goals)
        self._goals = [
            GoalBox(problem, self._attainment_changed, self.edit_goal)
            for problem in sorted(
                (p for p in workshop.problems if p.prioritised),
                key=lambda p: (p.rank is None, p.rank or 0),
            )
        ]
        for box in self._goals:
            goals_layout.addWidget(box)
        if not self._goals:
            goals_layout.addWidget(
                QLabel(QCoreApplication.translate("FollowUpPage", "No problem is prioritised yet."))
            )
        self.body_layout.addWidget(goals)
        self.body_layout.addWidget(self._new_step_box())
        self.body_layout.addStretch(1)
        restored = self.body.findChild(QWidget, focus_name) if focus_name else None
        if restored is not None:
            restored.setFocus()

    def _review_box(self, workshop: Workshop, meeting: FollowUpMeeting) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("FollowUpPage", "Action plan review"))
        grid = QGridLayout(box)
        for column, title in enumerate(
            (
                QCoreApplication.translate("FollowUpPage", "Next step"),
                QCoreApplication.translate("FollowUpPage", "Owner"),
                QCoreApplication.translate("FollowUpPage", "Due"),
                QCoreApplication.translate("FollowUpPage", "Status"),
                QCoreApplication.translate("FollowUpPage", "Comment"),
            )
        ):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(4, 3)
        ordered = review_order(workshop.next_steps, meeting.date)
        self._review = [
            ReviewRow(grid, row, step, self._status_changed)
            for row, step in enumerate(ordered, start=1)
        ]
        if not ordered:
            grid.addWidget(
                QLabel(
                    QCoreApplication.translate(
                        "FollowUpPage", "The action plan has no next steps yet."
                    )
                ),
                1,
                0,
                1,
                5,
            )
        return box

    def _reassess_box(self, workshop: Workshop) -> QGroupBox:
        box = QGroupBox(
            QCoreApplication.translate("FollowUpPage", "Indicators: last assessment and a new one")
        )
        grid = QGridLayout(box)
        titles = (
            QCoreApplication.translate("FollowUpPage", "Indicator"),
            QCoreApplication.translate("FollowUpPage", "Last"),
            QCoreApplication.translate("FollowUpPage", "Status"),
            QCoreApplication.translate("FollowUpPage", "Extent"),
            QCoreApplication.translate("FollowUpPage", "Trend"),
        )
        for column, title in enumerate(
            (*titles, QCoreApplication.translate("FollowUpPage", "Certainty"))
        ):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 3)
        rows = indicators_to_reassess(workshop)
        self._reassess = [
            ReassessRow(grid, row, indicator_id, title, self._reassessed)
            for row, (indicator_id, title) in enumerate(rows, start=1)
        ]
        if not rows:
            grid.addWidget(
                QLabel(
                    QCoreApplication.translate(
                        "FollowUpPage", "No indicator is observed or linked to a goal."
                    )
                ),
                1,
                0,
                1,
                6,
            )
        return box

    def _new_step_box(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("FollowUpPage", "New next steps"))
        row = QHBoxLayout(box)
        self.new_title = QLineEdit()
        self.new_title.setObjectName("newFollowUpStep")
        self.new_title.setPlaceholderText(
            QCoreApplication.translate("FollowUpPage", "What is to be done next")
        )
        self.new_title.setAccessibleName(
            QCoreApplication.translate("FollowUpPage", "New next step")
        )
        self.new_due = DateField(
            QCoreApplication.translate("FollowUpPage", "Due date of the new next step")
        )
        self.new_due.setObjectName("newFollowUpStepDue")
        add = QPushButton(QCoreApplication.translate("FollowUpPage", "&Add next step"))
        add.setObjectName("addFollowUpStep")
        add.clicked.connect(self._add_step)
        self.new_title.returnPressed.connect(self._add_step)
        row.addWidget(self.new_title, 1)
        row.addWidget(QLabel(QCoreApplication.translate("FollowUpPage", "Due:")))
        row.addWidget(self.new_due)
        row.addWidget(add)
        return box

    # -- edits ----------------------------------------------------------------------------

    def _meeting_chosen(self) -> None:
        self._meeting_id = self.meeting.currentData()
        self.show_workshop(self.session.workshop)

    def _start_meeting(self) -> None:
        meeting_id = new_id()
        self._meeting_id = meeting_id
        change = changes.start_meeting_change(
            self.session.workshop_id, clock.now().date(), meeting_id
        )
        self.session.apply(
            change, QCoreApplication.translate("FollowUpPage", "Start follow-up meeting")
        )

    def _status_changed(self, step_id: str, status: Any, comment: str) -> None:
        if self._meeting_id is None:
            return
        workshop = self.session.workshop
        step = next((s for s in workshop.next_steps if s.id == step_id), None)
        update = next(
            (
                u
                for u in workshop.next_step_updates
                if u.next_step_id == step_id and u.meeting_id == self._meeting_id
            ),
            None,
        )
        if step is None or (update and (update.status, update.comment) == (status, comment)):
            return
        if update is None and step.status == status and not comment:
            return  # focus passing through an untouched row is not a review
        change = changes.step_status_change(
            self.session.workshop_id, self._meeting_id, step_id, status, comment
        )
        self.session.apply(change, QCoreApplication.translate("FollowUpPage", "Review next step"))

    def _reassessed(self, indicator_id: str, values: dict[str, Any]) -> None:
        if self._meeting_id is None:
            return
        change = changes.reassess_change(
            self.session.workshop_id, self._meeting_id, indicator_id, **values
        )
        self.session.apply(change, QCoreApplication.translate("FollowUpPage", "Reassess indicator"))

    def _attainment_changed(self, attainment: GoalAttainment) -> None:
        stored = next(
            (
                g
                for g in self.session.workshop.goal_attainments
                if (g.problem_id, g.meeting_id) == (attainment.problem_id, attainment.meeting_id)
            ),
            GoalAttainment(attainment.problem_id, attainment.meeting_id),
        )
        if stored == attainment:
            return
        change = changes.attainment_change(self.session.workshop_id, attainment)
        self.session.apply(
            change, QCoreApplication.translate("FollowUpPage", "Judge goal attainment")
        )

    def edit_goal(self, problem_id: str) -> GoalDialog:
        """The goal, consequences and expected effects of one problem, in a dialog."""
        dialog = GoalDialog(self.session, problem_id, self)
        dialog.setModal(True)
        dialog.show()
        return dialog

    def _add_step(self) -> None:
        title = self.new_title.text().strip()
        if not title or self._meeting_id is None:
            return
        if not self.new_due.is_valid():
            return  # a half-typed date: its hint says how to write it; nothing is added
        step = NextStep(new_id(), title, due_date=self.new_due.value())
        self.new_title.clear()
        self.new_due.set_value(None)
        change = changes.add_step_change(self.session.workshop_id, self._meeting_id, step)
        self.session.apply(change, QCoreApplication.translate("FollowUpPage", "Add next step"))

    def _next_date_changed(self, value: date | None) -> None:
        self.session.set_header(
            "follow_up_date",
            value,
            QCoreApplication.translate("FollowUpPage", "Set the next follow-up date"),
        )
