"""The indicator assessment changes on their own: every inverse puts items back in place."""

from __future__ import annotations

from pathlib import Path

from workshop_app.domain.enums import Extent, IndicatorStatus
from workshop_app.domain.model import Indicator, IndicatorAssessment, Workshop
from workshop_app.services.app_context import open_app_context
from workshop_app.services.changes import UpdateItem
from workshop_app.services.indicator_changes import (
    ClearAssessment,
    RestoreAssessment,
    SetAssessment,
)

WORKSHOP = "exempel-1"
DRUGS = "open_drug_dealing"  # a catalog indicator the example workshop does not list yet


def assessment(workshop: Workshop, indicator_id: str) -> IndicatorAssessment | None:
    return next((a for a in workshop.indicator_assessments if a.indicator_id == indicator_id), None)


def listed(workshop: Workshop, indicator_id: str) -> Indicator | None:
    return next((i for i in workshop.indicators if i.id == indicator_id), None)


def test_the_assessment_changes_undo_and_redo_exactly(data_dir: Path, example_file: Path) -> None:
    """The page's changes on their own: every inverse puts items back at their places."""
    context = open_app_context(data_dir)
    try:
        service = context.workshops
        start = context.transfer.import_file(example_file)
        drugs = Indicator(DRUGS, "Öppen narkotikahandel", group="Kriminell kontroll")

        def apply(change):  # type: ignore[no-untyped-def]
            return service.apply(change).inverse

        # Adding both, then taking both back, then redoing: one step each way.
        undo_add = apply(SetAssessment(WORKSHOP, drugs, {"status": IndicatorStatus.OBSERVED}))
        added = service.load(WORKSHOP)
        assert [i.id for i in added.indicators] == ["ind-x", DRUGS]
        redo_add = apply(undo_add)
        assert service.load(WORKSHOP).indicators == start.indicators
        apply(redo_add)
        assert service.load(WORKSHOP).indicators == added.indicators
        assert service.load(WORKSHOP).indicator_assessments == added.indicator_assessments

        # A second set only updates; its inverse puts the old value back.
        undo_update = apply(SetAssessment(WORKSHOP, drugs, {"extent": Extent.SOME}))
        assert assessment(service.load(WORKSHOP), DRUGS).extent == Extent.SOME
        apply(undo_update)
        assert assessment(service.load(WORKSHOP), DRUGS).extent is None

        # Clearing the custom indicator ind-x (first in both lists) keeps the indicator; undo
        # puts its assessment, with its source, back in first place.
        undo_clear = apply(ClearAssessment(WORKSHOP, "ind-x"))
        cleared = service.load(WORKSHOP)
        assert listed(cleared, "ind-x") is not None and assessment(cleared, "ind-x") is None
        redo_clear = apply(undo_clear)
        assert service.load(WORKSHOP).indicator_assessments == added.indicator_assessments
        apply(redo_clear)
        apply(RestoreAssessment(WORKSHOP, "x", None, None, None, None))  # nothing: no harm

        # A catalog indicator that a problem refers to stays listed when cleared; one that no
        # problem refers to leaves the list (back to the catalog), and undo brings it back.
        apply(UpdateItem(WORKSHOP, "problems", ("pr1",), {"indicator_ids": ("ind-x", DRUGS)}))
        apply(ClearAssessment(WORKSHOP, DRUGS))
        linked = service.load(WORKSHOP)
        assert listed(linked, DRUGS) is not None and assessment(linked, DRUGS) is None
        apply(SetAssessment(WORKSHOP, drugs, {"status": IndicatorStatus.UNKNOWN}))
        apply(UpdateItem(WORKSHOP, "problems", ("pr1",), {"indicator_ids": ("ind-x",)}))
        undo_remove = apply(ClearAssessment(WORKSHOP, DRUGS))
        assert listed(service.load(WORKSHOP), DRUGS) is None
        apply(undo_remove)
        restored = service.load(WORKSHOP)
        assert [i.id for i in restored.indicators] == ["ind-x", DRUGS]
        assert assessment(restored, DRUGS).status == IndicatorStatus.UNKNOWN
    finally:
        context.close()
