"""The workshop and everything captured in it, as immutable snapshots (DESIGN §3).

Field names and value sets follow the workshop file (CONTRACT §1) one to one, so the file
reader/writer, the database mapping and the export all speak the same language. Every
collection is a tuple in the order the user sees it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from workshop_app.domain.enums import (
    Affected,
    Attainment,
    Branch,
    Certainty,
    Directness,
    Evidence,
    Extent,
    Horizon,
    Implementation,
    IndicatorStatus,
    Language,
    MeasureKind,
    NextStepStatus,
    Phase,
    Rating,
    Severity,
    SourceType,
    Trend,
)
from workshop_app.domain.steps import Step
from workshop_app.domain.summary import WorkshopSummary as WorkshopSummary  # re-exported

DEFAULT_METHOD_ID = "bra-pss-workshop"
DEFAULT_METHOD_VERSION = "1"


@dataclass(frozen=True, slots=True)
class MethodRef:
    """Which method pack (and version) the workshop was run with."""

    id: str = DEFAULT_METHOD_ID
    version: str = DEFAULT_METHOD_VERSION


@dataclass(frozen=True, slots=True)
class StepPlan:
    """Time plan and progress of one step."""

    step: Step
    planned_minutes: int | None = None
    elapsed_seconds: int = 0
    completed: bool = False


@dataclass(frozen=True, slots=True)
class Organisation:
    id: str
    name: str
    kind: str = ""  # an actor kind of the method pack, or any text kept as written


@dataclass(frozen=True, slots=True)
class Participant:
    id: str
    name: str
    role: str = ""
    organisation_id: str | None = None


@dataclass(frozen=True, slots=True)
class Meeting:
    id: str
    date: date
    start_time: str | None = None  # "HH:MM"
    end_time: str | None = None
    location: str = ""
    attendee_ids: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Indicator:
    """An indicator used in this workshop: linked to the method pack, or custom."""

    id: str
    title: str
    description: str = ""
    group: str = ""
    custom: bool = False


@dataclass(frozen=True, slots=True)
class IndicatorSource:
    """One cell of the information matrix: an organisation holds information of a kind."""

    organisation_id: str
    source_type: SourceType
    note: str = ""


@dataclass(frozen=True, slots=True)
class IndicatorAssessment:
    indicator_id: str
    status: IndicatorStatus = IndicatorStatus.UNKNOWN
    extent: Extent | None = None
    trend: Trend | None = None
    certainty: Certainty | None = None
    observations: str = ""
    sources: tuple[IndicatorSource, ...] = ()
    # Version 2: the follow-up meeting this assessment was made in; None: the workshop itself.
    meeting_id: str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    id: str
    title: str
    description: str = ""
    place: str = ""
    indicator_ids: tuple[str, ...] = ()
    votes: int = 0
    prioritised: bool = False
    rank: int | None = None
    # Version 2: what should be different, by when, and how the group will know.
    goal: str = ""
    goal_date: date | None = None
    goal_measure: str = ""
    goal_indicator_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Cause:
    id: str
    problem_id: str
    description: str
    parent_id: str | None = None
    branch: Branch = Branch.OTHER
    directness: Directness = Directness.DIRECT
    evidence: str = ""
    certainty: Certainty | None = None


@dataclass(frozen=True, slots=True)
class Measure:
    id: str
    problem_id: str
    title: str
    cause_ids: tuple[str, ...] = ()
    description: str = ""
    kind: MeasureKind = MeasureKind.OTHER
    horizon: Horizon | None = None
    phase: Phase | None = None
    lead_organisation_id: str | None = None
    partner_organisation_ids: tuple[str, ...] = ()
    resources: str = ""
    follow_up: str = ""
    votes: int = 0
    prioritised: bool = False
    # Version 2.
    expected_effect: str = ""
    evidence: Evidence | None = None
    implementation: Implementation | None = None


@dataclass(frozen=True, slots=True)
class PreconditionAssessment:
    """A rated dimension of the organisational preconditions, optionally per organisation."""

    dimension_id: str
    dimension_title: str = ""
    organisation_id: str | None = None
    rating: Rating | None = None
    current_state: str = ""
    obstacles: str = ""
    remedy: str = ""


@dataclass(frozen=True, slots=True)
class NextStep:
    id: str
    title: str
    description: str = ""
    owner_organisation_id: str | None = None
    owner_role: str = ""
    due_date: date | None = None
    status: NextStepStatus = NextStepStatus.PLANNED
    measure_ids: tuple[str, ...] = ()
    to_steering_group: bool = False
    # Version 2: the follow-up meeting that added this step; None: the workshop itself.
    meeting_id: str | None = None


@dataclass(frozen=True, slots=True)
class Consequence:
    """A consequence of a problem: whom it falls on and how seriously (version 2)."""

    id: str
    problem_id: str
    affected: Affected = Affected.OTHER
    severity: Severity | None = None
    description: str = ""


@dataclass(frozen=True, slots=True)
class FollowUpMeeting:
    """A meeting held after the workshop to follow up its action plan (version 2)."""

    id: str
    date: date
    notes: str = ""


@dataclass(frozen=True, slots=True)
class EarlierAssessment:
    """An indicator assessment that a later meeting superseded, kept as it was (version 2).

    ``meeting_id`` None: made at the workshop itself (the baseline).
    """

    indicator_id: str
    meeting_id: str | None = None
    status: IndicatorStatus = IndicatorStatus.UNKNOWN
    extent: Extent | None = None
    trend: Trend | None = None
    certainty: Certainty | None = None
    observations: str = ""


@dataclass(frozen=True, slots=True)
class NextStepUpdate:
    """The status a next step was given at a follow-up meeting, with the group's comment."""

    next_step_id: str
    meeting_id: str
    status: NextStepStatus = NextStepStatus.PLANNED
    comment: str = ""


