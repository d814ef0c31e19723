"""Word minutes of a stored workshop (DESIGN §6), for the GUI and the command line."""

from __future__ import annotations

from pathlib import Path

from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.export.minutes import Variant, write_minutes
from workshop_app.storage.repository import WorkshopRepository


class MinutesService:
    """Writes the minutes of a workshop as it is stored now, atomically."""

    def __init__(self, repository: WorkshopRepository, pack: MethodPack) -> None:
        self._repo = repository
        self._pack = pack

    def export(self, workshop_id: str, path: Path, variant: Variant = "full") -> Path:
        workshop = self._repo.load(workshop_id)
        write_minutes(path, workshop, self._pack, variant=variant)
        return path
