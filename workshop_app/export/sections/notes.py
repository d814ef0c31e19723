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
            stamp = ctx.datetime(note.created_at)
            w.bullet((Span(note.text), Span(f" ({stamp})", color=MUTED)) if stamp else note.text)
