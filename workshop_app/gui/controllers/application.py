"""The application's own menu items: where the workshops are kept, the language, F1 and About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMessageBox

from workshop_app.gui.menus import make_action

if TYPE_CHECKING:
    from workshop_app.gui.main_window import MainWindow

SHORTCUTS_SHORTCUT = "F1"
LANGUAGES = (("sv", "Svenska"), ("en", "English"))  # each named in its own language


class ApplicationController(QObject):
    """The window's items about the application, not a workshop: Database… and Language (both
    used from the next start), the keyboard shortcut sheet (F1) and About."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.database_action: QAction = make_action(
            window,
            "databaseSettings",
            self.tr("&Database…"),
            None,
            self.edit_database_settings,
            self.tr("Where the workshops are kept: on this computer or in a shared database"),
        )
        self.shortcuts_action: QAction = make_action(
            window,
            "shortcuts",
            self.tr("&Keyboard shortcuts"),
            SHORTCUTS_SHORTCUT,
            self.show_shortcuts,
        )
        self.about_action: QAction = make_action(
            window, "about", self.tr("&About Workshopstöd"), None, self.show_about
        )
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES:
            action = QAction(name, window, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setChecked(code == window.language)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action

    def update_actions(self, ready: bool, in_workshop: bool) -> None:
        """The database is chosen from the list, with the services loaded."""
        self.database_action.setEnabled(ready and not in_workshop)

    def choose_language(self, code: str) -> None:
        if code == self._window.language:
            return
        self._window.settings.setValue("language", code)
        QMessageBox.information(
            self._window,
            self.tr("Language"),
            self.tr("The new language is used the next time Workshopstöd starts."),
        )

    def show_about(self) -> None:
        context = self._window.context
        from workshop_app.gui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(
            context.method_pack if context else None,
            context.paths.data_dir if context else None,
            self._window.language,
            self._window,
            store=context.store_description if context is not None and context.shared else None,
        )
        dialog.exec()
        dialog.deleteLater()

    def edit_database_settings(self) -> None:
        """Choose the shared database (or this computer); used from the next start."""
        context = self._window.context
        if context is not None:
            from workshop_app.gui.dialogs.database_settings_dialog import DatabaseSettingsDialog

            dialog = DatabaseSettingsDialog(context.paths, context.database_url, self._window)
            dialog.exec()
            dialog.deleteLater()

    def show_shortcuts(self) -> None:
        """Every key of the menus and of the pages, on one sheet."""
        from workshop_app.gui.dialogs.shortcut_sheet import ShortcutSheet, menu_groups, page_keys

        sheet = ShortcutSheet(menu_groups(self._window.menuBar()), page_keys(), self._window)
        sheet.exec()
        sheet.deleteLater()
