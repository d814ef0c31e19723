"""The cards of each step's slide, built from a workshop snapshot (pure).

One builder per step of the method; ``step_cards`` chooses it. ``presentation_content`` puts the
cards on a slide with the step's question.
"""

from __future__ import annotations

from collections.abc import Sequence

from workshop_app.domain.cause_tree import walk
from workshop_app.domain.enums import Directness, Rating
from workshop_app.domain.information_matrix import catalog_order, is_gap
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Cause, Measure, Problem, Workshop
from workshop_app.domain.observed_indicators import observed_indicators
from workshop_app.domain.partner_matrix import measures_of
from workshop_app.domain.priorities import problems_in_order, shown_rank
from workshop_app.domain.slide_model import (
    Card,
    CardLine,
    Fact,
    FactKind,
)
from workshop_app.domain.steps import Step
from workshop_app.domain.time_plan import clock_times, minutes_of, session_meeting


def step_cards(
    workshop: Workshop, pack: MethodPack, language: str, step: Step
) -> tuple[tuple[Card, ...], str]:
    if step == Step.PREPARATION:
        return _agenda_cards(workshop, pack, language), workshop.purpose
    if step == Step.INDICATORS:
        return _indicator_cards(workshop, pack, language), ""
    if step == Step.PROBLEMS:
        return tuple(_problem_card(p) for p in workshop.problems), ""
    if step == Step.CAUSES:
        return _cause_cards(workshop), ""
    if step == Step.MEASURES:
        return _measure_cards(workshop), ""
    if step == Step.PRECONDITIONS:
        return _precondition_cards(workshop, pack, language), ""
    return _next_step_cards(workshop), ""


def _agenda_cards(workshop: Workshop, pack: MethodPack, language: str) -> tuple[Card, ...]:
    """The time plan of the day: the pack's agenda with the workshop's planned minutes, and
    clock times from the start of the meeting the workshop is held in, when it has one."""
    planned = {p.step: p.planned_minutes for p in workshop.step_plan if p.planned_minutes}
    minutes = [
        planned.get(item.step, item.minutes) if item.step else item.minutes for item in pack.agenda
    ]
    meeting = session_meeting(workshop)
    start = minutes_of(meeting.start_time) if meeting is not None else None
    times = clock_times(minutes, start) if start is not None else [None] * len(minutes)
    cards = []
    for item, length, clock in zip(pack.agenda, minutes, times, strict=True):
        cards.append(
            Card(
                id=f"agenda:{item.id}",
                title=item.title.get(language),
                subtitle=f"{clock[0]}–{clock[1]}" if clock else "",
                facts=(Fact(FactKind.MINUTES, str(length)),),
            )
        )
    return tuple(cards)


def _indicator_cards(workshop: Workshop, pack: MethodPack, language: str) -> tuple[Card, ...]:
    """The observed indicators, in the catalogue's order (custom ones after)."""
    assessments = {a.indicator_id: a for a in workshop.indicator_assessments}
    organisation_ids = [o.id for o in workshop.organisations]
    order = catalog_order(pack)
    observed = observed_indicators(workshop)
    observed.sort(key=lambda i: order.get(i.id, len(order)))  # stable: list order after
    cards = []
    for indicator in observed:
        assessment = assessments[indicator.id]
        entry = None if indicator.custom else pack.indicator(indicator.id)
        facts = []
        if assessment.extent is not None:
            facts.append(Fact(FactKind.EXTENT, str(int(assessment.extent))))
        if assessment.trend is not None:
            facts.append(Fact(FactKind.TREND, assessment.trend.value))
        if is_gap(assessment, organisation_ids):
            facts.append(Fact(FactKind.KNOWLEDGE_GAP))
        cards.append(
            Card(
                id=indicator.id,
                title=entry.title.get(language) if entry is not None else indicator.title,
                facts=tuple(facts),
            )
        )
    return tuple(cards)


def problem_facts(problem: Problem) -> tuple[Fact, ...]:
    facts = [Fact(FactKind.VOTES, str(problem.votes))]
    if problem.prioritised:
        rank = shown_rank(problem)
        facts.append(Fact(FactKind.PRIORITISED, "" if rank is None else str(rank)))
    return tuple(facts)


def _problem_card(problem: Problem) -> Card:
    return Card(
        id=problem.id, title=problem.title, subtitle=problem.place, facts=problem_facts(problem)
    )


def _problems_worked_on(workshop: Workshop, has_items: set[str]) -> list[Problem]:
    """Prioritised problems first; once some are prioritised, others only if they have items."""
    ordered = problems_in_order(workshop.problems)
    if not any(p.prioritised for p in ordered):
        return ordered
    return [p for p in ordered if p.prioritised or p.id in has_items]


