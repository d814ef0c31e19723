"""Backups from the window: rolling backups while working, restore, and a damaged database at start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from tests.gui.conftest import answer_next_dialog, close_window
from tests.gui.helpers import settle
from workshop_app.gui.dialogs.restore_dialog import RestoreDialog


def wait_idle(window) -> None:  # type: ignore[no-untyped-def]
    settle(window)
    window.backups.wait_idle()


def test_restore_goes_back_and_keeps_the_current_database(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.backups.take_rolling_backup()  # what the timer does while the group works
    wait_idle(window)
    assert [b.workshop_count for b in window.context.backups.list_backups()] == [1]

    window.transfers.import_path(example_file)  # a second workshop after the backup
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 2, timeout=10_000)

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        assert dialog.list.count() == 1
        # Swedish number agreement: "1 workshop", never "1 workshoppar".
        assert " · 1 workshop · " in dialog.list.item(0).text().replace("  ", " ")
        dialog.accept()

    answer_next_dialog(choose)
    with qtbot.waitSignal(window.backups.restored, timeout=20_000):
        window.backups.restore_action.trigger()
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    replaced = list((data_dir / "replaced").glob("*.sqlite3"))
    assert len(replaced) == 1  # the database before the restore is kept, not deleted


def test_a_damaged_database_is_kept_aside_and_the_backup_offered(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.backups.take_rolling_backup()
    wait_idle(window)
    close_window(window)

    database = data_dir / "workshops.sqlite3"
    for suffix in ("-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    damaged = bytearray(database.read_bytes())
    damaged[:100] = b"\x00" * 100  # the header is gone: not a database any more
    database.write_bytes(bytes(damaged))

    seen: dict[str, str] = {}

    def accept_offer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    answer_next_dialog(accept_offer)
    window = open_window(data_dir)
    qtbot.waitUntil(lambda: "text" in seen, timeout=10_000)
    assert seen["text"].startswith("Databasen gick inte att läsa")
    assert "(1 workshop)" in seen["text"]  # "1 workshoppar" was wrong Swedish
    qtbot.waitUntil(
        lambda: window.context is not None and window.start_view.model.rowCount() == 1,
        timeout=20_000,
    )
    kept = list((data_dir / "damaged").glob("*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(damaged)  # kept exactly as found
