"""What the projector shows: one step's slide built from a workshop snapshot (pure).

The slide carries data, not wording: the step and question numbers as numbers, each card's
facts as a kind plus a value (an organisation's name, a date, a vote count, an enum value).
Method-pack texts (step titles, questions, rating words, branch names) come in the chosen
language; the captions around the facts ("Ansvarig: …", "Steg 3 av 7") are worded by the GUI
through Qt's translations, so there is one place per language for every visible caption.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from workshop_app.domain.cause_tree import walk
from workshop_app.domain.enums import Branch, Directness, Rating
from workshop_app.domain.information_matrix import catalog_order, is_gap
from workshop_app.domain.method_pack.model import Choice, MethodPack
from workshop_app.domain.model import Cause, Measure, Problem, Workshop
from workshop_app.domain.observed_indicators import observed_indicators
from workshop_app.domain.partner_matrix import measures_of
from workshop_app.domain.priorities import problems_in_order, shown_rank
from workshop_app.domain.steps import STEP_ORDER, Step, step_index
from workshop_app.domain.time_plan import clock_times, minutes_of, session_meeting
from workshop_app.domain.voting import items_to_vote_on, sorted_result

if TYPE_CHECKING:  # it builds on this module's cards
    from workshop_app.domain.presentation_follow_up import FollowUpView


class FocusKind(StrEnum):
    """What the facilitator can put large on the projector instead of the step's cards."""

    PROBLEM = "problem"  # one problem with its causes and measures
    FISHBONE = "fishbone"  # the fishbone of one problem
    VOTES_PROBLEMS = "votes_problems"  # the vote result of the problems
    VOTES_MEASURES = "votes_measures"  # the vote result of the measures


@dataclass(frozen=True, slots=True)
class FocusTarget:
    """A focus: its kind and, for a problem or fishbone, the problem's id (None: the first);
    for a measures vote, the problem whose measures were voted on (None: all measures)."""

    kind: FocusKind
    item_id: str | None = None


class FactKind(StrEnum):
    """A fact on a card; the GUI words it ("Ansvarig: %1", "%1 röster" …)."""

    VOTES = "votes"  # value: the count
    PRIORITISED = "prioritised"  # value: the rank, or "" when prioritised without one
    EXTENT = "extent"  # value: Extent value "0".."3"
    TREND = "trend"  # value: Trend value
    KNOWLEDGE_GAP = "knowledge_gap"  # no organisation holds information; value ""
    LEAD = "lead"  # value: organisation name
    RATING = "rating"  # value: method-pack rating word
    NOT_RATED = "not_rated"  # value ""
    DONT_KNOW = "dont_know"  # value "": the group answered "Vet ej" (not the same as unrated)
    OWNER = "owner"  # value: "organisation – role" (either part may be missing)
    DUE = "due"  # value: ISO date
    STATUS = "status"  # value: NextStepStatus value
    STEERING_GROUP = "steering_group"  # value ""
    MINUTES = "minutes"  # value: planned minutes
    # A follow-up meeting's slides (presentation_follow_up):
    ATTENTION = "attention"  # value: "overdue" | "due_by_meeting"
    CHANGE = "change"  # value: follow_up.Direction value, since the previous assessment
    ATTAINMENT = "attainment"  # value: Attainment value, "" when not judged at this meeting
    GOAL_DATE = "goal_date"  # value: ISO date the goal is to be reached by


@dataclass(frozen=True, slots=True)
class Fact:
    kind: FactKind
    value: str = ""


@dataclass(frozen=True, slots=True)
class CardLine:
    """A line inside a card: a cause under its problem (indented by depth), a measure …"""

    id: str
    text: str
    depth: int = 0
    detail: str = ""  # e.g. a measure's lead organisation
    underlying: bool = False  # an underlying cause (drawn dashed / marked)
    new: bool = False
    # A labelled line ("Kommentar: …"): a presentation_follow_up.LineKind value, and for an
    # assessment its enum values instead of text; the GUI words both.
    label: str = ""
    values: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Card:
    """One item as the group sees it on the projector."""

    id: str
    title: str
    subtitle: str = ""
    facts: tuple[Fact, ...] = ()
    lines: tuple[CardLine, ...] = ()
    meter: tuple[int, int] | None = None  # (value, most): a rating drawn as filled blocks
    new: bool = False  # the item added most recently while this step was shown


