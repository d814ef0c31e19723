"""The GUI fixtures of tests/gui for the end-to-end tests that drive the main window."""

from tests.gui.conftest import open_window, swedish_ui  # noqa: F401
