"""The partner matrix keeps lead and partners consistent; measures acting on no cause are found."""

from __future__ import annotations

import pytest

from workshop_app.domain.model import Cause, Measure, Organisation
from workshop_app.domain.partner_matrix import (
    Role,
    acts_on_no_cause,
    causes_in_tree_order,
    matrix,
    measures_of,
    measures_without_cause,
    move_target,
    next_role,
    ordered,
    role_of,
    with_lead,
    with_partners,
    with_role,
)

ORDER = ("kommun", "polis", "bostad", "skola")


def measure(lead: str | None = None, partners: tuple[str, ...] = (), **kw) -> Measure:  # type: ignore[no-untyped-def]
    fields = {"id": "a1", "problem_id": "p1", "title": "Bättre belysning"} | kw
    return Measure(lead_organisation_id=lead, partner_organisation_ids=partners, **fields)


def apply(m: Measure, changes: dict) -> Measure:  # type: ignore[type-arg]
    import dataclasses

    return dataclasses.replace(m, **changes)


def test_role_of_each_organisation() -> None:
    m = measure("bostad", ("kommun",))
    assert role_of(m, "bostad") is Role.LEAD
    assert role_of(m, "kommun") is Role.PARTNER
    assert role_of(m, "polis") is Role.NONE


def test_a_click_cycles_empty_partner_lead_empty() -> None:
    assert [next_role(r) for r in (Role.NONE, Role.PARTNER, Role.LEAD)] == [
        Role.PARTNER,
        Role.LEAD,
        Role.NONE,
    ]


def test_making_an_organisation_partner_keeps_the_workshop_order() -> None:
    m = measure(None, ("bostad",))
    assert with_role(m, "kommun", Role.PARTNER, ORDER) == {
        "partner_organisation_ids": ("kommun", "bostad")
    }


def test_a_partner_made_lead_leaves_the_partners_and_the_former_lead_becomes_partner() -> None:
    m = measure("bostad", ("kommun",))
    changes = with_role(m, "kommun", Role.LEAD, ORDER)
    assert changes == {"lead_organisation_id": "kommun", "partner_organisation_ids": ("bostad",)}
    after = apply(m, changes)
    assert role_of(after, "kommun") is Role.LEAD and role_of(after, "bostad") is Role.PARTNER


def test_a_lead_made_partner_leaves_no_lead() -> None:
    m = measure("bostad", ())
    assert with_role(m, "bostad", Role.PARTNER, ORDER) == {
        "lead_organisation_id": None,
        "partner_organisation_ids": ("bostad",),
    }


def test_clearing_removes_the_organisation_from_the_measure() -> None:
    m = measure("bostad", ("kommun", "polis"))
    assert with_role(m, "bostad", Role.NONE, ORDER) == {"lead_organisation_id": None}
    assert with_role(m, "polis", Role.NONE, ORDER) == {"partner_organisation_ids": ("kommun",)}


def test_nothing_changes_when_the_role_is_already_set() -> None:
    m = measure("bostad", ("kommun",))
    assert with_role(m, "bostad", Role.LEAD, ORDER) == {}
    assert with_role(m, "kommun", Role.PARTNER, ORDER) == {}
    assert with_role(m, "polis", Role.NONE, ORDER) == {}


@pytest.mark.parametrize("org", ORDER)
@pytest.mark.parametrize("role", list(Role))
def test_an_organisation_is_never_both_lead_and_partner(org: str, role: Role) -> None:
    m = measure("bostad", ("kommun", "polis"))
    after = apply(m, with_role(m, org, role, ORDER))
    assert role_of(after, org) is role
    assert after.lead_organisation_id not in after.partner_organisation_ids
    assert len(set(after.partner_organisation_ids)) == len(after.partner_organisation_ids)


def test_choosing_a_lead_in_the_list_and_choosing_none() -> None:
    m = measure("bostad", ("kommun",))
    assert with_lead(m, "polis", ORDER) == {
        "lead_organisation_id": "polis",
        "partner_organisation_ids": ("kommun", "bostad"),
    }
    assert with_lead(m, None, ORDER) == {"lead_organisation_id": None}
    assert with_lead(measure(None), None, ORDER) == {}


def test_ticking_partners_never_makes_the_lead_a_partner() -> None:
    m = measure("bostad", ())
    assert with_partners(m, ["skola", "bostad", "kommun"], ORDER) == {
        "partner_organisation_ids": ("kommun", "skola")
    }
    assert with_partners(measure("bostad", ("kommun",)), ["kommun"], ORDER) == {}


def test_ordered_keeps_unknown_ids_last_and_drops_repeats() -> None:
    assert ordered(["x", "polis", "kommun", "polis"], ORDER) == ("kommun", "polis", "x")


def test_the_matrix_has_a_role_per_measure_and_organisation() -> None:
    orgs = [Organisation(id=i, name=i) for i in ORDER[:3]]
    measures = [measure("bostad", ("kommun",)), measure(None, ("polis",), id="a2")]
    assert matrix(measures, orgs) == [
        [Role.PARTNER, Role.NONE, Role.LEAD],
        [Role.NONE, Role.PARTNER, Role.NONE],
    ]


def test_measures_acting_on_no_cause() -> None:
    linked = measure(cause_ids=("c1",))
    unlinked = measure(id="a2")
    assert not acts_on_no_cause(linked)
    assert acts_on_no_cause(unlinked)
    assert measures_without_cause([linked, unlinked]) == [unlinked]


def test_causes_in_tree_order_with_depth() -> None:
    causes = [
        Cause(id="c2", problem_id="p1", description="sub", parent_id="c1"),
        Cause(id="c1", problem_id="p1", description="top"),
        Cause(id="c3", problem_id="p2", description="other problem"),
        Cause(id="c4", problem_id="p1", description="second top"),
    ]
    assert [(c.id, d) for c, d in causes_in_tree_order(causes, "p1")] == [
        ("c1", 0),
        ("c2", 1),
        ("c4", 0),
    ]


def test_moving_within_a_problem_translates_to_the_whole_list() -> None:
    measures = [
        measure(id="a1", problem_id="p1"),
        measure(id="b1", problem_id="p2"),
        measure(id="a2", problem_id="p1"),
    ]
    assert [m.id for m in measures_of(measures, "p1")] == ["a1", "a2"]
    assert move_target(measures, "p1", 1) == 2
    assert move_target(measures, "p1", 0) == 0
