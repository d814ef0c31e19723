"""The short version's core: each prioritised problem with its causes and its measures."""

from __future__ import annotations

from workshop_app.domain.steps import Step
from workshop_app.export.context import ExportContext
from workshop_app.export.sections import pictures
from workshop_app.export.sections.causes import write_problem_causes
from workshop_app.export.sections.measures import write_problem_measures
from workshop_app.export.writer import DocWriter


def write(w: DocWriter, ctx: ExportContext) -> None:
    w.heading(ctx.t("prioritised_details"), 1)
    problems = ctx.prioritised_problems()
    if not problems:
        w.muted(ctx.t("no_prioritised") if ctx.workshop.problems else ctx.t("no_problems"))
        return
    for problem in problems:
        w.heading(problem.title, 2)
        if problem.description.strip():
            w.paragraph(problem.description)
        w.field(ctx.t("place"), problem.place)
        w.heading(ctx.step_title(Step.CAUSES), 3)
        pictures.add_fishbone(w, ctx, problem)
        write_problem_causes(w, ctx, problem, branch_level=None)
        w.heading(ctx.t("measures"), 3)
        write_problem_measures(w, ctx, problem, compact=True)
