"""A large, realistic, deterministic workshop for the benchmarks (DESIGN §8's size)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

from workshop_app.domain.enums import (
    Branch,
    Certainty,
    Directness,
    Extent,
    Horizon,
    IndicatorStatus,
    Language,
    MeasureKind,
    NextStepStatus,
    Phase,
    Rating,
    SourceType,
    Trend,
)
from workshop_app.domain.model import (
    Cause,
    Indicator,
    IndicatorAssessment,
    IndicatorSource,
    Measure,
    Meeting,
    MethodRef,
    NextStep,
    Note,
    Organisation,
    Participant,
    PreconditionAssessment,
    Problem,
    StepPlan,
    Workshop,
)
from workshop_app.domain.steps import Step

# The size the targets are set for (issue 8).
COUNTS: dict[str, int] = {
    "indicators": 400,
    "problems": 120,
    "causes": 1500,
    "measures": 1000,
    "next_steps": 400,
    "notes": 1500,
}
LARGE_ID = "bench-large"
SEED = 20_261_120

CET = timezone(timedelta(hours=1))
START = datetime(2026, 9, 1, 9, 0, tzinfo=CET)

# Indicator ids of the shipped method pack: the first ones are linked to it, the rest custom.
PACK_INDICATORS = (
    "open_drug_dealing",
    "shootings_explosions",
    "threats_against_witnesses",
    "withdrawn_reports",
    "residents_dare_not_report",
    "attacks_on_emergency_staff",
    "vandalism_car_fires",
    "common_spaces_taken_over",
    "extortion_of_businesses",
    "conflicts_settled_outside_law",
    "pressure_on_caseworkers",
    "unauthorised_subletting",
    "many_registered_one_address",
    "premises_used_for_crime",
)
PRECONDITION_DIMENSIONS = (
    "mandate",
    "top_management",
    "middle_managers",
    "roles",
    "resources",
    "competence",
    "information_sharing",
    "forums",
    "follow_up",
    "communication",
    "legal_tools",
)
ORGANISATIONS = (
    ("Polisen lokalpolisområde", "police"),
    ("Socialförvaltningen", "municipality"),
    ("Kommunledningskontoret", "municipality"),
    ("Bostadsbolaget Hemma", "housing"),
    ("Räddningstjänsten", "rescue_service"),
    ("Skolförvaltningen", "municipality"),
    ("Fritidsförvaltningen", "municipality"),
    ("Miljö- och hälsoskydd", "municipality"),
    ("Skatteverket", "authority"),
    ("Försäkringskassan", "authority"),
    ("Arbetsförmedlingen", "authority"),
    ("Kronofogden", "authority"),
    ("Länsstyrelsen", "authority"),
    ("Fastighetsägarna", "business"),
    ("Företagarföreningen", "business"),
    ("Hyresgästföreningen", "civil_society"),
    ("Idrottsföreningen", "civil_society"),
    ("Trossamfundens råd", "civil_society"),
    ("Regionen, vårdcentralen", "region"),
    ("Kollektivtrafiken", "business"),
)

_NOUNS = (
    "boende",
    "ungdomar",
    "föreningar",
    "butiker",
    "fastighetsägare",
    "handläggare",
    "gångtunneln",
    "torget",
    "källarförråden",
    "trapphusen",
    "parkeringen",
    "skolgården",
    "bostadsbolaget",
    "kommunen",
    "polisen",
    "socialtjänsten",
    "fritidsgården",
    "busshållplatsen",
    "lokalerna",
    "hyreskontrakten",
    "folkbokföringen",
    "bidragen",
    "vittnen",
    "grannar",
    "föräldrar",
    "nattvandrarna",
    "centrumhuset",
    "cykelbanan",
    "idrottsplatsen",
    "biblioteket",
)
_VERBS = (
    "upplever",
    "rapporterar",
    "saknar",
    "undviker",
    "påverkar",
    "kontrollerar",
    "anmäler",
    "vågar inte",
    "samlas vid",
    "hyr ut",
    "utsätts för",
    "tar över",
    "följer upp",
    "behöver",
    "delar information om",
    "stänger",
    "öppnar",
    "bevakar",
    "utreder",
    "stöttar",
)
_ADJECTIVES = (
    "otrygga",
    "tydliga",
    "dålig",
    "kvällstid",
    "återkommande",
    "gemensamma",
    "olovlig",
    "bristande",
    "långsiktig",
    "snabb",
    "samordnad",
    "lokala",
    "synliga",
    "oklara",
    "nya",
    "kraftig",
    "svag",
    "ökande",
    "minskande",
    "särskilt",
)
_FILLERS = (
    "enligt trygghetsvandringen",
    "under hösten",
    "i området",
    "på helgerna",
    "sedan i våras",
    "vid flera tillfällen",
    "enligt bovärdarna",
    "i medborgardialogen",
    "enligt polisens lägesbild",
    "i skolans enkät",
    "utan att det anmäls",
    "trots tidigare insatser",
)


class _Text:
    """Swedish-looking sentences of a chosen length, from one seeded random source."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def words(self, least: int, most: int) -> str:
        rng = self._rng
        count = rng.randint(least, most)
        parts: list[str] = []
        while len(parts) < count:
            parts.extend(
                [
                    rng.choice(_NOUNS),
                    rng.choice(_VERBS),
                    rng.choice(_ADJECTIVES),
                    rng.choice(_NOUNS),
                ]
            )
            if rng.random() < 0.4:
                parts.extend(rng.choice(_FILLERS).split())
        return " ".join(parts[:count])

    def title(self, least: int = 3, most: int = 9) -> str:
        text = self.words(least, most)
        return text[0].upper() + text[1:]

    def sentences(self, least_words: int, most_words: int) -> str:
        """Several sentences, ``least_words`` to ``most_words`` words in all."""
        total = self._rng.randint(least_words, most_words)
        out: list[str] = []
        while total > 0:
            length = min(total, self._rng.randint(6, 16))
            out.append(self.title(length, length) + ".")
            total -= length
        return " ".join(out)


