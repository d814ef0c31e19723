"""Step 5, organisational preconditions: each rated dimension with its state, obstacles, remedy."""

from __future__ import annotations

from workshop_app.domain.enums import Rating
from workshop_app.domain.model import PreconditionAssessment
from workshop_app.domain.steps import Step
from workshop_app.export.context import ExportContext
from workshop_app.export.ooxml import Cell, Span
from workshop_app.export.text import words_for_code
from workshop_app.export.writer import MUTED, DocWriter


def _dimension(ctx: ExportContext, item: PreconditionAssessment) -> Cell:
    found = ctx.pack.choice(ctx.pack.precondition_dimensions, item.dimension_id)
    title = (
        ctx.text(found.title)
        if found
        else (item.dimension_title or words_for_code(item.dimension_id))
    )
    who = ctx.org_name(item.organisation_id) if item.organisation_id else ctx.t("all_organisations")
    return [(Span(title, bold=True),), (Span(who, italic=True, color=MUTED),)]


def _rating(ctx: ExportContext, item: PreconditionAssessment) -> Cell:
    level = ctx.rating_level(item.rating)
    if item.rating is Rating.DONT_KNOW:  # "Vet ej": an answer, not a level of the scale
        text = "Vet ej" if ctx.language == "sv" else "Don't know"
        return [(Span(text, italic=True, color=MUTED),)]
    if level is None:
        text = ctx.t("not_rated") if item.rating is None else str(int(item.rating))
        return [(Span(text, italic=True, color=MUTED),)]
    # A coloured square beside the words; the words alone carry the meaning.
    return [
        (
            Span("■ ", color=level.colour.lstrip("#")),
            Span(f"{level.value} – {ctx.text(level.title)}"),
        )
    ]


def write(w: DocWriter, ctx: ExportContext) -> None:
    w.heading(ctx.step_title(Step.PRECONDITIONS), 1)
    items = ctx.workshop.preconditions
    if not items:
        w.muted(ctx.t("no_preconditions"))
        return
    keys = ("col_dimension", "col_rating", "col_current_state", "col_obstacles", "col_remedy")
    rows = (
        (_dimension(ctx, i), _rating(ctx, i), i.current_state, i.obstacles, i.remedy) for i in items
    )
    w.table([ctx.t(k) for k in keys], rows, (3.6, 2.8, 3.2, 3.2, 3.2))
