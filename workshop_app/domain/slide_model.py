"""The projector's slide as data: cards, facts, focus views and vote results (pure).

``presentation_content`` builds these from a workshop snapshot; the GUI draws them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from workshop_app.domain.enums import Branch
from workshop_app.domain.model import Cause
from workshop_app.domain.steps import Step

if TYPE_CHECKING:  # a follow-up meeting's slide builds on these cards
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
