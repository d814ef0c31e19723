"""The laptop says what the room sees: a short state of the projector in the top bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop_app.domain.presentation_content import FocusKind
from workshop_app.gui.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:
    from workshop_app.domain.model import Workshop
    from workshop_app.gui.room.projector.presentation_controller import PresentationController

STYLE = (
    "QLabel#projectorState { border: 1px solid palette(mid); border-radius: 9px;"
    " padding: 1px 6px; font-weight: 600; }"
    'QLabel#projectorState[attention="true"] { background: #ffd83d; color: #000000; }'
)


class ProjectorState(ElidedLabel):
    """ "Projector: Break", "Focus: problem 2", "Vote result", "Projector: page 2/3" …

    Shown only while presenting; a blank screen, a focus or a vote result stand out (they
    are what the facilitator forgets to take back)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("projectorState")
        self.setStyleSheet(STYLE)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Its whole text when there is room; shortened ("Projektorn: s…", whole in the
        # tooltip) rather than widening the window past 1024 px.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(60)
        self.hide()

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(self.full_text()) + 20
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(60, super().minimumSizeHint().height())

    def show_state(self, presenter: PresentationController | None, workshop: Workshop) -> None:
        if presenter is None or not presenter.is_presenting:
            self.hide()
            return
        text, attention, tip = self.describe(presenter, workshop)
        self.set_full_text(text)
        self.setToolTip(tip)
        if self.property("attention") != attention:
            self.setProperty("attention", attention)
            self.style().unpolish(self)
            self.style().polish(self)
        self.show()

    def describe(
        self, presenter: PresentationController, workshop: Workshop
    ) -> tuple[str, bool, str]:
        """(text, stands out, tooltip) for what the projector shows now."""
        if presenter.is_blank:
            return (
                self.tr("Projector: Break"),
                True,
                self.tr("The projector shows a black screen (Ctrl+B shows the step again)"),
            )
        focus = presenter.focus
        if focus is not None and focus.kind in (FocusKind.VOTES_PROBLEMS, FocusKind.VOTES_MEASURES):
            return (
                self.tr("Vote result"),
                True,
                self.tr("The projector shows the vote result (Esc shows the step's cards again)"),
            )
        if focus is not None:
            ids = [problem.id for problem in workshop.problems]
            number = ids.index(focus.item_id) + 1 if focus.item_id in ids else 1
            title = workshop.problems[number - 1].title if workshop.problems else ""
            text = (
                self.tr("Focus: fishbone of problem %1")
                if focus.kind == FocusKind.FISHBONE
                else self.tr("Focus: problem %1")
            ).replace("%1", str(number))
            tip = self.tr("%1 (F6 shows the step's cards again)").replace("%1", title)
            return text, True, tip
        page, pages = presenter.page
        if pages > 1:
            return (
                self.tr("Projector: page %1/%2")
                .replace("%1", str(page + 1))
                .replace("%2", str(pages)),
                False,
                self.tr("The cards take several pages: Alt+PgDown and Alt+PgUp turn them"),
            )
        return self.tr("Projector: the step"), False, self.tr("The projector shows the step")
