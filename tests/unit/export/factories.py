"""Workshops for the export tests: a realistic fictional one and a generated large one."""

from __future__ import annotations

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

CET = timezone(timedelta(hours=1))
EXPORTED_AT = datetime(2026, 11, 20, 16, 5, tzinfo=CET)

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


def _indicators() -> tuple[tuple[Indicator, ...], tuple[IndicatorAssessment, ...]]:
    indicators = (
        Indicator("open_drug_dealing", "Öppen narkotikahandel", group="public_space"),
        Indicator("residents_dare_not_report", "Boende vågar inte anmäla", group="public_space"),
        Indicator("common_spaces_taken_over", "Gemensamma utrymmen tas över", group="public_space"),
        Indicator(
            "unauthorised_subletting", "Olovlig andrahandsuthyrning", group="housing_registration"
        ),
        Indicator(
            "many_registered_one_address",
            "Många folkbokförda på en adress",
            group="housing_registration",
        ),
        Indicator(
            "pressure_on_caseworkers", "Påtryckningar mot handläggare", group="unlawful_influence"
        ),
        Indicator(
            "ind-local-1", "Mopedåkning i gångtunneln kvällstid", group="Lokalt", custom=True
        ),
    )
    assessments = (
        IndicatorAssessment(
            "open_drug_dealing",
            IndicatorStatus.OBSERVED,
            Extent.CONSIDERABLE,
            Trend.INCREASING,
            Certainty.HIGH,
            "Vid torget och gångtunneln, främst kvällar och helger.",
            (
                IndicatorSource("polis", SourceType.CASE_RECORDS),
                IndicatorSource("polis", SourceType.STATISTICS),
                IndicatorSource("bostad", SourceType.STAFF_OBSERVATION, "Bovärdarnas rapporter"),
            ),
        ),
        IndicatorAssessment(
            "residents_dare_not_report",
            IndicatorStatus.OBSERVED,
            Extent.SOME,
            Trend.STABLE,
            Certainty.MEDIUM,
            "Trygghetsvandringen i maj.",
            (IndicatorSource("kommun", SourceType.SURVEY),),
        ),
        IndicatorAssessment(
            "common_spaces_taken_over",
            IndicatorStatus.OBSERVED,
            Extent.SOME,
            Trend.UNKNOWN,
            Certainty.LOW,
            "Källarförråd på Norrbackavägen.",
            (),
        ),
        IndicatorAssessment(
            "unauthorised_subletting",
            IndicatorStatus.OBSERVED,
            Extent.CONSIDERABLE,
            Trend.INCREASING,
            Certainty.MEDIUM,
            "",
            (IndicatorSource("bostad", SourceType.CASE_RECORDS),),
        ),
        IndicatorAssessment("many_registered_one_address", IndicatorStatus.UNKNOWN),
        IndicatorAssessment("pressure_on_caseworkers", IndicatorStatus.NOT_OBSERVED),
    )
    return indicators, assessments