@dataclass(frozen=True, slots=True)
class ProblemFocus:
    """A problem with its causes (tree order) and measures."""

    problem_id: str
    title: str
    description: str
    place: str
    facts: tuple[Fact, ...]
    causes: tuple[CardLine, ...]
    measures: tuple[CardLine, ...]


@dataclass(frozen=True, slots=True)
class FishboneFocus:
    """The fishbone of one problem: what ``fishbone_layout.layout_fishbone`` needs."""

    problem_id: str
    title: str
    causes: tuple[Cause, ...]
    branch_titles: tuple[tuple[Branch, str], ...]
    legend: tuple[str, str]  # direct, underlying


@dataclass(frozen=True, slots=True)
class VoteRow:
    id: str
    title: str
    subtitle: str
    votes: int
    rank: int


@dataclass(frozen=True, slots=True)
class VoteResult:
    """Items sorted by votes, most first; equal counts share a rank (``voting.sorted_result``)."""

    kind: str  # "problems" | "measures"
    rows: tuple[VoteRow, ...]

    @property
    def total(self) -> int:
        return sum(row.votes for row in self.rows)

    @property
    def most(self) -> int:
        return max((row.votes for row in self.rows), default=0)


Focus = ProblemFocus | FishboneFocus | VoteResult


@dataclass(frozen=True, slots=True)
class Slide:
    """Everything the presentation window shows for one moment of the workshop."""

    workshop_title: str
    area: str
    step: Step
    step_title: str
    step_number: int  # as the step rail numbers them: 0 is the preparation, 1 … 6 the workshop
    step_count: int  # the workshop's steps, without the preparation
    question: str  # "" when the step has no guiding questions
    question_number: int  # 1-based; 0 without questions
    question_count: int
    lead: str = ""  # a paragraph above the cards (the purpose, on the preparation slide)
    cards: tuple[Card, ...] = ()
    focus: Focus | None = None
    follow_up: FollowUpView | None = None  # a follow-up meeting's slide instead of a step's


def build_slide(
    workshop: Workshop,
    pack: MethodPack,
    language: str,
    step: Step,
    question_index: int = 0,
    focus: FocusTarget | None = None,
    newest_id: str | None = None,
) -> Slide:
    """The slide of ``step``; ``newest_id`` marks the card or line added last as new.

    With a ``focus`` whose item exists the slide has no cards (the focus replaces them).
    """
    guide = pack.step(step)
    questions = guide.questions
    index = clamp_question(question_index, len(questions))
    shown_focus = build_focus(workshop, pack, language, focus) if focus is not None else None
    # A focus takes the place of the cards: they are not built (1,500 causes cost time).
    cards, lead = _cards(workshop, pack, language, step) if shown_focus is None else ((), "")
    if newest_id is not None:
        cards = mark_new(cards, newest_id)
    return Slide(
        workshop_title=workshop.title,
        area=workshop.area,
        step=step,
        step_title=guide.title.get(language),
        step_number=step_index(step),
        step_count=len(STEP_ORDER) - 1,
        question=questions[index].get(language) if questions else "",
        question_number=index + 1 if questions else 0,
        question_count=len(questions),
        lead=lead,
        cards=cards,
        focus=shown_focus,
    )


def clamp_question(index: int, count: int) -> int:
    """A question index within 0..count-1 (0 when there are none)."""
    return min(max(index, 0), max(count - 1, 0))


# -- the new item ----------------------------------------------------------------------------


def item_ids(cards: Sequence[Card]) -> tuple[str, ...]:
    """The ids of every card and card line, in the order shown."""
    ids: list[str] = []
    for card in cards:
        ids.append(card.id)
        ids.extend(line.id for line in card.lines)
    return tuple(ids)


def newest_added(before: Collection[str], after: Sequence[str]) -> str | None:
    """The last id of ``after`` that ``before`` did not have (None when nothing was added)."""
    known = set(before)
    return next((item for item in reversed(after) if item not in known), None)


def mark_new(cards: Sequence[Card], item_id: str) -> tuple[Card, ...]:
    """``cards`` with the card or line ``item_id`` flagged as new."""
    marked: list[Card] = []
    for card in cards:
        if card.id == item_id:
            card = dataclasses.replace(card, new=True)
        elif any(line.id == item_id for line in card.lines):
            lines = tuple(
                dataclasses.replace(line, new=True) if line.id == item_id else line
                for line in card.lines
            )
            card = dataclasses.replace(card, lines=lines)
        marked.append(card)
    return tuple(marked)


