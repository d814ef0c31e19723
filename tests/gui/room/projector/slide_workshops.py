"""Workshops with N items on every step, for the projector's capacity tests."""

from __future__ import annotations

from workshop_app.domain.enums import (
    Branch,
    Directness,
    Extent,
    IndicatorStatus,
    Rating,
    Trend,
)
from workshop_app.domain.model import (
    Cause,
    Indicator,
    IndicatorAssessment,
    Measure,
    NextStep,
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
