"""Workshops for storage tests: one with every entity and field set, and a large generated one."""

from __future__ import annotations

import base64
import dataclasses
from datetime import UTC, date, datetime, timedelta, timezone

from workshop_app.domain.enums import (
    Affected,
    Attainment,
    Branch,
    Certainty,
    Directness,
    Evidence,
    Extent,
    Horizon,
    Implementation,
    IndicatorStatus,
    Language,
    MeasureKind,
    NextStepStatus,
    Phase,
    Rating,
    Severity,
    SourceType,
    Trend,
)
from workshop_app.domain.model import (
    Attachment,
    Cause,
    Consequence,
    EarlierAssessment,
    FollowUpMeeting,
    GoalAttainment,
    Indicator,
    IndicatorAssessment,
    IndicatorSource,
    Logo,
    Measure,
    Meeting,
    MethodRef,
    NextStep,
    NextStepUpdate,
    Note,
    Organisation,
    Participant,
    PreconditionAssessment,
    Problem,
    Recipient,
    StepPlan,
    Workshop,
)
from workshop_app.domain.steps import Step

CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))
NEWFOUNDLAND = timezone(-timedelta(hours=3, minutes=30))


# A 2×2 PNG: the smallest real picture a logo can be.
TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGMUiVrAwMDAxMDAwMDAAAAMRgESCxsD7wAAAABJRU5ErkJggg=="
)


def rich_workshop(workshop_id: str = "exempel-1") -> Workshop:
    """Every collection with several items, non-default values, None values and odd orders.

    The version-1 workshop plus every addition of format version 2: the follow-up cycle and
    the minutes' record fields (note-taker, logo, attachments, distribution list, a resolved
    note).
    """
    before = rich_workshop_0004(workshop_id)
    notes = list(before.notes)
    notes[0] = dataclasses.replace(notes[0], resolved_at=datetime(2026, 9, 1, 11, 0, tzinfo=CEST))
    return dataclasses.replace(
        before,
        note_taker="Kommunens trygghetssamordnare",
        logo=Logo("image/png", TINY_PNG),
        # Out of id order: the order is the user's.
        attachments=(Attachment("b2", "Lägesbild 2026"), Attachment("b1", "Deltagarlista")),
        distribution=(
            Recipient("s1", "Styrgruppen för trygghet"),
            Recipient("s3", "Polisen, kommunpolis"),
            Recipient("s2", "Bostadsbolaget – “Hyresbost.”"),
        ),
        notes=tuple(notes),
    )


def rich_workshop_0004(workshop_id: str = "exempel-1") -> Workshop:
    """The rich workshop as schema 0004 stored it: version 1 plus the follow-up cycle."""
    v1 = rich_workshop_v1(workshop_id)
    assessments = {a.indicator_id: a for a in v1.indicator_assessments}
    problems = {p.id: p for p in v1.problems}
    measures = {m.id: m for m in v1.measures}
    steps = {s.id: s for s in v1.next_steps}
    replace = dataclasses.replace
    return replace(
        v1,
        indicator_assessments=(
            assessments["ind.b"],
            replace(assessments["ind.a"], meeting_id="f2"),
            assessments["egen:1"],
        ),
        problems=(
            problems["p2"],
            replace(
                problems["p1"],
                goal="Inga hot i trapphusen",
                goal_date=date(2027, 12, 31),
                goal_measure="Färre anmälningar",
                goal_indicator_ids=("egen:1", "ind.a"),
            ),
        ),
        measures=(
            replace(measures["mt2"], evidence=Evidence.UNTRIED),
            replace(
                measures["mt1"],
                expected_effect="Färre mörka hörn",
                evidence=Evidence.EVALUATED,
                implementation=Implementation.STARTED,
            ),
        ),
        preconditions=(
            *v1.preconditions[:2],
            replace(v1.preconditions[2], rating=Rating.DONT_KNOW),
        ),
        next_steps=(replace(steps["n2"], meeting_id="f1"), steps["n1"]),
        consequences=(
            Consequence("k2", "p1", Affected.STAFF, None, ""),
            Consequence("k1", "p1", Affected.RESIDENTS, Severity.HIGH, "Rädsla i trapphus"),
        ),
        # Meetings out of date order: the order is the user's, as everywhere.
        follow_up_meetings=(
            FollowUpMeeting("f2", date(2027, 6, 1), "Andra mötet"),
            FollowUpMeeting("f1", date(2027, 3, 15), ""),
        ),
        earlier_assessments=(
            EarlierAssessment("ind.a", None, IndicatorStatus.OBSERVED, Extent.SOME, Trend.STABLE),
            EarlierAssessment(
                "ind.a",
                "f1",
                IndicatorStatus.OBSERVED,
                Extent.EXTENSIVE,
                Trend.INCREASING,
                Certainty.LOW,
                "Vid första uppföljningen",
            ),
        ),
        next_step_updates=(
            NextStepUpdate("n1", "f2", NextStepStatus.IN_PROGRESS, "Offert finns"),
            NextStepUpdate("n1", "f1", NextStepStatus.PLANNED, ""),
        ),
        goal_attainments=(
            GoalAttainment(
                "p1", "f1", Attainment.ON_THE_WAY, "Bra start", "Två möten", "Bra", "Oklart"
            ),
        ),
    )