# -- cards per step --------------------------------------------------------------------------


def _cards(
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


def _problem_facts(problem: Problem) -> tuple[Fact, ...]:
    facts = [Fact(FactKind.VOTES, str(problem.votes))]
    if problem.prioritised:
        rank = shown_rank(problem)
        facts.append(Fact(FactKind.PRIORITISED, "" if rank is None else str(rank)))
    return tuple(facts)


def _problem_card(problem: Problem) -> Card:
    return Card(
        id=problem.id, title=problem.title, subtitle=problem.place, facts=_problem_facts(problem)
    )


def _problems_worked_on(workshop: Workshop, has_items: set[str]) -> list[Problem]:
    """Prioritised problems first; once some are prioritised, others only if they have items."""
    ordered = problems_in_order(workshop.problems)
    if not any(p.prioritised for p in ordered):
        return ordered
    return [p for p in ordered if p.prioritised or p.id in has_items]


def _cause_lines(causes: Sequence[Cause], problem_id: str) -> tuple[CardLine, ...]:
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
        Card(id=p.id, title=p.title, lines=_cause_lines(grouped.get(p.id, []), p.id))
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


def build_focus(
    workshop: Workshop, pack: MethodPack, language: str, target: FocusTarget
) -> Focus | None:
    """The focus content, or None when its problem no longer exists (deleted meanwhile)."""
    kind = FocusKind(target.kind)
    if kind == FocusKind.VOTES_PROBLEMS:
        return vote_result(workshop, "problems")
    if kind == FocusKind.VOTES_MEASURES:
        if target.item_id is not None and _focus_problem(workshop, target.item_id) is None:
            return None  # its problem was deleted meanwhile: back to the cards
        return vote_result(workshop, "measures", target.item_id)
    problem = _focus_problem(workshop, target.item_id)
    if problem is None:
        return None
    if kind == FocusKind.FISHBONE:
        return FishboneFocus(
            problem_id=problem.id,
            title=problem.title,
            causes=tuple(c for c in workshop.causes if c.problem_id == problem.id),
            branch_titles=tuple(
                (branch, _choice_text(pack, pack.branches, branch.value, language))
                for branch in Branch
            ),
            legend=(
                _choice_text(pack, pack.directness, Directness.DIRECT.value, language),
                _choice_text(pack, pack.directness, Directness.UNDERLYING.value, language),
            ),
        )
    names = {o.id: o.name for o in workshop.organisations}
    measures = tuple(
        CardLine(id=m.id, text=m.title, detail=names.get(m.lead_organisation_id or "", ""))
        for m in measures_of(workshop.measures, problem.id)
    )
    return ProblemFocus(
        problem_id=problem.id,
        title=problem.title,
        description=problem.description,
        place=problem.place,
        facts=_problem_facts(problem),
        causes=_cause_lines(workshop.causes, problem.id),
        measures=measures,
    )


def _focus_problem(workshop: Workshop, problem_id: str | None) -> Problem | None:
    if problem_id is None:
        ordered = problems_in_order(workshop.problems)
        return ordered[0] if ordered else None
    return next((p for p in workshop.problems if p.id == problem_id), None)


def _choice_text(
    pack: MethodPack, choices: tuple[Choice, ...], choice_id: str, language: str
) -> str:
    choice = pack.choice(choices, choice_id)
    return choice.title.get(language) if choice is not None else choice_id


def vote_result(workshop: Workshop, kind: str, problem_id: str | None = None) -> VoteResult:
    """The problems' or the measures' votes (of one problem, or with None of all), sorted as
    the vote dialog sorts them."""
    items = items_to_vote_on(workshop, kind, problem_id if kind == "measures" else None)
    problem_titles = {p.id: p.title for p in workshop.problems}
    subtitles = (
        {m.id: problem_titles.get(m.problem_id, "") for m in workshop.measures}
        if kind == "measures"
        else {}
    )
    rows = tuple(
        VoteRow(row.id, row.title, subtitles.get(row.id, ""), row.votes, row.rank)
        for row in sorted_result(items)
    )
    return VoteResult(kind=kind, rows=rows)
