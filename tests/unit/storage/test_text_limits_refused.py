"""Storage refuses a text over its limit in domain.limits with a clear message; nothing is cut."""

from __future__ import annotations

import dataclasses

import pytest

from tests.unit.storage.builders import rich_workshop
from tests.unit.storage.db_helpers import W
from workshop_app.domain.errors import IntegrityError
from workshop_app.domain.limits import SHORT_MAX, TEXT_MAX, WORKSHOP_TITLE_MAX
from workshop_app.domain.model import Workshop
from workshop_app.storage.repository import WorkshopRepository


def test_an_over_long_text_is_refused_and_nothing_changes(
    repo: WorkshopRepository, stored: Workshop
) -> None:
    cause = stored.causes[0]
    with pytest.raises(IntegrityError) as refused:
        repo.update_item(W, "causes", (cause.id,), {"evidence": "x" * (TEXT_MAX + 1)})
    assert str(refused.value) == (
        "Cause.evidence: 20 001 characters is more than the 20 000 allowed"
    )
    with pytest.raises(IntegrityError, match=r"Workshop\.title: 201 characters"):
        repo.update_header(W, {"title": "t" * (WORKSHOP_TITLE_MAX + 1)})
    assert repo.load(W) == stored

    # At the limit exactly: stored whole.
    repo.update_item(W, "causes", (cause.id,), {"evidence": "y" * TEXT_MAX})
    assert repo.load(W).causes[0].evidence == "y" * TEXT_MAX


def test_a_workshop_with_an_over_long_name_is_not_inserted(repo: WorkshopRepository) -> None:
    workshop = rich_workshop()
    organisation = dataclasses.replace(workshop.organisations[0], name="n" * (SHORT_MAX + 1))
    with pytest.raises(IntegrityError, match=r"Organisation\.name: 501 characters"):
        repo.insert(dataclasses.replace(workshop, organisations=(organisation,)))
    assert repo.list_summaries() == []
