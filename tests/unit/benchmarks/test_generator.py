"""The benchmark's large workshop: the promised size, valid as a workshop file, and stable."""

from __future__ import annotations

from datetime import UTC, datetime

from benchmarks.generator import COUNTS, large_workshop
from benchmarks.report import Row, p95, table
from workshop_app.domain.method_pack.loader import load_method_pack
from workshop_app.domain.model import Workshop
from workshop_app.domain.workshop_file import (
    document_to_json,
    parse_workshop_document,
    workshop_to_document,
)


def test_the_large_workshop_has_exactly_the_required_counts() -> None:
    workshop = large_workshop()
    assert {name: len(getattr(workshop, name)) for name in COUNTS} == {
        "indicators": 400,
        "problems": 120,
        "causes": 1500,
        "measures": 1000,
        "next_steps": 400,
        "notes": 1500,
    }
    assert len(workshop.indicator_assessments) == len(workshop.indicators)


def test_the_large_workshop_passes_the_workshop_file_rules_and_round_trips() -> None:
    workshop = large_workshop()
    document = workshop_to_document(
        workshop, app_version="bench", exported_at=datetime(2026, 11, 20, tzinfo=UTC)
    )
    known = frozenset(indicator.id for indicator in load_method_pack().indicators)
    read_back = parse_workshop_document(document_to_json(document), known_indicator_ids=known)
    assert read_back == workshop


def test_the_large_workshop_is_realistic() -> None:
    workshop = large_workshop()
    assert sum(p.prioritised for p in workshop.problems) == 30
    assert any(c.parent_id for c in workshop.causes)  # fishbones with sub-causes
    cause_problem = {c.id: c.problem_id for c in workshop.causes}
    assert all(cause_problem[c] == m.problem_id for m in workshop.measures for c in m.cause_ids)
    mean_description = sum(len(m.description) for m in workshop.measures) / 1000
    assert 80 < mean_description < 600  # a few sentences, as a group writes them
    assert "å" in _all_text(workshop) or "ä" in _all_text(workshop)


def test_the_generator_is_deterministic() -> None:
    assert large_workshop() == large_workshop()
    assert large_workshop(seed=1) != large_workshop(seed=2)


def test_the_report_table_names_each_figure_and_its_verdict() -> None:
    rows = [
        Row("Open", "large", 120.0, "ms", 300),
        Row("Word export", "large", 2500.0, "ms", 2000),
        Row("Start-up", "–", 1.2, "×", 1.5, strict=False),
    ]
    text = table(rows)
    assert "met (0.40 of the limit)" in text
    assert "misses by 1.2× (+500 ms)" in text
    assert "≤ 1.50×" in text
    assert p95([float(n) for n in range(1, 101)]) == 95.05


def _all_text(workshop: Workshop) -> str:
    return " ".join(c.description for c in workshop.causes)
