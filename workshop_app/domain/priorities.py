"""Prioritised problems: their order by rank and the rank arithmetic of the Problems step.

One definition for every place that lists problems by priority (the Problems table, the
Causes and Measures pages, the projector, the minutes and plans): the prioritised problems by
rank, unranked ones after them, ties and unranked in the user's list order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from workshop_app.domain.model import Problem

# Field name → new value, per problem id: what a rank edit changes.
ProblemChanges = dict[str, dict[str, Any]]


def prioritised_by_rank(problems: Sequence[Problem]) -> list[Problem]:
    """The prioritised problems by rank; unranked ones after, in list order."""
    chosen = [p for p in problems if p.prioritised]
    chosen.sort(key=lambda p: (p.rank is None, p.rank or 0))  # stable: list order breaks ties
    return chosen


def shown_rank(problem: Problem) -> int | None:
    """The rank a problem shows: only a prioritised one has one (a stored rank of a problem
    taken off the list is not shown)."""
    return problem.rank if problem.prioritised else None


def problems_in_order(problems: Sequence[Problem]) -> list[Problem]:
    """Prioritised problems first (by rank, unranked after them), then the rest as listed."""
    return prioritised_by_rank(problems) + [p for p in problems if not p.prioritised]


def problems_to_analyse(problems: tuple[Problem, ...]) -> tuple[tuple[Problem, ...], bool]:
    """The prioritised problems by rank, or all problems if none is prioritised.

    The flag says whether the problems are the prioritised ones.
    """
    chosen = prioritised_by_rank(problems)
    return (tuple(chosen), True) if chosen else (problems, False)


def rank_range(problems: Sequence[Problem]) -> tuple[int, int]:
    """The ranks a prioritised problem can take: 1 to the number prioritised (at least 1)."""
    return 1, max(sum(1 for p in problems if p.prioritised), 1)


def ranks_by_votes(problems: Sequence[Problem]) -> dict[str, int | None]:
    """Rank 1..k for the prioritised problems, most votes first (ties keep list order)."""
    chosen = sorted((p for p in problems if p.prioritised), key=lambda p: -p.votes)
    ranks: dict[str, int | None] = {p.id: None for p in problems}
    ranks.update({p.id: number for number, p in enumerate(chosen, start=1)})
    return ranks


def ranks_with(problems: Sequence[Problem], problem_id: str, rank: int) -> dict[str, int | None]:
    """Ranks after putting ``problem_id`` at ``rank`` among the prioritised (renumbered 1..k)."""
    ordered = [p.id for p in prioritised_by_rank(problems) if p.id != problem_id]
    ordered.insert(min(max(rank, 1), len(ordered) + 1) - 1, problem_id)
    ranks: dict[str, int | None] = {p.id: None for p in problems}
    ranks.update({pid: number for number, pid in enumerate(ordered, start=1)})
    return ranks


def priority_changes(
    problems: Sequence[Problem], problem_id: str, prioritised: bool
) -> ProblemChanges:
    """Field changes per problem when ``problem_id`` is (un)prioritised.

    A newly prioritised problem gets the next rank; one taken off loses its rank and the ranks
    after it close up.
    """
    ordered = [p.id for p in prioritised_by_rank(problems) if p.id != problem_id]
    if prioritised:
        ordered.append(problem_id)
    wanted: ProblemChanges = {p.id: {"prioritised": p.prioritised, "rank": None} for p in problems}
    wanted[problem_id]["prioritised"] = prioritised
    for number, pid in enumerate(ordered, start=1):
        wanted[pid]["rank"] = number
    return _differences(problems, wanted)


def rank_changes(problems: Sequence[Problem], ranks: dict[str, int | None]) -> ProblemChanges:
    """Only the problems whose rank really changes."""
    return _differences(problems, {pid: {"rank": rank} for pid, rank in ranks.items()})


def _differences(problems: Sequence[Problem], wanted: ProblemChanges) -> ProblemChanges:
    changes: ProblemChanges = {}
    for problem in problems:
        values = {k: v for k, v in wanted.get(problem.id, {}).items() if getattr(problem, k) != v}
        if values:
            changes[problem.id] = values
    return changes
