"""The step timer's keys, apart from the timer so the window's menus need not import it."""

TOGGLE_SHORTCUT = "F9"
RESET_SHORTCUT = "Ctrl+F9"