def large_workshop(seed: int = SEED, workshop_id: str = LARGE_ID) -> Workshop:
    """400 indicators, 120 problems, 1,500 causes, 1,000 measures, 400 next steps, 1,500 notes.

    Every reference resolves and follows the workshop-file rules (causes of a problem form
    trees within it, a measure addresses causes of its own problem), so it imports as it is.
    """
    rng = random.Random(seed)
    text = _Text(rng)

    organisations = tuple(
        Organisation(f"org-{n}", name, kind) for n, (name, kind) in enumerate(ORGANISATIONS)
    )
    org_ids = [o.id for o in organisations]
    participants = tuple(
        Participant(
            f"pers-{n}",
            f"Deltagare {chr(65 + n % 26)}{n // 26 or ''}",
            rng.choice(("Samordnare", "Enhetschef", "Handläggare", "Kommunpolis", "Bovärd")),
            org_ids[n % len(org_ids)],
        )
        for n in range(40)
    )
    meetings = tuple(
        Meeting(
            f"meet-{n}",
            date(2026, 9, 1) + timedelta(days=14 * n),
            "09:00",
            "12:00",
            "Centrumhuset, stora salen",
            tuple(p.id for p in participants[n * 10 : n * 10 + 25]),
            text.sentences(20, 60),
        )
        for n in range(3)
    )

    indicators = []
    for n in range(COUNTS["indicators"]):
        if n < len(PACK_INDICATORS):
            indicators.append(Indicator(PACK_INDICATORS[n], text.title(3, 6)))
        else:
            indicators.append(
                Indicator(
                    f"ind-local-{n}",
                    text.title(3, 8),
                    text.sentences(8, 30),
                    f"Lokal grupp {n % 12 + 1}",
                    custom=True,
                )
            )
    statuses = (IndicatorStatus.OBSERVED,) * 3 + (
        IndicatorStatus.NOT_OBSERVED,
        IndicatorStatus.UNKNOWN,
    )
    assessments = []
    for indicator in indicators:
        status = rng.choice(statuses)
        observed = status is IndicatorStatus.OBSERVED
        assessments.append(
            IndicatorAssessment(
                indicator.id,
                status,
                rng.choice(list(Extent)) if observed else None,
                rng.choice(list(Trend)) if observed else None,
                rng.choice(list(Certainty)) if observed else None,
                text.sentences(10, 40) if observed else "",
                tuple(
                    IndicatorSource(
                        org,
                        rng.choice(list(SourceType)),
                        text.words(2, 6) if rng.random() < 0.3 else "",
                    )
                    for org in rng.sample(org_ids, rng.randint(0, 4))
                )
                if observed
                else (),
            )
        )
    observed_ids = [a.indicator_id for a in assessments if a.status is IndicatorStatus.OBSERVED]

    problems = []
    rank = 0
    for n in range(COUNTS["problems"]):
        prioritised = n % 4 == 0
        rank += prioritised
        problems.append(
            Problem(
                f"prob-{n}",
                text.title(4, 10),
                text.sentences(15, 60),
                rng.choice(_NOUNS),
                tuple(rng.sample(observed_ids, rng.randint(1, 4))),
                rng.randint(0, 12),
                prioritised,
                rank if prioritised else None,
            )
        )

    causes: list[Cause] = []
    causes_of: dict[str, list[str]] = {p.id: [] for p in problems}
    for n in range(COUNTS["causes"]):
        problem = problems[n % len(problems)]
        own = causes_of[problem.id]
        # The first causes of a problem are its fishbone's branches; later ones hang below.
        parent = rng.choice(own) if len(own) >= 3 and rng.random() < 0.7 else None
        causes.append(
            Cause(
                f"cause-{n}",
                problem.id,
                text.title(5, 14),
                parent,
                rng.choice(list(Branch)),
                Directness.UNDERLYING if parent else Directness.DIRECT,
                text.sentences(6, 20) if rng.random() < 0.5 else "",
                rng.choice((*Certainty, None)),
            )
        )
        own.append(f"cause-{n}")

    measures = []
    for n in range(COUNTS["measures"]):
        problem = problems[n % len(problems)]
        partners = rng.sample(org_ids, rng.randint(0, 4))
        measures.append(
            Measure(
                f"meas-{n}",
                problem.id,
                text.title(4, 10),
                tuple(rng.sample(causes_of[problem.id], rng.randint(1, 3))),
                text.sentences(15, 50),
                rng.choice(list(MeasureKind)),
                rng.choice((*Horizon, None)),
                rng.choice((*Phase, None)),
                partners[0] if partners else None,
                tuple(partners[1:]),
                text.words(4, 12),
                text.words(4, 12),
                rng.randint(0, 9),
                n % 5 == 0,
            )
        )

    preconditions = tuple(
        PreconditionAssessment(
            dimension,
            "",
            org,
            rng.choice((*Rating, None)),
            text.sentences(8, 25),
            text.sentences(5, 20),
            text.sentences(5, 20),
        )
        for dimension in PRECONDITION_DIMENSIONS
        for org in (None, *org_ids[:4])
    )

    next_steps = tuple(
        NextStep(
            f"next-{n}",
            text.title(4, 10),
            text.sentences(8, 30),
            rng.choice(org_ids),
            rng.choice(("Samordnare", "Enhetschef", "Kommunpolis", "")),
            date(2027, 1, 1) + timedelta(days=rng.randint(0, 300)),
            rng.choice(list(NextStepStatus)),
            tuple(m.id for m in rng.sample(measures, rng.randint(0, 3))),
            rng.random() < 0.2,
        )
        for n in range(COUNTS["next_steps"])
    )

    steps = list(Step)
    notes = tuple(
        Note(
            f"note-{n}",
            steps[n % len(steps)],
            text.sentences(5, 25),
            START + timedelta(minutes=n),
        )
        for n in range(COUNTS["notes"])
    )

    return Workshop(
        id=workshop_id,
        title="Stor workshop: Norrstaden 2026",
        municipality="Exempelstads kommun",
        area="Norrstaden",
        purpose=text.sentences(40, 80),
        language=Language.SV,
        method=MethodRef(),
        created_at=START,
        updated_at=START + timedelta(days=30),
        current_step=Step.PREPARATION,
        follow_up_date=date(2027, 3, 1),
        step_plan=tuple(
            StepPlan(step, minutes, 60 * minutes // 2, index < 3)
            for index, (step, minutes) in enumerate(
                zip(steps, (20, 50, 30, 45, 45, 30, 25), strict=True)
            )
        ),
        organisations=organisations,
        participants=participants,
        meetings=meetings,
        indicators=tuple(indicators),
        indicator_assessments=tuple(assessments),
        problems=tuple(problems),
        causes=tuple(causes),
        measures=tuple(measures),
        preconditions=preconditions,
        next_steps=next_steps,
        notes=notes,
    )
