"""Broken method packs are refused with an error naming the file and the key."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop_app.domain.method_pack import loader
from workshop_app.domain.method_pack.errors import MethodPackError
from workshop_app.domain.method_pack.loader import (
    DEFAULT_METHOD_PACK,
    clear_method_pack_cache,
    load_method_pack,
    load_method_pack_from,
)
from workshop_app.domain.resources import resource_path


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    """A copy of the shipped default pack that a test may corrupt."""
    folder = tmp_path / DEFAULT_METHOD_PACK
    shutil.copytree(resource_path("method", DEFAULT_METHOD_PACK), folder)
    return folder


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    clear_method_pack_cache()
    yield
    clear_method_pack_cache()


def edit(folder: Path, file: str, old: str | re.Pattern[str], new: str) -> None:
    """Replace the first ``old`` (a text or a pattern) in ``file`` of the pack in ``folder``."""
    path = folder / file
    text = path.read_text(encoding="utf-8")
    if isinstance(old, re.Pattern):
        changed, count = old.subn(new, text, count=1)
        assert count == 1, f"pattern not found in {file}: {old.pattern}"
    else:
        assert old in text, f"not found in {file}: {old}"
        changed = text.replace(old, new, 1)
    path.write_text(changed, encoding="utf-8")


def refused(folder: Path) -> MethodPackError:
    with pytest.raises(MethodPackError) as caught:
        load_method_pack_from(folder)
    return caught.value


def test_the_untouched_copy_loads(pack_dir: Path) -> None:
    assert load_method_pack_from(pack_dir) == load_method_pack()


# The English title of the first indicator of the shipped pack (a line of its own).
FIRST_TITLE_EN = re.compile(r'title\.en = "Threats and violence against witnesses[^\n]*\n')

# (file, text or pattern to replace, replacement, expected start of the message)
CORRUPTIONS = {
    "missing English text": (
        "indicators.toml",
        FIRST_TITLE_EN,
        "",
        "indicators.toml: indicators[0].title.en: missing",
    ),
    "missing Swedish text": (
        "steps.toml",
        'title.sv = "Indikatorer"\n',
        "",
        "steps.toml: steps[1].title.sv: missing",
    ),
    "empty text": (
        "indicators.toml",
        'title.sv = "Hot och våld mot vittnen, målsägande och anmälare"',
        'title.sv = "  "',
        "indicators.toml: indicators[0].title.sv: empty",
    ),
    "text given as a plain string": (
        "glossary.toml",
        'term.sv = "Lägesbild"\nterm.en = "Lägesbild (situation picture)"',
        'term = "Lägesbild"',
        "glossary.toml: terms[0].term: expected a table with sv and en, got string",
    ),
    "unknown key (typo)": (
        "indicators.toml",
        'title.sv = "Hot och våld mot vittnen, målsägande och anmälare"',
        'titel.sv = "Hot och våld mot vittnen, målsägande och anmälare"',
        "indicators.toml: indicators[0].titel: unknown key",
    ),
    "unknown language in a text": (
        "glossary.toml",
        'term.sv = "Lägesbild"',
        'term.sv = "Lägesbild"\nterm.de = "Lagebild"',
        "glossary.toml: terms[0].term.de: unknown key",
    ),
    "unknown top-level key": (
        "pack.toml",
        "draft = true",
        "drafts = true",
        "pack.toml: drafts: unknown key",
    ),
    "duplicate indicator id": (
        "indicators.toml",
        'id = "withdrawn_reports"',
        'id = "threats_against_witnesses"',
        'indicators.toml: indicators[1].id: duplicate id "threats_against_witnesses"',
    ),
    "duplicate glossary id": (
        "glossary.toml",
        'id = "kartlaggning"',
        'id = "lagesbild"',
        'glossary.toml: terms[1].id: duplicate id "lagesbild"',
    ),
    "invalid id": (
        "indicators.toml",
        'id = "threats_against_witnesses"',
        'id = "open drug dealing"',
        "indicators.toml: indicators[0].id: ",
    ),
    "too long id": (
        "indicators.toml",
        'id = "threats_against_witnesses"',
        'id = "' + "x" * 65 + '"',
        "indicators.toml: indicators[0].id: ",
    ),
    "indicator in an unknown group": (
        "indicators.toml",
        'group = "public_space"',
        'group = "public_spaces"',
        'indicators.toml: indicators[0].group: unknown group "public_spaces"',
    ),
    "unknown actor kind": (
        "indicators.toml",
        'actor_kinds = ["police", "municipality_social_services"',
        'actor_kinds = ["police", "polisen"',
        'indicators.toml: indicators[0].actor_kinds[1]: unknown actor kind "polisen"',
    ),
    "source type not in the enum": (
        "choices.toml",
        'id = "tip"',
        'id = "tips"',
        'choices.toml: source_types[4].id: unknown id "tips"',
    ),
    "branch missing": (
        "choices.toml",
        re.compile(r'\[\[branches\]\]\nid = "place"[^\[]*'),
        "",
        'choices.toml: branches: missing id "place"',
    ),
    "directness not in the enum": (
        "choices.toml",
        'id = "underlying"',
        'id = "indirect"',
        'choices.toml: directness[1].id: unknown id "indirect"',
    ),
    "measure kind not in the enum": (
        "choices.toml",
        'id = "organisational"',
        'id = "organizational"',
        'choices.toml: measure_kinds[2].id: unknown id "organizational"',
    ),
    "phase as an integer": (
        "choices.toml",
        'id = "1"',
        "id = 1",
        "choices.toml: phases[0].id: expected a string, got integer",
    ),
    "unknown step": (
        "steps.toml",
        'step = "causes"',
        'step = "cause"',
        'steps.toml: steps[3].step: unknown step "cause"',
    ),
    "duplicate step": (
        "steps.toml",
        'step = "causes"',
        'step = "problems"',
        'steps.toml: steps[3].step: duplicate step "problems"',
    ),
    "not all seven steps": (
        "steps.toml",
        re.compile(r'\[\[steps\]\]\nstep = "next_steps"[\s\S]*'),
        "",
        'steps.toml: steps: missing step "next_steps"',
    ),
    "too few questions": (
        "steps.toml",
        re.compile(r"(?<=\n)\[\[steps\.questions\]\][\s\S]*?(?=\n\[\[steps\.tips\]\])"),
        "questions = []",
        "steps.toml: steps[0].questions: needs at least 1",
    ),
    "negative minutes": (
        "agenda.toml",
        "minutes = 20",
        "minutes = -5",
        "agenda.toml: items[0].minutes: must be between 0 and 1440, got -5",
    ),
    "agenda item in an unknown step": (
        "agenda.toml",
        'step = "indicators"',
        'step = "indicator"',
        'agenda.toml: items[1].step: unknown step "indicator"',
    ),
    "rating value out of range": (
        "preconditions.toml",
        "value = 4",
        "value = 5",
        "preconditions.toml: rating_scale[3].value: must be between 1 and 4, got 5",
    ),
    "rating value as text": (
        "preconditions.toml",
        "value = 2",
        'value = "2"',
        "preconditions.toml: rating_scale[1].value: expected an integer, got string",
    ),
    "rating value repeated": (
        "preconditions.toml",
        "value = 3",
        "value = 2",
        "preconditions.toml: rating_scale[2].value: duplicate value 2",
    ),
    "bad colour": (
        "preconditions.toml",
        'colour = "#FDE725"',
        'colour = "yellow"',
        'preconditions.toml: rating_scale[3].colour: "yellow" is not a colour',
    ),
    "colour used twice": (
        "preconditions.toml",
        'colour = "#FDE725"',
        'colour = "#35b779"',
        "preconditions.toml: rating_scale[3].colour: colour",
    ),
    "duplicate dimension": (
        "preconditions.toml",
        'id = "top_management"',
        'id = "mandate"',
        'preconditions.toml: dimensions[1].id: duplicate id "mandate"',
    ),
    "draft flag not a boolean": (
        "pack.toml",
        "draft = true",
        'draft = "yes"',
        "pack.toml: draft: expected true or false, got string",
    ),
    "missing version": (
        "pack.toml",
        'version = "1"\n',
        "",
        "pack.toml: version: missing",
    ),
    "a list given as a table": (
        "glossary.toml",
        "[[terms]]",
        "[terms]",
        "glossary.toml: invalid TOML",
    ),
}


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"), CORRUPTIONS.values(), ids=CORRUPTIONS.keys()
)
def test_a_corrupted_pack_is_refused_naming_file_and_key(
    pack_dir: Path, file: str, old: str | re.Pattern[str], new: str, expected: str
) -> None:
    edit(pack_dir, file, old, new)
    error = refused(pack_dir)
    assert str(error).startswith(expected), str(error)
    assert error.file == file


@pytest.mark.parametrize(
    ("file", "old", "new"),
    [
        ("indicators.toml", 'id = "threats_against_witnesses"', 'id = "open_drug_dealing'),
        ("steps.toml", 'step = "causes"', 'step "causes"'),
        ("glossary.toml", 'id = "kartlaggning"', 'id = "kartlaggning"\nid = "again"'),
    ],
    ids=["unterminated string", "missing equals sign", "repeated key"],
)
def test_toml_syntax_errors_name_file_and_line(
    pack_dir: Path, file: str, old: str, new: str
) -> None:
    edit(pack_dir, file, old, new)
    lines = (pack_dir / file).read_text(encoding="utf-8").splitlines()
    broken_line = lines.index(new.split("\n")[-1]) + 1
    error = refused(pack_dir)
    assert str(error).startswith(f"{file}: invalid TOML: ")
    assert f"line {broken_line}" in str(error)


def test_a_missing_file_is_named(pack_dir: Path) -> None:
    (pack_dir / "glossary.toml").unlink()
    assert str(refused(pack_dir)) == "glossary.toml: missing file"


def test_an_unknown_toml_file_is_refused(pack_dir: Path) -> None:
    (pack_dir / "indikatorer.toml").write_text("", encoding="utf-8")
    assert str(refused(pack_dir)).startswith("indikatorer.toml: unknown file")


def test_a_file_that_is_not_utf8_is_named(pack_dir: Path) -> None:
    (pack_dir / "agenda.toml").write_bytes("# Förslag\n".encode("latin-1"))
    assert str(refused(pack_dir)).startswith("agenda.toml: not UTF-8 text")


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(MethodPackError, match="folder not found"):
        load_method_pack_from(tmp_path / "nowhere")


def test_shipped_packs_are_found_by_folder_and_their_id_must_match(
    pack_dir: Path, monkeypatch: pytest.MonkeyPatch, fresh_cache: None
) -> None:
    method_root = pack_dir.parent  # stands in for resources/method
    (method_root / "not-a-pack").mkdir()
    renamed = method_root / "renamed"
    shutil.copytree(pack_dir, renamed)
    monkeypatch.setattr(loader, "resource_path", lambda *parts: method_root.joinpath(*parts[1:]))

    assert loader.available_method_packs() == [DEFAULT_METHOD_PACK, "renamed"]
    assert load_method_pack(DEFAULT_METHOD_PACK).id == DEFAULT_METHOD_PACK
    with pytest.raises(MethodPackError) as caught:
        load_method_pack("renamed")
    assert str(caught.value) == (
        'pack.toml: id: "bra-pss-workshop" does not match the folder name "renamed"'
    )
    edit(renamed, "indicators.toml", FIRST_TITLE_EN, "")
    with pytest.raises(MethodPackError, match=r"^indicators.toml: indicators\[0\].title.en"):
        load_method_pack("renamed")
