"""The projector's slide: what each step shows, the question, the new item, focus and votes."""

from __future__ import annotations

import dataclasses
from datetime import date
from functools import cache

from workshop_app.domain.enums import Directness, IndicatorStatus, NextStepStatus, Rating
from workshop_app.domain.method_pack.loader import load_method_pack
from workshop_app.domain.method_pack.model import MethodPack
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
from workshop_app.domain.presentation_content import (
    build_focus,
    build_slide,
    clamp_question,
    item_ids,
    mark_new,
    newest_added,
)
from workshop_app.domain.resources import resource_path
from workshop_app.domain.slide_model import (
    FactKind,
    FishboneFocus,
    FocusKind,
    FocusTarget,
    ProblemFocus,
    VoteResult,
)
from workshop_app.domain.steps import STEP_ORDER, Step
from workshop_app.domain.workshop_file import parse_workshop_document


@cache
def pack() -> MethodPack:
    return load_method_pack()


@cache
def solbacken() -> Workshop:
    raw = resource_path("examples", "exempel-solbacken.workshop.json").read_bytes()
    return parse_workshop_document(raw, known_indicator_ids={i.id for i in pack().indicators})


def small() -> Workshop:
    return Workshop(
        id="w",
        title="Test",
        area="Norr",
        organisations=(Organisation("o1", "Polisen"), Organisation("o2", "Bostadsbolaget")),
        problems=(
            Problem("p1", "Öppen handel", votes=3),
            Problem("p2", "Bränder", votes=5, prioritised=True, rank=1),
            Problem("p3", "Hot", votes=3),
        ),
        causes=(
            Cause("c1", "p2", "Mörkt", directness=Directness.DIRECT),
            Cause(
                "c2", "p2", "Belysning lagas sent", parent_id="c1", directness=Directness.UNDERLYING
            ),
            Cause("c3", "p1", "Skymd insyn"),
        ),
        measures=(
            Measure("m1", "p2", "Ny belysning", lead_organisation_id="o2", votes=2),
            Measure("m2", "p1", "Kameror", votes=4),
        ),
        next_steps=(
            NextStep(
                "n1",
                "Beställ belysning",
                owner_organisation_id="o2",
                owner_role="Förvaltare",
                due_date=date(2026, 10, 30),
                status=NextStepStatus.IN_PROGRESS,
                to_steering_group=True,
            ),
        ),
    )


def facts(card) -> dict[FactKind, str]:  # type: ignore[no-untyped-def]
    return {fact.kind: fact.value for fact in card.facts}


def test_header_numbers_and_question_in_the_chosen_language() -> None:
    guide = pack().step(Step.CAUSES)
    slide = build_slide(small(), pack(), "en", Step.CAUSES, question_index=1)
    assert (slide.step_number, slide.step_count) == (3, 6)  # as numbered in the step rail
    assert slide.step_title == guide.title.en
    assert slide.question == guide.questions[1].en
    assert (slide.question_number, slide.question_count) == (2, len(guide.questions))
    swedish = build_slide(small(), pack(), "sv", Step.CAUSES, question_index=1)
    assert swedish.question == guide.questions[1].sv


def test_question_index_is_kept_within_the_questions() -> None:
    count = len(pack().step(Step.PROBLEMS).questions)
    last = build_slide(small(), pack(), "sv", Step.PROBLEMS, question_index=99)
    assert last.question_number == count
    first = build_slide(small(), pack(), "sv", Step.PROBLEMS, question_index=-3)
    assert first.question_number == 1
    assert clamp_question(5, 0) == 0


def test_problems_step_shows_every_problem_in_list_order_with_votes_and_priority() -> None:
    slide = build_slide(small(), pack(), "sv", Step.PROBLEMS)
    assert [c.id for c in slide.cards] == ["p1", "p2", "p3"]
    assert facts(slide.cards[1]) == {FactKind.VOTES: "5", FactKind.PRIORITISED: "1"}
    assert FactKind.PRIORITISED not in facts(slide.cards[0])


