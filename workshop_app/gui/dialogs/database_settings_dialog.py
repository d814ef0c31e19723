"""The database setting: the local file, or a shared PostgreSQL database, with a connection test."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.errors import WorkshopAppError
from workshop_app.gui.db_worker import DatabaseWorker
from workshop_app.gui.widgets.save_status import describe_error
from workshop_app.services.app_paths import AppPaths
from workshop_app.services.database_probe import ProbeResult, probe_database
from workshop_app.services.errors import DatabaseUnreachableError
from workshop_app.services.store_settings import save_database_url, saved_database_url

log = logging.getLogger(__name__)

EXAMPLE_URL = "postgresql+psycopg://facilitator@db.example.se/workshops"


class DatabaseSettingsDialog(QDialog):
    """Edit the saved database URL (takes effect at the next start) and try it first.

    The connection test and the saving run on a worker thread of the dialog's own: a server
    that does not answer must neither freeze the window nor wait behind the open workshop's
    saves. ``current_url``: the URL this run uses (it may come from the command line).
    """

    def __init__(
        self, paths: AppPaths, current_url: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("databaseSettingsDialog")
        self.setWindowTitle(self.tr("Database"))
        self._paths = paths
        self._worker = DatabaseWorker(self)
        self._saved = False

        intro = QLabel(
            self.tr(
                "Workshops are normally kept in a database file on this computer. To share "
                "them with other facilitators, enter the address of a PostgreSQL database "
                "that your IT department has set up. Leave the field empty to use this "
                "computer's own file."
            )
        )
        intro.setWordWrap(True)
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("databaseUrl")
        self.url_edit.setPlaceholderText(EXAMPLE_URL)
        self.url_edit.setAccessibleName(self.tr("Database address"))
        self.url_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance(EXAMPLE_URL) + 40)
        self.url_edit.textChanged.connect(self._url_edited)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel()
        self.result_label.setObjectName("connectionResult")
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Result of the connection test"))
        note = QLabel(
            self.tr(
                "The change takes effect the next time Workshopstöd starts. Workshops already "
                "in this computer's file are not moved; use “workshop-app migrate-store” or "
                "export and import workshop files. A password is best kept in a password file "
                "(pgpass) rather than in the address."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Database &address:"), self.url_edit)
        form.addRow("", self.test_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        if current_url and current_url != saved_database_url(paths):
            overridden = QLabel(
                self.tr(
                    "This run uses a database given on the command line or in the "
                    "WORKSHOP_APP_DATABASE_URL variable; it comes before this setting."
                )
            )
            overridden.setWordWrap(True)
            layout.addWidget(overridden)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.url_edit.setText(saved_database_url(paths) or "")

    @property
    def worker(self) -> DatabaseWorker:
        return self._worker

    def url(self) -> str:
        return self.url_edit.text().strip()

    def test_connection(self) -> None:
        """Connect once and say what is there; nothing is created or changed."""
        url = self.url()
        if not url:
            self._show(self.tr("The workshops are kept in this computer's own file."), ok=True)
            return
        self.test_button.setEnabled(False)
        self._show(self.tr("Connecting…"), ok=True)
        self._worker.submit(lambda: probe_database(url), self._tested, self._test_failed)

    def save(self) -> None:
        """Save the address (empty: this computer's file) and close."""
        url = self.url() or None
        self.save_button.setEnabled(False)
        self._worker.submit(
            lambda: save_database_url(self._paths, url), self._stored, self._save_failed
        )

    def done(self, result: int) -> None:
        """Stop the worker with the dialog; a test still connecting ends within its timeout
        (the window keeps processing events meanwhile)."""
        self._worker.close(timeout_ms=15_000)
        super().done(result)

    # -- results -------------------------------------------------------------------------

    def _tested(self, result: ProbeResult) -> None:
        self.test_button.setEnabled(True)
        if not result.can_create_tables:
            self._show(
                self.tr(
                    "Connected, but this database user may not create tables in it. Ask the "
                    "IT department to make the user the owner of the database."
                ),
                ok=False,
            )
        elif result.revision is None:
            self._show(
                self.tr(
                    "Connected. The database is empty; Workshopstöd sets it up at the next start."
                ),
                ok=True,
            )
        else:
            count = str(result.workshop_count or 0)
            self._show(
                self.tr("Connected. Workshops in the database: %1.").replace("%1", count),
                ok=True,
            )

    def _test_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        log.info("database connection test failed: %s", type(error).__name__)
        if isinstance(error, DatabaseUnreachableError) and error.detail:
            # The driver's reason (refused, unknown user, wrong password) is what helps here.
            reason = self.tr("the server did not answer or refused: %1").replace("%1", error.detail)
        elif isinstance(error, WorkshopAppError):
            reason = str(error)
        else:
            reason = describe_error(error)
        self._show(self.tr("No connection – %1").replace("%1", reason), ok=False)

    def _stored(self, _result: object) -> None:
        self._saved = True
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._show(self.tr("Not saved: %1").replace("%1", describe_error(error)), ok=False)

    def _url_edited(self) -> None:
        self.result_label.clear()

    def _show(self, text: str, *, ok: bool) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
