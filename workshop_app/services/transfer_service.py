"""Moving workshops in and out as workshop files (CONTRACT §1)."""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

from workshop_app import __version__
from workshop_app.domain import clock
from workshop_app.domain.errors import WorkshopAppError, WorkshopFileError
from workshop_app.domain.model import Workshop
from workshop_app.domain.resources import resource_path
from workshop_app.domain.workshop_file import read_workshop_file, write_workshop_file
from workshop_app.domain.workshop_file.versions import check_version_1_expresses
from workshop_app.services.import_journal import ImportJournal
from workshop_app.services.workshop_service import as_copy
from workshop_app.storage.errors import (
    CommitOutcomeUnknownError,
    DatabaseUnreachableError,
    SaveFailedError,
    StoredDataDamagedError,
)
from workshop_app.storage.repository import WorkshopRepository

log = logging.getLogger(__name__)

EXAMPLE_FILE = "exempel-solbacken.workshop.json"


class ImportOutcomeUnknownError(WorkshopAppError):
    """The connection broke while an import was committed: it may or may not be stored."""

    def __init__(self) -> None:
        super().__init__(
            "the connection to the database server was lost while the import was being "
            "saved; the workshop may have been saved – run `list` before importing again "
            "(importing the same file again will not make a second copy)"
        )


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """The stored workshop; ``recovered``: an earlier import of unknown outcome had stored it."""

    workshop: Workshop
    recovered: bool


def file_digest(path: Path) -> str:
    """SHA-256 of the file's bytes (a file over the size limit is refused by the reader)."""
    digest = hashlib.sha256()
    try:
        with Path(path).open("rb") as file:
            for block in iter(lambda: file.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return ""  # the reader reports why the file cannot be read
    return digest.hexdigest()


class TransferService:
    """Import and export of workshop files; import is all-or-nothing and never overwrites."""

    def __init__(
        self,
        repository: WorkshopRepository,
        known_indicator_ids: Collection[str] = (),
        load: Callable[[str], Workshop] | None = None,
        journal: ImportJournal | None = None,
    ):
        self._repo = repository
        self._known_indicator_ids = frozenset(known_indicator_ids)
        # WorkshopService.load: the workshop handed to the window is then the state its
        # later edits are checked against (a shared store), as when it is opened.
        self._load = load or repository.load
        self._journal = journal

    def import_file(self, path: Path) -> Workshop:
        """Read, check and store a workshop file; returns the stored workshop."""
        return self.import_file_checked(path).workshop

    def import_file_checked(self, path: Path) -> ImportOutcome:
        """Read, check and store a workshop file.

        A file is checked completely before anything is written (WorkshopFileError otherwise),
        and an id that already exists gets a copy with a new id rather than an overwrite (the
        check and the insert are one transaction, so concurrent imports cannot collide).
        If an earlier import of the same file ended with an unknown outcome and it turns out
        to be stored, that workshop is returned (``recovered``) and nothing is imported again.
        ImportOutcomeUnknownError if the connection breaks during this import's commit.
        """
        digest = file_digest(path)
        workshop = read_workshop_file(path, known_indicator_ids=self._known_indicator_ids)
        if self._journal is not None:
            for pending in self._journal.pending(digest):
                stored_id = self._repo.find_import(pending.import_id)
                if stored_id is not None:
                    found = self._load(stored_id)
                    self._journal.forget(pending.import_id)  # only once the answer is given
                    return ImportOutcome(found, recovered=True)
                self._journal.forget(pending.import_id)
        import_id = str(uuid.uuid4())
        try:
            stored = self._repo.insert_imported(
                workshop, import_id=import_id, file_digest=digest, make_copy=as_copy
            )
        except CommitOutcomeUnknownError:
            if self._journal is not None:
                self._journal.remember(import_id, digest)
            raise ImportOutcomeUnknownError() from None
        try:
            return ImportOutcome(self._load(stored.id), recovered=False)
        except (DatabaseUnreachableError, SaveFailedError):
            # Stored and committed; only reading it back failed. Saying "nothing has been
            # changed" now would be false: the stored snapshot is the answer.
            log.warning("an imported workshop could not be read back after its commit")
            return ImportOutcome(stored, recovered=False)

    def open_example(self) -> Workshop:
        """The shipped example workshop: the stored one if present, else imported now."""
        path = resource_path("examples", EXAMPLE_FILE)
        example_id = read_workshop_file(path, known_indicator_ids=self._known_indicator_ids).id
        if self._repo.exists(example_id):
            return self._load(example_id)
        return self.import_file(path)

    def export_file(self, workshop_id: str, path: Path, *, format_version: int = 2) -> Path:
        """Write the workshop as a workshop file, atomically; returns the path written.

        ``format_version`` 1 raises ``WorkshopFileError`` naming what would be lost when the
        workshop holds anything version 1 cannot express; nothing is written then.
        """
        workshop = self._repo.load(workshop_id)
        if format_version == 1:  # what a version-1 file cannot hold: the user's choice to mend
            check_version_1_expresses(workshop)
        try:
            write_workshop_file(
                path,
                workshop,
                app_version=__version__,
                exported_at=clock.now(),
                format_version=format_version,
            )
        except WorkshopFileError as error:
            # What was stored breaks the file's rules: the database holds something the app
            # never writes. Named by place only; the value itself is never shown.
            raise StoredDataDamagedError(error.place or "") from None
        return path