def test_causes_step_groups_causes_under_prioritised_problems_and_those_with_causes() -> None:
    slide = build_slide(small(), pack(), "sv", Step.CAUSES)
    # p2 is prioritised (first), p1 has causes; p3 has neither and is left out.
    assert [c.id for c in slide.cards] == ["p2", "p1"]
    lines = slide.cards[0].lines
    assert [(line.id, line.depth, line.underlying) for line in lines] == [
        ("c1", 0, False),
        ("c2", 1, True),
    ]


def test_measures_step_shows_each_measure_with_its_lead() -> None:
    slide = build_slide(small(), pack(), "sv", Step.MEASURES)
    assert [c.id for c in slide.cards] == ["m1", "m2"]
    assert facts(slide.cards[0]) == {FactKind.LEAD: "Bostadsbolaget", FactKind.VOTES: "2"}
    assert facts(slide.cards[1]) == {FactKind.VOTES: "4"}


def test_next_steps_show_when_status_and_who() -> None:
    (card,) = build_slide(small(), pack(), "sv", Step.NEXT_STEPS).cards
    assert [f.kind for f in card.facts] == [
        FactKind.DUE,
        FactKind.STATUS,
        FactKind.STEERING_GROUP,
        FactKind.OWNER,
    ]
    assert facts(card)[FactKind.DUE] == "2026-10-30"
    assert facts(card)[FactKind.OWNER] == "Bostadsbolaget – Förvaltare"


def test_preconditions_show_every_dimension_rated_or_not() -> None:
    dimension = pack().precondition_dimensions[0]
    workshop = dataclasses.replace(
        small(), preconditions=(PreconditionAssessment(dimension.id, rating=Rating.WEAK),)
    )
    slide = build_slide(workshop, pack(), "sv", Step.PRECONDITIONS)
    assert len(slide.cards) == len(pack().precondition_dimensions)
    first = slide.cards[0]
    assert first.title == dimension.title.sv
    assert first.meter == (2, len(pack().rating_scale))
    assert facts(first)[FactKind.RATING] == pack().rating_level(2).title.sv  # type: ignore[union-attr]
    assert all(FactKind.NOT_RATED in facts(card) for card in slide.cards[1:])


def test_indicators_step_shows_only_observed_indicators_and_flags_gaps() -> None:
    catalog = pack().indicators[0]
    workshop = dataclasses.replace(
        small(),
        indicators=(Indicator(catalog.id, "stored title"), Indicator("x", "Egen", custom=True)),
        indicator_assessments=(
            IndicatorAssessment(catalog.id, status=IndicatorStatus.OBSERVED),
            IndicatorAssessment("x", status=IndicatorStatus.NOT_OBSERVED),
        ),
    )
    (card,) = build_slide(workshop, pack(), "en", Step.INDICATORS).cards
    assert card.title == catalog.title.en  # the catalogue's text in the chosen language
    assert FactKind.KNOWLEDGE_GAP in facts(card)


def test_preparation_shows_purpose_and_the_agenda_with_planned_minutes() -> None:
    workshop = solbacken()
    slide = build_slide(workshop, pack(), "sv", Step.PREPARATION)
    assert slide.lead == workshop.purpose
    assert [c.title for c in slide.cards] == [a.title.sv for a in pack().agenda]
    planned = {p.step: p.planned_minutes for p in workshop.step_plan}
    indicators = next(
        c for c, a in zip(slide.cards, pack().agenda, strict=True) if a.step == Step.INDICATORS
    )
    assert facts(indicators)[FactKind.MINUTES] == str(planned[Step.INDICATORS])


def test_every_step_of_the_example_has_cards() -> None:
    for step in STEP_ORDER:
        slide = build_slide(solbacken(), pack(), "sv", step)
        assert slide.cards, step
        assert all(card.title for card in slide.cards), step


