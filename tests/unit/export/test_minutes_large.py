"""The generated large workshop exports completely and in the user's order (both variants)."""

from __future__ import annotations

from collections import defaultdict

import pytest

from tests.unit.export.factories import EXPORTED_AT
from tests.unit.export.reading import Para, assert_in_order, paragraphs, reopen, section
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Workshop
from workshop_app.domain.observed_indicators import observed_indicators
from workshop_app.export import minutes_bytes


@pytest.fixture(scope="module")
def full(pack: MethodPack, large: Workshop) -> list[Para]:
    return paragraphs(reopen(minutes_bytes(large, pack, exported_at=EXPORTED_AT)))


@pytest.fixture(scope="module")
def short(pack: MethodPack, large: Workshop) -> list[Para]:
    return paragraphs(reopen(minutes_bytes(large, pack, variant="short", exported_at=EXPORTED_AT)))


def test_the_large_workshop_has_the_promised_size(large: Workshop) -> None:
    counts = [len(large.indicators), len(large.problems), len(large.causes), len(large.measures)]
    assert counts == [400, 120, 1500, 1000]
    assert (len(large.next_steps), len(large.notes)) == (400, 1500)


def test_full_minutes_of_the_large_workshop_hold_everything_in_order(
    full: list[Para], large: Workshop
) -> None:
    assert_in_order([p.title for p in large.problems], section(full, "Lokala problem"))
    measures = section(full, "Åtgärder och samverkansparter")
    first = large.problems[0].id
    assert_in_order([m.title for m in large.measures if m.problem_id == first], measures)
    by_problem: dict[str, list[str]] = defaultdict(list)
    for m in large.measures:
        by_problem[m.problem_id].append(m.title)
    assert_in_order([t for p in large.problems for t in by_problem[p.id]], measures)
    assert_in_order([s.title for s in large.next_steps], section(full, "Nästa steg"))
    notes = section(full, "Parkerat")
    for step in {n.step for n in large.notes}:
        assert_in_order([n.text for n in large.notes if n.step == step], notes)
    causes = "\n".join(p.text for p in section(full, "Troliga orsaker"))
    assert all(c.description in causes for c in large.causes)
    matrix_rows = [p for p in section(full, "Indikatorer") if p.in_table]
    # The observed table comes first, in the workshop's order; the pack's own indicators are
    # shown under the pack's titles, so the workshop's own (custom) ones are compared.
    observed = [i.title for i in observed_indicators(large) if i.custom]
    assert len(observed) > 100
    assert_in_order(observed, matrix_rows)


def test_short_minutes_of_the_large_workshop_hold_the_prioritised_problems(
    short: list[Para], large: Workshop
) -> None:
    details = section(short, "Prioriterade problem: orsaker och åtgärder")
    prioritised = [p for p in large.problems if p.prioritised]
    assert_in_order([p.title for p in prioritised], details)
    text = "\n".join(p.text for p in details)
    ids = {p.id for p in prioritised}
    assert all(c.description in text for c in large.causes if c.problem_id in ids)
    assert all(m.title in text for m in large.measures if m.problem_id in ids)
    others = [p.title for p in large.problems if not p.prioritised]
    assert not any(p.text == title for p in details for title in others)
    assert_in_order([s.title for s in large.next_steps], section(short, "Nästa steg"))
