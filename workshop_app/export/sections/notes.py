"""The parking lot: notes taken during the workshop, grouped by step."""

from __future__ import annotations

from workshop_app.domain.steps import STEP_ORDER
from workshop_app.export.context import ExportContext
from workshop_app.export.ooxml import Span
from workshop_app.export.writer import MUTED, DocWriter


def write(w: DocWriter, ctx: ExportContext) -> None:
    w.heading(ctx.t("notes"), 1)
    if not ctx.workshop.notes:
        w.muted(ctx.t("no_notes"))
        return
    w.paragraph(ctx.t("notes_intro"))
    for step in STEP_ORDER:
        notes = ctx.notes_by_step.get(step)
        if not notes:
            continue
        w.heading(ctx.step_title(step), 2)
        for note in notes:
            marks = [ctx.datetime(note.created_at)]
            if note.resolved_at is not None:  # settled on the day: the record says when
                marks.append(ctx.t("note_resolved", when=ctx.datetime(note.resolved_at)))
            shown = " · ".join(m for m in marks if m)
            w.bullet((Span(note.text), Span(f" ({shown})", color=MUTED)) if shown else note.text)
