"""The summary is a summary: short for a large workshop, next steps by due date, closed apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.unit.export.factories import EXPORTED_AT
from tests.unit.export.reading import paragraphs, reopen, section
from workshop_app.domain.enums import NextStepStatus
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import NextStep, Workshop
from workshop_app.export import minutes_bytes
from workshop_app.export.sections import summary


def _summary(workshop: Workshop, pack: MethodPack) -> list[str]:
    paras = paragraphs(reopen(minutes_bytes(workshop, pack, exported_at=EXPORTED_AT)))
    return [p.text for p in section(paras, "Sammanfattning") if p.text.strip()]


def test_next_steps_by_due_date_with_finished_and_cancelled_apart(
    pack: MethodPack, workshop: Workshop
) -> None:
    steps = (
        NextStep("s1", "Sent", due_date=date(2027, 3, 1)),
        NextStep("s2", "Utan datum"),
        NextStep("s3", "Klart tidigt", due_date=date(2026, 10, 1), status=NextStepStatus.DONE),
        NextStep("s4", "Tidigt", due_date=date(2026, 12, 1), status=NextStepStatus.IN_PROGRESS),
        NextStep("s5", "Inställt", due_date=date(2026, 9, 1), status=NextStepStatus.CANCELLED),
    )
    texts = _summary(replace(workshop, next_steps=steps), pack)
    open_at = texts.index("Planerade och pågående (3)")
    closed_at = texts.index("Klara och avbrutna (2)")
    order = [t for t in texts if t in {"Sent", "Utan datum", "Klart tidigt", "Tidigt", "Inställt"}]
    assert order == ["Tidigt", "Sent", "Utan datum", "Inställt", "Klart tidigt"]
    assert open_at < texts.index("Tidigt") < closed_at < texts.index("Inställt")
    assert "Pågår" in texts and "Klar" in texts and "Avbruten" in texts


def test_summary_of_a_large_workshop_stays_short(pack: MethodPack, large: Workshop) -> None:
    texts = _summary(large, pack)
    prioritised = [p for p in large.problems if p.prioritised]
    assert len(prioritised) > summary.TOP_PROBLEMS
    # Problems, two bullet lines each, the open and closed tables with their headers, counts.
    limit = (
        40 + summary.TOP_PROBLEMS * 3 + (summary.TOP_OPEN_STEPS + summary.TOP_CLOSED_STEPS + 2) * 4
    )
    assert len(texts) <= limit, len(texts)
    rest = len(prioritised) - summary.TOP_PROBLEMS
    assert f"Ytterligare {rest} prioriterade problem beskrivs längre fram i dokumentet." in texts
    assert any(t.startswith("Ytterligare ") and "Nästa steg" in t for t in texts)
    assert any(" och " in t and " till" in t for t in texts if t.startswith("Huvudorsaker"))
