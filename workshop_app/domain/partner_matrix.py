"""Measures and partners (step 4): who leads and who takes part, and what a measure acts on.

A measure has at most one lead organisation and any number of partner organisations; an
organisation is never both. The partner matrix, the lead list and the partner ticks all change
a measure through ``with_role``, so ``lead_organisation_id`` and ``partner_organisation_ids``
always agree. Making another organisation lead keeps the former lead in the measure as a
partner: nobody silently drops out of a measure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import Any

from workshop_app.domain.model import Cause, Measure, Organisation


class Role(StrEnum):
    """An organisation's part in a measure: a cell of the partner matrix."""

    NONE = "none"
    PARTNER = "partner"
    LEAD = "lead"


# A click on a matrix cell moves it one step on: empty → partner → lead → empty.
_CYCLE = {Role.NONE: Role.PARTNER, Role.PARTNER: Role.LEAD, Role.LEAD: Role.NONE}


def next_role(role: Role) -> Role:
    return _CYCLE[role]


def role_of(measure: Measure, organisation_id: str) -> Role:
    if measure.lead_organisation_id == organisation_id:
        return Role.LEAD
    if organisation_id in measure.partner_organisation_ids:
        return Role.PARTNER
    return Role.NONE


def ordered(ids: Iterable[str], order: Sequence[str]) -> tuple[str, ...]:
    """``ids`` without repeats, in the order of ``order``; ids it does not know come last."""
    wanted = list(dict.fromkeys(ids))
    known = [i for i in order if i in wanted]
    return tuple(known + [i for i in wanted if i not in known])


def with_role(
    measure: Measure, organisation_id: str, role: Role, order: Sequence[str] = ()
) -> dict[str, Any]:
    """The fields to change so that ``organisation_id`` has ``role`` in ``measure``.

    Returns only the fields that change (an empty dict when nothing does); partners are kept
    in ``order`` (the workshop's organisations).
    """
    lead = measure.lead_organisation_id
    partners = [p for p in measure.partner_organisation_ids if p != organisation_id]
    if role is Role.LEAD:
        if lead is not None and lead != organisation_id:
            partners.append(lead)  # the former lead stays in the measure as a partner
        lead = organisation_id
    else:
        if lead == organisation_id:
            lead = None
        if role is Role.PARTNER:
            partners.append(organisation_id)
    changes: dict[str, Any] = {}
    if lead != measure.lead_organisation_id:
        changes["lead_organisation_id"] = lead
    new_partners = ordered(partners, order)
    if new_partners != measure.partner_organisation_ids:
        changes["partner_organisation_ids"] = new_partners
    return changes


def with_lead(
    measure: Measure, organisation_id: str | None, order: Sequence[str] = ()
) -> dict[str, Any]:
    """Make ``organisation_id`` the lead; None takes the current lead out of the measure."""
    if organisation_id is None:
        lead = measure.lead_organisation_id
        return {} if lead is None else with_role(measure, lead, Role.NONE, order)
    return with_role(measure, organisation_id, Role.LEAD, order)


def with_partners(
    measure: Measure, partner_ids: Iterable[str], order: Sequence[str] = ()
) -> dict[str, Any]:
    """Set the partners; a ticked lead stays lead (an organisation is never both)."""
    partners = ordered((p for p in partner_ids if p != measure.lead_organisation_id), order)
    if partners == measure.partner_organisation_ids:
        return {}
    return {"partner_organisation_ids": partners}


def matrix(measures: Sequence[Measure], organisations: Sequence[Organisation]) -> list[list[Role]]:
    """The partner matrix: one row per measure, one role per organisation."""
    return [[role_of(m, o.id) for o in organisations] for m in measures]


def acts_on_no_cause(measure: Measure) -> bool:
    """A measure should act on at least one of its problem's causes (DOMAIN §2)."""
    return not measure.cause_ids


def measures_without_cause(measures: Iterable[Measure]) -> list[Measure]:
    return [m for m in measures if acts_on_no_cause(m)]


def measures_of(measures: Iterable[Measure], problem_id: str) -> list[Measure]:
    return [m for m in measures if m.problem_id == problem_id]


def measures_by_problem(measures: Iterable[Measure]) -> dict[str, list[Measure]]:
    """Each problem's measures in list order: one pass instead of one per problem."""
    grouped: dict[str, list[Measure]] = {}
    for measure in measures:
        grouped.setdefault(measure.problem_id, []).append(measure)
    return grouped


def causes_in_tree_order(causes: Sequence[Cause], problem_id: str) -> list[tuple[Cause, int]]:
    """The causes of a problem with their depth, each followed by its sub-causes."""
    mine = [c for c in causes if c.problem_id == problem_id]
    ids = {c.id for c in mine}
    children: dict[str | None, list[Cause]] = {}
    for cause in mine:
        parent = cause.parent_id if cause.parent_id in ids else None
        children.setdefault(parent, []).append(cause)
    result: list[tuple[Cause, int]] = []
    seen: set[str] = set()

    def visit(parent: str | None, depth: int) -> None:
        for cause in children.get(parent, []):
            if cause.id not in seen:
                seen.add(cause.id)
                result.append((cause, depth))
                visit(cause.id, depth + 1)

    visit(None, 0)
    # A cycle (never stored, but cheap to survive) would leave causes unvisited: list them too.
    result += [(c, 0) for c in mine if c.id not in seen]
    return result


def move_target(measures: Sequence[Measure], problem_id: str, index_in_problem: int) -> int:
    """The index in the whole list of measures for position ``index_in_problem`` of a problem.

    The page shows one problem's measures; the database orders all of them.
    """
    target = measures_of(measures, problem_id)[index_in_problem]
    return next(i for i, m in enumerate(measures) if m.id == target.id)
