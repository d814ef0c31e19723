"""The database setting: try an address, save it for the next start, or go back to the file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workshop_app.gui.dialogs.database_settings_dialog import DatabaseSettingsDialog
from workshop_app.services.app_paths import AppPaths
from workshop_app.services.store_settings import resolve_database_url, saved_database_url

SHOTS = Path(os.environ.get("WORKSHOP_APP_SHOTS", "/tmp/pg/shots"))


def test_connection_test_and_saving(qtbot, data_dir: Path, pg_schema_url: str) -> None:  # type: ignore[no-untyped-def]
    paths = AppPaths(data_dir)
    dialog = DatabaseSettingsDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.url() == ""

    dialog.url_edit.setText("postgresql+psycopg://nobody@127.0.0.1:1/none")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15_000)
    assert "refused" in dialog.result_label.text()

    dialog.url_edit.setText(pg_schema_url)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15_000)
    result = dialog.result_label.text()
    assert result.startswith(("Connected", "Ansluten")), result
    for size in ((1024, 768), (1920, 1080)):
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.window().resize(min(size[0], dialog.sizeHint().width()), dialog.sizeHint().height())
        dialog.grab().save(str(SHOTS / f"database-settings-{size[0]}.png"))

    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save_button.click()
    assert saved_database_url(paths) == pg_schema_url
    assert resolve_database_url(None, paths) == pg_schema_url
    assert resolve_database_url("postgresql+psycopg://cli@host/db", paths).startswith(
        "postgresql+psycopg://cli@"
    )
    if os.name == "posix":
        assert paths.settings.stat().st_mode & 0o777 == 0o600  # a URL may hold a password


def test_an_empty_address_means_this_computers_file(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("WORKSHOP_APP_DATABASE_URL", raising=False)
    paths = AppPaths(data_dir)
    dialog = DatabaseSettingsDialog(paths)
    qtbot.addWidget(dialog)
    dialog.url_edit.setText("postgresql+psycopg://someone@server/db")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save_button.click()
    again = DatabaseSettingsDialog(paths)
    qtbot.addWidget(again)
    assert again.url() == "postgresql+psycopg://someone@server/db"
    again.url_edit.clear()
    with qtbot.waitSignal(again.accepted, timeout=10_000):
        again.save_button.click()
    assert saved_database_url(paths) is None
    assert resolve_database_url(None, paths) is None


def test_a_malformed_address_is_not_saved(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = DatabaseSettingsDialog(AppPaths(data_dir))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.url_edit.setText("inte en adress")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    assert dialog.isVisible() and dialog.result_label.text()
    assert saved_database_url(AppPaths(data_dir)) is None
