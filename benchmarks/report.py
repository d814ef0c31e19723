"""Rows of the benchmark table: a figure, its target, and whether it is met."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Row:
    """One measured figure against its target (``limit`` in the same unit, ``None``: none)."""

    figure: str
    workshop: str
    value: float
    unit: str  # "ms", "MB" or "×"
    limit: float | None
    strict: bool = True  # "<" (True) or "≤" (False)
    note: str = ""

    @property
    def met(self) -> bool | None:
        if self.limit is None:
            return None
        return self.value < self.limit if self.strict else self.value <= self.limit

    @property
    def verdict(self) -> str:
        if self.limit is None:
            return "–"
        if self.met:
            return f"met ({self.value / self.limit:.2f} of the limit)"
        if self.unit == "×":  # already a ratio: say how far above the allowed one
            return f"misses by {self.value / self.limit:.1f}×"
        over = self.value - self.limit
        return f"misses by {self.value / self.limit:.1f}× (+{_number(over, self.unit)})"

    def as_json(self) -> dict[str, object]:
        return {**asdict(self), "met": self.met, "verdict": self.verdict}


def _number(value: float, unit: str) -> str:
    if unit == "×":
        return f"{value:.2f}×"
    if unit == "ms" and value >= 1000:
        return f"{value / 1000:.2f} s"
    return f"{value:.0f} {unit}" if value >= 10 else f"{value:.1f} {unit}"


def target_text(row: Row) -> str:
    if row.limit is None:
        return "–"
    return ("< " if row.strict else "≤ ") + _number(row.limit, row.unit)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def p95(values: Sequence[float]) -> float:
    """The 95th percentile (the largest value when there are too few to interpolate)."""
    if len(values) < 20:
        return max(values)
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def table(rows: Sequence[Row]) -> str:
    """A plain-text table that reads well in a terminal and in Markdown alike."""
    header = ("Figure", "Workshop", "Measured", "Target", "Verdict")
    body = [
        (
            row.figure + (f" ({row.note})" if row.note else ""),
            row.workshop,
            _number(row.value, row.unit),
            target_text(row),
            row.verdict,
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in (header, *body)) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(header), rule, *(line(cells) for cells in body)])