@dataclass(frozen=True, slots=True)
class GoalAttainment:
    """How far a prioritised problem's goal was reached, judged at one follow-up meeting.

    ``production``, ``process`` and ``effect`` are Brå's three kinds of follow-up: what was
    done, how the cooperation worked, what changed.
    """

    problem_id: str
    meeting_id: str
    attainment: Attainment = Attainment.NOT_STARTED
    comment: str = ""
    production: str = ""
    process: str = ""
    effect: str = ""


@dataclass(frozen=True, slots=True)
class Note:
    """A note on the parking lot of a step."""

    id: str
    step: Step
    text: str
    created_at: datetime | None = None
    # Version 2 (migration 0005): when the note was marked resolved; None: still open.
    resolved_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Logo:
    """The organisation's logo for the minutes' cover (version 2): a PNG or JPEG, whole.

    ``media_type`` follows from the bytes (``domain.logo``); size and kind are checked there.
    """

    media_type: str
    data: bytes = field(repr=False)


@dataclass(frozen=True, slots=True)
class Attachment:
    """An attachment (bilaga) listed in the minutes, by title (version 2)."""

    id: str
    title: str


@dataclass(frozen=True, slots=True)
class Recipient:
    """One line of the minutes' distribution list (sändlista): an organisation or a role."""

    id: str
    recipient: str


@dataclass(frozen=True, slots=True)
class Workshop:
    """A whole workshop: header fields and every collection, in display order."""

    id: str
    title: str
    municipality: str = ""
    area: str = ""
    purpose: str = ""
    language: Language = Language.SV
    method: MethodRef = field(default_factory=MethodRef)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    current_step: Step = Step.PREPARATION
    follow_up_date: date | None = None
    step_plan: tuple[StepPlan, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    participants: tuple[Participant, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    indicator_assessments: tuple[IndicatorAssessment, ...] = ()
    problems: tuple[Problem, ...] = ()
    causes: tuple[Cause, ...] = ()
    measures: tuple[Measure, ...] = ()
    preconditions: tuple[PreconditionAssessment, ...] = ()
    next_steps: tuple[NextStep, ...] = ()
    notes: tuple[Note, ...] = ()
    # Version 2: the follow-up cycle, meetings in date order, histories in meeting order.
    consequences: tuple[Consequence, ...] = ()
    follow_up_meetings: tuple[FollowUpMeeting, ...] = ()
    earlier_assessments: tuple[EarlierAssessment, ...] = ()
    next_step_updates: tuple[NextStepUpdate, ...] = ()
    goal_attainments: tuple[GoalAttainment, ...] = ()
    # Version 2, record fields (migration 0005): who takes the notes (a role or organisation,
    # never required to be a name), the cover's logo, attachments and the distribution list.
    note_taker: str = ""
    logo: Logo | None = None
    attachments: tuple[Attachment, ...] = ()
    distribution: tuple[Recipient, ...] = ()


# Header fields a user edits one at a time (the Preparation page, follow-up date, step).
WORKSHOP_HEADER_FIELDS: frozenset[str] = frozenset(
    {
        "title",
        "municipality",
        "area",
        "purpose",
        "language",
        "current_step",
        "follow_up_date",
        "note_taker",
        "logo",
    }
)
