"""The workshop view: step rail, the current step's page and a top bar with the save status."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Workshop
from workshop_app.domain.steps import STEP_ORDER, Step
from workshop_app.gui.room.step_timer import StepTimer
from workshop_app.gui.room.step_timer_widget import StepTimerWidget
from workshop_app.gui.session import WorkshopSession
from workshop_app.gui.steps.causes.causes_page import CausesPage
from workshop_app.gui.steps.follow_up.follow_up_page import FollowUpPage
from workshop_app.gui.steps.indicators.indicators_page import IndicatorsPage
from workshop_app.gui.steps.measures.measures_page import MeasuresPage
from workshop_app.gui.steps.next_steps.next_steps_page import NextStepsPage
from workshop_app.gui.steps.preconditions.preconditions_page import PreconditionsPage
from workshop_app.gui.steps.preparation.preparation_page import PreparationPage
from workshop_app.gui.steps.problems.problems_page import ProblemsPage
from workshop_app.gui.steps.step_content import StepContent
from workshop_app.gui.steps.step_page import StepPage
from workshop_app.gui.widgets.debounce import Debouncer
from workshop_app.gui.widgets.elided_label import ElidedLabel
from workshop_app.gui.widgets.privacy_hint import PrivacyHintBar
from workshop_app.gui.widgets.save_status import SaveStatusLabel, SaveTracker
from workshop_app.gui.widgets.step_rail import StepRail

PREBUILD_FIRST_MS = 400  # after the workshop is on screen, before the first page is built ahead
PREBUILD_PAUSE_MS = 150  # between two pages built ahead: keys and clicks go first

if TYPE_CHECKING:
    from workshop_app.services.privacy_dismissals import PrivacyDismissals

# The working area of each step: a StepContent built with (session, pack, ui_language, debouncer).
PageFactory = Callable[[WorkshopSession, MethodPack, str, Debouncer], StepContent]
CONTENT_PAGES: dict[Step, PageFactory] = {
    Step.PREPARATION: PreparationPage,
    Step.INDICATORS: IndicatorsPage,
    Step.PROBLEMS: ProblemsPage,
    Step.CAUSES: CausesPage,
    Step.MEASURES: MeasuresPage,
    Step.PRECONDITIONS: PreconditionsPage,
    Step.NEXT_STEPS: NextStepsPage,
}


def _first_field(area: QWidget) -> QWidget | None:
    """The first widget in ``area`` that Tab would reach."""
    widget = area.nextInFocusChain()
    while widget is not None and widget is not area:
        if (
            area.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.isEnabled()
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


class WorkshopView(QWidget):
    """One open workshop. Pages are built when first shown, so opening stays quick."""

    close_requested = Signal()
    word_requested = Signal()
    guide_toggled = Signal(bool)  # the user folded or unfolded a facilitator guide
    # A vote dialog asked for its result on the projector: kind ("problems" | "measures") and,
    # for measures, the problem whose measures were voted on.
    vote_result_requested = Signal(str, object)
    voting_closed = Signal()  # a vote dialog closed: its result leaves the projector
    pages_built = Signal()  # every step's page is built (ahead of its first visit)

    def __init__(
        self,
        session: WorkshopSession,
        pack: MethodPack,
        language: str,
        tracker: SaveTracker,
        debouncer: Debouncer,
        parent: QWidget | None = None,
        dismissals: PrivacyDismissals | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workshopView")
        self.session = session
        self._pack = pack
        self._language = language
        self._debouncer = debouncer
        self._pages: dict[Step, StepPage] = {}
        self._follow_up: FollowUpPage | None = None
        self._guide_expanded = True

        self.title = ElidedLabel()
        self.title.setObjectName("workshopTitle")
        self.save_status = SaveStatusLabel(tracker)
        self.save_status.setObjectName("saveStatus")
        back = QPushButton(self.tr("All workshops"))
        back.setObjectName("backToStart")
        # Not in the Tab chain's start: a Space typed right after opening must not close it.
        back.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._back = back
        back.setToolTip(self.tr("Back to the list of workshops (Ctrl+W)"))
        back.clicked.connect(self.close_requested)
        word = QPushButton(self.tr("Export to Word…"))
        word.setObjectName("exportWord")
        word.setToolTip(self.tr("Write the minutes as a Word document (Ctrl+Shift+E)"))
        word.clicked.connect(self.word_requested)
        self.word_button = word
        self.timer = StepTimer(session, pack)
        self.timer_widget = StepTimerWidget(self.timer)
        self.timer_widget.setObjectName("stepTimer")
        self._top = QHBoxLayout()
        self._top.addWidget(back)
        self._top.addWidget(self.title, 1)
        self._top.addWidget(self.save_status)
        self._top.addWidget(self.timer_widget)
        self._top.addWidget(word)
        # The Follow-up page: from the Preparation page's button, or by this shortcut.
        follow_up = QAction(self.tr("Follow-up"), self)
        follow_up.setObjectName("showFollowUp")
        follow_up.setShortcut("Ctrl+Shift+U")
        follow_up.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        follow_up.triggered.connect(self.show_follow_up)
        self.addAction(follow_up)

        self.rail = StepRail(pack, language)
        self.stack = QStackedWidget()
        split = QSplitter()
        split.setChildrenCollapsible(False)
        split.addWidget(self.rail)
        split.addWidget(self.stack)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 1000])

        self.privacy_hint = PrivacyHintBar(session, dismissals)
        layout = QVBoxLayout(self)
        layout.addLayout(self._top)
        layout.addWidget(split, 1)
        # Below the work, in a line kept for it: the hint coming or going while the user
        # types never moves the page under the pointer.
        layout.addWidget(self.privacy_hint)

        self.rail.step_chosen.connect(self.show_step)
        session.snapshot_changed.connect(self._snapshot_changed)
        session.edited_locally.connect(self._edited_locally)
        self._show_header(session.workshop)
        self.rail.show_progress(session.workshop)
        self.show_step(session.workshop.current_step)
        # The other pages are built ahead, one per pause, so that a step's first visit only
        # shows it (building the large workshop's pages took 0.2-0.5 s each on a click).
        self._prebuild = QTimer(self)
        self._prebuild.setSingleShot(True)
        self._prebuild.setInterval(PREBUILD_PAUSE_MS)
        self._prebuild.timeout.connect(self._build_one_ahead)
        self._prebuild.start(PREBUILD_FIRST_MS)

    @property
    def current_step(self) -> Step:
        return STEP_ORDER[max(self.rail.currentRow(), 0)]

    @property
    def built_steps(self) -> frozenset[Step]:
        """The steps whose page exists (visited, or built ahead)."""
        return frozenset(self._pages)

    def page(self, step: Step) -> StepPage:
        """The page of ``step``, built on first use."""
        page = self._pages.get(step)
        if page is None:
            page_class = CONTENT_PAGES.get(step)
            content = (
                page_class(self.session, self._pack, self._language, self._debouncer)
                if page_class is not None
                else None
            )
            if content is not None:
                content.show_result_requested.connect(
                    lambda kind, c=content: self.vote_result_requested.emit(
                        kind, c.voted_problem_id() if kind == "measures" else None
                    )
                )
                content.voting_closed.connect(self.voting_closed)
                content.follow_up_requested.connect(self.show_follow_up)
            # Under the stack from the start: adding a built page would restyle all of it.
            page = StepPage(self.session, self._pack, step, self._language, content, self.stack)
            page.guide.set_expanded(self._guide_expanded)
            page.guide.expanded_by_user.connect(self.guide_toggled)
            self._pages[step] = page
            self.stack.addWidget(page)
        return page

    def _build_one_ahead(self) -> None:
        """Build the next unbuilt page after the current step (wrapping round), unless the
        user is typing: then wait for the next pause. A view closed (or never shown) builds
        nothing more; its pages are then built on first use, as before."""
        if not self.isVisible():
            return
        if self._debouncer.pending:
            self._prebuild.start()
            return
        start = STEP_ORDER.index(self.current_step)
        ahead = STEP_ORDER[start + 1 :] + STEP_ORDER[:start]
        step = next((s for s in ahead if s not in self._pages), None)
        if step is None:
            self.pages_built.emit()
            return
        self.page(step)
        self._prebuild.start()

    def show_step(self, step: Step) -> None:
        self._debouncer.flush()  # nothing typed is left behind when the group moves on
        if self.rail.currentRow() != STEP_ORDER.index(step):
            self.rail.select(step)  # its step_chosen comes back here: the work is done once
            return
        page = self.page(step)
        # Field edits on another page update the snapshot without a reload: show it fresh.
        page.show_workshop(self.session.workshop)
        self.stack.setCurrentWidget(page)
        self.session.set_current_step(step)
        self.timer.set_step(step)
        self.focus_working_area()
        # On a shared database another facilitator may have changed the workshop meanwhile.
        self.session.refresh_if_changed_elsewhere()

    def focus_working_area(self) -> None:
        """The keyboard goes to the shown page's capture line (or its first field) unless it
        is in the step list, where arrow keys choose the step."""
        page = self.stack.currentWidget()
        if page is None or not self.isVisible():
            return
        focused = QApplication.focusWidget()
        if focused is not None and (focused is self.rail or self.rail.isAncestorOf(focused)):
            return
        content = page.content if isinstance(page, StepPage) and page.content else page
        target = content.capture_field() if isinstance(content, StepContent) else None
        if not (target is not None and target.isVisible() and target.isEnabled()):
            target = _first_field(content)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_top_widget(self, widget: QWidget) -> None:
        """A widget in the top bar, before Export to Word (the projector's state)."""
        self._top.insertWidget(self._top.count() - 1, widget)

    def show_follow_up(self) -> FollowUpPage:
        """The Follow-up page (follow-up meetings) in place of a step's page."""
        self._debouncer.flush()
        if self._follow_up is None:
            self._follow_up = FollowUpPage(
                self.session, self._pack, self._language, self._debouncer
            )
            self.stack.addWidget(self._follow_up)
        self._follow_up.show_workshop(self.session.workshop)
        self.stack.setCurrentWidget(self._follow_up)
        # No step is current now: choosing any step in the rail goes back to it.
        self.rail.blockSignals(True)
        self.rail.setCurrentRow(-1)
        self.rail.blockSignals(False)
        return self._follow_up

    def add_top_action(self, action: QAction) -> QToolButton:
        """A button for a window action (Present …) in the top bar, before Export to Word."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setObjectName(f"{action.objectName()}Button")
        self._top.insertWidget(self._top.count() - 1, button)
        return button

    def focus_target(self) -> tuple[str, str] | None:
        """What the current page offers the projector's focus view (kind, problem id)."""
        content = self.page(self.current_step).content
        return content.focus_target() if content is not None else None

    def set_guide_expanded(self, expanded: bool) -> None:
        """Fold or unfold the facilitator guide on every page (one choice for the session)."""
        self._guide_expanded = expanded
        for page in self._pages.values():
            page.guide.set_expanded(expanded)

    def step_by(self, delta: int) -> None:
        index = STEP_ORDER.index(self.current_step) + delta
        if 0 <= index < len(STEP_ORDER):
            self.show_step(STEP_ORDER[index])

    def _show_header(self, workshop: Workshop) -> None:
        place = ", ".join(p for p in (workshop.municipality, workshop.area) if p)
        self.title.set_full_text(workshop.title + (f" – {place}" if place else ""))

    def _snapshot_changed(self, workshop: Workshop) -> None:
        self._show_header(workshop)
        self.rail.show_progress(workshop)
        for page in self._pages.values():
            page.show_workshop(workshop)
        if self._follow_up is not None:
            self._follow_up.show_workshop(workshop)

    def _edited_locally(self) -> None:
        self._show_header(self.session.workshop)
        self.rail.show_progress(self.session.workshop)
