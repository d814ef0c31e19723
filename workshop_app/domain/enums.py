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
    """How far an organisational precondition is in place."""

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
