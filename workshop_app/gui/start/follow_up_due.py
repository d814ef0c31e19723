"""When the next follow-up is due: Förberedelse's way into the cycle, and the start view's line."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from workshop_app.domain import clock
from workshop_app.domain.summary import days_until_follow_up

if TYPE_CHECKING:  # the start view shows before the domain model is loaded
    from workshop_app.domain.model import Workshop
    from workshop_app.domain.summary import WorkshopSummary


def due_text(follow_up_date: date | None, today: date) -> str:
    """When the next follow-up is due, in words; empty when no date is set."""
    days = days_until_follow_up(follow_up_date, today)
    if follow_up_date is None or days is None:
        return ""
    when = follow_up_date.isoformat()
    translate = QCoreApplication.translate
    if days < 0:
        return (
            translate("FollowUpPage", "Follow-up was due %1 (%2 days ago)")
            .replace("%1", when)
            .replace("%2", str(-days))
        )
    if days == 0:
        return translate("FollowUpPage", "Follow-up due today (%1)").replace("%1", when)
    return (
        translate("FollowUpPage", "Next follow-up %1 (in %2 days)")
        .replace("%1", when)
        .replace("%2", str(days))
    )


class FollowUpEntry(QWidget):
    """The way into the follow-up cycle from Förberedelse: a button and when it is due."""

    requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.button = QPushButton(QCoreApplication.translate("FollowUpPage", "Follow-up meetings…"))
        self.button.setObjectName("openFollowUp")
        self.button.setToolTip(
            QCoreApplication.translate(
                "FollowUpPage",
                "Start or continue a follow-up meeting: review the action plan, reassess, "
                "judge the goals (Ctrl+Shift+U)",
            )
        )
        self.button.clicked.connect(self.requested)
        self.due = QLabel()
        self.due.setObjectName("followUpDue")
        self.due.setWordWrap(True)  # the page stays as narrow as a 1024×768 projector allows
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.due, 1)

    def show_workshop(self, workshop: Workshop) -> None:
        self.due.setText(due_text(workshop.follow_up_date, clock.now().date()))


def due_short(follow_up_date: date | None, today: date) -> str:
    """The next follow-up for a table cell: "2027-03-01 (om 12 d)"; empty when none is set."""
    days = days_until_follow_up(follow_up_date, today)
    if follow_up_date is None or days is None:
        return ""
    translate = QCoreApplication.translate
    if days < 0:
        text = translate("FollowUpPage", "%1 (%2 d late)").replace("%2", str(-days))
    elif days == 0:
        text = translate("FollowUpPage", "%1 (today)")
    else:
        text = translate("FollowUpPage", "%1 (in %2 d)").replace("%2", str(days))
    return text.replace("%1", follow_up_date.isoformat())


class FollowUpDueLabel(QLabel):
    """The start view's line on the follow-ups that are due next, soonest (or overdue) first."""

    SHOWN = 3

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("followUpsDue")
        self.setWordWrap(True)

    def show_summaries(self, summaries: list[WorkshopSummary]) -> None:
        today = clock.now().date()
        dated = sorted(
            (s for s in summaries if s.follow_up_date is not None),
            key=lambda s: s.follow_up_date or today,
        )
        parts = [f"{s.title}: {due_short(s.follow_up_date, today)}" for s in dated[: self.SHOWN]]
        if len(dated) > self.SHOWN:
            parts.append("…")
        self.setVisible(bool(parts))
        self.setText(
            QCoreApplication.translate("FollowUpPage", "Next follow-up: %1").replace(
                "%1", " · ".join(parts)
            )
        )
