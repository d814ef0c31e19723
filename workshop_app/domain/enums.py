"""Closed value sets of the workshop file (CONTRACT §1, "Enumerations")."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class IndicatorStatus(StrEnum):
    OBSERVED = "observed"
    NOT_OBSERVED = "not_observed"
    UNKNOWN = "unknown"


class Extent(IntEnum):
    NONE = 0
    SOME = 1
    CONSIDERABLE = 2
    EXTENSIVE = 3


class Trend(StrEnum):
    INCREASING = "increasing"
    STABLE = "stable"
    DECREASING = "decreasing"
    UNKNOWN = "unknown"


class Certainty(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class SourceType(StrEnum):
    STATISTICS = "statistics"
    CASE_RECORDS = "case_records"
    STAFF_OBSERVATION = "staff_observation"
    SURVEY = "survey"
    TIP = "tip"
    OTHER = "other"


class Branch(StrEnum):
    """A branch of the fishbone diagram."""

    VICTIM = "victim"
    OFFENDER = "offender"
    PLACE = "place"
    OTHER = "other"


class Directness(StrEnum):
    DIRECT = "direct"
    UNDERLYING = "underlying"


class MeasureKind(StrEnum):
    SITUATIONAL = "situational"
    SOCIAL = "social"
    ORGANISATIONAL = "organisational"
    OTHER = "other"


class Horizon(StrEnum):
    SHORT = "short"
    LONG = "long"


class Phase(IntEnum):
    """Fasmodellen: the three development phases of long-term work in an area."""

    ONE = 1
    TWO = 2
    THREE = 3


class Rating(IntEnum):
    """How far an organisational precondition is in place.

    ``DONT_KNOW`` ("Vet ej", format version 2) is a deliberate answer, distinct from "not rated"
    (``None``). It is 0 so that every store keeps one integer column; the workshop file writes
    it as ``"dont_know"`` (workshop_file/reader.py), never as a level of the scale.
    """

    DONT_KNOW = 0
    MISSING = 1
    WEAK = 2
    PARTLY = 3
    IN_PLACE = 4


class NextStepStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class Language(StrEnum):
    SV = "sv"
    EN = "en"


class Affected(StrEnum):
    """Who a prioritised problem's consequence falls on (format version 2)."""

    RESIDENTS = "residents"
    BUSINESSES = "businesses"
    STAFF = "staff"
    MUNICIPALITY = "municipality"
    OTHER = "other"


class Severity(StrEnum):
    """How serious a consequence is (format version 2)."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Evidence(StrEnum):
    """Whether a measure has been tried or evaluated elsewhere (format version 2)."""

    EVALUATED = "evaluated"
    TRIED = "tried"
    UNTRIED = "untried"


class Implementation(StrEnum):
    """How far a measure has been put into practice (format version 2)."""

    NOT_STARTED = "not_started"
    STARTED = "started"
    IMPLEMENTED = "implemented"
    STOPPED = "stopped"


class Attainment(StrEnum):
    """How far a prioritised problem's goal is reached, as judged at a follow-up meeting."""

    NOT_STARTED = "not_started"
    ON_THE_WAY = "on_the_way"
    REACHED = "reached"
    NOT_REACHED = "not_reached"
