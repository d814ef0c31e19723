"""Valid workshop files for the tests: the contract's example, a richer one and a large one."""

from __future__ import annotations

import copy
import json
import random
import re
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

from tests.conftest import REPO_ROOT, SHARED_SPEC
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
from workshop_app.domain.resources import resource_path
from workshop_app.domain.steps import Step

EXPORTED_AT = datetime.fromisoformat("2026-11-20T16:05:00+01:00")
APP_VERSION = "0.1.0"


@cache
def example_bytes() -> bytes:
    shared = SHARED_SPEC / "example-workshop.json"
    path = shared if shared.exists() else REPO_ROOT / "tests" / "data" / "example-workshop.json"
    return path.read_bytes()


def example_document() -> dict[str, Any]:
    return json.loads(example_bytes())


def rich_document() -> dict[str, Any]:
    """The example with at least two items in every collection, a cause tree and two problems.

    Written by hand (not by the writer) so the reader's tests do not lean on the writer.
    """
    doc = example_document()
    w = doc["workshop"]
    w["step_plan"].append(
        {"step": "causes", "planned_minutes": 60, "elapsed_seconds": 0, "completed": False}
    )
    w["participants"].append(
        {"id": "del2", "name": "Åsa Öberg", "role": "", "organisation_id": None}
    )
    w["meetings"].append(
        {
            "id": "m2",
            "date": "2026-09-15",
            "start_time": None,
            "end_time": None,
            "location": "",
            "attendee_ids": ["del1", "del2"],
            "notes": "Uppföljning 🚓",
        }
    )
    w["indicators"].append(
        {"id": "ind-y", "title": "Otrygghet", "group": "", "description": "x", "custom": False}
    )
    w["indicator_assessments"].append(
        {
            "indicator_id": "ind-y",
            "status": "unknown",
            "extent": None,
            "trend": None,
            "certainty": None,
            "observations": "",
            "sources": [
                {"organisation_id": "kommun", "source_type": "survey", "note": "Enkät"},
                {"organisation_id": "bostad", "source_type": "tip", "note": ""},
            ],
        }
    )
    w["problems"].append(
        {
            "id": "pr2",
            "title": "Otrygghet i trapphus",
            "description": "",
            "place": "",
            "indicator_ids": ["ind-x", "ind-y"],
            "votes": 0,
            "prioritised": False,
            "rank": None,
        }
    )
    base_cause = w["causes"][0]
    w["causes"] += [
        {**base_cause, "id": "c2", "parent_id": "c1", "description": "Få vuxna ute"},
        {**base_cause, "id": "c3", "parent_id": "c2", "description": "Fritidsgården stängd"},
        {**base_cause, "id": "c4", "problem_id": "pr2", "description": "Trasiga lås"},
    ]
    w["measures"].append(
        {
            **copy.deepcopy(w["measures"][0]),
            "id": "a2",
            "problem_id": "pr2",
            "cause_ids": ["c4"],
            "horizon": None,
            "phase": None,
            "lead_organisation_id": None,
            "partner_organisation_ids": ["kommun", "polis"],
        }
    )
    w["preconditions"] += [
        {**w["preconditions"][0], "organisation_id": "polis", "rating": 4},
        {**w["preconditions"][0], "dimension_id": "leadership", "rating": None},
    ]
    w["next_steps"].append(
        {
            **copy.deepcopy(w["next_steps"][0]),
            "id": "n2",
            "owner_organisation_id": None,
            "due_date": None,
            "measure_ids": ["a1", "a2"],
        }
    )
    w["notes"] += [
        {
            "id": "note1",
            "step": "causes",
            "text": "Parkerad fråga",
            "created_at": "2026-09-01T10:15:00+02:00",
        },
        {"id": "note2", "step": "problems", "text": "Utan tid"},
    ]
    return doc


