"""The information matrix of the Indicators step and the knowledge gaps it shows.

Rows are the indicators the group has assessed as observed or unknown (plus any other
indicator that already has sources); columns are the workshop's organisations; a cell names
the kinds of information an organisation holds on the indicator. A **knowledge gap** is an
indicator assessed as observed or unknown that no organisation of the workshop has
information on (DOMAIN §3).

An indicator of the workshop without an assessment is *not yet assessed*: it is neither a row
nor a gap until the group gives it a status.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from workshop_app.domain.enums import IndicatorStatus, SourceType
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Indicator, IndicatorAssessment, IndicatorSource, Workshop
from workshop_app.domain.observed_indicators import is_observed

# Statuses whose indicators belong in the matrix and count as a gap when nobody knows more.
MATRIX_STATUSES: frozenset[IndicatorStatus] = frozenset(
    {IndicatorStatus.OBSERVED, IndicatorStatus.UNKNOWN}
)


@dataclass(frozen=True, slots=True)
class MatrixRow:
    """One indicator of the matrix: its status, one cell per organisation, and gap or not.

    ``cells`` follows ``workshop.organisations``; each cell holds the source types that
    organisation has on the indicator (usually one, empty when it has none).
    """

    indicator: Indicator
    status: IndicatorStatus
    cells: tuple[tuple[SourceType, ...], ...]
    gap: bool

    @property
    def known_by(self) -> int:
        """How many organisations have some information on the indicator."""
        return sum(1 for cell in self.cells if cell)


def assessments_by_indicator(workshop: Workshop) -> dict[str, IndicatorAssessment]:
    return {a.indicator_id: a for a in workshop.indicator_assessments}


def status_of(workshop: Workshop, indicator_id: str) -> IndicatorStatus | None:
    """The assessed status of an indicator; None while it is not assessed."""
    for assessment in workshop.indicator_assessments:
        if assessment.indicator_id == indicator_id:
            return assessment.status
    return None


def has_information(assessment: IndicatorAssessment, organisation_ids: Iterable[str]) -> bool:
    """Whether some organisation of ``organisation_ids`` holds information on the indicator."""
    known = set(organisation_ids)
    return any(source.organisation_id in known for source in assessment.sources)


def is_gap(assessment: IndicatorAssessment | None, organisation_ids: Iterable[str]) -> bool:
    """Observed or unknown, and no organisation has information on it."""
    if assessment is None or assessment.status not in MATRIX_STATUSES:
        return False
    return not has_information(assessment, organisation_ids)


def knowledge_gaps(workshop: Workshop) -> tuple[str, ...]:
    """Ids of the indicators that are knowledge gaps, in the workshop's order."""
    organisation_ids = {o.id for o in workshop.organisations}
    assessments = assessments_by_indicator(workshop)
    return tuple(
        indicator.id
        for indicator in workshop.indicators
        if is_gap(assessments.get(indicator.id), organisation_ids)
    )


def in_matrix(assessment: IndicatorAssessment | None) -> bool:
    """Whether an indicator with this assessment is a row of the matrix."""
    if assessment is None:
        return False
    return assessment.status in MATRIX_STATUSES or bool(assessment.sources)


def catalog_order(pack: MethodPack) -> dict[str, int]:
    """Position of each catalog indicator on the board: by problem area, then as listed."""
    group_rank = {group.id: rank for rank, group in enumerate(pack.indicator_groups)}
    ordered = sorted(
        enumerate(pack.indicators),
        key=lambda pair: (group_rank.get(pair[1].group_id, len(group_rank)), pair[0]),
    )
    order = {indicator.id: rank for rank, (_, indicator) in enumerate(ordered)}
    # A retired id (alias) an old workshop still uses sits where the indicator it means sits.
    order.update({a.id: order[a.indicator_id] for a in pack.indicator_aliases})
    return order


def matrix_rows(
    workshop: Workshop,
    order: Mapping[str, int] | None = None,
    *,
    observed_only: bool = False,
) -> tuple[MatrixRow, ...]:
    """The rows of the information matrix.

    ``order`` (e.g. ``catalog_order(pack)``) puts the indicators it lists first, in its order;
    the others (custom indicators) follow in the workshop's order. ``observed_only`` keeps
    only the indicators assessed as observed.
    """
    assessments = assessments_by_indicator(workshop)
    organisation_ids = [o.id for o in workshop.organisations]
    known = set(organisation_ids)
    rows: list[tuple[tuple[int, int], MatrixRow]] = []
    for position, indicator in enumerate(workshop.indicators):
        assessment = assessments.get(indicator.id)
        if assessment is None or not in_matrix(assessment):
            continue
        if observed_only and not is_observed(assessment):
            continue
        by_organisation: dict[str, list[SourceType]] = {o: [] for o in organisation_ids}
        for source in assessment.sources:
            kinds = by_organisation.get(source.organisation_id)
            if kinds is not None and source.source_type not in kinds:
                kinds.append(source.source_type)
        row = MatrixRow(
            indicator=indicator,
            status=assessment.status,
            cells=tuple(tuple(by_organisation[o]) for o in organisation_ids),
            gap=is_gap(assessment, known),
        )
        rank = order.get(indicator.id) if order is not None and not indicator.custom else None
        rows.append(((0, rank) if rank is not None else (1, position), row))
    rows.sort(key=lambda pair: pair[0])
    return tuple(row for _, row in rows)


def with_cell(
    sources: tuple[IndicatorSource, ...], organisation_id: str, source_type: SourceType | None
) -> tuple[IndicatorSource, ...]:
    """``sources`` with the cell of ``organisation_id`` set to ``source_type`` (None: empty).

    The cell's first source keeps its place and its note; any further sources of the same
    organisation are replaced, since a cell shows one kind of information. Other
    organisations' sources stay as they are, in their order.
    """
    result: list[IndicatorSource] = []
    placed = False
    for source in sources:
        if source.organisation_id != organisation_id:
            result.append(source)
        elif not placed and source_type is not None:
            result.append(IndicatorSource(organisation_id, source_type, source.note))
            placed = True
    if source_type is not None and not placed:
        result.append(IndicatorSource(organisation_id, source_type))
    return tuple(result)
