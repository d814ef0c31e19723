"""Workshops after follow-up meetings, for the export tests (and the export-time measurement)."""

from __future__ import annotations

from datetime import date

from workshop_app.domain.enums import Attainment, Extent, IndicatorStatus
from workshop_app.domain.follow_up_edits import reassess, record_attainment, start_meeting
from workshop_app.domain.model import GoalAttainment, Workshop

OBSERVED, NOT_OBSERVED = IndicatorStatus.OBSERVED, IndicatorStatus.NOT_OBSERVED


def followed_up_twice(workshop: Workshop) -> Workshop:
    """``factories.realistic_workshop`` after two follow-up meetings.

    Open drug dealing goes 2 → 1 → 3, common spaces 1 → not observed, the local moped
    indicator is first assessed at the second meeting; the first prioritised problem's goal is
    on the way, then reached.
    """
    problem = next(p for p in workshop.problems if p.prioritised)
    w = start_meeting(workshop, "f1", date(2027, 1, 10))
    w = start_meeting(w, "f2", date(2027, 3, 10))
    w = reassess(w, "f1", "open_drug_dealing", status=OBSERVED, extent=Extent.SOME)
    w = reassess(w, "f1", "common_spaces_taken_over", status=NOT_OBSERVED, extent=Extent.NONE)
    w = reassess(w, "f2", "open_drug_dealing", status=OBSERVED, extent=Extent.EXTENSIVE)
    w = reassess(w, "f2", "ind-local-1", status=OBSERVED, extent=Extent.SOME)
    w = record_attainment(w, GoalAttainment(problem.id, "f1", Attainment.ON_THE_WAY))
    return record_attainment(w, GoalAttainment(problem.id, "f2", Attainment.REACHED))


def large_followed_up(workshop: Workshop) -> Workshop:
    """The benchmark's large workshop after three follow-up meetings.

    At each meeting a third of the observed indicators is assessed again, one step less.
    """
    observed = [a for a in workshop.indicator_assessments if a.status is IndicatorStatus.OBSERVED]
    w = workshop
    for k in range(3):
        meeting = f"large-f{k + 1}"
        w = start_meeting(w, meeting, date(2027, 1 + 2 * k, 15))
        for a in observed[k::3]:
            extent = Extent(max(0, int(a.extent or Extent.SOME) - 1))
            w = reassess(w, meeting, a.indicator_id, status=OBSERVED, extent=extent)
    return w
