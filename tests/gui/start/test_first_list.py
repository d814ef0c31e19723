"""The first list, read before the services load: shown at once, and a workshop asked for
before the services are ready opens when they are."""

from __future__ import annotations

from pathlib import Path

from tests.gui.conftest import close_window
from workshop_app.gui.app import gui_settings
from workshop_app.gui.main_window import MainWindow
from workshop_app.services.app_context import open_app_context
from workshop_app.services.app_paths import AppPaths
from workshop_app.services.first_list import read_first_list


def _import(data_dir: Path, example_file: Path) -> str:
    context = open_app_context(data_dir)
    try:
        return context.transfer.import_file(example_file).id
    finally:
        context.close()


def test_the_list_shows_before_the_services_and_an_early_open_waits(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path, example_file: Path
) -> None:
    workshop_id = _import(data_dir, example_file)
    window = MainWindow(gui_settings(data_dir), "sv")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.list_shown, timeout=20_000):
        window.worker.submit(lambda: read_first_list(AppPaths(data_dir)), window.show_first_list)
    assert window.context is None
    assert window.start_view.model.rowCount() == 1
    assert window.start_view.selected_id() == workshop_id
    assert not window.workshop_list.open_action.isEnabled()  # needs the services

    window.open_workshop(workshop_id)  # Enter on the row, before the services are ready
    assert window.session is None
    window.worker.submit(lambda: open_app_context(data_dir), window.set_context)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=20_000)
    assert window.session is not None and window.session.workshop_id == workshop_id
    close_window(window)


def test_no_first_list_when_the_full_start_must_decide(data_dir: Path, example_file: Path) -> None:
    paths = AppPaths(data_dir).ensure()
    assert read_first_list(paths) is None  # no database yet: created by the full start
    _import(data_dir, example_file)
    assert [s.title for s in read_first_list(paths) or []]
    paths.database.write_bytes(b"not a database")
    assert read_first_list(paths) is None  # damaged: the start-up check sets it aside
