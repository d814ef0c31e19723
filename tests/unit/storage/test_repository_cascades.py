"""Deleting an item removes or unlinks what depends on it, in the database itself."""

from __future__ import annotations

import dataclasses

from tests.unit.storage.db_helpers import W, assert_dense
from workshop_app.domain.model import Workshop
from workshop_app.storage.database import Database
from workshop_app.storage.repository import WorkshopRepository


def test_deleting_an_organisation(
    repo: WorkshopRepository, stored: Workshop, database: Database
) -> None:
    repo.delete_item(W, "organisations", ("polis",))
    w = repo.load(W)
    assert [o.id for o in w.organisations] == ["kommun", "bostad", "skola"]
    # participant reference nulled, the participant kept
    assert [(p.id, p.organisation_id) for p in w.participants] == [
        ("del2", None),
        ("del1", "kommun"),
        ("del3", None),
    ]
    # its sources removed, the others kept in order
    sources = {a.indicator_id: a.sources for a in w.indicator_assessments}
    assert [s.organisation_id for s in sources["ind.a"]] == ["kommun"]
    # partner link removed
    assert w.measures[1].partner_organisation_ids == ("kommun",)
    # its own precondition assessments go with it (the organisation is part of their key)
    assert [(p.dimension_id, p.organisation_id) for p in w.preconditions] == [
        ("samverkan", None),
        ("kunskap", None),
    ]
    assert_dense(database)


def test_deleting_lead_and_owner_organisation_nulls_them(
    repo: WorkshopRepository, stored: Workshop
) -> None:
    repo.delete_item(W, "organisations", ("bostad",))
    w = repo.load(W)
    assert w.measures[1].lead_organisation_id is None
    assert w.next_steps[1].owner_organisation_id is None
    assert w.next_steps[1].owner_role == "fastighetschef"


def test_deleting_a_problem(repo: WorkshopRepository, stored: Workshop, database: Database) -> None:
    repo.delete_item(W, "problems", ("p1",))
    w = repo.load(W)
    assert [p.id for p in w.problems] == ["p2"]
    assert [c.id for c in w.causes] == ["c4"]
    assert [m.id for m in w.measures] == ["mt2"]
    # the next step loses the link to the deleted measure only
    assert w.next_steps[1].measure_ids == ("mt2",)
    assert_dense(database)


def test_deleting_a_cause_deletes_its_subtree_and_measure_links(
    repo: WorkshopRepository, stored: Workshop, database: Database
) -> None:
    # tree of p1: c1 <- c3 <- c2
    repo.delete_item(W, "causes", ("c3",))
    w = repo.load(W)
    assert [c.id for c in w.causes] == ["c1", "c4"]
    assert w.measures[1].cause_ids == ("c1",)
    assert_dense(database)


def test_deleting_an_indicator(
    repo: WorkshopRepository, stored: Workshop, database: Database
) -> None:
    repo.delete_item(W, "indicators", ("ind.a",))
    w = repo.load(W)
    assert [a.indicator_id for a in w.indicator_assessments] == ["ind.b", "egen:1"]
    assert [p.indicator_ids for p in w.problems] == [("ind.b",), ("egen:1",)]
    assert_dense(database)


def test_deleting_a_measure_unlinks_next_steps(repo: WorkshopRepository, stored: Workshop) -> None:
    repo.delete_item(W, "measures", ("mt1",))
    w = repo.load(W)
    assert w.next_steps[1].measure_ids == ("mt2",)
    assert w.causes == stored.causes


def test_deleting_a_participant_removes_attendance(
    repo: WorkshopRepository, stored: Workshop
) -> None:
    repo.delete_item(W, "participants", ("del3",))
    w = repo.load(W)
    assert w.meetings[1].attendee_ids == ("del1",)


def test_cascades_stay_inside_the_workshop(repo: WorkshopRepository, stored: Workshop) -> None:
    copy = dataclasses.replace(stored, id="kopia")
    repo.insert(copy)
    repo.delete_item(W, "problems", ("p1",))
    repo.delete_item(W, "organisations", ("polis",))
    assert repo.load("kopia") == copy
