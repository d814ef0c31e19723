"""One term per concept: no banned variant in the UI catalog, method pack, example or Word labels.

The terminology lives as data in resources/translations/terminology.toml; docs/TERMINOLOGY.md is
generated from it, so the doc and the check cannot drift apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))
import terminology  # noqa: E402


@pytest.fixture(scope="module")
def concepts() -> list[terminology.Concept]:
    return terminology.load_concepts()


def test_the_texts_a_user_sees_use_one_term_per_concept(
    concepts: list[terminology.Concept],
) -> None:
    texts = terminology.all_texts()
    assert {text.scope for text in texts} == set(terminology.SCOPES)  # every source was read
    assert terminology.violations(concepts, texts) == []


def test_the_ui_strings_of_a_concept_use_its_swedish_term(
    concepts: list[terminology.Concept],
) -> None:
    assert terminology.missing_ui_terms(concepts, terminology.ui_catalog()) == []


def test_the_terminology_doc_is_generated_from_the_data(
    concepts: list[terminology.Concept],
) -> None:
    assert terminology.DOC.read_text(encoding="utf-8") == terminology.render(concepts), (
        "run `.venv/bin/python tools/terminology.py --write`"
    )


def test_each_concept_names_its_terms_and_bans_something(
    concepts: list[terminology.Concept],
) -> None:
    ids = [concept.id for concept in concepts]
    assert len(ids) == len(set(ids))
    for concept in concepts:
        assert concept.concept and concept.sv and concept.en, concept.id
        guarded = concept.banned_sv + concept.banned_en + concept.label_sv + concept.label_en
        assert guarded or concept.ui_sources, concept.id


def text(scope: str, value: str, language: str = "sv") -> terminology.Text:
    return terminology.Text(scope, "test", language, value)


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ("Ändra &slutdatum", True),  # a shortcut mark does not hide a banned word
        ("Slutdatumet har passerat", True),
        ("Workshoppar", True),
        ("Workshopar", False),
        ("Organisationen leder åtgärden", False),  # the verb is fine in running text
        ("&Ledande organisation", True),
        ("Säkerhetschef", False),  # whole words only
        ("Säkerhet", True),  # … but not as a label
        ("Trygghet och säkerhet", False),
        ("Brå 2022, informationsmatris", False),  # a source ban applies to the pack only
    ],
)
def test_the_check_finds_banned_variants_as_whole_words(
    concepts: list[terminology.Concept], value: str, found: bool
) -> None:
    assert bool(terminology.violations(concepts, [text("ui", value)])) is found


def test_scoped_bans_apply_where_they_belong(concepts: list[terminology.Concept]) -> None:
    # The pack may name Brå's "metodstöd"; the Word labels must say "Metodpaket".
    assert terminology.violations(concepts, [text("pack", "Brås metodstöd (2022)")]) == []
    assert terminology.violations(concepts, [text("labels", "Metodstöd: {title}")])
    assert terminology.violations(concepts, [text("labels", "Method support: x", "en")])
    assert terminology.violations(concepts, [text("pack", "Brå 2022, informationsmatris")])
