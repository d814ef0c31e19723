"""Typed content of a method pack, every visible text in Swedish and English."""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app.domain.enums import Language
from workshop_app.domain.steps import Step


@dataclass(frozen=True, slots=True)
class Text:
    """A text in both languages."""

    sv: str
    en: str

    def get(self, language: Language | str) -> str:
        """The text in ``language`` (``"sv"`` or ``"en"``); Swedish when unknown."""
        return self.en if str(language) == "en" else self.sv


@dataclass(frozen=True, slots=True)
class StepGuide:
    """What the facilitator guide shows for one step."""

    step: Step
    title: Text
    purpose: Text
    questions: tuple[Text, ...]
    tips: tuple[Text, ...]
    default_minutes: int
    source: str


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """A line of the default half-day time plan (including breaks and wrap-up)."""

    id: str
    title: Text
    minutes: int
    step: Step | None  # None for intro, break and wrap-up


@dataclass(frozen=True, slots=True)
class Choice:
    """An item of a closed list: actor kind, source type, branch, measure kind, phase …"""

    id: str
    title: Text
    description: Text
    source: str = ""


@dataclass(frozen=True, slots=True)
class IndicatorGroup:
    """A problem area of the indicator board."""

    id: str
    title: Text
    description: Text
    source: str


@dataclass(frozen=True, slots=True)
class CatalogIndicator:
    """An indicator of the method pack: a behaviour or event, never a group of people."""

    id: str
    group_id: str
    title: Text
    description: Text
    typical_actor_kinds: tuple[str, ...]
    source: str


@dataclass(frozen=True, slots=True)
class IndicatorAlias:
    """A retired indicator id (merged or renamed) and the catalog indicator it now means."""

    id: str
    indicator_id: str
    note: str  # why the id was retired, for whoever reads the pack


@dataclass(frozen=True, slots=True)
class RatingLevel:
    """A level of the precondition rating scale (1 = missing … 4 = in place)."""

    value: int
    title: Text
    description: Text
    colour: str  # "#rrggbb", chosen to be told apart also in greyscale


@dataclass(frozen=True, slots=True)
class GlossaryTerm:
    id: str
    term: Text
    definition: Text
    source: str


@dataclass(frozen=True, slots=True)
class MethodPack:
    """A whole method pack as loaded and validated from ``resources/method/<id>/``."""

    id: str
    version: str
    title: Text
    source_note: Text  # names Brå as the source of the method
    steps: tuple[StepGuide, ...]  # in Step order, all seven
    agenda: tuple[AgendaItem, ...]
    indicator_groups: tuple[IndicatorGroup, ...]
    indicators: tuple[CatalogIndicator, ...]
    actor_kinds: tuple[Choice, ...]
    source_types: tuple[Choice, ...]  # ids = enums.SourceType values
    branches: tuple[Choice, ...]  # ids = enums.Branch values
    directness: tuple[Choice, ...]  # ids = enums.Directness values
    measure_kinds: tuple[Choice, ...]  # ids = enums.MeasureKind values
    phases: tuple[Choice, ...]  # ids "1", "2", "3" (Fasmodellen)
    precondition_dimensions: tuple[Choice, ...]  # 14 dimensions
    rating_scale: tuple[RatingLevel, ...]  # values 1..4
    glossary: tuple[GlossaryTerm, ...]
    draft: bool = False  # True while the texts are reconstructed, not Brå's exact wording
    draft_note: Text | None = None  # says what the draft status means, for About and exports
    indicator_aliases: tuple[IndicatorAlias, ...] = ()  # retired ids that old files still use

    def step(self, step: Step) -> StepGuide:
        return next(s for s in self.steps if s.step == step)

    def indicator(self, indicator_id: str) -> CatalogIndicator | None:
        """The catalog indicator ``indicator_id`` names, following an alias of a retired id."""
        wanted = self.resolve_indicator_id(indicator_id)
        return next((i for i in self.indicators if i.id == wanted), None)

    def resolve_indicator_id(self, indicator_id: str) -> str:
        """The live catalog id for ``indicator_id``: itself, or the indicator its alias names."""
        alias = next((a for a in self.indicator_aliases if a.id == indicator_id), None)
        return indicator_id if alias is None else alias.indicator_id

    def known_indicator_ids(self) -> frozenset[str]:
        """Ids a workshop file may use to link to the catalog: live ids and retired aliases."""
        live = {indicator.id for indicator in self.indicators}
        return frozenset(live | {alias.id for alias in self.indicator_aliases})

    def aliases_of(self, indicator_id: str) -> tuple[str, ...]:
        """The retired ids that now mean the catalog indicator ``indicator_id``."""
        return tuple(a.id for a in self.indicator_aliases if a.indicator_id == indicator_id)

    def indicators_in(self, group_id: str) -> tuple[CatalogIndicator, ...]:
        return tuple(i for i in self.indicators if i.group_id == group_id)

    def group(self, group_id: str) -> IndicatorGroup | None:
        return next((g for g in self.indicator_groups if g.id == group_id), None)

    def rating_level(self, value: int) -> RatingLevel | None:
        return next((r for r in self.rating_scale if r.value == value), None)

    def choice(self, choices: tuple[Choice, ...], choice_id: str) -> Choice | None:
        return next((c for c in choices if c.id == choice_id), None)
