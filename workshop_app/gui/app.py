"""Starting the desktop app: one instance per data dir, language, theme, first window."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from workshop_app import __version__
from workshop_app.domain.errors import WorkshopAppError
from workshop_app.domain.file_modes import create_private, make_private
from workshop_app.domain.terminal_text import shown
from workshop_app.gui.app_icon import app_icon
from workshop_app.gui.error_report import install_error_reporter
from workshop_app.gui.i18n import choose_language, install_translators
from workshop_app.gui.main_window import MainWindow
from workshop_app.gui.single_instance import SingleInstance
from workshop_app.gui.theme import apply_theme
from workshop_app.gui.wheel_guard import install_wheel_guard
from workshop_app.services.app_paths import AppPaths
from workshop_app.services.store_settings import (
    is_shared_url,
    resolve_database_url,
    saved_database_url,
)

if TYPE_CHECKING:
    from workshop_app.domain.model import WorkshopSummary
    from workshop_app.services.app_context import AppContext

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILURE, EXIT_IN_USE = 0, 1, 2


def ensure_display(*, smoke_test: bool) -> str | None:
    """Pick a Qt platform that can start here; a message when there is none.

    Without a display Qt aborts the process, so on Linux we check first: a smoke test (CI,
    packaging checks) renders offscreen, a normal start says plainly what is missing.
    """
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    if smoke_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    return (
        "no display found (DISPLAY/WAYLAND_DISPLAY are not set); "
        "start Workshopstöd from a desktop session"
    )


def create_application(argv: list[str] | None = None) -> QApplication:
    # The one application object: a QApplication (a test's pytest-qt makes one too).
    app = cast(QApplication, QApplication.instance()) or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Workshopstöd")
    app.setOrganizationName("Workshopstod")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("se.workshopstod.WorkshopApp")
    app.setWindowIcon(app_icon())
    install_wheel_guard(app)
    return app


def gui_settings(data_dir: Path) -> QSettings:
    """Window geometry and UI language, kept in the data dir beside the database (0600).

    Qt keeps an existing file's mode when it saves, so the file is made private first.
    """
    path = data_dir / "gui.ini"
    with contextlib.suppress(OSError):  # it exists, or the folder is not there yet
        create_private(path)
    make_private(path)
    return QSettings(str(path), QSettings.Format.IniFormat)


def run_gui(data_dir: Path, *, smoke_test: bool = False, database_url: str | None = None) -> int:
    """Start the GUI on ``data_dir``; with ``smoke_test`` exit 0 as soon as the list is shown.

    ``database_url`` (``--database-url``) comes before ``$WORKSHOP_APP_DATABASE_URL`` and
    the database setting saved in the data dir; none of them: the data dir's SQLite file.
    """
    problem = ensure_display(smoke_test=smoke_test)
    if problem:
        print(f"error: {shown(problem)}", file=sys.stderr)
        return EXIT_FAILURE
    paths = AppPaths(data_dir).ensure()
    try:
        url = resolve_database_url(database_url, paths)
        shared = is_shared_url(url)
    except WorkshopAppError as error:
        print(f"error: {shown(str(error))}", file=sys.stderr)
        return EXIT_FAILURE
    app = create_application()
    install_error_reporter(paths.log_file)
    settings = gui_settings(data_dir)
    language = choose_language(settings.value("language"))
    install_translators(app, language)
    apply_theme(app)

    # One app per data dir guards the SQLite file; a database server guards itself, and
    # several facilitators (or two windows) may use it at once.
    instance = SingleInstance(data_dir)
    if not shared and not instance.acquire():
        if instance.ask_running_to_show():
            return EXIT_OK
        QMessageBox.warning(
            None,
            app.translate("App", "Workshopstöd is already open"),
            app.translate(
                "App",
                "Another Workshopstöd is using this data folder:\n%1\n\nClose it first, "
                "or switch to its window.",
            ).replace("%1", str(data_dir)),
        )
        return EXIT_IN_USE

    window = MainWindow(settings, language)
    instance.show_requested.connect(window.raise_and_activate)
    window.show()
    if not shared:  # a second start is answered once this window is on screen
        _after_next_paint(window, instance.listen)
    outcome: dict[str, int] = {}

    def opened(context: AppContext) -> None:
        window.set_context(context)

    def failed(error: BaseException) -> None:
        log.error("could not open the data dir: %s", type(error).__name__, exc_info=error)
        if smoke_test:
            print(f"error: could not open the data folder: {shown(str(error))}", file=sys.stderr)
            outcome["code"] = EXIT_FAILURE
            app.quit()
            return
        QMessageBox.critical(
            window,
            app.translate("App", "The data could not be opened"),
            app.translate("App", "%1\n\nNothing was changed. Details are in the log file:\n%2")
            .replace("%1", str(error))
            .replace("%2", str(paths.log_file)),
        )
        if shared and database_url is None and url == saved_database_url(paths):
            # The saved setting points at a server that does not answer: let the user change
            # it here, or the app could never start again without editing a file.
            from workshop_app.gui.dialogs.database_settings_dialog import DatabaseSettingsDialog

            DatabaseSettingsDialog(paths, url, window).exec()
        window.close()

    if smoke_test:

        def finished_listing() -> None:
            outcome["code"] = EXIT_OK if window.isVisible() else EXIT_FAILURE
            app.quit()

        # Ends once the window has painted with the list: the list can now arrive before the
        # window's first paint, and "shown" means on screen.
        window.list_shown.connect(lambda: _after_next_paint(window, finished_listing))
        QTimer.singleShot(60_000, lambda: (outcome.setdefault("code", EXIT_FAILURE), app.quit()))

    def open_context() -> AppContext:
        # Imported here, on the database worker after the window is up: SQLAlchemy, Alembic
        # and the services take longer to import than the window takes to show.
        from workshop_app.services.app_context import open_app_context

        return open_app_context(data_dir, database_url=url)

    def load_context() -> None:
        window.worker.submit(open_context, opened, failed)

    def first_listed(summaries: list[WorkshopSummary] | None) -> None:
        if summaries is None:  # a first start, a damaged file, a migration due: full start
            load_context()
            return
        window.show_first_list(summaries)
        if not smoke_test:  # the smoke test ends here, with the list on screen
            load_context()

    def first_list_failed(error: BaseException) -> None:
        log.info("the first list was not read (%s); full start", type(error).__name__)
        load_context()

    def first_list() -> list[WorkshopSummary] | None:
        from workshop_app.services.first_list import read_first_list  # on the worker

        return read_first_list(paths)

    if shared:
        load_context()
    else:  # the list from the file with sqlite3 alone, before the ORM and the services load
        window.worker.submit(first_list, first_listed, first_list_failed)
    _quit_on_sigterm(app, window)
    app.aboutToQuit.connect(window.shutdown)
    code = app.exec()
    window.shutdown()
    if not shared:
        instance.release()
    return outcome.get("code", code)


class _PaintWatch(QObject):
    """Calls ``then`` once, at the next paint event of the widget it watches."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)  # after this paint has finished
        return False


def _after_next_paint(widget: QWidget, then: Callable[[], None]) -> None:
    _PaintWatch(widget, then)
    widget.update()


def _quit_on_sigterm(app: QApplication, window: MainWindow) -> None:
    """SIGTERM closes the window like the user would, so pending edits are saved first."""

    def handle(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, window.close)
        QTimer.singleShot(0, app.quit)

    signal.signal(signal.SIGTERM, handle)
    # Python only runs signal handlers between bytecodes; a timer lets it in while Qt waits.
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)
