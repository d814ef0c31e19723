"""Step 2, local problems: each problem with its place, indicators, votes and priority."""

from __future__ import annotations

from workshop_app.domain.model import Problem
from workshop_app.domain.steps import Step
from workshop_app.export.context import ExportContext
from workshop_app.export.ooxml import Cell, Paragraph, Span
from workshop_app.export.writer import DocWriter


def _problem_cell(ctx: ExportContext, problem: Problem) -> Cell:
    cell: list[Paragraph] = [(Span(problem.title, bold=True),)]
    if problem.description.strip():
        cell.append(problem.description)
    if problem.place.strip():
        cell.append((Span(f"{ctx.t('place')}: ", italic=True), Span(problem.place)))
    return cell


def _priority(ctx: ExportContext, problem: Problem) -> str:
    if not problem.prioritised:
        return ctx.t("no")
    return ctx.t("rank", rank=problem.rank) if problem.rank is not None else ctx.t("yes")


def write(w: DocWriter, ctx: ExportContext) -> None:
    w.heading(ctx.step_title(Step.PROBLEMS), 1)
    problems = ctx.workshop.problems
    if not problems:
        w.muted(ctx.t("no_problems"))
        return
    keys = ("col_problem", "col_indicators", "col_votes", "col_prioritised")
    rows = (
        (
            _problem_cell(ctx, p),
            [
                ctx.indicator_title(ctx.indicators[i])
                for i in p.indicator_ids
                if i in ctx.indicators
            ],
            str(p.votes),
            _priority(ctx, p),
        )
        for p in problems
    )
    w.table([ctx.t(k) for k in keys], rows, (7, 5.4, 1.5, 2.1))
