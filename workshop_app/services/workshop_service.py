"""Workshop use cases: create, list, open, rename, duplicate, delete and edit."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from workshop_app.domain import clock
from workshop_app.domain.enums import Language
from workshop_app.domain.ids import new_id
from workshop_app.domain.limits import WORKSHOP_TITLE_MAX
from workshop_app.domain.model import MethodRef, StepPlan, Workshop, WorkshopSummary
from workshop_app.domain.steps import Step
from workshop_app.services.changes import Applied, Change, SetHeader
from workshop_app.storage.repository import RevisionGuard, WorkshopRepository

COPY_SUFFIX = {Language.SV: " (kopia)", Language.EN: " (copy)"}

# Default minutes per step when no method pack is at hand (DOMAIN §2's half-day plan).
DEFAULT_MINUTES: dict[Step, int] = {
    Step.PREPARATION: 20,
    Step.INDICATORS: 50,
    Step.PROBLEMS: 30,
    Step.CAUSES: 45,
    Step.MEASURES: 45,
    Step.PRECONDITIONS: 30,
    Step.NEXT_STEPS: 25,
}


def copy_title(title: str, language: Language) -> str:
    """``title`` with the copy suffix of ``language``, shortened so it stays within the limit."""
    suffix = COPY_SUFFIX.get(language, COPY_SUFFIX[Language.SV])
    return title[: WORKSHOP_TITLE_MAX - len(suffix)].rstrip() + suffix


def as_copy(workshop: Workshop) -> Workshop:
    """The same workshop under a new id and a title marked as a copy (item ids are kept)."""
    return dataclasses.replace(
        workshop, id=new_id(), title=copy_title(workshop.title, workshop.language)
    )


class WorkshopService:
    """The workshop operations of the GUI and the command line, over one repository.

    It remembers the revision of each workshop it last loaded or wrote: ``apply`` passes it
    as the revision the change is based on, so a change made without seeing someone else's
    (another app on a shared database) raises WorkshopChangedElsewhereError instead of
    overwriting it. Loading the workshop again accepts the current state.
    """

    def __init__(
        self, repository: WorkshopRepository, default_minutes: dict[Step, int] | None = None
    ):
        self._repo = repository
        self._default_minutes = default_minutes or DEFAULT_MINUTES
        self._revisions: dict[str, int] = {}

    @property
    def repository(self) -> WorkshopRepository:
        return self._repo

    def list_workshops(self) -> list[WorkshopSummary]:
        return self._repo.list_summaries()

    def load(self, workshop_id: str) -> Workshop:
        """The workshop as stored now; later changes are checked against this state."""
        workshop, revision = self._repo.load_with_revision(workshop_id)
        self._revisions[workshop_id] = revision
        return workshop

    def known_revision(self, workshop_id: str) -> int | None:
        """The revision last loaded or written here (None: never loaded)."""
        return self._revisions.get(workshop_id)

    def changed_elsewhere(self, workshop_id: str) -> bool:
        """True if the stored workshop is not the state last loaded or written here."""
        return self._repo.revision(workshop_id) != self._revisions.get(workshop_id)

    def load_if_changed_elsewhere(self, workshop_id: str) -> Workshop | None:
        """The current workshop if someone else changed it since, else None (one cheap query)."""
        if not self.changed_elsewhere(workshop_id):
            return None
        return self.load(workshop_id)

    def create(
        self,
        title: str,
        *,
        language: Language = Language.SV,
        municipality: str = "",
        area: str = "",
    ) -> Workshop:
        """A new, empty workshop with the default time plan, saved at once."""
        # Never cut: a title over the limit is refused by storage with a message.
        title = title.strip() or ("Ny workshop" if language == Language.SV else "New workshop")
        stamp = clock.now()
        workshop = Workshop(
            id=new_id(),
            title=title,
            municipality=municipality.strip(),
            area=area.strip(),
            language=language,
            method=MethodRef(),
            created_at=stamp,
            updated_at=stamp,
            step_plan=tuple(
                StepPlan(step=step, planned_minutes=self._default_minutes.get(step))
                for step in Step
            ),
        )
        self._repo.insert(workshop)
        return self.load(workshop.id)

    def rename(self, workshop_id: str, title: str) -> datetime:
        title = title.strip()
        if not title:
            raise ValueError("title must not be empty")
        return self._repo.update_header(workshop_id, {"title": title})

    def duplicate(self, workshop_id: str) -> Workshop:
        """A full copy (every item and link) under a new id, titled as a copy."""
        original = self._repo.load(workshop_id)
        stamp = clock.now()
        copy = dataclasses.replace(as_copy(original), created_at=stamp, updated_at=stamp)
        self._repo.insert(copy)
        return self.load(copy.id)

    def delete(self, workshop_id: str) -> None:
        self._repo.delete(workshop_id)
        self._revisions.pop(workshop_id, None)

    def set_header(self, workshop_id: str, **values: object) -> Applied:
        """Set header fields now (for scripts and tests); the GUI builds SetHeader itself."""
        current = self.load(workshop_id)
        previous = {name: getattr(current, name) for name in values}
        return self.apply(SetHeader(workshop_id, dict(values), previous))

    def apply(self, change: Change) -> Applied:
        """Apply one reversible change; returns its inverse.

        Checked against the revision last loaded or written here (WorkshopChangedElsewhereError
        if the workshop changed since; nothing is written then).
        """
        workshop_id = change.workshop_id
        guard = RevisionGuard(workshop_id, self._revisions.get(workshop_id))
        try:
            return change.apply(self._repo.guarded(guard))
        finally:
            # Also after a failure: a change of several writes may have committed some.
            if guard.expected is not None:
                self._revisions[workshop_id] = guard.expected

    def record(self, change: Change) -> Applied:
        """Save bookkeeping (the current step, the step timer): neither checked nor counted as
        a change, so it never turns another person's next edit into a conflict."""
        guard = RevisionGuard(change.workshop_id, None, counted=False)
        return change.apply(self._repo.guarded(guard))
