"""Findings the user dismissed as "a place, not a person", kept per workshop in the data dir.

Kept in the app's settings (``privacy-dismissed.json``), not in the database: the workshop
model mirrors the workshop file one to one, and a dismissal is the judgement of whoever
looked, not content of the workshop. The key is the workshop id and a digest of the finding's
kind and text (``Finding.digest``), so the file holds no workshop text.
"""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

from workshop_app.domain.atomic_file import write_bytes_atomically
from workshop_app.services.app_paths import AppPaths

log = logging.getLogger(__name__)

FILE_NAME = "privacy-dismissed.json"


class PrivacyDismissals:
    """Read once, then served from memory; each dismissal is written at once, atomically."""

    def __init__(self, paths: AppPaths) -> None:
        self._path = paths.data_dir / FILE_NAME
        self._lock = threading.Lock()
        self._loaded: dict[str, set[str]] | None = None

    def dismissed(self, workshop_id: str) -> frozenset[str]:
        """The digests dismissed in ``workshop_id``."""
        with self._lock:
            return frozenset(self._data().get(workshop_id, ()))

    def dismiss(self, workshop_id: str, digest: str) -> frozenset[str]:
        """Keep ``digest`` as dismissed in ``workshop_id``; returns that workshop's digests."""
        with self._lock:
            data = self._data()
            data.setdefault(workshop_id, set()).add(digest)
            text = json.dumps({k: sorted(v) for k, v in sorted(data.items())}, indent=1) + "\n"
            write_bytes_atomically(self._path, text.encode("utf-8"))
            log.info("a personal data hint was dismissed")
            return frozenset(data[workshop_id])

    def _data(self) -> dict[str, set[str]]:
        if self._loaded is None:
            self._loaded = _read(self._path)
        return self._loaded


def _read(path: Path) -> dict[str, set[str]]:
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("the dismissed privacy hints could not be read; they are shown again")
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {
        str(k): {d for d in v if isinstance(d, str)}
        for k, v in loaded.items()
        if isinstance(v, list)
    }