def rich_workshop_v1(workshop_id: str = "exempel-1") -> Workshop:
    """The rich workshop as the release before format version 2 stored it."""
    return Workshop(
        id=workshop_id,
        title="Exempel: Norrbacka 2026 – “citat” & <tecken>",
        municipality="Exempelby kommun",
        area="Norrbacka",
        purpose="Visa hur en workshop ser ut.\nTvå rader.",
        language=Language.EN,
        method=MethodRef("bra-pss-workshop", "1.2"),
        created_at=datetime(2026, 9, 1, 9, 0, tzinfo=CEST),
        updated_at=datetime(2026, 11, 20, 16, 5, 30, tzinfo=CET),
        current_step=Step.CAUSES,
        follow_up_date=date(2027, 3, 15),
        step_plan=(
            StepPlan(Step.INDICATORS, planned_minutes=50, elapsed_seconds=2900, completed=True),
            StepPlan(Step.PREPARATION, planned_minutes=None, elapsed_seconds=0, completed=True),
            StepPlan(Step.PROBLEMS, planned_minutes=0, elapsed_seconds=17, completed=False),
        ),
        organisations=(
            Organisation("kommun", "Exempelby kommun", "municipality"),
            Organisation("polis", "Polisen", "police"),
            Organisation("bostad", "Exempelbostäder AB", "ett eget slag"),
            Organisation("skola", "Skolan", ""),
        ),
        participants=(
            Participant("del2", "Sam Berg", "", None),
            Participant("del1", "Kim Andersson", "processledare", "kommun"),
            Participant("del3", "Åsa Öberg", "kontaktpolis", "polis"),
        ),
        meetings=(
            Meeting("m2", date(2026, 9, 8), None, None, "", (), ""),
            Meeting(
                "m1",
                date(2026, 9, 1),
                "09:00",
                "12:00",
                "Kommunhuset",
                ("del3", "del1"),
                "Bra möte",
            ),
        ),
        indicators=(
            Indicator("ind.a", "Hot mot tjänstepersoner", "Beskrivning", "Grupp A", False),
            Indicator("egen:1", "Egen indikator", "", "", True),
            Indicator("ind.b", "Klotter", "", "Grupp B", False),
        ),
        indicator_assessments=(
            IndicatorAssessment(
                "ind.b",
                IndicatorStatus.NOT_OBSERVED,
                None,
                None,
                None,
                "",
                (),
            ),
            IndicatorAssessment(
                "ind.a",
                IndicatorStatus.OBSERVED,
                Extent.CONSIDERABLE,
                Trend.INCREASING,
                Certainty.MEDIUM,
                "Flera anmälningar",
                (
                    IndicatorSource("polis", SourceType.STATISTICS, "RAR"),
                    IndicatorSource("kommun", SourceType.STAFF_OBSERVATION, ""),
                    IndicatorSource("polis", SourceType.TIP, "tips"),
                ),
            ),
            IndicatorAssessment("egen:1", IndicatorStatus.UNKNOWN, Extent.NONE, Trend.UNKNOWN),
        ),
        problems=(
            Problem("p2", "Otrygghet vid torget", "", "Torget", ("ind.b",), 0, False, None),
            Problem("p1", "Hot i trapphus", "Beskr.", "Hus 4", ("ind.a", "egen:1"), 7, True, 1),
        ),
        causes=(
            # A child before its parent, and causes of two problems interleaved.
            Cause(
                "c3",
                "p1",
                "Rädsla att anmäla",
                "c1",
                Branch.VICTIM,
                Directness.UNDERLYING,
                "Intervjuer",
                Certainty.LOW,
            ),
            Cause("c1", "p1", "Dålig belysning", None, Branch.PLACE, Directness.DIRECT, "", None),
            Cause(
                "c4",
                "p2",
                "Ingen vuxen närvaro",
                None,
                Branch.OFFENDER,
                Directness.DIRECT,
                "",
                Certainty.HIGH,
            ),
            Cause("c2", "p1", "Okända besökare", "c3", Branch.OTHER, Directness.DIRECT),
        ),
        measures=(
            Measure(
                "mt2",
                "p2",
                "Nattvandring",
                ("c4",),
                "",
                MeasureKind.SOCIAL,
                None,
                None,
                None,
                (),
                "",
                "",
                0,
                False,
            ),
            Measure(
                "mt1",
                "p1",
                "Bättre belysning",
                ("c1", "c3"),
                "Byt armaturer",
                MeasureKind.SITUATIONAL,
                Horizon.SHORT,
                Phase.TWO,
                "bostad",
                ("kommun", "polis"),
                "50 000 kr",
                "Trygghetsmätning",
                3,
                True,
            ),
        ),
        preconditions=(
            PreconditionAssessment(
                "samverkan", "Samverkan", "polis", Rating.WEAK, "Nu", "Hinder", "Åtgärd"
            ),
            PreconditionAssessment("samverkan", "Samverkan", None, Rating.PARTLY),
            PreconditionAssessment("kunskap", "", None, None, "", "", ""),
        ),
        next_steps=(
            NextStep("n2", "Rapportera", "", None, "", None, NextStepStatus.CANCELLED, (), False),
            NextStep(
                "n1",
                "Beställ belysning",
                "Kontakta bolaget",
                "bostad",
                "fastighetschef",
                date(2026, 10, 1),
                NextStepStatus.IN_PROGRESS,
                ("mt1", "mt2"),
                True,
            ),
        ),
        notes=(
            Note(
                "note2",
                Step.CAUSES,
                "Parkerad fråga",
                datetime(2026, 9, 1, 10, 15, 0, tzinfo=NEWFOUNDLAND),
            ),
            Note("note1", Step.PREPARATION, "Utan tid", None),
            Note("note3", Step.MEASURES, "UTC", datetime(2026, 9, 1, 8, 0, tzinfo=UTC)),
        ),
    )
