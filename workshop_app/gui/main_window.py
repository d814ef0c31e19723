"""The main window: start view or workshop view, menus with shortcuts, and a safe close."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from workshop_app.gui.controllers.backups import BackupController
from workshop_app.gui.controllers.facilitation import FacilitationController
from workshop_app.gui.controllers.transfers import TransferController
from workshop_app.gui.db_worker import DatabaseWorker
from workshop_app.gui.start.start_view import StartView
from workshop_app.gui.widgets.debounce import Debouncer
from workshop_app.gui.widgets.save_status import SaveTracker, describe_error
from workshop_app.gui.widgets.undo_keys import UndoKeyRouter

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


GUIDE_OPEN_FROM_HEIGHT = 900  # px of window height; below it the guide starts folded


class MainWindow(QMainWindow):
    """Owns the database worker; every service call goes through it."""

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

        self._undo_keys = UndoKeyRouter(self)
        app = QApplication.instance()  # always there while a window is
        if app is not None:
            app.installEventFilter(self._undo_keys)
        self._create_actions()
        self.transfers = TransferController(self)
        self.facilitation = FacilitationController(self)
        self.backups = BackupController(self)
        self.start_view = StartView(
            [
                self.new_action,
                self.open_action,
                self.rename_action,
                self.duplicate_action,
                self.delete_action,
                self.transfers.import_action,
                self.transfers.export_action,
                self.transfers.word_action,
                self.transfers.example_action,
                self.backups.restore_action,
            ]
        )
        self.start_view.open_requested.connect(self.open_workshop)
        self.start_view.table.selectionModel().selectionChanged.connect(self.update_actions)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_view)
        self.setCentralWidget(self.stack)
        self._create_menus()
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

    def _action(self, name: str, text: str, shortcut: Any, slot: Any, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text.replace("&", ""))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.new_action = self._action(
            "new", self.tr("&New workshop…"), QKeySequence.StandardKey.New, self.new_workshop
        )
        self.open_action = self._action(
            "open", self.tr("&Open"), QKeySequence.StandardKey.Open, self._open_selected
        )
        self.rename_action = self._action("rename", self.tr("&Rename…"), "F2", self.rename_selected)
        self.duplicate_action = self._action(
            "duplicate", self.tr("D&uplicate"), "Ctrl+D", self.duplicate_selected
        )
        self.delete_action = self._action(
            "delete", self.tr("De&lete…"), "Ctrl+Del", self.delete_selected
        )
        self.database_action = self._action(
            "databaseSettings",
            self.tr("&Database…"),
            None,
            self.edit_database_settings,
            self.tr("Where the workshops are kept: on this computer or in a shared database"),
        )
        self.close_action = self._action(
            "closeWorkshop",
            self.tr("&Close workshop"),
            QKeySequence.StandardKey.Close,
            self.close_workshop,
        )
        self.quit_action = self._action(
            "quit", self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close
        )
        self.undo_action = self._action(
            "undo", self.tr("&Undo"), QKeySequence.StandardKey.Undo, self._undo
        )
        self.redo_action = self._action("redo", self.tr("&Redo"), "Ctrl+Shift+Z", self._redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.next_step_action = self._action(
            "nextStep", self.tr("&Next step"), "Ctrl+PgDown", lambda: self._step_by(1)
        )
        self.previous_step_action = self._action(
            "previousStep", self.tr("&Previous step"), "Ctrl+PgUp", lambda: self._step_by(-1)
        )
        self.guide_action = self._action(
            "toggleGuide", self.tr("Facilitator &guide"), "Ctrl+G", self._guide_chosen
        )
        self.guide_action.setCheckable(True)
        self.guide_action.setChecked(self.settings.value("guide_expanded", "true") == "true")
        self.about_action = self._action(
            "about", self.tr("&About Workshopstöd"), None, self.show_about
        )
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("sv", "Svenska"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action

    def _create_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for action in (
            self.new_action,
            self.open_action,
            self.rename_action,
            self.duplicate_action,
            self.delete_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.transfers.import_action)
        file_menu.addAction(self.transfers.export_action)
        file_menu.addAction(self.transfers.word_action)
        file_menu.addSeparator()
        file_menu.addAction(self.transfers.example_action)
        file_menu.addAction(self.backups.restore_action)
        file_menu.addAction(self.database_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        step_menu = menu.addMenu(self.tr("&Steps"))
        step_menu.addAction(self.next_step_action)
        step_menu.addAction(self.previous_step_action)
        step_menu.addSeparator()
        step_menu.addAction(self.facilitation.timer_toggle_action)
        step_menu.addAction(self.facilitation.timer_reset_action)
        step_menu.addAction(self.facilitation.timer_follows_action)
        present_menu = menu.addMenu(self.tr("&Present"))
        for action in self.facilitation.presentation_actions():
            present_menu.addAction(action)
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self.guide_action)
        view_menu.addAction(self.facilitation.agenda_action)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        for action in self.language_actions.values():
            language_menu.addAction(action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.facilitation.shortcuts_action)
        help_menu.addAction(self.about_action)

    def update_actions(self) -> None:
        ready = self.context is not None
        in_workshop = self.session is not None
        selected = ready and not in_workshop and self.start_view.selected_id() is not None
        # A new workshop may be started from an open one: that one is closed (and saved) first.
        self.new_action.setEnabled(ready)
        self.backups.restore_action.setEnabled(ready and not in_workshop)
        self.database_action.setEnabled(ready and not in_workshop)
        for action in (
            self.open_action,
            self.rename_action,
            self.duplicate_action,
            self.delete_action,
        ):
            action.setEnabled(selected)
        self.transfers.update_actions(ready, in_workshop, selected)
        self.close_action.setEnabled(in_workshop)
        for action in (self.next_step_action, self.previous_step_action):
            action.setEnabled(in_workshop)
        self.facilitation.update_actions(in_workshop)
        stack = self.session.undo_stack if self.session else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        if stack is not None:
            self.undo_action.setText(self.tr("&Undo %1").replace("%1", stack.undoText()).strip())
            self.redo_action.setText(self.tr("&Redo %1").replace("%1", stack.redoText()).strip())

    # -- workshops -----------------------------------------------------------------------

    def new_workshop(self) -> None:
        if self.context is None:
            return
        from workshop_app.gui.dialogs.new_workshop_dialog import NewWorkshopDialog

        dialog = NewWorkshopDialog(self.language, self)
        if dialog.exec() != NewWorkshopDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        service = self.context.workshops
        self.worker.submit(
            lambda: service.create(
                str(values["title"]),
                language=values["language"],  # type: ignore[arg-type]
                municipality=str(values["municipality"]),
                area=str(values["area"]),
            ),
            self._show_workshop,
            self.show_error,
        )

    def _open_selected(self) -> None:
        workshop_id = self.start_view.selected_id()
        if workshop_id:
            self.open_workshop(workshop_id)

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
        self._show_workshop(workshop)

    def _load_failed(self, error: BaseException) -> None:
        self._opening = False
        self.show_error(error)

    def _show_workshop(self, workshop: Workshop) -> None:
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
        self.workshop_view.guide_toggled.connect(self._set_guide)
        saved = self.settings.value("guide_expanded")
        if saved is None:
            # Not chosen yet: on a small screen (1024×768) the guide starts folded, so the
            # step's working area is in view without scrolling; Ctrl+G unfolds it.
            self.guide_action.setChecked(self.height() >= GUIDE_OPEN_FROM_HEIGHT)
        self.workshop_view.set_guide_expanded(self.guide_action.isChecked())
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

    def rename_selected(self) -> None:
        summary = self.start_view.selected_summary()
        if summary is None or self.context is None:
            return
        from workshop_app.domain.limits import WORKSHOP_TITLE_MAX
        from workshop_app.gui.widgets.text_limit import limit_line

        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Rename workshop"))
        dialog.setLabelText(self.tr("New title:"))
        dialog.setTextValue(summary.title)
        field = dialog.findChild(QLineEdit)
        if field is not None:  # the title stops at its limit and says so, as everywhere
            limit_line(field, WORKSHOP_TITLE_MAX)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        title = dialog.textValue()
        if not ok or not title.strip() or title.strip() == summary.title:
            return
        service = self.context.workshops
        self.worker.submit(
            lambda: service.rename(summary.id, title),
            lambda _when: self.refresh_list(summary.id),
            self.show_error,
        )

    def duplicate_selected(self) -> None:
        summary = self.start_view.selected_summary()
        if summary is None or self.context is None:
            return
        service = self.context.workshops
        self.worker.submit(
            lambda: service.duplicate(summary.id),
            lambda copy: self.refresh_list(copy.id),
            self.show_error,
        )

    def delete_selected(self) -> None:
        summary = self.start_view.selected_summary()
        if summary is None or self.context is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete workshop"))
        box.setText(
            self.tr("Delete the workshop “%1” and everything in it?").replace("%1", summary.title)
        )
        box.setInformativeText(
            self.tr("This cannot be undone. Export a workshop file first if you may need it again.")
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        service = self.context.workshops
        self.worker.submit(
            lambda: service.delete(summary.id), lambda _r: self.refresh_list(), self.show_error
        )

    # -- edit, steps, language, about ----------------------------------------------------

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

    def _guide_chosen(self) -> None:
        self._set_guide(self.guide_action.isChecked())

    def _set_guide(self, expanded: bool) -> None:
        """Show or fold the facilitator guide everywhere, and remember the choice."""
        self.guide_action.setChecked(expanded)
        self.settings.setValue("guide_expanded", "true" if expanded else "false")
        if self.workshop_view is not None:
            self.workshop_view.set_guide_expanded(expanded)

    def choose_language(self, code: str) -> None:
        if code == self.language:
            return
        self.settings.setValue("language", code)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language is used the next time Workshopstöd starts."),
        )

    def show_about(self) -> None:
        context = self.context
        from workshop_app.gui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(
            context.method_pack if context else None,
            context.paths.data_dir if context else None,
            self.language,
            self,
            store=context.store_description if context is not None and context.shared else None,
        )
        dialog.exec()
        dialog.deleteLater()

    def edit_database_settings(self) -> None:
        """Choose the shared database (or this computer); used from the next start."""
        if self.context is not None:
            from workshop_app.gui.dialogs.database_settings_dialog import DatabaseSettingsDialog

            dialog = DatabaseSettingsDialog(self.context.paths, self.context.database_url, self)
            dialog.exec()
            dialog.deleteLater()

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
