"""Pictures in the documents: a prioritised problem's fishbone, as the app draws it."""

from __future__ import annotations

from workshop_app.domain.enums import Branch
from workshop_app.domain.model import Problem
from workshop_app.export.context import ExportContext
from workshop_app.export.writer import DocWriter

_TWIPS_PER_PT = 20
_MAX_HEIGHT_PT = 620  # taller ones are shown smaller: a portrait page with its heading


def add_fishbone(w: DocWriter, ctx: ExportContext, problem: Problem) -> None:
    """The problem's fishbone across the text width; nothing when it has no causes."""
    causes = ctx.causes_by_problem.get(problem.id, [])
    if not causes:
        return
    from workshop_app.export.fishbone_picture import fishbone_png  # Pillow on first use

    titles = {b: ctx.choice(ctx.pack.branches, b.value) for b in Branch}
    legend = (
        ctx.choice(ctx.pack.directness, "direct"),
        ctx.choice(ctx.pack.directness, "underlying"),
    )
    width_pt = w.text_width() / _TWIPS_PER_PT
    png, width, height = fishbone_png(causes, problem.id, problem.title, titles, legend, width_pt)
    scale = min(1.0, _MAX_HEIGHT_PT / height)
    w.picture(png, width * scale, height * scale, ctx.t("fishbone_alt", problem=problem.title))
