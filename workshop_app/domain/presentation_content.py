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

from workshop_app.domain.enums import Branch, Directness
from workshop_app.domain.method_pack.model import Choice, MethodPack
from workshop_app.domain.model import Problem, Workshop
from workshop_app.domain.partner_matrix import measures_of
from workshop_app.domain.priorities import problems_in_order
from workshop_app.domain.slide_cards import cause_lines, problem_facts, step_cards
from workshop_app.domain.slide_model import (
    Card,
    CardLine,
    FishboneFocus,
    Focus,
    FocusKind,
    FocusTarget,
    ProblemFocus,
    Slide,
    VoteResult,
    VoteRow,
)
from workshop_app.domain.steps import STEP_ORDER, Step, step_index
from workshop_app.domain.voting import items_to_vote_on, sorted_result


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
    cards, lead = step_cards(workshop, pack, language, step) if shown_focus is None else ((), "")
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
        facts=problem_facts(problem),
        causes=cause_lines(workshop.causes, problem.id),
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
