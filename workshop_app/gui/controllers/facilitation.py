"""Facilitating from the window: the projector, its focus and vote views, its keys."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from workshop_app.domain.steps import Step
from workshop_app.gui.menus import make_action
from workshop_app.gui.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:
    from workshop_app.gui.main_window import MainWindow
    from workshop_app.gui.room.projector.clicker_keys import ClickerKeys
    from workshop_app.gui.room.projector.presentation_controller import PresentationController
    from workshop_app.gui.room.projector_state import ProjectorState

PRESENT_SHORTCUT = "F5"
BLANK_SHORTCUT = "Ctrl+B"
NEXT_QUESTION_SHORTCUT = "Ctrl+."
PREVIOUS_QUESTION_SHORTCUT = "Ctrl+,"
# Pages of a slide whose cards do not fit: Alt, not Ctrl (Ctrl+PgDown is the next step).
NEXT_PAGE_SHORTCUT = "Alt+PgDown"
PREVIOUS_PAGE_SHORTCUT = "Alt+PgUp"
FOCUS_SHORTCUT = "F6"
# Only enabled while the vote result is on the projector, so Esc keeps its other uses.
END_VOTE_SHORTCUT = "Esc"
# Where F6 with nothing selected shows the first problem (prioritised first) instead; the
# values are slide_model.FocusKind's (imported when a projector shows, not at start).
FIRST_PROBLEM_FOCUS = {
    Step.PROBLEMS: "problem",
    Step.CAUSES: "fishbone",
    Step.MEASURES: "problem",
}


class FacilitationController(QObject):
    """The window's facilitation: Present (F5), blank, guiding questions, pages, focus, votes.

    The presenter lives as long as the open workshop; the laptop keeps every control and the
    projector window only shows (its own few keys come back here as signals).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.presenter: PresentationController | None = None
        self.projector_state: ProjectorState | None = None  # in the open workshop's top bar
        self._clicker: ClickerKeys | None = None  # the presenter's keys while presenting
        self._create_actions()

    def _action(self, name: str, text: str, shortcut: str, slot: Any, tip: str = "") -> QAction:
        return make_action(self._window, name, text, shortcut, slot, tip)

    def _create_actions(self) -> None:
        self.present_action = self._action(
            "present",
            self.tr("&Present on the projector"),
            PRESENT_SHORTCUT,
            self.toggle_presenting,
            self.tr("Show the step on the projector in large type (F5; F5 again ends)"),
        )
        self.present_action.setCheckable(True)
        self.present_action.setIconText(self.tr("Present"))
        self.blank_action = self._action(
            "blankProjector",
            self.tr("&Blank the projector"),
            BLANK_SHORTCUT,
            self._toggle_blank,
            self.tr("A black screen for breaks; again to show the step"),
        )
        self.blank_action.setCheckable(True)
        self.next_question_action = self._action(
            "nextQuestion",
            self.tr("Ne&xt guiding question"),
            NEXT_QUESTION_SHORTCUT,
            lambda: self._presenting_do("next_question"),
            self.tr(
                "The next guiding question on the projector; on the Follow-up page its next slide"
            ),
        )
        self.previous_question_action = self._action(
            "previousQuestion",
            self.tr("Pre&vious guiding question"),
            PREVIOUS_QUESTION_SHORTCUT,
            lambda: self._presenting_do("previous_question"),
            self.tr(
                "The previous guiding question on the projector; on the Follow-up page its"
                " previous slide"
            ),
        )
        self.next_page_action = self._action(
            "nextPage",
            self.tr("Next &page on the projector"),
            NEXT_PAGE_SHORTCUT,
            lambda: self._presenting_do("next_page"),
            self.tr("When the cards do not fit on one screen: the next page (Alt+PgDown)"),
        )
        self.previous_page_action = self._action(
            "previousPage",
            self.tr("Previous p&age on the projector"),
            PREVIOUS_PAGE_SHORTCUT,
            lambda: self._presenting_do("previous_page"),
            self.tr("When the cards do not fit on one screen: the previous page (Alt+PgUp)"),
        )
        self.bigger_text_action = self._action(
            "projectorTextBigger",
            self.tr("&Larger text on the projector"),
            "Ctrl++",
            lambda: self._change_text_scale(+1),
        )
        # Ctrl+= too: the same key without Shift on an English keyboard.
        self.bigger_text_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.smaller_text_action = self._action(
            "projectorTextSmaller",
            self.tr("&Smaller text on the projector"),
            "Ctrl+-",
            lambda: self._change_text_scale(-1),
        )
        self.focus_action = self._action(
            "focusItem",
            self.tr("&Focus on the selected problem"),
            FOCUS_SHORTCUT,
            self.toggle_focus,
            self.tr(
                "Put the selected problem large on the projector (on Causes: its fishbone); "
                "again to go back to the cards"
            ),
        )
        self.end_vote_action = self._action(
            "endVoteResult",
            self.tr("Take the &vote result off the projector"),
            END_VOTE_SHORTCUT,
            self._end_vote_result,
            self.tr("The projector shows the step's cards again (Esc)"),
        )
        window = self._window
        self.projector_status = ElidedLabel()
        self.projector_status.setObjectName("projectorStatus")
        window.statusBar().addPermanentWidget(self.projector_status, 2)
        self.projector_status.hide()

    def presentation_actions(self) -> list[QAction]:
        return [
            self.present_action,
            self.blank_action,
            self.next_question_action,
            self.previous_question_action,
            self.next_page_action,
            self.previous_page_action,
            self.bigger_text_action,
            self.smaller_text_action,
            self.focus_action,
            self.end_vote_action,
        ]

    def update_actions(self, in_workshop: bool) -> None:
        presenting = self.presenter is not None and self.presenter.is_presenting
        self.present_action.setEnabled(in_workshop)
        self.present_action.setChecked(presenting)
        for action in (
            self.blank_action,
            self.next_question_action,
            self.previous_question_action,
            self.next_page_action,
            self.previous_page_action,
            self.bigger_text_action,
            self.smaller_text_action,
            self.focus_action,
        ):
            action.setEnabled(presenting)
        self.blank_action.setChecked(presenting and self.presenter.is_blank)  # type: ignore[union-attr]
        self.end_vote_action.setEnabled(presenting and self.presenter.shows_vote_result)  # type: ignore[union-attr]
        if self._window.session is not None and self.projector_state is not None:
            self.projector_state.show_state(self.presenter, self._window.session.workshop)
        if self._window.workshop_view is not None:
            # While presenting, the projector's state takes the Word button's place in the
            # top bar (Export to Word stays in the File menu, Ctrl+Shift+E): at 1024 px
            # there is no room for both.
            self._window.workshop_view.word_button.setVisible(not presenting)

    # -- the presenter's life ------------------------------------------------------------

    def start(self) -> None:
        """A workshop was opened: its presenter, timer on the projector, vote results."""
        from workshop_app.gui.room.projector.presentation_controller import (
            PresentationController,  # with the first open workshop, not at start-up
        )
        from workshop_app.gui.room.projector_state import ProjectorState  # pulls in the domain

        window = self._window
        assert window.session is not None and window.workshop_view is not None
        assert window.context is not None
        view = window.workshop_view
        # The window is its parent: keys pressed on the projector go to the laptop's window.
        presenter = PresentationController(
            window.session, window.context.method_pack, window.language, window
        )
        self.presenter = presenter
        presenter.set_text_scale(float(str(window.settings.value("projector_text_scale", 1.0))))
        view.timer.reading_changed.connect(presenter.set_timer_reading)
        presenter.set_timer_reading(view.timer.reading())
        view.vote_result_requested.connect(self.show_vote_result)
        presenter.presenting_changed.connect(self._presenting_changed)
        presenter.blank_changed.connect(lambda _blank: window.update_actions())
        presenter.question_changed.connect(self._question_shown)
        presenter.focus_changed.connect(window.update_actions)
        presenter.page_changed.connect(lambda _page, _count: window.update_actions())
        view.voting_closed.connect(presenter.end_vote_result)
        # The Follow-up page is shown on the projector too (its slides turn with Ctrl+. / ,).
        view.follow_up_shown.connect(presenter.set_follow_up)
        view.follow_up_shown.connect(lambda _meeting: window.update_actions())
        view.add_top_action(self.present_action)
        self.projector_state = ProjectorState()  # in this view's top bar; goes with it
        view.add_top_widget(self.projector_state)

    def stop_presenting(self) -> None:
        """The projector goes dark (the window closes or the app quits)."""
        if self.presenter is not None:
            self.presenter.stop()

    def end(self) -> None:
        """Before the workshop closes: the timer's time is saved, the projector goes dark."""
        if self._window.workshop_view is not None:
            self._window.workshop_view.timer.flush()
        if self.presenter is not None:
            presenter, self.presenter = self.presenter, None
            presenter.close()
            presenter.deleteLater()
        self.projector_status.set_full_text("")
        self.projector_status.hide()
        self.projector_state = None  # it goes with the workshop's view

    def _presenting_changed(self, presenting: bool) -> None:
        from workshop_app.gui.room.projector.clicker_keys import ClickerKeys

        app = QApplication.instance()  # always there while a window is
        if presenting and self._clicker is None:
            self._clicker = ClickerKeys(self._clicker_turn, self)
            if app is not None:
                app.installEventFilter(self._clicker)
        elif not presenting and self._clicker is not None:
            if app is not None:
                app.removeEventFilter(self._clicker)
            self._clicker.deleteLater()
            self._clicker = None
        if presenting:
            self.projector_status.show()
            self._question_shown(self.presenter.question_index, self._slide_question())  # type: ignore[union-attr]
            # The keyboard stays with the laptop's window, where the group's words are
            # typed: the projector window cannot take the focus, and this window is made
            # active again once the window manager has mapped the projector's.
            self._window.activateWindow()
            QTimer.singleShot(0, self._keep_keyboard)
        else:
            self.projector_status.hide()
        self._window.update_actions()

    def _clicker_turn(self, delta: int) -> None:
        """A clicker's Page Down / Up (while the keys mean nothing where the cursor is)."""
        if (
            self.presenter is not None
            and self.presenter.is_presenting
            and self._window.isActiveWindow()
        ):
            self._presenting_do("next_question" if delta > 0 else "previous_question")

    def _keep_keyboard(self) -> None:
        if self._window.isVisible() and not self._window.isActiveWindow():
            self._window.activateWindow()

    def _slide_question(self) -> str:
        slide = self.presenter.slide if self.presenter is not None else None
        return slide.question if slide is not None else ""

    def _question_shown(self, _index: int, question: str) -> None:
        """The laptop says what the projector asks, so the facilitator can read it out."""
        text = (
            self.tr("On the projector: %1").replace("%1", question)
            if question
            else self.tr("On the projector")
        )
        self.projector_status.set_full_text(text)

    # -- the actions ---------------------------------------------------------------------

    def toggle_presenting(self) -> None:
        if self.presenter is None:
            self.present_action.setChecked(False)
            return
        self._window.debouncer.flush()  # what was just typed is on the projector too
        if self.presenter.is_presenting:
            self.presenter.stop()
        else:
            self.presenter.start(self._window.screen())
        self._window.update_actions()

    def _toggle_blank(self) -> None:
        self._presenting_do("toggle_blank")

    def _presenting_do(self, method: str) -> None:
        if self.presenter is not None and self.presenter.is_presenting:
            getattr(self.presenter, method)()
        self._window.update_actions()

    def toggle_focus(self) -> None:
        """The selected problem (or its fishbone) large on the projector; again: the cards."""
        if self.presenter is None or self._window.workshop_view is None:
            return
        if not self.presenter.is_presenting:
            return
        from workshop_app.domain.slide_model import FocusKind, FocusTarget

        self._window.debouncer.flush()
        found = self._window.workshop_view.focus_target()
        target = FocusTarget(FocusKind(found[0]), found[1]) if found is not None else None
        step = self._window.workshop_view.current_step
        if target is None and step in FIRST_PROBLEM_FOCUS:
            # Nothing selected: the first one.
            target = FocusTarget(FocusKind(FIRST_PROBLEM_FOCUS[step]))
        current = self.presenter.focus
        if current is not None and (target is None or current == target):
            self.presenter.set_focus(None)
            return
        if target is None:
            QMessageBox.information(
                self._window,
                self.tr("Focus on the projector"),
                self.tr(
                    "The focus view shows one problem large: use it on the steps Local "
                    "problems, Probable causes and Measures and partners."
                ),
            )
            return
        self.presenter.set_focus(target)

    def show_vote_result(self, kind: str, problem_id: str | None = None) -> None:
        """A vote dialog asked for its result on the projector: start presenting if needed."""
        if self.presenter is None:
            return
        if not self.presenter.is_presenting:
            self.presenter.start(self._window.screen())
        self.presenter.show_vote_result(kind, problem_id)
        self._window.update_actions()

    def _change_text_scale(self, steps: int) -> None:
        """The projector's text size, kept for the next time (a room's choice, not the
        workshop's: it lives in the app's settings)."""
        if self.presenter is None or not self.presenter.is_presenting:
            return
        factor = self.presenter.change_text_scale(steps)
        self._window.settings.setValue("projector_text_scale", factor)
        percent = f"{round(factor * 100)} %"
        self._window.status.setText(self.tr("Text on the projector: %1").replace("%1", percent))

    def _end_vote_result(self) -> None:
        if self.presenter is not None:
            self.presenter.end_vote_result()
        self._window.update_actions()
