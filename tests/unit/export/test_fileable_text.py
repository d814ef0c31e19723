"""Text fit to file: no codes, no draft marks, one honest method sentence, no ".;", no compat mode."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from tests.unit.export.factories import EXPORTED_AT, realistic_workshop
from tests.unit.export.reading import package_part, paragraphs, reopen, section
from workshop_app.domain.enums import Language
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Cause, Organisation, Workshop
from workshop_app.export import minutes_bytes
from workshop_app.export.labels import labels_for
from workshop_app.export.text import join_items, words_for_code

VARIANTS = ["full", "short", "situation", "action-plan"]


def _with_codes_and_full_stops(workshop: Workshop) -> Workshop:
    """An organisation kind the pack does not know, and causes written as whole sentences."""
    organisations = (
        *workshop.organisations,
        Organisation("soc", "Socialförvaltningen", "social_services"),
    )
    causes = tuple(
        replace(c, description=c.description + ".") if isinstance(c, Cause) else c
        for c in workshop.causes
    )
    # The factory's precondition texts quote their dimension ids; these are the user's words.
    preconditions = tuple(
        replace(p, current_state="Nuläge", obstacles="Hinder", remedy="Behov")
        for p in workshop.preconditions
    )
    return replace(
        workshop, organisations=organisations, causes=causes, preconditions=preconditions
    )


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("language", [Language.SV, Language.EN])
def test_no_codes_draft_marks_or_doubled_marks(
    pack: MethodPack, variant: str, language: Language
) -> None:
    workshop = _with_codes_and_full_stops(realistic_workshop(language))
    data = minutes_bytes(workshop, pack, variant=variant, exported_at=EXPORTED_AT)
    texts = [p.text for p in paragraphs(reopen(data))]
    body = "\n".join(texts)
    assert ".;" not in body and ";;" not in body
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", body), re.findall(r"\b[a-z]+_[a-z_]+\b", body)
    for draft in ("Utkast", "Draft", "utkast", "draft", "rekonstruerade", "reconstructed"):
        assert draft not in body


def test_unknown_organisation_kind_is_shown_in_words(pack: MethodPack) -> None:
    workshop = _with_codes_and_full_stops(realistic_workshop())
    data = minutes_bytes(workshop, pack, exported_at=EXPORTED_AT)
    texts = [p.text for p in paragraphs(reopen(data))]
    assert "Social services" in texts
    assert "social_services" not in "\n".join(texts)


@pytest.mark.parametrize("language", [Language.SV, Language.EN])
def test_method_note_is_one_sentence_naming_bra_and_that_bra_has_not_reviewed_it(
    pack: MethodPack, language: Language
) -> None:
    data = minutes_bytes(realistic_workshop(language), pack, exported_at=EXPORTED_AT)
    labels = labels_for(language)
    about = [p.text for p in section(paragraphs(reopen(data)), labels["about_method"])]
    assert len(about) == 1
    note = about[0]
    assert note.count(". ") == 0 and note.endswith(".")
    assert "Brå" in note and "(2022)" in note
    assert ("inte har granskats av Brå" if language == Language.SV else "not been reviewed") in note
    assert f"version {pack.version}" in note


def test_word_opens_the_minutes_in_its_current_mode(pack: MethodPack, workshop: Workshop) -> None:
    settings = package_part(
        minutes_bytes(workshop, pack, exported_at=EXPORTED_AT), "word/settings.xml"
    )
    mode = re.search(r'w:name="compatibilityMode"[^>]*w:val="(\d+)"', settings)
    assert mode is not None and int(mode.group(1)) >= 15


def test_join_items_never_doubles_marks() -> None:
    assert join_items(["Trasig belysning.", " Få vuxna ute ", "", "Otydligt ansvar;"]) == (
        "Trasig belysning; Få vuxna ute; Otydligt ansvar"
    )
    assert words_for_code("social_services") == "Social services"
    assert words_for_code("Socialtjänst (IFO)") == "Socialtjänst (IFO)"


@pytest.mark.parametrize("variant", VARIANTS)
def test_roles_only_names_no_participant(
    pack: MethodPack, workshop: Workshop, variant: str
) -> None:
    from workshop_app.export.options import ExportOptions

    options = ExportOptions(roles_only=True)
    data = minutes_bytes(workshop, pack, variant=variant, exported_at=EXPORTED_AT, options=options)
    body = "\n".join(p.text for p in paragraphs(reopen(data)))  # table cells included
    assert not [p.name for p in workshop.participants if p.name in body]
    if variant in ("full", "short"):
        assert "Kommunpolis" in body and "Namn och roll" not in body
        named = minutes_bytes(workshop, pack, variant=variant, exported_at=EXPORTED_AT)
        assert "Ali Hassan, Kommunpolis" in "\n".join(p.text for p in paragraphs(reopen(named)))
