"""The facilitator's aids on the laptop: the guide (Ctrl+G), the step timer's keys, the agenda."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from workshop_app.gui.menus import make_action
from workshop_app.gui.room.timer_keys import RESET_SHORTCUT, TOGGLE_SHORTCUT

if TYPE_CHECKING:
    from workshop_app.gui.main_window import MainWindow
    from workshop_app.gui.workshop_view import WorkshopView

AGENDA_SHORTCUT = "Ctrl+Shift+A"
GUIDE_OPEN_FROM_HEIGHT = 900  # px of window height; below it the guide starts folded


class GuidanceController(QObject):
    """The window's guidance for the facilitator: the facilitator guide shown or folded on every
    step, the step timer (F9, Ctrl+F9, whether it goes on with the next step) and the agenda
    of planned and used time. Both choices are the facilitator's, kept in the app's settings.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        settings = window.settings
        self.guide_action: QAction = make_action(
            window, "toggleGuide", self.tr("Facilitator &guide"), "Ctrl+G", self._guide_chosen
        )
        self.guide_action.setCheckable(True)
        self.guide_action.setChecked(settings.value("guide_expanded", "true") == "true")
        self.timer_toggle_action: QAction = make_action(
            window,
            "timerToggle",
            self.tr("&Start or pause the step timer"),
            TOGGLE_SHORTCUT,
            lambda: self._timer_do("toggle"),
        )
        self.timer_reset_action: QAction = make_action(
            window,
            "timerReset",
            self.tr("&Reset the step timer"),
            RESET_SHORTCUT,
            lambda: self._timer_do("reset"),
        )
        self.timer_follows_action: QAction = make_action(
            window,
            "timerFollowsStep",
            self.tr("Step timer goes on with the &next step"),
            "",
            self._timer_follows_chosen,
            self.tr("A running step timer keeps running when the group moves to another step"),
        )
        self.timer_follows_action.setCheckable(True)
        # A facilitator's way of working, not the workshop's: kept in the app's settings.
        self.timer_follows_action.setChecked(settings.value("timer_follows_step", "true") == "true")
        self.agenda_action: QAction = make_action(
            window,
            "agenda",
            self.tr("&Agenda: planned and used time…"),
            AGENDA_SHORTCUT,
            self.show_agenda,
        )

    def timer_actions(self) -> list[QAction]:
        return [self.timer_toggle_action, self.timer_reset_action, self.timer_follows_action]

    def update_actions(self, in_workshop: bool) -> None:
        for action in (self.timer_toggle_action, self.timer_reset_action, self.agenda_action):
            action.setEnabled(in_workshop)

    def start(self, view: WorkshopView) -> None:
        """A workshop's view was built: its guide as chosen, its timer as the facilitator works."""
        view.guide_toggled.connect(self._set_guide)
        if self._window.settings.value("guide_expanded") is None:
            # Not chosen yet: on a small screen (1024×768) the guide starts folded, so the
            # step's working area is in view without scrolling; Ctrl+G unfolds it.
            self.guide_action.setChecked(self._window.height() >= GUIDE_OPEN_FROM_HEIGHT)
        view.set_guide_expanded(self.guide_action.isChecked())
        view.timer.keep_running = self.timer_follows_action.isChecked()

    def _guide_chosen(self) -> None:
        self._set_guide(self.guide_action.isChecked())

    def _set_guide(self, expanded: bool) -> None:
        """Show or fold the facilitator guide everywhere, and remember the choice."""
        self.guide_action.setChecked(expanded)
        self._window.settings.setValue("guide_expanded", "true" if expanded else "false")
        if self._window.workshop_view is not None:
            self._window.workshop_view.set_guide_expanded(expanded)

    def _timer_follows_chosen(self) -> None:
        follows = self.timer_follows_action.isChecked()
        self._window.settings.setValue("timer_follows_step", "true" if follows else "false")
        if self._window.workshop_view is not None:
            self._window.workshop_view.timer.keep_running = follows

    def _timer_do(self, what: str) -> None:
        if self._window.workshop_view is not None:
            getattr(self._window.workshop_view.timer, what)()

    def show_agenda(self) -> None:
        from workshop_app.gui.room.agenda_dialog import AgendaDialog

        window = self._window
        if window.workshop_view is None or window.context is None:
            return
        dialog = AgendaDialog.for_timer(
            window.workshop_view.timer, window.context.method_pack, window.language, window
        )
        dialog.exec()
        dialog.deleteLater()
