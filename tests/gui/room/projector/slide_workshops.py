"""Workshops with N items on every step, for the projector's capacity tests."""

from __future__ import annotations

import dataclasses
from datetime import date

from workshop_app.domain.enums import (
    Attainment,
    Branch,
    Certainty,
    Directness,
    Extent,
    IndicatorStatus,
    NextStepStatus,
    Rating,
    Trend,
)
from workshop_app.domain.model import (
    Cause,
    EarlierAssessment,
    FollowUpMeeting,
    GoalAttainment,
    Indicator,
    IndicatorAssessment,
    Measure,
    NextStep,
    NextStepUpdate,
    Organisation,
    PreconditionAssessment,
    Problem,
    Workshop,
)

PLACES = (
    "gångtunneln vid Norrbacka centrum",
    "skolgården vid Backaskolan",
    "torget vid 4:ans hållplats",
)
BRANCHES = tuple(Branch)


def problem_title(n: int) -> str:
    return f"Problem {n}: otrygghet och klotter i {PLACES[n % 3]} på kvällarna"


def workshop_with(count: int, causes_per_problem: int = 3) -> Workshop:
    """``count`` indicators, problems, measures, next steps and preconditions; causes: the
    problems' each get ``causes_per_problem`` (with a sub-cause) until ``count`` are made."""
    organisations = tuple(
        Organisation(f"org{n}", f"Organisation {n} – stadsdelsförvaltningen") for n in range(4)
    )
    indicators = tuple(
        Indicator(f"ind{n}", f"Indikator {n}: ungdomar som samlas i {PLACES[n % 3]}", custom=True)
        for n in range(count)
    )
    assessments = tuple(
        IndicatorAssessment(
            f"ind{n}",
            IndicatorStatus.OBSERVED,
            extent=Extent(n % 4),
            trend=Trend.INCREASING,
        )
        for n in range(count)
    )
    problems = tuple(
        Problem(f"p{n}", problem_title(n), place=PLACES[n % 3], votes=(count - n) % 9)
        for n in range(count)
    )
    causes: list[Cause] = []
    number = 0
    while len(causes) < count:
        problem = problems[number // causes_per_problem % len(problems)]
        parent = causes[-1].id if causes and number % causes_per_problem == 2 else None
        causes.append(
            Cause(
                f"c{number}",
                problem.id,
                f"Orsak {number}: svag belysning och ingen vuxennärvaro efter klockan 20 "
                f"i {PLACES[number % 3]}",
                parent_id=parent if parent and causes[-1].problem_id == problem.id else None,
                branch=BRANCHES[number % 4],
                directness=Directness.UNDERLYING if number % 5 == 4 else Directness.DIRECT,
            )
        )
        number += 1
    measures = tuple(
        Measure(
            f"m{n}",
            problems[0].id if n % 2 else problems[n % len(problems)].id,
            f"Åtgärd {n}: nattvandring och bättre belysning i {PLACES[n % 3]}",
            lead_organisation_id="org1",
            votes=n % 7,
        )
        for n in range(count)
    )
    preconditions = tuple(
        PreconditionAssessment(
            f"custom{n}", f"Förutsättning {n}: samverkansavtal", f"org{n % 4}", Rating(n % 4 + 1)
        )
        for n in range(count)
    )
    next_steps = tuple(
        NextStep(f"s{n}", f"Aktivitet {n}: boka möte med fastighetsägaren om belysningen")
        for n in range(count)
    )
    return Workshop(
        id="kapacitet",
        title="Kapacitetsprov",
        municipality="Exempelby kommun",
        area="Norrbacka",
        purpose="Pröva att projektorn aldrig döljer något.",
        organisations=organisations,
        indicators=indicators,
        indicator_assessments=assessments,
        problems=problems,
        causes=tuple(causes),
        measures=measures,
        preconditions=preconditions,
        next_steps=next_steps,
    )


MEETING = FollowUpMeeting("m1", date(2026, 5, 4))


def follow_up_workshop(count: int) -> Workshop:
    """``workshop_with(count)`` after a follow-up meeting: its ``count`` next steps have owners
    and due dates (some overdue), half of them a comment; every indicator was reassessed in
    turn (up, down, the same); every problem is prioritised with a goal, judged at the meeting."""
    base = workshop_with(count)
    statuses = tuple(NextStepStatus)
    steps = tuple(
        dataclasses.replace(
            step,
            owner_organisation_id=f"org{n % 4}",
            owner_role="samordnare för trygghetsfrågor",
            due_date=date(2026, 3 + n % 6, 1 + n % 27),
            status=statuses[n % len(statuses)],
        )
        for n, step in enumerate(base.next_steps)
    )
    updates = tuple(
        NextStepUpdate(
            step.id,
            MEETING.id,
            step.status,
            f"Kommentar {n}: fastighetsägaren har svarat och belysningen är beställd",
        )
        for n, step in enumerate(steps)
        if n % 2 == 0
    )
    earlier = tuple(
        EarlierAssessment(
            a.indicator_id, None, IndicatorStatus.OBSERVED, Extent((n + 1) % 4), Trend.STABLE
        )
        for n, a in enumerate(base.indicator_assessments)
    )
    assessments = tuple(
        dataclasses.replace(a, meeting_id=MEETING.id, certainty=Certainty.MEDIUM)
        for a in base.indicator_assessments
    )
    problems = tuple(
        dataclasses.replace(
            p,
            prioritised=True,
            rank=n + 1,
            goal=f"Mål {n}: färre ungdomar som känner sig otrygga i {PLACES[n % 3]}",
            goal_date=date(2027, 6, 30),
            goal_measure="trygghetsmätningen och polisens lägesbild",
        )
        for n, p in enumerate(base.problems)
    )
    attainments = tuple(
        GoalAttainment(
            p.id,
            MEETING.id,
            tuple(Attainment)[n % 4],
            comment="Arbetet har kommit igång",
            production="Belysning i tunneln, nattvandring varje fredag",
            process="Bra samverkan mellan skola och polis",
            effect="För tidigt att säga",
        )
        for n, p in enumerate(problems)
        if n % 3 != 2  # every third not judged yet at this meeting
    )
    return dataclasses.replace(
        base,
        next_steps=steps,
        next_step_updates=updates,
        earlier_assessments=earlier,
        indicator_assessments=assessments,
        problems=problems,
        goal_attainments=attainments,
        follow_up_meetings=(MEETING,),
    )
