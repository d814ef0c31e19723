"""The main window's parts that its action mixins use, typed once so mypy checks the mixins.

``MainWindow`` is built from ``BackupActions``, ``TransferActions`` and ``FacilitationActions``
plus ``QMainWindow``; each mixin reaches the window's worker, context, status line and actions.
For the type checker every mixin derives from ``WindowParts`` (a ``QMainWindow`` that declares
those parts); at run time ``WindowParts`` is a plain class, so the window's order of bases and
Qt's one ``QMainWindow`` base stay as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QSettings, Signal
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QMainWindow

    from workshop_app.domain.model import Workshop
    from workshop_app.gui.db_worker import DatabaseWorker
    from workshop_app.gui.session import WorkshopSession
    from workshop_app.gui.start.start_view import StartView
    from workshop_app.gui.widgets.debounce import Debouncer
    from workshop_app.gui.widgets.save_status import SaveTracker
    from workshop_app.gui.workshop_view import WorkshopView
    from workshop_app.services.app_context import AppContext

    class WindowParts(QMainWindow):
        """What ``MainWindow`` provides to its mixins (declared here, defined there)."""

        word_exported = Signal(object)

        settings: QSettings
        language: str
        context: AppContext | None
        worker: DatabaseWorker
        tracker: SaveTracker
        debouncer: Debouncer
        session: WorkshopSession | None
        workshop_view: WorkshopView | None
        start_view: StartView
        status: QLabel

        def _action(
            self, name: str, text: str, shortcut: Any, slot: Any, tip: str = ""
        ) -> QAction: ...
        def update_actions(self) -> None: ...
        def _show_workshop(self, workshop: Workshop) -> None: ...
        def load_workshop(self, job: Callable[[], Workshop]) -> None: ...
        def close_workshop(self) -> None: ...
        def refresh_list(self, select_id: str | None = None) -> None: ...
        def set_context(self, context: AppContext) -> None: ...
        def show_error(self, error: BaseException) -> None: ...

else:

    class WindowParts:
        """At run time a plain base: ``MainWindow`` itself brings ``QMainWindow``."""
