"""Workshop use cases: create, list, open, rename, duplicate, delete and edit."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from workshop_app.domain import clock
from workshop_app.domain.enums import Language
from workshop_app.domain.ids import new_id
from workshop_app.domain.model import MethodRef, StepPlan, Workshop, WorkshopSummary
from workshop_app.domain.steps import Step
from workshop_app.services.changes import Applied, Change, SetHeader
from workshop_app.storage.repository import WorkshopRepository

TITLE_MAX = 200
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
    return title[: TITLE_MAX - len(suffix)].rstrip() + suffix


def as_copy(workshop: Workshop) -> Workshop:
    """The same workshop under a new id and a title marked as a copy (item ids are kept)."""
    return dataclasses.replace(
        workshop, id=new_id(), title=copy_title(workshop.title, workshop.language)
    )


class WorkshopService:
    """The workshop operations of the GUI and the command line, over one repository."""

    def __init__(
        self, repository: WorkshopRepository, default_minutes: dict[Step, int] | None = None
    ):
        self._repo = repository
        self._default_minutes = default_minutes or DEFAULT_MINUTES

    @property
    def repository(self) -> WorkshopRepository:
        return self._repo

    def list_workshops(self) -> list[WorkshopSummary]:
        return self._repo.list_summaries()

    def load(self, workshop_id: str) -> Workshop:
        return self._repo.load(workshop_id)

    def create(
        self,
        title: str,
        *,
        language: Language = Language.SV,
        municipality: str = "",
        area: str = "",
    ) -> Workshop:
        """A new, empty workshop with the default time plan, saved at once."""
        title = title.strip()[:TITLE_MAX] or (
            "Ny workshop" if language == Language.SV else "New workshop"
        )
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
        return self._repo.load(workshop.id)

    def rename(self, workshop_id: str, title: str) -> datetime:
        title = title.strip()
        if not title:
            raise ValueError("title must not be empty")
        return self._repo.update_header(workshop_id, {"title": title[:TITLE_MAX]})

    def duplicate(self, workshop_id: str) -> Workshop:
        """A full copy (every item and link) under a new id, titled as a copy."""
        original = self._repo.load(workshop_id)
        stamp = clock.now()
        copy = dataclasses.replace(as_copy(original), created_at=stamp, updated_at=stamp)
        self._repo.insert(copy)
        return self._repo.load(copy.id)

    def delete(self, workshop_id: str) -> None:
        self._repo.delete(workshop_id)

    def set_header(self, workshop_id: str, **values: object) -> Applied:
        """Set header fields now (for scripts and tests); the GUI builds SetHeader itself."""
        current = self._repo.load(workshop_id)
        previous = {name: getattr(current, name) for name in values}
        return self.apply(SetHeader(workshop_id, dict(values), previous))

    def apply(self, change: Change) -> Applied:
        """Apply one reversible change (one transaction); returns its inverse."""
        return change.apply(self._repo)
