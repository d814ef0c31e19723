"""The summary: indicator overview, prioritised problems with causes and measures, next steps."""

from __future__ import annotations

from collections import Counter

from workshop_app.domain.enums import IndicatorStatus
from workshop_app.export.context import ExportContext
from workshop_app.export.ooxml import Span
from workshop_app.export.sections import next_steps
from workshop_app.export.text import join_items
from workshop_app.export.writer import DocWriter


def write(w: DocWriter, ctx: ExportContext) -> None:
    w.heading(ctx.t("summary"), 1)
    if ctx.workshop.indicators:
        counts = Counter(ctx.status_of(i.id) for i in ctx.workshop.indicators)
        w.paragraph(
            ctx.t(
                "summary_indicators",
                total=len(ctx.workshop.indicators),
                observed=counts[IndicatorStatus.OBSERVED],
                not_observed=counts[IndicatorStatus.NOT_OBSERVED],
                unknown=counts[IndicatorStatus.UNKNOWN],
                gaps=len(ctx.knowledge_gaps()),
            )
        )
    _prioritised(w, ctx)
    w.heading(ctx.t("next_steps"), 2)
    next_steps.write_brief(w, ctx)


def _joined(ctx: ExportContext, texts: list[str]) -> str:
    return join_items(texts) or ctx.t("none_recorded")


def _prioritised(w: DocWriter, ctx: ExportContext) -> None:
    w.heading(ctx.t("prioritised_problems"), 2)
    problems = ctx.prioritised_problems()
    if not problems:
        w.muted(ctx.t("no_prioritised"))
        return
    for number, problem in enumerate(problems, start=1):
        w.paragraph((Span(f"{number}. {problem.title}", bold=True),), keep_next=True)
        causes = [c.description for c in ctx.root_causes(problem.id)]
        measures = [m.title for m in ctx.measures_by_problem.get(problem.id, [])]
        w.bullet((Span(f"{ctx.t('main_causes')}: ", italic=True), Span(_joined(ctx, causes))))
        w.bullet((Span(f"{ctx.t('measures')}: ", italic=True), Span(_joined(ctx, measures))))
