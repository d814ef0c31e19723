"""The workshop revision: counted by every write, checked by a guard, never going back."""

from __future__ import annotations

import dataclasses

import pytest

from tests.unit.storage.builders import rich_workshop
from workshop_app.domain.errors import IntegrityError
from workshop_app.domain.model import Note, Workshop
from workshop_app.domain.steps import Step
from workshop_app.storage.errors import WorkshopChangedElsewhereError
from workshop_app.storage.repository import RevisionGuard, WorkshopRepository

W = "exempel-1"


def test_every_write_counts_and_replace_carries_the_count_on(
    repo: WorkshopRepository, stored: Workshop
) -> None:
    assert repo.revision(W) == 0
    repo.update_header(W, {"title": "Ett"})
    repo.add_item(W, "notes", Note("n9", Step.CAUSES, "Ny"))
    repo.update_item(W, "notes", ("n9",), {"text": "Ändrad"})
    repo.move_item(W, "notes", ("n9",), 0)
    repo.delete_item(W, "notes", ("n9",))
    assert repo.revision(W) == 5
    repo.replace(dataclasses.replace(stored, title="Tillbaka"))
    workshop, revision = repo.load_with_revision(W)
    assert (workshop.title, revision) == ("Tillbaka", 6)


def test_a_stale_guard_refuses_and_writes_nothing(
    repo: WorkshopRepository, stored: Workshop
) -> None:
    repo.update_header(W, {"title": "Någon annans"})  # revision 1
    stale = repo.guarded(RevisionGuard(W, expected=0))
    for write in (
        lambda: stale.update_header(W, {"title": "Min"}),
        lambda: stale.add_item(W, "notes", Note("n9", Step.CAUSES, "Min")),
        lambda: stale.delete_item(W, "problems", ("p1",)),
        lambda: stale.replace(stored),
        lambda: stale.delete(W),
    ):
        with pytest.raises(WorkshopChangedElsewhereError) as caught:
            write()
        assert (caught.value.expected, caught.value.found) == (0, 1)
    workshop, revision = repo.load_with_revision(W)
    assert revision == 1
    assert workshop.title == "Någon annans" and len(workshop.problems) == len(stored.problems)
    assert {n.id for n in workshop.notes} == {n.id for n in stored.notes}


def test_a_guard_follows_its_own_writes_but_not_failed_ones(
    repo: WorkshopRepository, stored: Workshop
) -> None:
    guard = RevisionGuard(W, expected=0)
    guarded = repo.guarded(guard)
    guarded.add_item(W, "notes", Note("n9", Step.CAUSES, "Ett"))
    guarded.update_item(W, "notes", ("n9",), {"text": "Två"})  # a change of several writes
    assert guard.expected == repo.revision(W) == 2
    with pytest.raises(IntegrityError):
        guarded.add_item(W, "notes", Note("n9", Step.CAUSES, "Dubblett"))
    assert guard.expected == repo.revision(W) == 2


def test_bookkeeping_neither_checks_nor_counts(repo: WorkshopRepository, stored: Workshop) -> None:
    repo.update_header(W, {"title": "Någon annans"})
    quiet = repo.guarded(RevisionGuard(W, expected=None, counted=False))
    quiet.update_header(W, {"current_step": Step.MEASURES})
    assert repo.revision(W) == 1
    assert repo.load(W).current_step is Step.MEASURES


def test_other_workshops_are_not_guarded(repo: WorkshopRepository, stored: Workshop) -> None:
    repo.insert(rich_workshop("annan"))
    guarded = repo.guarded(RevisionGuard(W, expected=99))
    guarded.update_header("annan", {"title": "Fritt fram"})
    assert repo.revision("annan") == 1
