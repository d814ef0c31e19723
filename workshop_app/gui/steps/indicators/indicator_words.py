"""Words, markers and colours of the Indicators step, shared by the board and the matrix.

Every status has a marker sign as well as a colour, so it reads in greyscale, on a faded
projector and for colour-blind participants (never colour alone).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from workshop_app.domain.enums import Certainty, Extent, IndicatorStatus, Trend

# Quick keys of the board: a digit sets the status of the selected indicator.
STATUS_KEYS: dict[str, IndicatorStatus | None] = {
    "1": IndicatorStatus.OBSERVED,
    "2": IndicatorStatus.NOT_OBSERVED,
    "3": IndicatorStatus.UNKNOWN,
    "0": None,
}

STATUS_MARKERS: dict[IndicatorStatus | None, str] = {
    IndicatorStatus.OBSERVED: "●",
    IndicatorStatus.NOT_OBSERVED: "○",
    IndicatorStatus.UNKNOWN: "?",
    None: "–",
}
GAP_MARKER = "⚠"

# Light backgrounds under dark text (contrast above 12:1); None keeps the view's own colour.
STATUS_COLOURS: dict[IndicatorStatus | None, str | None] = {
    IndicatorStatus.OBSERVED: "#ffd8a8",
    IndicatorStatus.NOT_OBSERVED: "#d3f0d3",
    IndicatorStatus.UNKNOWN: "#dde3f0",
    None: None,
}
GAP_COLOUR = "#ffe066"
DARK_TEXT = QColor("#1a1a1a")


def status_word(status: IndicatorStatus | None) -> str:
    translate = QCoreApplication.translate
    if status == IndicatorStatus.OBSERVED:
        return translate("IndicatorWords", "Observed")
    if status == IndicatorStatus.NOT_OBSERVED:
        return translate("IndicatorWords", "Not observed")
    if status == IndicatorStatus.UNKNOWN:
        return translate("IndicatorWords", "Unknown")
    return translate("IndicatorWords", "Not assessed")


def status_label(status: IndicatorStatus | None) -> str:
    """Marker and word, e.g. "● Observed"."""
    return f"{STATUS_MARKERS[status]} {status_word(status)}"


def status_choices() -> list[tuple[IndicatorStatus | None, str]]:
    """The statuses in quick-key order, each with its key: "1 – Observed" …"""
    return [
        (status, f"{key} – {status_word(status)}")
        for key, status in sorted(STATUS_KEYS.items(), key=lambda pair: pair[0] == "0")
    ]


def not_given() -> str:
    return QCoreApplication.translate("IndicatorWords", "(not given)")


def extent_choices() -> list[tuple[Extent | None, str]]:
    translate = QCoreApplication.translate
    return [
        (None, not_given()),
        (Extent.NONE, translate("IndicatorWords", "0 – None")),
        (Extent.SOME, translate("IndicatorWords", "1 – Some")),
        (Extent.CONSIDERABLE, translate("IndicatorWords", "2 – Considerable")),
        (Extent.EXTENSIVE, translate("IndicatorWords", "3 – Extensive")),
    ]


def trend_choices() -> list[tuple[Trend | None, str]]:
    translate = QCoreApplication.translate
    return [
        (None, not_given()),
        (Trend.INCREASING, translate("IndicatorWords", "Increasing")),
        (Trend.STABLE, translate("IndicatorWords", "Stable")),
        (Trend.DECREASING, translate("IndicatorWords", "Decreasing")),
        (Trend.UNKNOWN, translate("IndicatorWords", "Unknown trend")),
    ]


def certainty_choices() -> list[tuple[Certainty | None, str]]:
    translate = QCoreApplication.translate
    return [
        (None, not_given()),
        (Certainty.LOW, translate("IndicatorWords", "Low")),
        (Certainty.MEDIUM, translate("IndicatorWords", "Medium")),
        (Certainty.HIGH, translate("IndicatorWords", "High")),
    ]


def word_of(choices: list, value: object) -> str:  # type: ignore[type-arg]
    """The label of ``value`` in ``choices``; empty for None."""
    if value is None:
        return ""
    return next((label for v, label in choices if v == value), str(value))


def status_colour(status: IndicatorStatus | None) -> QColor | None:
    colour = STATUS_COLOURS[status]
    return QColor(colour) if colour else None
