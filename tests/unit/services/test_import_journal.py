"""Imports of unknown outcome are kept per store and per file digest until looked up."""

from __future__ import annotations

import os
from pathlib import Path

from workshop_app.services.import_journal import ImportJournal


def test_entries_are_found_by_digest_and_store_and_forgotten(tmp_path: Path) -> None:
    folder = tmp_path / "pending-imports"
    server = ImportJournal(folder, "postgresql+psycopg://u@h/db")
    server.remember("i1", "d" * 64)
    server.remember("i2", "e" * 64)
    assert [p.import_id for p in server.pending("d" * 64)] == ["i1"]
    assert ImportJournal(folder, "local:/x").pending("d" * 64) == []  # another store
    if os.name == "posix":
        assert (folder / "i1.json").stat().st_mode & 0o777 == 0o600
    server.forget("i1")
    assert server.pending("d" * 64) == []
    assert [p.import_id for p in server.pending("e" * 64)] == ["i2"]


def test_an_unreadable_entry_is_ignored(tmp_path: Path) -> None:
    folder = tmp_path / "pending-imports"
    folder.mkdir()
    (folder / "bad.json").write_text("{", encoding="utf-8")
    assert ImportJournal(folder, "s").pending("d") == []
