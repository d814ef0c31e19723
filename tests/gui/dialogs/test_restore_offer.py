"""The window's offer to restore a backup after a damaged start stays until it is answered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from tests.gui.conftest import answer_next_dialog, close_window
from tests.gui.helpers import settle
from workshop_app.domain import clock
from workshop_app.services.app_paths import AppPaths
from workshop_app.services.backup_service import BackupService
from workshop_app.services.restore_offer import pending_file
from workshop_app.services.startup_check import check_database
from workshop_app.storage.database import open_database


def test_the_offer_comes_back_until_it_is_answered(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    close_window(window)
    paths = AppPaths(data_dir)
    assert BackupService(paths.database, paths.backups).maybe_backup(clock.now()) is not None
    paths.database.write_bytes(b"\x00" * 8192)
    # A start that set the damaged file aside and then ended before the question was answered
    # (closed from the task bar, a power cut): an empty database is in place now.
    assert check_database(paths).offer_restore
    open_database(paths.database, backup_dir=paths.backups).close()

    seen: list[str] = []

    def answer_no(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    answer_next_dialog(answer_no)
    window = open_window(data_dir)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10_000)
    assert "(1 workshop)" in seen[0]
    settle(window)
    window.worker.submit(lambda: None).result()
    qtbot.waitUntil(lambda: not pending_file(paths).exists(), timeout=10_000)
    close_window(window)
    assert not check_database(paths).offer_restore  # answered: the next start is quiet