def cause_lines(causes: Sequence[Cause], problem_id: str) -> tuple[CardLine, ...]:
    return tuple(
        CardLine(
            id=entry.cause.id,
            text=entry.cause.description,
            depth=entry.depth,
            underlying=entry.cause.directness == Directness.UNDERLYING,
        )
        for entry in walk(causes, problem_id)
    )


def _cause_cards(workshop: Workshop) -> tuple[Card, ...]:
    """One card per problem worked on, its causes as lines in tree order."""
    grouped: dict[str, list[Cause]] = {}
    for cause in workshop.causes:  # once, rather than a pass over all causes per problem
        grouped.setdefault(cause.problem_id, []).append(cause)
    return tuple(
        Card(id=p.id, title=p.title, lines=cause_lines(grouped.get(p.id, []), p.id))
        for p in _problems_worked_on(workshop, set(grouped))
    )


def _measure_facts(measure: Measure, names: dict[str, str]) -> list[Fact]:
    facts = []
    lead = names.get(measure.lead_organisation_id or "")
    if lead:
        facts.append(Fact(FactKind.LEAD, lead))
    if measure.votes:
        facts.append(Fact(FactKind.VOTES, str(measure.votes)))
    return facts


def _measure_cards(workshop: Workshop) -> tuple[Card, ...]:
    """Each measure with its lead, problem by problem (prioritised problems first).

    The problem's title is left out: on a card a few hundred pixels wide it would only show
    its first words; the focus view shows a problem with its measures.
    """
    names = {o.id: o.name for o in workshop.organisations}
    with_measures = {m.problem_id for m in workshop.measures}
    cards = []
    for problem in _problems_worked_on(workshop, with_measures):
        for measure in measures_of(workshop.measures, problem.id):
            cards.append(
                Card(
                    id=measure.id,
                    title=measure.title,
                    facts=tuple(_measure_facts(measure, names)),
                )
            )
    return tuple(cards)


def _precondition_cards(workshop: Workshop, pack: MethodPack, language: str) -> tuple[Card, ...]:
    """Every dimension of the pack with its rating (per organisation where rated so)."""
    names = {o.id: o.name for o in workshop.organisations}
    by_dimension: dict[str, list[int]] = {}
    for position, assessment in enumerate(workshop.preconditions):
        by_dimension.setdefault(assessment.dimension_id, []).append(position)
    known = {d.id for d in pack.precondition_dimensions}
    cards = []
    for dimension in pack.precondition_dimensions:
        title = dimension.title.get(language)
        positions = by_dimension.get(dimension.id, [])
        if not positions:
            cards.append(
                Card(id=f"dimension:{dimension.id}", title=title, facts=(Fact(FactKind.NOT_RATED),))
            )
        for position in positions:
            cards.append(_precondition_card(workshop, pack, language, position, title, names))
    for position, assessment in enumerate(workshop.preconditions):
        if assessment.dimension_id not in known:
            title = assessment.dimension_title or assessment.dimension_id
            cards.append(_precondition_card(workshop, pack, language, position, title, names))
    return tuple(cards)


def _precondition_card(
    workshop: Workshop,
    pack: MethodPack,
    language: str,
    position: int,
    title: str,
    names: dict[str, str],
) -> Card:
    assessment = workshop.preconditions[position]
    level = pack.rating_level(int(assessment.rating)) if assessment.rating is not None else None
    if level is not None:
        facts = [Fact(FactKind.RATING, level.title.get(language))]
    elif assessment.rating is Rating.DONT_KNOW:
        facts = [Fact(FactKind.DONT_KNOW)]
    else:
        facts = [Fact(FactKind.NOT_RATED)]
    organisation = names.get(assessment.organisation_id or "", "")
    return Card(
        id=f"precondition:{assessment.dimension_id}:{assessment.organisation_id or ''}",
        title=title,
        subtitle=organisation,
        facts=tuple(facts),
        meter=(level.value, len(pack.rating_scale)) if level else None,
    )


def _next_step_cards(workshop: Workshop) -> tuple[Card, ...]:
    """What will happen, who does it and by when."""
    names = {o.id: o.name for o in workshop.organisations}
    cards = []
    for item in workshop.next_steps:
        owner = " – ".join(
            part
            for part in (names.get(item.owner_organisation_id or "", ""), item.owner_role)
            if part
        )
        facts = []
        if item.due_date is not None:
            facts.append(Fact(FactKind.DUE, item.due_date.isoformat()))
        facts.append(Fact(FactKind.STATUS, item.status.value))
        if item.to_steering_group:
            facts.append(Fact(FactKind.STEERING_GROUP))
        if owner:  # last: the longest, the first to be cut on a narrow card
            facts.append(Fact(FactKind.OWNER, owner))
        cards.append(Card(id=item.id, title=item.title, facts=tuple(facts)))
    return tuple(cards)


# -- focus -----------------------------------------------------------------------------------