def test_the_newest_item_is_the_last_id_not_seen_before() -> None:
    before = build_slide(small(), pack(), "sv", Step.CAUSES)
    workshop = dataclasses.replace(small(), causes=(*small().causes, Cause("c9", "p2", "Ny")))
    after = build_slide(workshop, pack(), "sv", Step.CAUSES)
    added = newest_added(item_ids(before.cards), item_ids(after.cards))
    assert added == "c9"
    assert newest_added(item_ids(after.cards), item_ids(after.cards)) is None
    marked = build_slide(workshop, pack(), "sv", Step.CAUSES, newest_id="c9")
    assert [line.id for card in marked.cards for line in card.lines if line.new] == ["c9"]
    cards = mark_new(build_slide(small(), pack(), "sv", Step.PROBLEMS).cards, "p3")
    assert [c.id for c in cards if c.new] == ["p3"]


def test_problem_focus_has_its_causes_and_measures() -> None:
    focus = build_focus(small(), pack(), "sv", FocusTarget(FocusKind.PROBLEM, "p2"))
    assert isinstance(focus, ProblemFocus)
    assert [line.id for line in focus.causes] == ["c1", "c2"]
    assert [(line.id, line.detail) for line in focus.measures] == [("m1", "Bostadsbolaget")]


def test_fishbone_focus_defaults_to_the_first_prioritised_problem() -> None:
    focus = build_focus(small(), pack(), "en", FocusTarget(FocusKind.FISHBONE))
    assert isinstance(focus, FishboneFocus)
    assert focus.problem_id == "p2"
    assert {c.id for c in focus.causes} == {"c1", "c2"}
    titles = dict(focus.branch_titles)
    assert titles[next(iter(titles))] == pack().branches[0].title.en


def test_focus_on_a_deleted_problem_falls_back_to_the_cards() -> None:
    slide = build_slide(
        small(), pack(), "sv", Step.CAUSES, focus=FocusTarget(FocusKind.PROBLEM, "gone")
    )
    assert slide.focus is None
    assert slide.cards


def test_vote_result_is_sorted_by_votes_and_ties_share_a_rank() -> None:
    result = build_focus(small(), pack(), "sv", FocusTarget(FocusKind.VOTES_PROBLEMS))
    assert isinstance(result, VoteResult)
    assert [(r.id, r.votes, r.rank) for r in result.rows] == [
        ("p2", 5, 1),
        ("p1", 3, 2),
        ("p3", 3, 2),
    ]
    assert (result.total, result.most) == (11, 5)
    measures = build_focus(small(), pack(), "sv", FocusTarget(FocusKind.VOTES_MEASURES))
    assert isinstance(measures, VoteResult)
    assert [(r.id, r.subtitle) for r in measures.rows] == [
        ("m2", "Öppen handel"),
        ("m1", "Bränder"),
    ]


def test_a_measures_vote_result_of_a_deleted_problem_ends_the_focus() -> None:
    workshop = small()
    problem = workshop.problems[0]
    target = FocusTarget(FocusKind.VOTES_MEASURES, problem.id)
    assert build_focus(workshop, pack(), "sv", target) is not None
    gone = dataclasses.replace(workshop, problems=workshop.problems[1:], measures=(), causes=())
    assert build_focus(gone, pack(), "sv", target) is None
    # Without a problem: every measure, and it never ends by itself.
    assert build_focus(gone, pack(), "sv", FocusTarget(FocusKind.VOTES_MEASURES)) is not None


def test_a_dont_know_answer_is_shown_as_such_not_as_unrated() -> None:
    dimension = pack().precondition_dimensions[0]
    workshop = dataclasses.replace(
        small(), preconditions=(PreconditionAssessment(dimension.id, rating=Rating.DONT_KNOW),)
    )
    first = build_slide(workshop, pack(), "sv", Step.PRECONDITIONS).cards[0]
    assert FactKind.DONT_KNOW in facts(first)
    assert FactKind.NOT_RATED not in facts(first) and first.meter is None
