"""The rows of the preconditions table, worked out from the method pack and the assessments.

Pure Python (no Qt), so the rules are easy to test: one row per dimension of the method pack,
assessed or not, each followed by the rows for single organisations; assessments of dimensions
the pack does not know (a file from another pack version) come last, kept as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workshop_app.domain.method_pack.model import Choice
from workshop_app.domain.model import Organisation, PreconditionAssessment

RowKey = tuple[str, str | None]  # (dimension id, organisation id or None)


@dataclass(frozen=True)
class PreconditionRow:
    dimension_id: str
    organisation_id: str | None
    title: str  # the dimension in the language of the screen
    description: str
    assessment: PreconditionAssessment | None  # None: not assessed yet (an empty row)

    @property
    def key(self) -> RowKey:
        return (self.dimension_id, self.organisation_id)


def precondition_rows(
    dimensions: Sequence[Choice], assessments: Sequence[PreconditionAssessment], language: str
) -> list[PreconditionRow]:
    by_key = {(a.dimension_id, a.organisation_id): a for a in assessments}
    known = {d.id for d in dimensions}
    rows: list[PreconditionRow] = []
    for dimension in dimensions:
        title, description = dimension.title.get(language), dimension.description.get(language)
        rows.append(
            PreconditionRow(
                dimension.id, None, title, description, by_key.get((dimension.id, None))
            )
        )
        rows += [
            PreconditionRow(dimension.id, a.organisation_id, title, description, a)
            for a in assessments
            if a.dimension_id == dimension.id and a.organisation_id is not None
        ]
    rows += [
        PreconditionRow(
            a.dimension_id, a.organisation_id, a.dimension_title or a.dimension_id, "", a
        )
        for a in assessments
        if a.dimension_id not in known
    ]
    return rows


def organisations_without_row(
    dimension_id: str,
    assessments: Sequence[PreconditionAssessment],
    organisations: Sequence[Organisation],
) -> list[Organisation]:
    """The organisations that could still get a row of their own for ``dimension_id``."""
    taken = {a.organisation_id for a in assessments if a.dimension_id == dimension_id}
    return [o for o in organisations if o.id not in taken]


def contrast_text(colour: str) -> str:
    """Black or white, whichever reads better on ``colour`` ("#rrggbb"; WCAG contrast)."""
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    on_black = (luminance + 0.05) / 0.05
    on_white = 1.05 / (luminance + 0.05)
    return "#000000" if on_black >= on_white else "#ffffff"


def contrast_ratio(foreground: str, background: str) -> float:
    """The WCAG contrast ratio of two colours "#rrggbb" (1 … 21)."""

    def luminance(colour: str) -> float:
        channels = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
