"""Reversible changes of an indicator's assessment that decide on the database worker.

A status set on a catalog indicator that the workshop does not list yet must add the indicator
and then its assessment, as one undoable step. Deciding that on the UI thread from the screen's
snapshot races with saves still queued (a second key press before the first reload), so these
changes look at what is stored when they run, as ``UpdateItem`` reads its previous values.
Their inverses are exact (items back at their places), never a whole-workshop restore.

They follow the ``services.changes.Change`` protocol (a module beside ``changes.py``, which
holds the general item changes).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workshop_app.domain.errors import ItemNotFoundError
from workshop_app.domain.model import Indicator, IndicatorAssessment
from workshop_app.services.changes import Applied, UpdateItem
from workshop_app.storage.repository import WorkshopRepository

INDICATORS = "indicators"
ASSESSMENTS = "indicator_assessments"


@dataclass(frozen=True, slots=True)
class SetAssessment:
    """Set fields of an indicator's assessment; add the indicator and the assessment if missing.

    ``indicator`` is what is added to ``workshop.indicators`` when the workshop does not list
    it yet (a catalog indicator in the workshop's language). A new assessment gets ``values``
    over the defaults (status "unknown").
    """

    workshop_id: str
    indicator: Indicator
    values: dict[str, Any]

    def apply(self, repo: WorkshopRepository) -> Applied:
        wid, key = self.workshop_id, (self.indicator.id,)
        added_indicator = _missing(repo, wid, INDICATORS, key)
        if added_indicator:
            repo.add_item(wid, INDICATORS, self.indicator)
        if _missing(repo, wid, ASSESSMENTS, key):
            assessment = IndicatorAssessment(indicator_id=self.indicator.id, **self.values)
            try:
                updated_at = repo.add_item(wid, ASSESSMENTS, assessment)
            except Exception:
                if added_indicator:  # leave nothing half done behind
                    repo.delete_item(wid, INDICATORS, key)
                raise
            inverse = ClearAssessment(wid, self.indicator.id, remove_indicator=added_indicator)
            return Applied(inverse, updated_at)
        current = repo.get_item(wid, ASSESSMENTS, key)
        previous = {name: getattr(current, name) for name in self.values}
        updated_at = repo.update_item(wid, ASSESSMENTS, key, dict(self.values))
        return Applied(UpdateItem(wid, ASSESSMENTS, key, previous), updated_at)


@dataclass(frozen=True, slots=True)
class ClearAssessment:
    """Take an indicator back to "not assessed".

    By default (``remove_indicator`` None) a catalog indicator that no problem refers to leaves
    the workshop's list as well, so the workshop holds only what the group has assessed; a
    custom indicator, or one a problem refers to, stays and loses only its assessment.
    """

    workshop_id: str
    indicator_id: str
    remove_indicator: bool | None = None

    def apply(self, repo: WorkshopRepository) -> Applied:
        before = repo.load(self.workshop_id)
        key = (self.indicator_id,)
        place = next(
            (n for n, i in enumerate(before.indicators) if i.id == self.indicator_id), None
        )
        indicator = before.indicators[place] if place is not None else None
        spot = next(
            (
                n
                for n, a in enumerate(before.indicator_assessments)
                if a.indicator_id == self.indicator_id
            ),
            None,
        )
        assessment = before.indicator_assessments[spot] if spot is not None else None
        remove = self.remove_indicator
        if remove is None:
            linked = any(self.indicator_id in p.indicator_ids for p in before.problems)
            remove = indicator is not None and not indicator.custom and not linked
        if remove and indicator is not None:
            # The database deletes the assessment and its sources with the indicator.
            updated_at = repo.delete_item(self.workshop_id, INDICATORS, key)
        elif assessment is not None:
            updated_at = repo.delete_item(self.workshop_id, ASSESSMENTS, key)
            indicator = place = None
        else:  # nothing stored to clear: record the intent, change nothing
            updated_at = repo.update_header(self.workshop_id, {})
            indicator = place = None
        inverse = RestoreAssessment(
            self.workshop_id, self.indicator_id, indicator, place, assessment, spot
        )
        return Applied(inverse, updated_at)


@dataclass(frozen=True, slots=True)
class RestoreAssessment:
    """Put back what ``ClearAssessment`` removed, each item at its old place."""

    workshop_id: str
    indicator_id: str
    indicator: Indicator | None
    indicator_index: int | None
    assessment: IndicatorAssessment | None
    assessment_index: int | None

    def apply(self, repo: WorkshopRepository) -> Applied:
        wid = self.workshop_id
        if self.indicator is not None:
            updated_at = repo.add_item(wid, INDICATORS, self.indicator, self.indicator_index)
        if self.assessment is not None:
            updated_at = repo.add_item(wid, ASSESSMENTS, self.assessment, self.assessment_index)
        if self.indicator is None and self.assessment is None:
            updated_at = repo.update_header(wid, {})
        inverse = ClearAssessment(wid, self.indicator_id, self.indicator is not None)
        return Applied(inverse, updated_at)


def _missing(repo: WorkshopRepository, workshop_id: str, collection: str, key: tuple) -> bool:  # type: ignore[type-arg]
    try:
        repo.get_item(workshop_id, collection, key)
    except ItemNotFoundError:
        return True
    return False
