"""Each figure against the same figure of the previous run (``build/bench/results.json``)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.report import Row

WORSE_LIMIT = 0.20  # a figure more than 20 % above the previous run's is flagged


@dataclass(frozen=True)
class Change:
    """How a figure moved since the previous run: ``ratio`` is now ÷ before."""

    before: float
    now: float

    @property
    def ratio(self) -> float:
        return self.now / self.before if self.before else float("inf")

    @property
    def worse(self) -> bool:
        # Every figure is a time, a size or a ratio of times: higher is worse.
        return self.ratio > 1 + WORSE_LIMIT

    def text(self) -> str:
        percent = (self.ratio - 1) * 100
        mark = "  << WORSE by more than 20 %" if self.worse else ""
        return f"{percent:+.0f} %{mark}"


def load_previous(path: Path) -> dict[str, Any] | None:
    """The previous run's document, or None (no run yet, or a file this code cannot read)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return document if isinstance(document, dict) and "rows" in document else None


def compare(rows: Sequence[Row], previous: Mapping[str, Any]) -> dict[tuple[str, str], Change]:
    """Figures present in both runs, keyed by (figure, workshop)."""
    before = {
        (row["figure"], row["workshop"]): float(row["value"])
        for row in previous.get("rows", [])
        if isinstance(row, dict) and "figure" in row and "value" in row
    }
    return {
        (row.figure, row.workshop): Change(before[(row.figure, row.workshop)], row.value)
        for row in rows
        if (row.figure, row.workshop) in before
    }


def comparison_text(
    rows: Sequence[Row], changes: Mapping[tuple[str, str], Change], when: str
) -> str:
    """One line per figure: before → now and the change; flagged lines first."""
    if not changes:
        return f"No figure in common with the previous run ({when})."
    lines = []
    for row in rows:
        change = changes.get((row.figure, row.workshop))
        if change is None:
            continue
        lines.append(
            (
                not change.worse,
                f"  {row.figure} [{row.workshop}]: {change.before:.4g} -> {change.now:.4g} "
                f"{row.unit}  {change.text()}",
            )
        )
    worse = sum(1 for ok, _ in lines if not ok)
    head = f"Compared with the previous run ({when}): {worse} figure(s) more than 20 % worse."
    return "\n".join([head, *(line for _, line in sorted(lines, key=lambda x: x[0]))])
