"""Text pasted from other programs exports: control characters, very long text, Arabic."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.unit.export.factories import EXPORTED_AT
from tests.unit.export.reading import package_part, paragraphs, reopen
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Cause, Note, Problem, Workshop
from workshop_app.domain.steps import Step
from workshop_app.export import minutes_bytes
from workshop_app.export.text import clean_text

ARABIC = "خلاف بين العائلات يُحل خارج النظام القانوني"
LONG = ("Lång text från ett annat program. " * 700)[:20_000]


def test_clean_text_drops_illegal_characters_and_keeps_tabs_and_newlines() -> None:
    assert clean_text("a\x00b\x01c\tD\x7f\ufffe") == "abc\tD"
    assert (
        clean_text("rad 1\r\nrad 2\rrad 3\vrad 4\x0crad 5") == "rad 1\nrad 2\nrad 3\nrad 4\nrad 5"
    )
    assert clean_text("Åsa\u00a0Öberg") == "Åsa\u00a0Öberg"
    assert clean_text(ARABIC) == ARABIC


def _hostile(workshop: Workshop) -> Workshop:
    problem = Problem(
        "px", "Klistrat\x0b från\x0cWord\x00 med\x1f kontrolltecken", LONG, ARABIC, prioritised=True
    )
    return replace(
        workshop,
        title="Titel\x00 med\x0b tecken",
        purpose="Första raden\nandra raden\tmed tabb",
        problems=(*workshop.problems, problem),
        causes=(*workshop.causes, Cause("cx", "px", ARABIC), Cause("cy", "px", LONG)),
        notes=(*workshop.notes, Note("nx", Step.PROBLEMS, "Anteckning\x08 med backsteg")),
    )


@pytest.mark.parametrize("variant", ["full", "short"])
def test_control_characters_long_and_right_to_left_text_export(
    pack: MethodPack, workshop: Workshop, variant: str
) -> None:
    data = minutes_bytes(_hostile(workshop), pack, variant=variant, exported_at=EXPORTED_AT)
    texts = [p.text for p in paragraphs(reopen(data))]
    joined = "\n".join(texts)
    assert "Klistrat\n från\nWord med kontrolltecken" in joined
    assert "Titel med\n tecken" in joined
    assert ARABIC in joined
    assert any(LONG in t for t in texts)  # the 20,000 characters, whole
    if variant == "full":
        assert "Första raden\nandra raden" in joined  # a newline became a line break
        assert "Anteckning med backsteg" in joined
    assert "<dc:title>Titel med tecken</dc:title>" in package_part(data, "docProps/core.xml")


def test_newlines_become_line_breaks_and_tabs_tabs(pack: MethodPack, workshop: Workshop) -> None:
    data = minutes_bytes(_hostile(workshop), pack, exported_at=EXPORTED_AT)
    document = package_part(data, "word/document.xml")
    assert ">Första raden</w:t><w:br/>" in document
    assert "<w:tab/>" in document


def test_very_long_title_is_cut_to_the_property_limit(pack: MethodPack, workshop: Workshop) -> None:
    data = minutes_bytes(replace(workshop, title="T" * 400), pack, exported_at=EXPORTED_AT)
    assert "<dc:title>" + "T" * 255 + "</dc:title>" in package_part(data, "docProps/core.xml")
