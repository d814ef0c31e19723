"""The shipped method packs load, are complete in both languages and keep their ids stable."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator

import pytest

from workshop_app.domain.enums import (
    Branch,
    Directness,
    Language,
    MeasureKind,
    Phase,
    Rating,
    SourceType,
)
from workshop_app.domain.errors import WorkshopAppError
from workshop_app.domain.method_pack.errors import MethodPackError
from workshop_app.domain.method_pack.loader import (
    DEFAULT_METHOD_PACK,
    available_method_packs,
    clear_method_pack_cache,
    load_method_pack,
)
from workshop_app.domain.method_pack.model import MethodPack, Text
from workshop_app.domain.steps import STEP_ORDER, Step

ID_PATTERN = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
SHIPPED = available_method_packs()


@pytest.fixture
def pack() -> MethodPack:
    return load_method_pack()


def texts_of(value: object, path: str = "pack") -> Iterator[tuple[str, Text]]:
    """Every Text inside ``value`` with where it sits, e.g. ``pack.indicators[3].title``."""
    if isinstance(value, Text):
        yield path, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from texts_of(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from texts_of(item, f"{path}[{index}]")


def test_the_default_pack_is_shipped() -> None:
    assert DEFAULT_METHOD_PACK in SHIPPED


@pytest.mark.parametrize("pack_id", SHIPPED)
@pytest.mark.parametrize("language", list(Language))
def test_every_shipped_pack_loads_with_every_text_in_both_languages(
    pack_id: str, language: Language
) -> None:
    pack = load_method_pack(pack_id)
    assert pack.id == pack_id
    assert pack.version
    texts = list(texts_of(pack))
    assert len(texts) > 300
    for path, text in texts:
        shown = text.get(language)
        assert shown.strip(), f"{path} is empty in {language}"
        assert shown == shown.strip(), f"{path} has surrounding blanks in {language}"


@pytest.mark.parametrize("pack_id", SHIPPED)
def test_every_shipped_pack_names_a_source_on_every_item(pack_id: str) -> None:
    pack = load_method_pack(pack_id)
    items = [
        *pack.steps,
        *pack.indicator_groups,
        *pack.indicators,
        *pack.actor_kinds,
        *pack.source_types,
        *pack.branches,
        *pack.directness,
        *pack.measure_kinds,
        *pack.phases,
        *pack.precondition_dimensions,
        *pack.glossary,
    ]
    assert all(item.source.strip() for item in items)


def test_loading_is_cached_and_the_cache_can_be_cleared() -> None:
    first = load_method_pack()
    assert load_method_pack(DEFAULT_METHOD_PACK) is first
    clear_method_pack_cache()
    again = load_method_pack()
    assert again is not first
    assert again == first


def test_an_unknown_pack_id_is_refused_with_the_available_ones() -> None:
    with pytest.raises(MethodPackError, match=r'no method pack "nope" \(available: .*bra-pss'):
        load_method_pack("nope")
    with pytest.raises(MethodPackError, match="invalid method pack id"):
        load_method_pack("../schema")
    assert issubclass(MethodPackError, WorkshopAppError)


def test_the_pack_names_bra_and_is_marked_as_a_draft(pack: MethodPack) -> None:
    assert pack.id == "bra-pss-workshop"
    assert pack.version == "1"
    for language in Language:
        note = pack.source_note.get(language)
        assert "Brå" in note
        assert "2022" in note
        assert "Agera mot brott och otrygghet med koppling till parallella" in note
    assert pack.draft is True
    assert pack.draft_note is not None
    assert "Utkast" in pack.draft_note.sv
    assert "Draft" in pack.draft_note.en


def test_counts(pack: MethodPack) -> None:
    assert len(pack.indicators) >= 30
    assert len(pack.indicator_groups) >= 7
    assert len(pack.precondition_dimensions) == 14  # 11 + stamina, regional link, staff protection
    assert len(pack.rating_scale) == 4
    assert len(pack.glossary) >= 15
    assert [guide.step for guide in pack.steps] == list(STEP_ORDER)
    for guide in pack.steps:
        assert 3 <= len(guide.questions) <= 6, guide.step
        assert 2 <= len(guide.tips) <= 4, guide.step


def test_every_group_has_indicators_and_every_indicator_names_actors(pack: MethodPack) -> None:
    for group in pack.indicator_groups:
        assert pack.indicators_in(group.id), group.id
        assert pack.group(group.id) is group
    for indicator in pack.indicators:
        assert indicator.typical_actor_kinds, indicator.id
        assert pack.group(indicator.group_id) is not None


def test_indicator_ids_are_unique_across_the_pack_and_valid(pack: MethodPack) -> None:
    ids = [indicator.id for indicator in pack.indicators]
    assert len(ids) == len(set(ids))
    assert not set(ids) & {group.id for group in pack.indicator_groups}
    for indicator_id in ids:
        assert ID_PATTERN.fullmatch(indicator_id), indicator_id
        assert pack.indicator(indicator_id) is not None


def test_all_ids_are_valid_and_unique_within_their_list(pack: MethodPack) -> None:
    lists = {
        "agenda": pack.agenda,
        "indicator_groups": pack.indicator_groups,
        "indicators": pack.indicators,
        "actor_kinds": pack.actor_kinds,
        "source_types": pack.source_types,
        "branches": pack.branches,
        "directness": pack.directness,
        "measure_kinds": pack.measure_kinds,
        "phases": pack.phases,
        "precondition_dimensions": pack.precondition_dimensions,
        "glossary": pack.glossary,
    }
    for name, items in lists.items():
        ids = [item.id for item in items]
        assert len(ids) == len(set(ids)), name
        assert all(ID_PATTERN.fullmatch(item_id) for item_id in ids), name


def test_enum_tied_ids_match_the_enums_exactly(pack: MethodPack) -> None:
    assert [c.id for c in pack.source_types] == [v.value for v in SourceType]
    assert [c.id for c in pack.branches] == [v.value for v in Branch]
    assert [c.id for c in pack.directness] == [v.value for v in Directness]
    assert [c.id for c in pack.measure_kinds] == [v.value for v in MeasureKind]
    assert [c.id for c in pack.phases] == [str(v.value) for v in Phase]
    assert [level.value for level in pack.rating_scale] == [
        int(v) for v in Rating if v is not Rating.DONT_KNOW
    ]


def test_branches_use_the_method_words(pack: MethodPack) -> None:
    titles = {c.id: c.title.sv for c in pack.branches}
    assert "Brottsutsatt" in titles["victim"]
    assert "Gärningsperson" in titles["offender"]
    assert titles["place"] == "Objekt/plats"  # Brå's order; the object is in this branch only
    assert "mål" not in titles["victim"].lower()
    assert titles["other"] == "Övrigt"


def test_ids_used_by_workshop_files_exist(pack: MethodPack) -> None:
    actor_kinds = {c.id for c in pack.actor_kinds}
    assert {"municipality", "police", "housing", "other"} <= actor_kinds
    assert {
        "municipality_social_services",
        "municipality_school",
        "county_board",
        "tax_agency",
        "social_insurance",
        "local_business",
        "civil_society",
    } <= actor_kinds
    assert pack.choice(pack.precondition_dimensions, "resources") is not None


def test_the_agenda_is_the_default_half_day(pack: MethodPack) -> None:
    plan = [(item.id, item.minutes) for item in pack.agenda]
    assert plan == [
        ("intro", 20),
        ("indicators", 50),
        ("problems", 30),
        ("causes", 45),
        ("break", 15),
        ("measures", 45),
        ("preconditions", 30),
        ("next_steps", 25),
        ("wrap_up", 10),
    ]
    for item in pack.agenda:
        if item.step is not None:
            assert item.minutes == pack.step(item.step).default_minutes
    assert Step.PREPARATION not in {item.step for item in pack.agenda}
    assert pack.step(Step.PREPARATION).default_minutes == 0


def _luminance(colour: str) -> float:
    def channel(hex_pair: str) -> float:
        c = int(hex_pair, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_rating_colours_differ_in_lightness_for_greyscale_and_colour_blindness(
    pack: MethodPack,
) -> None:
    levels = pack.rating_scale
    # One word class throughout (review §5): what exists, to what degree.
    assert [level.title.sv for level in levels] == [
        "Saknas",
        "Finns i liten grad",
        "Finns delvis",
        "Finns och fungerar",
    ]
    luminances = [_luminance(level.colour) for level in levels]
    for darker, lighter in itertools.pairwise(luminances):
        assert (lighter + 0.05) / (darker + 0.05) >= 1.5
    assert pack.rating_level(4) is levels[3]


def test_the_glossary_holds_the_key_terms(pack: MethodPack) -> None:
    terms = " | ".join(term.term.sv.lower() for term in pack.glossary)
    for word in (
        "lägesbild",
        "kartläggning",
        "orsaksanalys",
        "åtgärd",
        "samverkanspart",
        "samverkansöverenskommelse",
        "åtgärdsplan",
        "medborgarlöfte",
        "uppföljning",
        "parallella samhällsstrukturer",
        "egen rättsskipning",
        "otillåten påverkan",
        "välfärdsbrott",
        "est",
        "särskilt utsatt område",
        "brottstriangeln",
        "fiskbensdiagram",
        "fasmodellen",
        "2023:196",
    ):
        assert word in terms, word


def test_the_fasmodellen_phases_say_they_are_a_draft(pack: MethodPack) -> None:
    for phase in pack.phases:
        assert "utkast" in phase.description.sv.lower()
        assert "draft" in phase.description.en.lower()


def test_the_problem_areas_put_parallel_structures_first_and_visible_crime_last(
    pack: MethodPack,
) -> None:
    assert [group.id for group in pack.indicator_groups] == [
        "public_space",
        "recruitment_of_children",
        "private_justice",
        "unlawful_influence",
        "welfare_crime",
        "business_establishment",
        "housing_registration",
        "honour_control",
        "extremism",
        "visible_crime",
    ]
    # The crime every lägesbild already shows is a small context group (review §4.1).
    assert len(pack.indicators_in("visible_crime")) <= 4
