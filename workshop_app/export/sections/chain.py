"""The chain problem → causes → measures → next steps, one table per problem."""

from __future__ import annotations

from workshop_app.domain.model import NextStep, Problem
from workshop_app.export.context import ExportContext
from workshop_app.export.ooxml import Span
from workshop_app.export.sections.next_steps import owner
from workshop_app.export.text import join_items
from workshop_app.export.writer import DocWriter


def _next_step(ctx: ExportContext, step: NextStep) -> str:
    detail = [d for d in (owner(ctx, step), ctx.date(step.due_date)) if d]
    return f"{step.title} ({', '.join(detail)})" if detail else step.title


def write(w: DocWriter, ctx: ExportContext) -> None:
    w.heading(ctx.t("chain"), 1)
    if not ctx.workshop.problems:
        w.muted(ctx.t("no_chain"))
        return
    w.paragraph(ctx.t("chain_intro"), keep_next=True)
    for problem in ctx.workshop.problems:
        _problem(w, ctx, problem)
    linked = set(ctx.measures)
    unlinked = [s for s in ctx.workshop.next_steps if not linked.intersection(s.measure_ids)]
    if unlinked:
        w.heading(ctx.t("unlinked_next_steps"), 2)
        w.bullets(_next_step(ctx, s) for s in unlinked)


def _problem(w: DocWriter, ctx: ExportContext, problem: Problem) -> None:
    w.heading(problem.title, 2)
    measures = ctx.measures_by_problem.get(problem.id, [])
    causes = ctx.causes_by_problem.get(problem.id, [])
    if not measures:
        w.muted(ctx.t("no_measures_for_problem"))
    else:
        headers = [
            f"{ctx.t('col_chain_causes')} →",
            f"{ctx.t('col_measure')} →",
            ctx.t("col_next_step"),
        ]
        rows = (
            (
                [ctx.causes[c].description for c in m.cause_ids if c in ctx.causes],
                [(Span(m.title, bold=True),)],
                [_next_step(ctx, s) for s in ctx.next_steps_by_measure.get(m.id, [])],
            )
            for m in measures
        )
        w.table(headers, rows, (5.5, 5, 5.5))
    acted_on = {c for m in measures for c in m.cause_ids}
    without = [c.description for c in causes if c.id not in acted_on]
    if without:
        w.paragraph(
            (Span(f"{ctx.t('causes_without_measure')}: ", italic=True), Span(join_items(without)))
        )
