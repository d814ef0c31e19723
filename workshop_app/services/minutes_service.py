"""Word documents and Excel workbooks of a stored workshop (DESIGN §6), for the GUI and CLI."""

from __future__ import annotations

from pathlib import Path

from workshop_app.domain.errors import WorkshopAppError
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.export.options import ExportOptions, Variant
from workshop_app.storage.repository import WorkshopRepository


class UnknownMeetingError(WorkshopAppError):
    """A meeting chosen for the minutes is not one of the workshop's."""


class MinutesService:
    """Writes documents of a workshop as it is stored now, atomically."""

    def __init__(self, repository: WorkshopRepository, pack: MethodPack) -> None:
        self._repo = repository
        self._pack = pack

    def export(
        self,
        workshop_id: str,
        path: Path,
        variant: Variant = "full",
        options: ExportOptions | None = None,
    ) -> Path:
        from workshop_app.export.minutes import write_minutes  # python-docx on first use

        workshop = self._repo.load(workshop_id)
        options = options or ExportOptions()
        for choice in options.meetings:
            if not any(choice in (m.id, m.date.isoformat()) for m in workshop.meetings):
                raise UnknownMeetingError(f'no meeting with id or date "{choice}" in this workshop')
        write_minutes(path, workshop, self._pack, variant=variant, options=options)
        return path

    def export_workbook(
        self, workshop_id: str, path: Path, options: ExportOptions | None = None
    ) -> Path:
        """The Excel workbook: action plan, measures, information and partner matrices."""
        from workshop_app.export.workbook import write_workbook  # openpyxl on first use

        write_workbook(path, self._repo.load(workshop_id), self._pack, options=options)
        return path
