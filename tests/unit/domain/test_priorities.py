"""The prioritised-problem order and the rank arithmetic (domain/priorities)."""

from __future__ import annotations

from workshop_app.domain.model import Problem
from workshop_app.domain.priorities import (
    prioritised_by_rank,
    priority_changes,
    problems_in_order,
    problems_to_analyse,
    rank_changes,
    rank_range,
    ranks_by_votes,
    ranks_with,
    shown_rank,
)


def _p(id_: str, votes: int = 0, prioritised: bool = False, rank: int | None = None) -> Problem:
    return Problem(id=id_, title=id_, votes=votes, prioritised=prioritised, rank=rank)


MIXED = [
    _p("p1"),
    _p("p2", prioritised=True),
    _p("p3", prioritised=True, rank=2),
    _p("p4", prioritised=True, rank=1),
    _p("p5"),
    _p("p6", prioritised=True),
]


def test_prioritised_by_rank_puts_unranked_last_in_list_order() -> None:
    assert [p.id for p in prioritised_by_rank(MIXED)] == ["p4", "p3", "p2", "p6"]


def test_equal_ranks_keep_the_list_order() -> None:
    problems = [_p("b", prioritised=True, rank=1), _p("a", prioritised=True, rank=1)]
    assert [p.id for p in prioritised_by_rank(problems)] == ["b", "a"]


def test_prioritised_problems_come_first_by_rank() -> None:
    assert [p.id for p in problems_in_order(MIXED)] == ["p4", "p3", "p2", "p6", "p1", "p5"]


def test_problems_to_analyse_prefers_prioritised_by_rank() -> None:
    problems = (
        _p("a", prioritised=True, rank=2),
        _p("b"),
        _p("c", prioritised=True),
        _p("d", prioritised=True, rank=1),
    )
    chosen, prioritised = problems_to_analyse(problems)
    assert [p.id for p in chosen] == ["d", "a", "c"] and prioritised
    plain = (_p("b"), _p("e"))
    assert problems_to_analyse(plain) == (plain, False)


def test_rank_range_is_one_to_the_number_prioritised() -> None:
    assert rank_range(MIXED) == (1, 4)
    assert rank_range([_p("x")]) == (1, 1)  # an editor always has a valid range


def test_ranks_by_votes_numbers_prioritised_problems_most_votes_first() -> None:
    problems = [_p("a", 2, True), _p("b", 5, True), _p("c", 9), _p("d", 2, True, 1)]
    assert ranks_by_votes(problems) == {"a": 2, "b": 1, "c": None, "d": 3}
    assert rank_changes(problems, ranks_by_votes(problems)) == {
        "a": {"rank": 2},
        "b": {"rank": 1},
        "d": {"rank": 3},
    }


def test_ranks_with_moves_one_problem_and_renumbers() -> None:
    problems = [
        _p("a", prioritised=True, rank=1),
        _p("b", prioritised=True, rank=2),
        _p("c", prioritised=True, rank=3),
        _p("x"),
    ]
    assert ranks_with(problems, "c", 1) == {"a": 2, "b": 3, "c": 1, "x": None}
    assert ranks_with(problems, "a", 99) == {"a": 3, "b": 1, "c": 2, "x": None}
    assert ranks_with(problems, "b", -5) == {"a": 2, "b": 1, "c": 3, "x": None}


def test_priority_changes_give_the_next_rank_and_close_gaps() -> None:
    problems = [_p("a", prioritised=True, rank=1), _p("b", prioritised=True, rank=2), _p("c")]
    assert priority_changes(problems, "c", True) == {"c": {"prioritised": True, "rank": 3}}
    assert priority_changes(problems, "a", False) == {
        "a": {"prioritised": False, "rank": None},
        "b": {"rank": 1},
    }


def test_rank_changes_leave_out_what_does_not_change() -> None:
    problems = [_p("a", prioritised=True, rank=1)]
    assert rank_changes(problems, {"a": 1}) == {}


def test_only_a_prioritised_problem_shows_its_rank() -> None:
    assert shown_rank(_p("a", prioritised=True, rank=2)) == 2
    assert shown_rank(_p("b", prioritised=False, rank=2)) is None  # taken off: rank not shown
    assert shown_rank(_p("c", prioritised=True)) is None
