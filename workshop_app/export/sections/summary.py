"""The summary: a page or two whatever the workshop's size – the top of each list and a count.

Indicator overview, the prioritised problems with their main causes and measures, the open
next steps by due date, the finished and cancelled ones apart, and the proposals to the
steering group. The body holds everything; the summary says how much more there is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from workshop_app.domain import action_plan
from workshop_app.domain.enums import IndicatorStatus
from workshop_app.domain.model import NextStep
from workshop_app.domain.steps import Step
from workshop_app.export.context import ExportContext
from workshop_app.export.ooxml import Span
from workshop_app.export.sections import next_steps
from workshop_app.export.text import join_items
from workshop_app.export.writer import DocWriter

TOP_PROBLEMS = 5
TOP_ITEMS = 3  # causes and measures named per problem
TOP_OPEN_STEPS = 10
TOP_CLOSED_STEPS = 5


def write(w: DocWriter, ctx: ExportContext) -> None:
    w.heading(ctx.t("summary"), 1)
    if ctx.workshop.indicators:
        statuses = ctx.assessed_statuses()
        counts = Counter(statuses)
        w.paragraph(
            ctx.t(
                "summary_indicators",
                total=len(statuses),
                observed=counts[IndicatorStatus.OBSERVED],
                not_observed=counts[IndicatorStatus.NOT_OBSERVED],
                unknown=counts[IndicatorStatus.UNKNOWN],
                gaps=len(ctx.knowledge_gaps()),
            )
        )
    _prioritised(w, ctx)
    _next_steps(w, ctx)


def _more(ctx: ExportContext, shown: int, total: int) -> str:
    return f" {ctx.t('and_more', n=total - shown)}" if total > shown else ""


def _top(ctx: ExportContext, texts: Sequence[str]) -> str:
    if not texts:
        return ctx.t("none_recorded")
    return join_items(texts[:TOP_ITEMS]) + _more(ctx, min(TOP_ITEMS, len(texts)), len(texts))


def _prioritised(w: DocWriter, ctx: ExportContext) -> None:
    w.heading(ctx.t("prioritised_problems"), 2)
    problems = ctx.prioritised_problems()
    if not problems:
        w.muted(ctx.t("no_prioritised"))
        return
    for number, problem in enumerate(problems[:TOP_PROBLEMS], start=1):
        w.paragraph((Span(f"{number}. {problem.title}", bold=True),), keep_next=True)
        causes = [c.description for c in ctx.root_causes(problem.id)]
        measures = ctx.measures_by_problem.get(problem.id, [])
        # Prioritised measures first: they are what the group chose to do.
        chosen = [m.title for m in measures if m.prioritised]
        chosen += [m.title for m in measures if not m.prioritised]
        w.bullet((Span(f"{ctx.t('main_causes')}: ", italic=True), Span(_top(ctx, causes))))
        w.bullet((Span(f"{ctx.t('measures')}: ", italic=True), Span(_top(ctx, chosen))))
    if len(problems) > TOP_PROBLEMS:
        rest = len(problems) - TOP_PROBLEMS
        w.muted(ctx.t("more_problems", n=rest))


def _steps_table(w: DocWriter, ctx: ExportContext, steps: Sequence[NextStep]) -> None:
    headers = [ctx.t(k) for k in ("col_next_step", "col_owner", "col_due", "col_status")]
    rows = (
        (
            s.title,
            next_steps.owner(ctx, s),
            ctx.date(s.due_date),
            ctx.word("status", s.status.value),
        )
        for s in steps
    )
    w.table(headers, rows, (7.4, 4.6, 2.2, 1.8))


def _next_steps(w: DocWriter, ctx: ExportContext) -> None:
    w.heading(ctx.t("next_steps"), 2)
    steps = ctx.workshop.next_steps
    if not steps:
        w.muted(ctx.t("no_next_steps"))
    else:
        open_steps, closed = action_plan.open_and_closed(steps)
        section = ctx.step_title(Step.NEXT_STEPS)
        if open_steps:
            w.paragraph((Span(ctx.t("open_steps", n=len(open_steps)), bold=True),), keep_next=True)
            _steps_table(w, ctx, open_steps[:TOP_OPEN_STEPS])
            if len(open_steps) > TOP_OPEN_STEPS:
                w.muted(ctx.t("more_steps", n=len(open_steps) - TOP_OPEN_STEPS, section=section))
        if closed:
            w.paragraph((Span(ctx.t("closed_steps", n=len(closed)), bold=True),), keep_next=True)
            _steps_table(w, ctx, closed[:TOP_CLOSED_STEPS])
            if len(closed) > TOP_CLOSED_STEPS:
                w.muted(ctx.t("more_steps", n=len(closed) - TOP_CLOSED_STEPS, section=section))
        proposals = sum(1 for s in steps if s.to_steering_group)
        if proposals:
            w.paragraph(ctx.t("proposals_count", n=proposals))
    upcoming = ctx.next_meeting()
    if upcoming is not None:
        w.field(ctx.t("next_meeting"), ctx.date(upcoming.date))
    if ctx.workshop.follow_up_date:
        w.paragraph(ctx.t("follow_up_date", date=ctx.date(ctx.workshop.follow_up_date)))
