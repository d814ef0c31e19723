"""Dot voting by a show of hands: the vote budget and the sorted result with ranks.

The group has no devices of its own: each participant has a number of dots, the facilitator
counts the hands per item and types the count. The budget (participants × dots per person) is
optional and only warns; a count the room shows is never refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from workshop_app.domain.model import Workshop
from workshop_app.domain.partner_matrix import measures_of
from workshop_app.domain.priorities import problems_in_order
from workshop_app.domain.value_ranges import COUNT_RANGES

# The most votes an item can hold: the schema's and storage's range (domain/value_ranges.py).
MAX_VOTES = COUNT_RANGES["votes"][1]
KINDS = ("problems", "measures")  # what the group can vote on


class Votable(Protocol):
    """Anything with an id, a title and a vote count (a problem, a measure)."""

    @property
    def id(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def votes(self) -> int: ...


class BudgetLevel(Enum):
    """How the dots given compare with the budget."""

    NONE = "none"  # no budget set
    WITHIN = "within"  # dots are left
    USED_UP = "used_up"  # exactly all dots given: the next one is too many (amber)
    OVER = "over"  # more dots counted than there are (red): a miscount, or late arrivals


@dataclass(frozen=True, slots=True)
class Budget:
    """Participants × dots per person; either one missing means no budget."""

    participants: int | None = None
    dots_per_person: int | None = None

    @property
    def total(self) -> int | None:
        if not self.participants or not self.dots_per_person:
            return None
        return self.participants * self.dots_per_person


@dataclass(frozen=True, slots=True)
class BudgetStatus:
    """Dots used against the budget."""

    used: int
    total: int | None

    @property
    def remaining(self) -> int | None:
        """Dots left (negative when over); None without a budget."""
        return None if self.total is None else self.total - self.used

    @property
    def over_by(self) -> int:
        remaining = self.remaining
        return 0 if remaining is None or remaining >= 0 else -remaining

    @property
    def level(self) -> BudgetLevel:
        remaining = self.remaining
        if remaining is None:
            return BudgetLevel.NONE
        if remaining > 0:
            return BudgetLevel.WITHIN
        return BudgetLevel.USED_UP if remaining == 0 else BudgetLevel.OVER


def budget_status(budget: Budget, items: Sequence[Votable]) -> BudgetStatus:
    """The dots given to ``items`` against ``budget``."""
    return BudgetStatus(used=sum(item.votes for item in items), total=budget.total)


def clamp_count(count: int) -> int:
    """A count as stored: 0 to ``MAX_VOTES``."""
    return min(max(count, 0), MAX_VOTES)


def votes_after(votes: int, delta: int) -> int:
    """An item's votes after ``delta`` more (or fewer), kept within 0 to ``MAX_VOTES``."""
    return clamp_count(votes + delta)


def parse_positive(text: str) -> int | None:
    """A budget field's value: a whole number from 1, or None (empty or not a number)."""
    text = text.strip()
    if not text.isdigit():
        return None
    value = int(text)
    return value if value > 0 else None


@dataclass(frozen=True, slots=True)
class ResultRow:
    """One line of the result: the item, its votes and its rank (ties share a rank)."""

    id: str
    title: str
    votes: int
    rank: int


def sorted_result(items: Sequence[Votable]) -> tuple[ResultRow, ...]:
    """Most votes first; equal counts keep the order of ``items`` and share a rank (1, 2, 2, 4)."""
    ordered = sorted(enumerate(items), key=lambda pair: (-pair[1].votes, pair[0]))
    rows: list[ResultRow] = []
    for position, (_index, item) in enumerate(ordered, start=1):
        tied = rows and rows[-1].votes == item.votes
        rank = rows[-1].rank if tied else position
        rows.append(ResultRow(item.id, item.title, item.votes, rank))
    return tuple(rows)


def ranks(items: Sequence[Votable]) -> dict[str, int]:
    """The rank of each item by votes (ties share a rank)."""
    return {row.id: row.rank for row in sorted_result(items)}


def items_to_vote_on(
    workshop: Workshop, kind: str, problem_id: str | None = None
) -> tuple[Votable, ...]:
    """What the group votes on, in the order the pages show it.

    ``problems``: every problem. ``measures``: the measures of ``problem_id``, or with None
    every measure, problem by problem (prioritised problems first, as the measures page).
    """
    if kind == "problems":
        return workshop.problems
    if kind != "measures":
        raise ValueError(f"unknown kind of vote {kind!r}; known: {', '.join(KINDS)}")
    if problem_id is not None:
        return tuple(measures_of(workshop.measures, problem_id))
    return tuple(
        m
        for p in problems_in_order(workshop.problems)
        for m in measures_of(workshop.measures, p.id)
    )