# Texts that have broken JSON and database code before: Swedish letters, emoji with joiners,
# right-to-left scripts, combining marks, quotes, backslashes and control characters.
_TEXTS = (
    "Åsa, Örjan och Ängla på Storgatan",
    "Trygghetsvandring 🚶‍♀️🔦 med 👩‍👩‍👧 familjer",
    "שלום עולם — עברית מימין לשמאל",
    "مرحبا بالعالم، نص عربي",
    'Citat "så här" och \\ bakstreck',
    "e\u0301 kombinerat, tab\tnewline\nslut",
    "",
)
_OFFSETS = (
    timezone(timedelta(hours=1)),
    timezone(timedelta(hours=2)),
    UTC,
    timezone(timedelta(hours=-5, minutes=-30)),
)


def stress_workshop(size: int = 300, seed: int = 20260901) -> Workshop:
    """A valid workshop with ``size`` items in most collections and deep cause trees.

    Not the large workshop of the tests and benchmarks (``benchmarks.generator.large_workshop``,
    DESIGN's size): this one stresses the file format (mixed scripts and emoji, 20+ deep cause
    trees, odd UTC offsets and microseconds, up to the file size limit).
    """
    rng = random.Random(seed)

    def text(minimum: int = 0) -> str:
        value = " ".join(rng.choice(_TEXTS) for _ in range(rng.randint(0, 3)))
        return value if len(value) >= minimum else "Öppen fråga 🙂"

    def moment() -> datetime:
        start = datetime(2026, 1, 1, tzinfo=rng.choice(_OFFSETS))
        return start + timedelta(seconds=rng.randint(0, 10**7), microseconds=rng.choice((0, 1)))

    def some(ids: list[str], most: int = 5) -> tuple[str, ...]:
        return tuple(rng.sample(ids, min(len(ids), rng.randint(0, most))))

    orgs = tuple(
        Organisation(
            f"org-{i}",
            f"Organisation {i} {text()}"[:500],
            rng.choice(("municipality", "police", "eget slag ✨", "")),
        )
        for i in range(size)
    )
    org_ids = [o.id for o in orgs]
    people = tuple(
        Participant(f"p.{i}", f"Deltagare {i}", text()[:500], rng.choice([None, *org_ids]))
        for i in range(size)
    )
    meetings = tuple(
        Meeting(
            f"m:{i}",
            date(2026, 1, 1) + timedelta(days=i),
            rng.choice((None, "08:05")),
            rng.choice((None, "23:59")),
            text()[:500],
            some([p.id for p in people]),
            text(),
        )
        for i in range(size)
    )
    indicators = tuple(
        Indicator(f"ind_{i}", f"Indikator {i}", text(), text()[:500], custom=i % 3 == 0)
        for i in range(size)
    )
    ind_ids = [i.id for i in indicators]
    assessments = tuple(
        IndicatorAssessment(
            ind_id,
            rng.choice(list(IndicatorStatus)),
            rng.choice([None, *Extent]),
            rng.choice([None, *Trend]),
            rng.choice([None, *Certainty]),
            text(),
            tuple(
                IndicatorSource(rng.choice(org_ids), rng.choice(list(SourceType)), text()[:500])
                for _ in range(rng.randint(0, 4))
            ),
        )
        for ind_id in ind_ids
    )
    problems = tuple(
        Problem(
            f"pr-{i}",
            f"Problem {i}",
            text(),
            text()[:500],
            some(ind_ids),
            rng.randint(0, 100000),
            rng.random() < 0.5,
            rng.choice((None, i + 1)),
        )
        for i in range(size)
    )
    causes: list[Cause] = []
    by_problem: dict[str, list[str]] = {}
    for i in range(size * 3):
        # Few problems get causes, so their trees grow deep; a parent always comes earlier.
        problem_id = problems[rng.randrange(min(size, 10))].id
        siblings = by_problem.setdefault(problem_id, [])
        parent = siblings[-1] if siblings and rng.random() < 0.8 else rng.choice([None, *siblings])
        causes.append(
            Cause(
                f"c-{i}",
                problem_id,
                f"Orsak {i} {text()}",
                parent,
                rng.choice(list(Branch)),
                rng.choice(list(Directness)),
                text(),
                rng.choice([None, *Certainty]),
            )
        )
        siblings.append(f"c-{i}")
    measures = []
    for i in range(size):
        problem_id = problems[rng.randrange(min(size, 10))].id
        measures.append(
            Measure(
                f"a-{i}",
                problem_id,
                f"Åtgärd {i}",
                some(by_problem.get(problem_id, [])),
                text(),
                rng.choice(list(MeasureKind)),
                rng.choice([None, *Horizon]),
                rng.choice([None, *Phase]),
                rng.choice([None, *org_ids]),
                some(org_ids),
                text(),
                text(),
                rng.randint(0, 100000),
                rng.random() < 0.5,
            )
        )
    preconditions = tuple(
        PreconditionAssessment(
            f"dim-{i // 3}",
            text()[:500],
            [None, org_ids[i % size], org_ids[(i + 1) % size]][i % 3],
            rng.choice([None, *Rating]),
            text(),
            text(),
            text(),
        )
        for i in range(size)
    )
    next_steps = tuple(
        NextStep(
            f"n-{i}",
            f"Nästa steg {i}",
            text(),
            rng.choice([None, *org_ids]),
            text()[:500],
            rng.choice((None, date(2027, 2, 28))),
            rng.choice(list(NextStepStatus)),
            some([m.id for m in measures]),
            rng.random() < 0.5,
        )
        for i in range(size)
    )
    notes = tuple(
        Note(
            f"note-{i}",
            rng.choice(list(Step)),
            f"Anteckning {i} {text()}",
            rng.choice((None, moment())),
        )
        for i in range(size)
    )
    step_plan = tuple(
        StepPlan(step, rng.choice((None, 0, 45, 1440)), rng.randint(0, 10**9), rng.random() < 0.5)
        for step in Step
    )
    return Workshop(
        id="stor-workshop",
        title="Stor workshop – Rosengård/رُسِنگورد 🏘️",
        municipality="Malmö stad",
        area="Rosengård",
        purpose=text(),
        language=Language.EN,
        method=MethodRef("bra-pss-workshop", "1"),
        created_at=moment(),
        updated_at=moment(),
        current_step=Step.MEASURES,
        follow_up_date=date(2027, 3, 1),
        step_plan=step_plan,
        organisations=orgs,
        participants=people,
        meetings=meetings,
        indicators=indicators,
        indicator_assessments=assessments,
        problems=problems,
        causes=tuple(causes),
        measures=tuple(measures),
        preconditions=preconditions,
        next_steps=next_steps,
        notes=notes,
    )


