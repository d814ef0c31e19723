"""Dot voting: the budget, its warning levels, the sorted result and the items voted on."""

from __future__ import annotations

import pytest

from workshop_app.domain.model import Measure, Problem, Workshop
from workshop_app.domain.value_ranges import COUNT_RANGES
from workshop_app.domain.voting import (
    MAX_VOTES,
    Budget,
    BudgetLevel,
    ResultRow,
    budget_status,
    clamp_count,
    items_to_vote_on,
    parse_positive,
    ranks,
    sorted_result,
    votes_after,
)


def _p(id_: str, votes: int, prioritised: bool = False, rank: int | None = None) -> Problem:
    return Problem(id=id_, title=f"Problem {id_}", votes=votes, prioritised=prioritised, rank=rank)


def test_budget_is_participants_times_dots_and_missing_either_means_none() -> None:
    assert Budget(12, 3).total == 36
    assert Budget(None, 3).total is None
    assert Budget(12, None).total is None
    assert Budget(0, 3).total is None


@pytest.mark.parametrize(
    ("votes", "level", "remaining", "over_by"),
    [
        ((3, 4), BudgetLevel.WITHIN, 3, 0),
        ((5, 5), BudgetLevel.USED_UP, 0, 0),
        ((6, 7), BudgetLevel.OVER, -3, 3),
    ],
)
def test_budget_status_counts_used_remaining_and_over(
    votes: tuple[int, int], level: BudgetLevel, remaining: int, over_by: int
) -> None:
    items = [_p("a", votes[0]), _p("b", votes[1])]
    status = budget_status(Budget(5, 2), items)
    assert (status.used, status.total) == (sum(votes), 10)
    assert (status.level, status.remaining, status.over_by) == (level, remaining, over_by)


def test_without_a_budget_only_the_used_dots_count() -> None:
    status = budget_status(Budget(), [_p("a", 4), _p("b", 9)])
    assert (status.used, status.total, status.remaining) == (13, None, None)
    assert status.level is BudgetLevel.NONE
    assert status.over_by == 0


def test_sorted_result_most_votes_first_ties_in_list_order_share_a_rank() -> None:
    items = [_p("a", 2), _p("b", 7), _p("c", 2), _p("d", 0), _p("e", 7)]
    result = sorted_result(items)
    assert [(r.id, r.votes, r.rank) for r in result] == [
        ("b", 7, 1),
        ("e", 7, 1),
        ("a", 2, 3),
        ("c", 2, 3),
        ("d", 0, 5),
    ]
    assert result[0] == ResultRow("b", "Problem b", 7, 1)
    assert ranks(items) == {"a": 3, "b": 1, "c": 3, "d": 5, "e": 1}
    assert sorted_result([]) == ()


def test_counts_and_budget_fields_are_read_safely() -> None:
    assert (clamp_count(-2), clamp_count(17), clamp_count(10**9)) == (0, 17, MAX_VOTES)
    assert [parse_positive(t) for t in ("", " 12 ", "0", "-3", "tre", "4.5")] == [
        None,
        12,
        None,
        None,
        None,
        None,
    ]


def test_items_to_vote_on_problems_and_measures_in_page_order() -> None:
    workshop = Workshop(
        id="w",
        title="W",
        problems=(_p("p1", 0), _p("p2", 0, prioritised=True, rank=1)),
        measures=(
            Measure(id="m1", problem_id="p1", title="M1"),
            Measure(id="m2", problem_id="p2", title="M2"),
            Measure(id="m3", problem_id="p1", title="M3"),
        ),
    )
    assert [p.id for p in items_to_vote_on(workshop, "problems")] == ["p1", "p2"]
    assert [m.id for m in items_to_vote_on(workshop, "measures", "p1")] == ["m1", "m3"]
    # Every measure: the prioritised problem's first, as the measures page lists problems.
    assert [m.id for m in items_to_vote_on(workshop, "measures")] == ["m2", "m1", "m3"]
    with pytest.raises(ValueError, match="kind of vote"):
        items_to_vote_on(workshop, "causes")


def test_the_vote_cap_is_the_stored_range_and_a_vote_stays_within_it() -> None:
    assert MAX_VOTES == COUNT_RANGES["votes"][1] == 100_000
    assert votes_after(3, 1) == 4
    assert votes_after(0, -1) == 0
    assert votes_after(MAX_VOTES, 1) == MAX_VOTES
