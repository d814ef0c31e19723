"""Everything a section needs to render: lookups over the workshop, and words in its language."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeVar

from workshop_app.domain import information_matrix, meeting_choice, priorities
from workshop_app.domain.enums import Extent, IndicatorStatus, Rating
from workshop_app.domain.method_pack.model import Choice, MethodPack, RatingLevel, Text
from workshop_app.domain.model import (
    Cause,
    Indicator,
    IndicatorAssessment,
    Measure,
    Meeting,
    NextStep,
    Note,
    Organisation,
    Participant,
    Problem,
    Workshop,
)
from workshop_app.domain.steps import Step
from workshop_app.export.labels import labels_for
from workshop_app.export.options import ExportOptions
from workshop_app.export.text import words_for_code

T = TypeVar("T")
K = TypeVar("K")


def _group(items: Iterable[T], key: Callable[[T], K]) -> dict[K, list[T]]:
    grouped: dict[K, list[T]] = defaultdict(list)
    for item in items:
        grouped[key(item)].append(item)
    return grouped


@dataclass(slots=True)
class ExportContext:
    """A read-only view of one workshop for the export, built once per document."""

    workshop: Workshop
    pack: MethodPack
    exported_at: datetime
    options: ExportOptions = field(default_factory=ExportOptions)
    language: str = field(init=False)
    labels: dict[str, str] = field(init=False)
    organisations: dict[str, Organisation] = field(init=False)
    participants_by_org: dict[str | None, list[Participant]] = field(init=False)
    indicators: dict[str, Indicator] = field(init=False)
    assessments: dict[str, IndicatorAssessment] = field(init=False)
    causes: dict[str, Cause] = field(init=False)
    causes_by_problem: dict[str, list[Cause]] = field(init=False)
    cause_children: dict[tuple[str, str | None], list[Cause]] = field(init=False)
    measures: dict[str, Measure] = field(init=False)
    measures_by_problem: dict[str, list[Measure]] = field(init=False)
    next_steps_by_measure: dict[str, list[NextStep]] = field(init=False)
    notes_by_step: dict[Step, list[Note]] = field(init=False)
    covered_meetings: tuple[Meeting, ...] = field(init=False)
    document_date: date = field(init=False)

    def __post_init__(self) -> None:
        w = self.workshop
        # Raises LookupError for a chosen meeting the workshop does not have.
        self.covered_meetings = meeting_choice.covered(
            w.meetings, self.options.meetings, self.exported_at.date()
        )
        # Dated by what it records: the meeting, else the last change – never the export day,
        # so that exporting unchanged content again gives the same document.
        if self.covered_meetings:
            self.document_date = self.covered_meetings[-1].date
        elif w.updated_at is not None:
            self.document_date = w.updated_at.date()
        else:
            self.document_date = self.exported_at.date()
        self.language = str(w.language)
        self.labels = dict(labels_for(self.language))
        self.organisations = {o.id: o for o in w.organisations}
        self.participants_by_org = _group(w.participants, lambda p: p.organisation_id)
        self.indicators = {i.id: i for i in w.indicators}
        self.assessments = {a.indicator_id: a for a in w.indicator_assessments}
        self.causes = {c.id: c for c in w.causes}
        self.causes_by_problem = _group(w.causes, lambda c: c.problem_id)
        self.cause_children = _group(w.causes, lambda c: (c.problem_id, c.parent_id))
        self.measures = {m.id: m for m in w.measures}
        self.measures_by_problem = _group(w.measures, lambda m: m.problem_id)
        by_measure: dict[str, list[NextStep]] = defaultdict(list)
        for step in w.next_steps:
            for measure_id in dict.fromkeys(step.measure_ids):
                by_measure[measure_id].append(step)
        self.next_steps_by_measure = by_measure
        self.notes_by_step = _group(w.notes, lambda n: n.step)

    # ----- words ---------------------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        """The fixed label ``key`` in the workshop's language, with ``values`` filled in."""
        text = self.labels[key]
        return text.format(**values) if values else text

    def text(self, text: Text) -> str:
        return text.get(self.language)

    def choice(self, choices: tuple[Choice, ...], choice_id: object) -> str:
        """Title of a method-pack choice in the workshop's language, else the id in words."""
        found = self.pack.choice(choices, str(choice_id))
        return self.text(found.title) if found else words_for_code(str(choice_id))

    def step_title(self, step: Step) -> str:
        return self.text(self.pack.step(step).title)

    def date(self, value: date | None) -> str:
        return value.isoformat() if value else ""

    def datetime(self, value: datetime | None) -> str:
        return value.strftime("%Y-%m-%d %H:%M") if value else ""

    def yes_no(self, value: bool) -> str:
        return self.t("yes" if value else "no")

    def person(self, participant: Participant) -> str:
        """ "Name, role" – or only the role when the document must not name officials."""
        role = participant.role.strip()
        if self.options.roles_only:
            return role or self.t("participant")
        return f"{participant.name}, {role}" if role else participant.name

    def next_meeting(self) -> Meeting | None:
        return meeting_choice.next_after(self.workshop.meetings, self.document_date)

    def org_name(self, org_id: str | None) -> str:
        if org_id is None:
            return ""
        org = self.organisations.get(org_id)
        return org.name if org else self.t("unknown_organisation")

    def status(self, status: IndicatorStatus) -> str:
        return self.t(f"status_{status.value}")

    def extent(self, extent: Extent | None) -> str:
        return self.t(f"extent_{int(extent)}") if extent is not None else ""

    def word(self, prefix: str, value: object | None) -> str:
        """Label ``{prefix}_{value}`` for an enum value (trend, certainty, horizon …)."""
        return self.t(f"{prefix}_{value}") if value is not None else ""

    def rating_level(self, rating: Rating | None) -> RatingLevel | None:
        return None if rating is None else self.pack.rating_level(int(rating))

    def indicator_title(self, indicator: Indicator) -> str:
        """The catalog's title in the workshop's language, or the workshop's own title."""
        catalog = None if indicator.custom else self.pack.indicator(indicator.id)
        return self.text(catalog.title) if catalog else indicator.title

    def indicator_group(self, indicator: Indicator) -> str:
        group_id = indicator.group
        catalog = None if indicator.custom else self.pack.indicator(indicator.id)
        if catalog:
            group_id = catalog.group_id
        group = self.pack.group(group_id)
        return self.text(group.title) if group else indicator.group

    def assessed_statuses(self) -> list[IndicatorStatus]:
        """The status of every assessed indicator; one not yet assessed is not "unknown"."""
        return [
            self.assessments[i.id].status
            for i in self.workshop.indicators
            if i.id in self.assessments
        ]

    def status_of(self, indicator_id: str) -> IndicatorStatus:
        assessment = self.assessments.get(indicator_id)
        return assessment.status if assessment else IndicatorStatus.UNKNOWN

    # ----- derived content -----------------------------------------------------------------

    def knowledge_gaps(self) -> list[Indicator]:
        """Observed or unknown indicators that no organisation has information on.

        The same rule as the Indicators page (domain.information_matrix), so the minutes and
        the screen always name the same gaps.
        """
        by_id = {indicator.id: indicator for indicator in self.workshop.indicators}
        return [by_id[i] for i in information_matrix.knowledge_gaps(self.workshop)]

    def prioritised_problems(self) -> list[Problem]:
        """Prioritised problems by rank (unranked last, in the user's order), as on screen."""
        return priorities.prioritised_by_rank(self.workshop.problems)

    def root_causes(self, problem_id: str) -> list[Cause]:
        """Causes of the problem without a parent (in the same problem), in the user's order."""
        causes = self.causes_by_problem.get(problem_id, [])
        own = {c.id for c in causes}
        return [c for c in causes if c.parent_id is None or c.parent_id not in own]

    def cause_tree(self, root: Cause) -> Iterator[tuple[Cause, int]]:
        """``root`` and its descendants depth first, each with its depth (root = 0)."""
        seen: set[str] = set()
        stack = [(root, 0)]
        while stack:
            cause, depth = stack.pop()
            if cause.id in seen:  # a cycle would be a domain error; never loop on it
                continue
            seen.add(cause.id)
            yield cause, depth
            stack.extend(
                (child, depth + 1)
                for child in reversed(self.cause_children.get((cause.problem_id, cause.id), []))
            )