# The jsonschema library checks "date-time" only with an optional package that the project
# does not install; this independent RFC 3339 check stands in so the library checks it too.
_RFC3339 = re.compile(
    r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))", re.ASCII | re.I
)


def _is_rfc3339_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    match = _RFC3339.fullmatch(value)
    if not match:
        return False
    try:
        datetime.strptime(match.group(1).upper(), "%Y-%m-%dT%H:%M:%S")
    except ValueError:
        return False
    return match.group(4) is None or (int(match.group(4)) < 24 and int(match.group(5)) < 60)


def rich_version_2() -> dict[str, Any]:
    """The rich version-1 document with every addition of version 2 filled in, by hand."""
    doc = rich_document()
    doc["format_version"] = 2
    w = doc["workshop"]
    for item in w["indicator_assessments"]:
        item["meeting_id"] = None
    w["indicator_assessments"][0]["meeting_id"] = "f1"
    for item in w["problems"]:
        item.update(goal="", goal_date=None, goal_measure="", goal_indicator_ids=[])
    w["problems"][0].update(
        goal="Färre bränder i källarförråd",
        goal_date="2027-06-30",
        goal_measure="Räddningstjänstens insatsrapporter",
        goal_indicator_ids=["ind-y", "ind-x"],
    )
    for item in w["measures"]:
        item.update(expected_effect="", evidence=None, implementation=None)
    w["measures"][1].update(expected_effect="Färre tillfällen", evidence="tried")
    w["measures"][1]["implementation"] = "started"
    for item in w["next_steps"]:
        item["meeting_id"] = None
    w["next_steps"][1]["meeting_id"] = "f2"
    w["preconditions"][2]["rating"] = "dont_know"
    w["consequences"] = [
        {"id": "k1", "problem_id": "pr1", "affected": "residents", "severity": "high",
         "description": "Otrygghet i trapphus"},
        {"id": "k2", "problem_id": "pr1", "affected": "staff", "severity": None,
         "description": ""},
    ]  # fmt: skip
    w["follow_up_meetings"] = [
        {"id": "f1", "date": "2027-02-10", "notes": "Första uppföljningen"},
        {"id": "f2", "date": "2027-05-12", "notes": ""},
    ]
    w["earlier_assessments"] = [
        {"indicator_id": "ind-x", "meeting_id": None, "status": "observed", "extent": 2,
         "trend": "increasing", "certainty": "medium", "observations": "Vid workshopen"},
    ]  # fmt: skip
    w["next_step_updates"] = [
        {"next_step_id": "n1", "meeting_id": "f1", "status": "in_progress", "comment": "Pågår"},
        {"next_step_id": "n1", "meeting_id": "f2", "status": "done", "comment": ""},
    ]
    w["goal_attainments"] = [
        {"problem_id": "pr1", "meeting_id": "f1", "attainment": "on_the_way", "comment": "",
         "production": "Två vandringar", "process": "Bra samverkan", "effect": "För tidigt"},
    ]  # fmt: skip
    # The minutes' record fields (migration 0005): the header fields after follow_up_date.
    header = list(w.items())
    at = [key for key, _ in header].index("follow_up_date") + 1
    logo = {"media_type": "image/png", "data": TINY_PNG_BASE64}
    record = [("note_taker", "Sekreterare, Exempelby kommun"), ("logo", logo)]
    doc["workshop"] = w = dict(header[:at] + record + header[at:])
    w["notes"][0]["resolved_at"] = "2026-09-01T11:30:00+02:00"
    w["attachments"] = [
        {"id": "b2", "title": "Lägesbild, polisen"},
        {"id": "b1", "title": "Deltagarlista"},
    ]
    w["distribution"] = [{"id": "s1", "recipient": "Styrgruppen för trygghet"}]
    return doc


