"""Imports whose outcome is unknown (the connection broke during the commit), kept in the
data dir until a retry of the same file has looked them up in the store."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from workshop_app.domain.atomic_file import write_bytes_atomically

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PendingImport:
    import_id: str
    file_digest: str
    store: str  # which store it went to (a URL without password, or "local")


class ImportJournal:
    """One small file per pending import (``pending-imports/<import id>.json``): concurrent
    commands never rewrite each other's entries."""

    def __init__(self, folder: Path, store: str) -> None:
        self._folder = folder
        self._store = store

    def remember(self, import_id: str, file_digest: str) -> None:
        """Keep an import of unknown outcome until the next import of the same file."""
        self._folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        entry = {"import_id": import_id, "file_digest": file_digest, "store": self._store}
        data = json.dumps(entry, indent=1).encode("utf-8")
        write_bytes_atomically(self._folder / f"{import_id}.json", data)
        log.info("import of unknown outcome remembered")

    def pending(self, file_digest: str) -> list[PendingImport]:
        """Earlier imports of this file into this store whose outcome is unknown."""
        found = []
        for path in sorted(self._folder.glob("*.json")) if self._folder.is_dir() else ():
            try:
                entry = json.loads(path.read_text(encoding="utf-8"))
                pending = PendingImport(
                    str(entry["import_id"]), str(entry["file_digest"]), str(entry["store"])
                )
            except (OSError, ValueError, KeyError, TypeError):
                log.warning("an unreadable pending-import entry is ignored")
                continue
            if pending.file_digest == file_digest and pending.store == self._store:
                found.append(pending)
        return found

    def forget(self, import_id: str) -> None:
        """The outcome is known now (looked up in the store)."""
        (self._folder / f"{import_id}.json").unlink(missing_ok=True)
