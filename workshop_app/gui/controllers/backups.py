"""Backups from the window: rolling backups beside the database worker, and restoring one."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from workshop_app.domain import clock
from workshop_app.domain.date_range import local_text
from workshop_app.gui.menus import make_action

if TYPE_CHECKING:
    from workshop_app.gui.main_window import MainWindow
    from workshop_app.services.app_context import AppContext
    from workshop_app.services.app_paths import AppPaths

log = logging.getLogger(__name__)

BACKUP_CHECK_MS = 60_000  # the backup service takes one at most every 10 minutes


class BackupController(QObject):
    """The window's backups: the backup timer's work, Restore from backup…, a damaged start.

    Rolling backups run on their own thread beside the database worker, so they never delay
    an edit; a restore closes the database, swaps the file on the worker and opens it again.
    """

    restored = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup")
        self._timer = QTimer(self)
        self._timer.setInterval(BACKUP_CHECK_MS)
        self._timer.timeout.connect(self.take_rolling_backup)
        self.restore_action: QAction = make_action(
            window, "restoreBackup", self.tr("Restore from &backup…"), None, self.restore_backup
        )

    def update_actions(self, ready: bool, in_workshop: bool) -> None:
        """A restore replaces every workshop: only from the list, with the services loaded."""
        self.restore_action.setEnabled(ready and not in_workshop)

    def start(self, context: AppContext) -> bool:
        """The services are there: backups every few minutes; True when the start found the
        database damaged, so a restore is offered (instead of opening a workshop)."""
        self._timer.start()
        from workshop_app.services.startup_check import StartupStatus  # loaded with the context

        if context.startup.status is not StartupStatus.DAMAGED:
            return False
        QTimer.singleShot(0, lambda: self._offer_damaged_restore(context))
        return True

    def stop(self) -> None:
        """No new backups are started (the database is about to close)."""
        self._timer.stop()

    def wait_idle(self) -> None:
        """Return once the backup running now (if any) has finished."""
        self._executor.submit(lambda: None).result()

    def shutdown(self) -> None:
        """The one running now finishes first; then no more."""
        self._timer.stop()
        self._executor.shutdown(wait=True)

    def take_rolling_backup(self) -> None:
        """Every few minutes while changes happen (the service decides if one is due)."""
        if self._window.context is None or not self._window.context.backups.enabled:
            return  # a database server is backed up by its administrator, not by us
        backups = self._window.context.backups

        def run() -> None:
            try:
                backups.maybe_backup(clock.now())
            except Exception as error:  # logged by type; the next attempt comes by itself
                log.warning("rolling backup failed: %s", type(error).__name__)

        self._executor.submit(run)

    def _offer_damaged_restore(self, context: AppContext) -> None:
        report = context.startup
        kept = str(report.moved_to[0]) if report.moved_to else str(report.database)
        if report.newest_backup is None:
            QMessageBox.warning(
                self._window,
                self.tr("The database was damaged"),
                self.tr(
                    "The database could not be read and has been kept unchanged in\n%1\n\n"
                    "There is no backup to go back to; Workshopstöd starts with an empty database."
                ).replace("%1", kept),
            )
            self._end_restore_offer(context)
            return
        backup = report.newest_backup
        answer = QMessageBox.question(
            self._window,
            self.tr("The database was damaged"),
            self.tr(
                "The database could not be read and has been kept unchanged in\n%1\n\n"
                "Restore the newest good backup from %2 (%3)?"
            )
            .replace("%1", kept)
            .replace("%2", local_text(backup.taken_at))
            .replace("%3", self._workshops(backup.workshop_count or 0)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            from workshop_app.services.startup_check import restore_newest_backup

            self._reopen_after(
                lambda paths: restore_newest_backup(paths), self.tr("The backup was restored.")
            )
        else:
            # A choice: go on with the empty database. Until one is made (the window closed or
            # killed first), every start asks again.
            self._end_restore_offer(context)

    def _end_restore_offer(self, context: AppContext) -> None:
        from workshop_app.services.restore_offer import clear_pending

        paths = context.paths
        self._window.worker.submit(lambda: clear_pending(paths), None, self._window.show_error)

    def restore_backup(self) -> None:
        """Let the user go back to a backup; the current database is kept aside."""
        if self._window.context is None or self._window.session is not None:
            return
        if self._window.context.shared:
            # No file of ours to put back: the server's own backups are the way back.
            QMessageBox.information(
                self._window,
                self.tr("Restore from backup"),
                self.tr(
                    "The workshops are kept in a shared database (%1). Workshopstöd makes no "
                    "backups of it; the backups of the database server apply. Ask its "
                    "administrator to restore one."
                ).replace("%1", self._window.context.store_description),
            )
            return
        from workshop_app.gui.dialogs.restore_dialog import RestoreDialog  # with the storage

        dialog = RestoreDialog(self._window.context.backups.list_backups(), self._window)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        chosen = dialog.chosen()
        assert chosen is not None
        backups = self._window.context.backups

        def restore(paths: AppPaths) -> None:
            from workshop_app.services.restore_offer import clear_pending

            backups.restore(chosen.path)
            clear_pending(paths)  # a backup chosen by hand answers a pending offer too

        self._reopen_after(restore, self.tr("The backup was restored."))

    def _reopen_after(self, action: Any, done_text: str) -> None:
        """Close the database, run ``action(paths)`` on the worker, then open it again."""
        context = self._window.context
        assert context is not None
        self._window.close_workshop()
        self._window.debouncer.flush()
        self._window.context = None
        self.stop()
        self._window.update_actions()
        backup_executor = self._executor

        def job() -> AppContext:
            from workshop_app.services.app_context import open_app_context

            backup_executor.submit(lambda: None).result()  # no backup runs while we swap files
            context.close()
            action(context.paths)
            return open_app_context(context.paths.data_dir, database_url=context.database_url)

        def reopened(new_context: AppContext) -> None:
            self._window.set_context(new_context)
            self._window.status.setText(done_text)
            self.restored.emit()

        self._window.worker.submit(job, reopened, self._window.show_error)

    def _workshops(self, count: int) -> str:
        """ "1 workshop" / "2 workshops" (in Swedish "workshop" / "workshoppar")."""
        if count == 1:
            return self.tr("1 workshop")
        return self.tr("%1 workshops").replace("%1", str(count))
