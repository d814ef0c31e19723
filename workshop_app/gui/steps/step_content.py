"""StepContent: the typed base every step's working area implements."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from workshop_app.domain.model import Workshop


class StepContent(QWidget):
    """The working area of one step, framed by ``StepPage``.

    A page is built with ``(session, pack, ui_language, debouncer)`` and shows snapshots through
    ``show_workshop``; the other hooks have a default for pages that offer nothing of the
    kind, so the workshop view asks every page the same questions instead of probing it.
    """

    # Voting results for the projector: "problems" | "measures".
    show_result_requested = Signal(str)
    voting_closed = Signal()  # the vote result leaves the projector with the dialog
    follow_up_requested = Signal()  # the Follow-up page was asked for

    def show_workshop(self, workshop: Workshop) -> None:
        """Show ``workshop``; cheap when nothing changed, never replaces a field being typed in."""
        raise NotImplementedError

    def capture_field(self) -> QWidget | None:
        """The line where a new item is typed, which gets the keyboard when the step opens."""
        return None

    def focus_target(self) -> tuple[str, str] | None:
        """What this page offers the projector's focus view (kind, problem id)."""
        return None

    def voted_problem_id(self) -> str | None:
        """The problem whose measures a shown vote result belongs to (measures votes only)."""
        return None

    def offers_voting(self) -> bool:
        """Whether Ctrl+Shift+V opens a vote on this step."""
        return False

    def open_voting(self) -> QDialog | None:
        """Open the hand-count voting dialog of this step (only when ``offers_voting``)."""
        return None
