"""The main window: start view or workshop view, menus with shortcuts, and a safe close."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from workshop_app.gui.controllers.application import ApplicationController
from workshop_app.gui.controllers.backups import BackupController
from workshop_app.gui.controllers.facilitation import FacilitationController
from workshop_app.gui.controllers.guidance import GuidanceController
from workshop_app.gui.controllers.transfers import TransferController
from workshop_app.gui.controllers.workshop_list import WorkshopListController
from workshop_app.gui.db_worker import DatabaseWorker
from workshop_app.gui.menus import build_menu_bar, make_action
from workshop_app.gui.start.start_view import StartView
from workshop_app.gui.widgets.debounce import Debouncer
from workshop_app.gui.widgets.save_status import SaveTracker, describe_error
from workshop_app.gui.widgets.undo_keys import install_undo_keys

# Dialogs, the workshop view, the session and the services are imported where first used:
# only what the start view needs is loaded before the first paint (docs/PERFORMANCE.md).
if TYPE_CHECKING:
    # Imported where first used: the workshop view, the session and the services pull in
    # SQLAlchemy, every page and python-docx, which would delay the first window by a second.
    from workshop_app.domain.model import Workshop, WorkshopSummary
    from workshop_app.gui.session import WorkshopSession
    from workshop_app.gui.workshop_view import WorkshopView
    from workshop_app.services.app_context import AppContext

log = logging.getLogger(__name__)

WARM_UP_DELAY_MS = 300  # after the list is on screen, while the user reads it


def _import_workshop_view() -> None:
    """Import the workshop view and its pages while the start view is idle: opening the
    first workshop then costs its data and layout, not 0.3 s of imports."""
    import workshop_app.gui.room.projector.presentation_controller
    import workshop_app.gui.workshop_view  # noqa: F401


class MainWindow(QMainWindow):
    """The frame: the database worker (every service call goes through it), the start view or
    the workshop view, and the controllers that own the rest (docs/ARCHITECTURE.md)."""

    context_ready = Signal()
    list_shown = Signal()

    def __init__(self, settings: QSettings, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Workshopstöd"))
        self.settings = settings
        self.language = language
        self.context: AppContext | None = None
        self.worker = DatabaseWorker(self)
        self.tracker = SaveTracker(self)
        self.debouncer = Debouncer(self)
        self.debouncer.pending_changed.connect(self.tracker.typing)
        self.session: WorkshopSession | None = None
        self.workshop_view: WorkshopView | None = None
        self._shut_down = False
        self._warmed_up = False
        self._open_when_ready: str | None = None  # asked for before the services were loaded
        # A workshop being loaded: a second Enter or double-click meanwhile must not open it
        # again (the second opening replaced the view and closed the projector F5 had opened).
        self._opening = False

        app = QApplication.instance()  # always there while a window is
        if isinstance(app, QApplication):
            install_undo_keys(app)
        # The controllers: each owns its part's actions and work, and reaches the window's
        # worker, context and dialogs through the window it is given.
        self.workshop_list = WorkshopListController(self)
        self.transfers = TransferController(self)
        self.backups = BackupController(self)
        self.facilitation = FacilitationController(self)
        self.guidance = GuidanceController(self)
        self.application = ApplicationController(self)
        self._create_actions()
        transfers = self.transfers
        self.start_view = StartView(
            [
                *self.workshop_list.list_actions(),
                transfers.import_action,
                transfers.export_action,
                transfers.word_action,
                transfers.example_action,
                self.backups.restore_action,
            ]
        )
        self.start_view.open_requested.connect(self.open_workshop)
        self.start_view.table.selectionModel().selectionChanged.connect(self.update_actions)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_view)
        self.setCentralWidget(self.stack)
        build_menu_bar(self)
        self.status = QLabel(self.tr("Opening the database…"))
        self.statusBar().addWidget(self.status, 1)
        self._restore_geometry()
        self.update_actions()

    # -- start-up ------------------------------------------------------------------------

    def set_context(self, context: AppContext) -> None:
        self.context = context
        self.status.setText(context.store_description)
        self.context_ready.emit()
        self.refresh_list()
        offered_restore = self.backups.start(context)
        if not offered_restore and self._open_when_ready is not None:
            self.open_workshop(self._open_when_ready)
        self._open_when_ready = None

    def show_first_list(self, summaries: list[WorkshopSummary]) -> None:
        """The list read before the services are loaded (``gui.app``): shown at once, while
        ``set_context`` is still on its way; the actions that need the services wait for it."""
        if self.context is None:
            self._show_list(summaries, None)

    def refresh_list(self, select_id: str | None = None) -> None:
        if self.context is None:
            return
        service = self.context.workshops
        self.worker.submit(
            service.list_workshops,
            lambda summaries: self._show_list(summaries, select_id),
            self.show_error,
        )

    def _show_list(self, summaries: list[WorkshopSummary], select_id: str | None) -> None:
        self.start_view.set_summaries(summaries, select_id)
        self.update_actions()
        self.list_shown.emit()
        if not self._warmed_up:
            self._warmed_up = True
            QTimer.singleShot(WARM_UP_DELAY_MS, _import_workshop_view)

    # -- actions -------------------------------------------------------------------------

    def _create_actions(self) -> None:
        self.close_action = make_action(
            self,
            "closeWorkshop",
            self.tr("&Close workshop"),
            QKeySequence.StandardKey.Close,
            self.close_workshop,
        )
        self.quit_action = make_action(
            self, "quit", self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close
        )
        self.undo_action = make_action(
            self, "undo", self.tr("&Undo"), QKeySequence.StandardKey.Undo, self._undo
        )
        self.redo_action = make_action(self, "redo", self.tr("&Redo"), "Ctrl+Shift+Z", self._redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.next_step_action = make_action(
            self, "nextStep", self.tr("&Next step"), "Ctrl+PgDown", lambda: self._step_by(1)
        )
        self.previous_step_action = make_action(
            self, "previousStep", self.tr("&Previous step"), "Ctrl+PgUp", lambda: self._step_by(-1)
        )

    def update_actions(self) -> None:
        """Every action enabled as it fits: services loaded, a workshop open or selected."""
        ready = self.context is not None
        in_workshop = self.session is not None
        selected = ready and not in_workshop and self.start_view.selected_id() is not None
        self.workshop_list.update_actions(ready, selected)
        self.backups.update_actions(ready, in_workshop)
        self.application.update_actions(ready, in_workshop)
        self.transfers.update_actions(ready, in_workshop, selected)
        self.close_action.setEnabled(in_workshop)
        for action in (self.next_step_action, self.previous_step_action):
            action.setEnabled(in_workshop)
        self.facilitation.update_actions(in_workshop)
        self.guidance.update_actions(in_workshop)
        stack = self.session.undo_stack if self.session else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        if stack is not None:
            self.undo_action.setText(self.tr("&Undo %1").replace("%1", stack.undoText()).strip())
            self.redo_action.setText(self.tr("&Redo %1").replace("%1", stack.redoText()).strip())

    # -- workshops -----------------------------------------------------------------------

    def open_workshop(self, workshop_id: str) -> None:
        if self.context is None and self.session is None:  # the first list is up already
            self._open_when_ready = workshop_id  # opened by set_context
            self.status.setText(self.tr("Opening the workshop…"))
            return
        if self.context is None or self.session is not None:
            return
        service = self.context.workshops
        self.status.setText(self.tr("Opening the workshop…"))
        self.load_workshop(lambda: service.load(workshop_id))

    def load_workshop(self, job: Callable[[], Workshop]) -> None:
        """Run ``job`` on the database worker and show the workshop it returns; asked again
        while a workshop is being loaded (Enter pressed twice), nothing more is loaded."""
        if self._opening:
            return
        self._opening = True
        self.worker.submit(job, self._loaded, self._load_failed)

    def _loaded(self, workshop: Workshop) -> None:
        self._opening = False
        self.show_workshop(workshop)

    def _load_failed(self, error: BaseException) -> None:
        self._opening = False
        self.show_error(error)

    def show_workshop(self, workshop: Workshop) -> None:
        from workshop_app.gui.session import WorkshopSession
        from workshop_app.gui.workshop_view import WorkshopView

        assert self.context is not None
        self.close_workshop()
        self.session = WorkshopSession(
            workshop, self.context.workshops, self.worker, self.tracker, self
        )
        self.session.undo_stack.indexChanged.connect(self.update_actions)
        self.session.undo_stack.cleanChanged.connect(self.update_actions)
        self.workshop_view = WorkshopView(
            self.session,
            self.context.method_pack,
            self.language,
            self.tracker,
            self.debouncer,
            self.stack,  # its parent from the start: adding a built view restyles all of it
            dismissals=self.context.dismissals,
        )
        self.workshop_view.close_requested.connect(self.close_workshop)
        self.workshop_view.word_requested.connect(self.transfers.word_action.trigger)
        self.guidance.start(self.workshop_view)
        self.stack.addWidget(self.workshop_view)
        self.stack.setCurrentWidget(self.workshop_view)
        self._show_title()
        self.session.edited_locally.connect(self._show_title)
        self.session.snapshot_changed.connect(lambda _workshop: self._show_title())
        self.session.changed_elsewhere.connect(self._changed_elsewhere)
        self.facilitation.start()
        self.status.setText(self.context.store_description)
        self.update_actions()
        self.workshop_view.focus_working_area()

    def _show_title(self) -> None:
        """The window title follows the workshop's title, also while it is being renamed."""
        if self.session is not None:
            self.setWindowTitle(f"{self.session.workshop.title} – " + self.tr("Workshopstöd"))

    def close_workshop(self) -> None:
        """Back to the start view; pending typing is saved first."""
        if self.session is None:
            return
        self.facilitation.end()
        self.debouncer.flush()
        workshop_id = self.session.workshop_id
        view, session = self.workshop_view, self.session
        self.session, self.workshop_view = None, None
        if view is not None:
            self.stack.removeWidget(view)
            view.deleteLater()
        session.close()  # saves still queued finish; their results are not shown any more
        session.deleteLater()
        self.stack.setCurrentWidget(self.start_view)
        self.setWindowTitle(self.tr("Workshopstöd"))
        self.refresh_list(select_id=workshop_id)
        self.update_actions()

    # -- edit, steps, messages ----------------------------------------------------

    def _undo(self) -> None:
        if self.session is not None:
            self.debouncer.flush()
            self.session.undo_stack.undo()

    def _redo(self) -> None:
        if self.session is not None:
            self.debouncer.flush()
            self.session.undo_stack.redo()

    def _step_by(self, delta: int) -> None:
        if self.workshop_view is not None:
            self.workshop_view.step_by(delta)

    def _changed_elsewhere(self, refused: bool) -> None:
        """Someone else saved this workshop: say so when it cost this user an edit."""
        if not refused:
            return  # the save status says the screen was updated; nothing was lost
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changed elsewhere"))
        box.setText(
            self.tr(
                "Someone else changed this workshop at the same time. Your last change was not "
                "saved, so that it would not overwrite theirs."
            )
        )
        box.setInformativeText(
            self.tr("The screen now shows what is stored. Make your change again if needed.")
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not modal for the event loop: saving and the other window go on

    def show_error(self, error: BaseException) -> None:
        log.warning("operation failed: %s", type(error).__name__)
        self.status.setText("")
        QMessageBox.warning(self, self.tr("Something went wrong"), describe_error(error))

    def raise_and_activate(self) -> None:
        """Bring the window forward (a second start of the app asked for it)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # -- geometry and closing ------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save typing still in its pause, wait for the database, then close."""
        if self.workshop_view is not None:
            self.workshop_view.timer.flush()
        self.debouncer.flush()
        if not self.worker.drain():
            answer = QMessageBox.question(
                self,
                self.tr("Still saving"),
                self.tr("Workshopstöd is still saving. Close anyway? The last change may be lost."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        if self.tracker.last_error and self.session is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Not saved"),
                self.tr(
                    "The last changes could not be saved:\n%1\n\nClose anyway? "
                    "Those changes will be lost."
                ).replace("%1", self.tracker.last_error),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.facilitation.stop_presenting()  # the projector goes dark with the laptop's window
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        event.accept()

    def shutdown(self) -> None:
        """Flush typing, finish queued saves and close the database (idempotent).

        Quitting, the desktop session ending and SIGTERM all come here.
        """
        if self._shut_down:
            return
        self._shut_down = True
        if self.workshop_view is not None:
            self.workshop_view.timer.flush()
        self.facilitation.stop_presenting()
        self.debouncer.flush()
        self.backups.stop()
        self.worker.close()
        self.backups.shutdown()
        if self.context is not None:
            self.context.close()