def realistic_workshop(language: Language = Language.SV) -> Workshop:
    """A fictional Swedish workshop: three organisations, three problems (two prioritised) …"""
    indicators, assessments = _indicators()
    causes = (
        Cause(
            "c1",
            "p1",
            "Dålig belysning och skymda platser i gångtunneln",
            branch=Branch.PLACE,
            evidence="Trygghetsvandring maj 2026",
            certainty=Certainty.HIGH,
        ),
        Cause(
            "c2",
            "p1",
            "Trasig belysning lagas sent",
            parent_id="c1",
            branch=Branch.PLACE,
            directness=Directness.UNDERLYING,
            certainty=Certainty.MEDIUM,
        ),
        Cause(
            "c3",
            "p1",
            "Otydligt ansvar mellan kommun och bostadsbolag",
            parent_id="c2",
            branch=Branch.PLACE,
            directness=Directness.UNDERLYING,
        ),
        Cause(
            "c4",
            "p1",
            "Unga rekryteras som langare",
            branch=Branch.OFFENDER,
            certainty=Certainty.MEDIUM,
        ),
        Cause(
            "c5",
            "p1",
            "Få vuxna ute kvällstid",
            branch=Branch.VICTIM,
            directness=Directness.UNDERLYING,
        ),
        Cause(
            "c6",
            "p2",
            "Svag kontroll av kontraktsinnehavare",
            branch=Branch.PLACE,
            certainty=Certainty.MEDIUM,
        ),
        Cause(
            "c7",
            "p2",
            "Bostadsbrist driver efterfrågan",
            branch=Branch.OTHER,
            directness=Directness.UNDERLYING,
        ),
    )
    measures = (
        Measure(
            "m1",
            "p1",
            "Ny belysning i gångtunneln",
            ("c1", "c2"),
            "LED-armaturer och klippt grönska.",
            MeasureKind.SITUATIONAL,
            Horizon.SHORT,
            Phase.ONE,
            "bostad",
            ("kommun",),
            "Investering 400 tkr",
            "Trygghetsmätning efter sex månader",
            6,
            True,
        ),
        Measure(
            "m2",
            "p1",
            "Fältassistenter och vuxenvandring fredagar",
            ("c5",),
            "",
            MeasureKind.SOCIAL,
            Horizon.LONG,
            Phase.TWO,
            "kommun",
            ("polis", "bostad"),
            votes=4,
        ),
        Measure(
            "m3",
            "p1",
            "Tydligt ansvar för felanmälan av belysning",
            ("c3",),
            kind=MeasureKind.ORGANISATIONAL,
            horizon=Horizon.SHORT,
            lead_organisation_id="kommun",
        ),
        Measure(
            "m4",
            "p2",
            "Kontroll av boende vid misstänkt andrahandsuthyrning",
            ("c6",),
            kind=MeasureKind.SITUATIONAL,
            horizon=Horizon.SHORT,
            phase=Phase.ONE,
            lead_organisation_id="bostad",
            partner_organisation_ids=("polis",),
            prioritised=True,
        ),
    )
    return Workshop(
        id="ws-norrbacka",
        title="Norrbacka hösten 2026",
        municipality="Exempelby kommun",
        area="Norrbacka centrum",
        purpose="Gemensam bild av problem kopplade till parallella samhällsstrukturer i Norrbacka.",
        language=language,
        follow_up_date=date(2027, 2, 15),
        step_plan=(
            StepPlan(Step.PREPARATION, 30, 1800, True),
            StepPlan(Step.INDICATORS, 50, 3120, True),
            StepPlan(Step.PROBLEMS, 30, 1500, True),
            StepPlan(Step.CAUSES, 45, 2700, True),
        ),
        organisations=(
            Organisation("kommun", "Exempelby kommun", "municipality"),
            Organisation("polis", "Polisen, lokalpolisområde Exempelby", "police"),
            Organisation("bostad", "Exempelbostäder AB", "housing"),
        ),
        participants=(
            Participant("d1", "Kim Andersson", "Trygghetssamordnare, processledare", "kommun"),
            Participant("d2", "Sara Lind", "Enhetschef socialtjänsten", "kommun"),
            Participant("d3", "Ali Hassan", "Kommunpolis", "polis"),
            Participant("d4", "Eva Berg", "Områdeschef", "bostad"),
            Participant("d5", "Jonas Ek", "Bovärd", "bostad"),
        ),
        meetings=(
            Meeting(
                "mt1",
                date(2026, 10, 6),
                "09:00",
                "12:30",
                "Kommunhuset, sal Ekbacken",
                ("d1", "d2", "d3", "d4"),
            ),
            Meeting(
                "mt2",
                date(2026, 11, 3),
                "13:00",
                "16:00",
                "Norrbacka medborgarkontor",
                ("d1", "d3", "d4", "d5"),
                "Åtgärderna stämdes av med fastighetsägaren.",
            ),
        ),
        indicators=indicators,
        indicator_assessments=assessments,
        problems=(
            Problem(
                "p1",
                "Öppen narkotikahandel vid torget och i gångtunneln",
                "Försäljning kvällstid som gör att boende undviker platsen.",
                "Norrbacka torg",
                ("open_drug_dealing", "residents_dare_not_report"),
                7,
                True,
                1,
            ),
            Problem(
                "p2",
                "Olovlig andrahandsuthyrning i Norrbackas hyresbestånd",
                "",
                "Norrbackavägen 2–20",
                ("unauthorised_subletting", "many_registered_one_address"),
                5,
                True,
                2,
            ),
            Problem(
                "p3",
                "Källarförråd används som samlingsplats",
                "",
                "",
                ("common_spaces_taken_over",),
                2,
            ),
        ),
        causes=causes,
        measures=measures,
        preconditions=tuple(
            PreconditionAssessment(
                dimension,
                organisation_id="polis" if dimension == "resources" else None,
                rating=Rating(1 + i % 4) if i != 10 else None,
                current_state=f"Nuläge för {dimension}",
                obstacles="Tid",
                remedy="Beslut i styrgruppen",
            )
            for i, dimension in enumerate(PRECONDITION_DIMENSIONS)
        ),
        next_steps=(
            NextStep(
                "n1",
                "Beställa ny belysning",
                "Offert från två leverantörer.",
                "bostad",
                "Områdeschef",
                date(2026, 12, 1),
                NextStepStatus.IN_PROGRESS,
                ("m1",),
            ),
            NextStep(
                "n2",
                "Schema för vuxenvandring",
                "",
                "kommun",
                "Trygghetssamordnare",
                date(2026, 12, 15),
                measure_ids=("m2",),
            ),
            NextStep(
                "n3",
                "Förslag om samverkansöverenskommelse till styrgruppen",
                "",
                "kommun",
                "Kommundirektörens stab",
                date(2027, 1, 20),
                to_steering_group=True,
            ),
        ),
        notes=(
            Note(
                "no1",
                Step.INDICATORS,
                "Hämta statistik från Försäkringskassan?",
                datetime(2026, 10, 6, 10, 12),
            ),
            Note("no2", Step.CAUSES, "Fråga skolan om frånvaro.", datetime(2026, 10, 6, 11, 40)),
            Note("no3", Step.CAUSES, "Diskutera sekretess inför nästa möte."),
        ),
    )
