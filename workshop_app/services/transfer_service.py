"""Moving workshops in and out as workshop files (CONTRACT §1)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path

from workshop_app import __version__
from workshop_app.domain import clock
from workshop_app.domain.errors import WorkshopFileError
from workshop_app.domain.model import Workshop
from workshop_app.domain.resources import resource_path
from workshop_app.domain.workshop_file import read_workshop_file, write_workshop_file
from workshop_app.services.workshop_service import as_copy
from workshop_app.storage.errors import StoredDataDamagedError
from workshop_app.storage.repository import WorkshopRepository

EXAMPLE_FILE = "exempel-solbacken.workshop.json"


class TransferService:
    """Import and export of workshop files; import is all-or-nothing and never overwrites."""

    def __init__(
        self,
        repository: WorkshopRepository,
        known_indicator_ids: Collection[str] = (),
        load: Callable[[str], Workshop] | None = None,
    ):
        self._repo = repository
        self._known_indicator_ids = frozenset(known_indicator_ids)
        # WorkshopService.load: the workshop handed to the window is then the state its
        # later edits are checked against (a shared store), as when it is opened.
        self._load = load or repository.load

    def import_file(self, path: Path) -> Workshop:
        """Read, check and store a workshop file; returns the stored workshop.

        A file is checked completely before anything is written (WorkshopFileError otherwise),
        and an id that already exists gets a copy with a new id rather than an overwrite.
        """
        workshop = read_workshop_file(path, known_indicator_ids=self._known_indicator_ids)
        if self._repo.exists(workshop.id):
            workshop = as_copy(workshop)
        self._repo.insert(workshop)
        return self._load(workshop.id)

    def open_example(self) -> Workshop:
        """The shipped example workshop: the stored one if present, else imported now."""
        path = resource_path("examples", EXAMPLE_FILE)
        example_id = read_workshop_file(path, known_indicator_ids=self._known_indicator_ids).id
        if self._repo.exists(example_id):
            return self._load(example_id)
        return self.import_file(path)

    def export_file(self, workshop_id: str, path: Path) -> Path:
        """Write the workshop as a workshop file, atomically; returns the path written."""
        workshop = self._repo.load(workshop_id)
        try:
            write_workshop_file(path, workshop, app_version=__version__, exported_at=clock.now())
        except WorkshopFileError as error:
            # What was stored breaks the file's rules: the database holds something the app
            # never writes. Named by place only; the value itself is never shown.
            raise StoredDataDamagedError(error.place or "") from None
        return path
