"""The main window's actions and menu bar: one way to make an action, one place for the menus."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from workshop_app.gui.main_window import MainWindow

# The menus' titles keep the window's translation context, where they were written first.
translate = QCoreApplication.translate


def make_action(
    window: QWidget, name: str, text: str, shortcut: Any, slot: Any, tip: str = ""
) -> QAction:
    """An action of the window (its shortcut works wherever the focus is in it)."""
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(tip or text.replace("&", ""))
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def build_menu_bar(window: MainWindow) -> None:
    """File, Edit, Steps, Present, View and Help, from the actions of the window and of the
    controllers that own them (the shortcut sheet, F1, lists the menus in this order)."""
    bar = window.menuBar()
    workshops, transfers = window.workshop_list, window.transfers
    facilitation, application = window.facilitation, window.application
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    _add(file_menu, workshops.list_actions())
    file_menu.addSeparator()
    _add(file_menu, [transfers.import_action, transfers.export_action, transfers.word_action])
    file_menu.addSeparator()
    _add(
        file_menu,
        [transfers.example_action, window.backups.restore_action, application.database_action],
    )
    file_menu.addSeparator()
    _add(file_menu, [window.close_action, window.quit_action])
    _add(bar.addMenu(translate("MainWindow", "&Edit")), [window.undo_action, window.redo_action])
    step_menu = bar.addMenu(translate("MainWindow", "&Steps"))
    _add(step_menu, [window.next_step_action, window.previous_step_action])
    step_menu.addSeparator()
    _add(step_menu, window.guidance.timer_actions())
    _add(bar.addMenu(translate("MainWindow", "&Present")), facilitation.presentation_actions())
    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    _add(view_menu, [window.guidance.guide_action, window.guidance.agenda_action])
    _add(
        view_menu.addMenu(translate("MainWindow", "&Language")),
        list(application.language_actions.values()),
    )
    _add(
        bar.addMenu(translate("MainWindow", "&Help")),
        [application.shortcuts_action, application.about_action],
    )


def _add(menu: QMenu, actions: list[QAction]) -> None:
    for action in actions:
        menu.addAction(action)