# A 2×2 PNG as base64: the smallest real picture a logo can be.
TINY_PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGMUiVrAwMDAxMDAwMDAAAAMRgESCxsD7wAAAABJRU5ErkJggg=="


@cache
def schema_validator(version: int) -> Draft202012Validator:
    """The reference validator: the jsonschema library on a shipped schema, formats checked."""
    name = "workshop-file-v2.schema.json" if version == 2 else "workshop-file.schema.json"
    schema = json.loads(resource_path("schema", name).read_text("utf-8"))
    checker = copy.deepcopy(Draft202012Validator.FORMAT_CHECKER)
    if "date-time" not in checker.checkers:
        checker.checks("date-time")(_is_rfc3339_date_time)
    return Draft202012Validator(schema, format_checker=checker)


class _ByVersion:
    """Validates a document against the shipped schema of the version it declares."""

    @staticmethod
    def _of(document: object) -> Draft202012Validator:
        declared = document.get("format_version") if isinstance(document, dict) else None
        is_two = declared == 2 and not isinstance(declared, bool)
        return schema_validator(2 if is_two else 1)

    def is_valid(self, document: object) -> bool:
        return self._of(document).is_valid(document)

    def validate(self, document: object) -> None:
        self._of(document).validate(document)


def jsonschema_validator() -> _ByVersion:
    """The reference validator for any document: its declared version's shipped schema."""
    return _ByVersion()
