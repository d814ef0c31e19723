"""The minutes' "Förändringar sedan förra mötet": what the newest follow-up meeting recorded."""

from __future__ import annotations

import dataclasses
from datetime import date

from tests.unit.export.reading import assert_in_order, headings, paragraphs, reopen, section
from workshop_app.domain.enums import Attainment, IndicatorStatus, NextStepStatus, Rating
from workshop_app.domain.follow_up_edits import (
    add_next_step,
    reassess,
    record_attainment,
    set_step_status,
    start_meeting,
)
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import GoalAttainment, NextStep, Workshop
from workshop_app.export.minutes import minutes_bytes

HEADING = "Förändringar sedan förra mötet"


def followed_up(workshop: Workshop) -> Workshop:
    observed = next(
        a for a in workshop.indicator_assessments if a.status is IndicatorStatus.OBSERVED
    )
    step = workshop.next_steps[0]
    problem = next(p for p in workshop.problems if p.prioritised)
    w = start_meeting(workshop, "f1", date(2027, 2, 1), "Första uppföljningen")
    w = reassess(w, "f1", observed.indicator_id, status=IndicatorStatus.NOT_OBSERVED)
    w = set_step_status(w, "f1", step.id, NextStepStatus.DONE, "Klart i januari")
    w = record_attainment(
        w, GoalAttainment(problem.id, "f1", Attainment.REACHED, effect="Inga fler bränder")
    )
    return add_next_step(w, "f1", NextStep("ny", "Ny trygghetsvandring", due_date=date(2027, 4, 1)))


def test_the_newest_follow_up_meeting_is_in_both_minutes(
    workshop: Workshop, pack: MethodPack
) -> None:
    w = followed_up(workshop)
    step = w.next_steps[0]
    problem = next(p for p in w.problems if p.prioritised)
    for variant in ("full", "short"):
        document = reopen(minutes_bytes(w, pack, variant=variant))
        assert HEADING in headings(document, 1)
        body = section(paragraphs(document), HEADING)
        assert_in_order(
            [
                "Uppföljningsmöte: 2027-02-01",
                "Första uppföljningen",
                "Indikatorer som bedömts på nytt",
                "↓ mindre",
                "Åtgärdsplanen",
                f"{step.title}: Klar – Klart i januari",
                "Måluppfyllelse",
                f"{problem.title}: Uppnått",
                "Vad som förändrats (effekt): Inga fler bränder",
                "Nya nästa steg",
                "Ny trygghetsvandring (2027-04-01)",
            ],
            body,
        )


def test_no_section_without_a_follow_up_meeting(workshop: Workshop, pack: MethodPack) -> None:
    document = reopen(minutes_bytes(workshop, pack, variant="full"))
    assert HEADING not in headings(document, 1)


def test_dont_know_is_written_as_such_not_as_not_rated(
    workshop: Workshop, pack: MethodPack
) -> None:
    first = workshop.preconditions[0]
    w = dataclasses.replace(
        workshop,
        preconditions=(
            dataclasses.replace(first, rating=Rating.DONT_KNOW),
            *workshop.preconditions[1:],
        ),
    )
    texts = [p.text for p in paragraphs(reopen(minutes_bytes(w, pack, variant="full")))]
    assert "Vet ej" in texts
