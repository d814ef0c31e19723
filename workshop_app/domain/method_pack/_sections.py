"""Turning the tables of each method-pack file into the typed model (used by the loader)."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import NamedTuple

from workshop_app.domain.enums import Branch, Directness, MeasureKind, Phase, Rating, SourceType
from workshop_app.domain.method_pack._fields import Table, exact_ids, unique_ids
from workshop_app.domain.method_pack.errors import MethodPackError
from workshop_app.domain.method_pack.model import (
    AgendaItem,
    CatalogIndicator,
    Choice,
    GlossaryTerm,
    IndicatorAlias,
    IndicatorGroup,
    RatingLevel,
    StepGuide,
    Text,
)
from workshop_app.domain.steps import STEP_ORDER, Step

MAX_MINUTES = 1440
# The levels of the scale; "Vet ej" (Rating.DONT_KNOW) is an answer, not a level.
RATING_VALUES = tuple(int(level) for level in Rating if level is not Rating.DONT_KNOW)


class PackHeader(NamedTuple):
    id: str
    version: str
    title: Text
    source_note: Text
    draft: bool
    draft_note: Text | None


class Choices(NamedTuple):
    actor_kinds: tuple[Choice, ...]
    source_types: tuple[Choice, ...]
    branches: tuple[Choice, ...]
    directness: tuple[Choice, ...]
    measure_kinds: tuple[Choice, ...]
    phases: tuple[Choice, ...]


class Indicators(NamedTuple):
    groups: tuple[IndicatorGroup, ...]
    indicators: tuple[CatalogIndicator, ...]
    aliases: tuple[IndicatorAlias, ...]


class Preconditions(NamedTuple):
    dimensions: tuple[Choice, ...]
    rating_scale: tuple[RatingLevel, ...]


def read_pack(root: Table) -> PackHeader:
    """``pack.toml``: id, version, title, the note naming Brå, draft marking."""
    root.allow("id", "version", "title", "source_note", "draft", "draft_note")
    return PackHeader(
        id=root.identifier("id"),
        version=root.string("version"),
        title=root.text("title"),
        source_note=root.text("source_note"),
        draft=root.boolean("draft", default=False),
        draft_note=root.optional_text("draft_note"),
    )


def read_steps(root: Table) -> tuple[StepGuide, ...]:
    """``steps.toml``: one guide for each of the seven steps, returned in method order."""
    root.allow("steps")
    guides: dict[Step, StepGuide] = {}
    fields = ("step", "title", "purpose", "questions", "tips", "default_minutes", "source")
    for item in root.entries("steps", *fields):
        step = _step(item, "step")
        if step in guides:
            raise item.error("step", f'duplicate step "{step}"')
        guides[step] = StepGuide(
            step=step,
            title=item.text("title"),
            purpose=item.text("purpose"),
            questions=item.texts("questions"),
            tips=item.texts("tips"),
            default_minutes=item.integer("default_minutes", 0, MAX_MINUTES),
            source=item.string("source"),
        )
    missing = [step for step in STEP_ORDER if step not in guides]
    if missing:
        raise root.error("steps", f'missing step "{missing[0]}" (all seven are needed)')
    return tuple(guides[step] for step in STEP_ORDER)


def read_agenda(root: Table) -> tuple[AgendaItem, ...]:
    """``agenda.toml``: the default time plan, in order."""
    root.allow("items")
    items = root.entries("items", "id", "title", "minutes", "step")
    agenda = []
    for item, item_id in zip(items, unique_ids(items), strict=True):
        agenda.append(
            AgendaItem(
                id=item_id,
                title=item.text("title"),
                minutes=item.integer("minutes", 0, MAX_MINUTES),
                step=_step(item, "step") if item.has("step") else None,
            )
        )
    return tuple(agenda)


def read_choices(root: Table) -> Choices:
    """``choices.toml``: the closed lists; enum-tied ids must match the enums exactly."""
    root.allow(*Choices._fields)
    tied: dict[str, Iterable[str]] = {
        "source_types": (v.value for v in SourceType),
        "branches": (v.value for v in Branch),
        "directness": (v.value for v in Directness),
        "measure_kinds": (v.value for v in MeasureKind),
        "phases": (str(v.value) for v in Phase),
    }
    lists = {"actor_kinds": _choices(root, "actor_kinds")}
    for key, expected in tied.items():
        lists[key] = _choices(root, key)
        exact_ids(root, key, root.tables(key), expected)
    return Choices(**lists)


def read_indicators(root: Table, actor_kind_ids: Collection[str]) -> Indicators:
    """``indicators.toml``: problem areas, indicators and the aliases of retired indicator ids."""
    root.allow("groups", "indicators", "aliases")
    group_items = root.entries("groups", "id", "title", "description", "source")
    groups = []
    for item, group_id in zip(group_items, unique_ids(group_items), strict=True):
        groups.append(
            IndicatorGroup(
                id=group_id,
                title=item.text("title"),
                description=item.text("description"),
                source=item.string("source"),
            )
        )
    group_ids = [group.id for group in groups]
    fields = ("id", "group", "title", "description", "actor_kinds", "source")
    items = root.entries("indicators", *fields)
    indicators = []
    for item, indicator_id in zip(items, unique_ids(items), strict=True):
        group_id = item.string("group")
        if group_id not in group_ids:
            shown = ", ".join(group_ids)
            raise item.error("group", f'unknown group "{group_id}" (groups: {shown})')
        indicators.append(
            CatalogIndicator(
                id=indicator_id,
                group_id=group_id,
                title=item.text("title"),
                description=item.text("description"),
                typical_actor_kinds=_actor_kinds(item, actor_kind_ids),
                source=item.string("source"),
            )
        )
    return Indicators(tuple(groups), tuple(indicators), _aliases(root, indicators))


def read_preconditions(root: Table) -> Preconditions:
    """``preconditions.toml``: the dimensions and the rating scale 1–4."""
    root.allow("dimensions", "rating_scale")
    dimensions = _choices(root, "dimensions")
    levels: dict[int, RatingLevel] = {}
    for item in root.entries("rating_scale", "value", "title", "description", "colour"):
        value = item.integer("value", RATING_VALUES[0], RATING_VALUES[-1])
        if value in levels:
            raise item.error("value", f"duplicate value {value}")
        colour = item.colour("colour")
        if any(level.colour == colour for level in levels.values()):
            raise item.error("colour", f'colour "{colour}" is used by another level')
        levels[value] = RatingLevel(
            value=value,
            title=item.text("title"),
            description=item.text("description"),
            colour=colour,
        )
    missing = [value for value in RATING_VALUES if value not in levels]
    if missing:
        raise root.error("rating_scale", f"missing value {missing[0]} (needs 1, 2, 3 and 4)")
    return Preconditions(dimensions, tuple(levels[v] for v in RATING_VALUES))


def read_glossary(root: Table) -> tuple[GlossaryTerm, ...]:
    """``glossary.toml``: the terms, in display order."""
    root.allow("terms")
    items = root.entries("terms", "id", "term", "definition", "source")
    terms = []
    for item, term_id in zip(items, unique_ids(items), strict=True):
        terms.append(
            GlossaryTerm(
                id=term_id,
                term=item.text("term"),
                definition=item.text("definition"),
                source=item.string("source"),
            )
        )
    return tuple(terms)


def _step(item: Table, key: str) -> Step:
    value = item.string(key)
    try:
        return Step(value)
    except ValueError:
        expected = ", ".join(step.value for step in STEP_ORDER)
        raise item.error(key, f'unknown step "{value}" (expected one of: {expected})') from None


def _choices(root: Table, key: str) -> tuple[Choice, ...]:
    """The choices of the array ``key``, ids unique."""
    items = root.entries(key, "id", "title", "description", "source")
    choices = []
    for item, choice_id in zip(items, unique_ids(items), strict=True):
        choices.append(
            Choice(
                id=choice_id,
                title=item.text("title"),
                description=item.text("description"),
                source=item.optional_string("source"),
            )
        )
    return tuple(choices)


def _actor_kinds(item: Table, known: Collection[str]) -> tuple[str, ...]:
    kinds = item.strings("actor_kinds")
    path = item.key_path("actor_kinds")
    for index, kind in enumerate(kinds):
        if kind not in known:
            raise MethodPackError(
                f'unknown actor kind "{kind}" (see actor_kinds in choices.toml)',
                item.file,
                f"{path}[{index}]",
            )
        if kind in kinds[:index]:
            raise MethodPackError(f'duplicate actor kind "{kind}"', item.file, f"{path}[{index}]")
    return kinds


def _aliases(root: Table, indicators: list[CatalogIndicator]) -> tuple[IndicatorAlias, ...]:
    """``[[aliases]]``: a retired indicator id and the indicator it now means (optional array).

    Workshop files keep the ids they were saved with, so an id that is merged or renamed stays
    here for good; an alias may not hide a live indicator nor point at another alias.
    """
    if not root.has("aliases"):
        return ()
    live = {indicator.id for indicator in indicators}
    items = root.entries("aliases", "id", "indicator", "note")
    aliases = []
    for item, alias_id in zip(items, unique_ids(items), strict=True):
        if alias_id in live:
            raise item.error("id", f'"{alias_id}" is an indicator of the catalog, not a retired id')
        target = item.string("indicator")
        if target not in live:
            raise item.error("indicator", f'unknown indicator "{target}"')
        aliases.append(IndicatorAlias(alias_id, target, item.string("note")))
    return tuple(aliases)
