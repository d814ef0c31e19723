"""The two documents law 2023:196 asks of a municipality: underlag till lägesbild, åtgärdsplan.

The situation report (§ 4) gives crime and insecurity as observed, its extent, what the group
does not know, and the analysis: prioritised problems and their probable causes. The action
plan gives the steering group, per prioritised problem, the measures with lead, partners,
resources and phase, the schedule of next steps and how it is followed up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from workshop_app.domain import action_plan
from workshop_app.domain.enums import Extent, IndicatorStatus
from workshop_app.domain.model import Measure, NextStep, Problem
from workshop_app.domain.observed_indicators import is_observed
from workshop_app.export.context import ExportContext
from workshop_app.export.ooxml import Cell, Paragraph, Span
from workshop_app.export.sections import changes, indicators, measures, next_steps, pictures
from workshop_app.export.sections.causes import write_problem_causes
from workshop_app.export.writer import MUTED, DocWriter


def _situation(w: DocWriter, ctx: ExportContext) -> None:
    ws = ctx.workshop
    w.heading(ctx.t("about_document"), 1)
    w.paragraph(ctx.t("situation_intro", area=ws.area or ws.municipality or ws.title))
    w.heading(ctx.t("observed_crime"), 1)
    assessed = ctx.assessed_statuses()
    counts = Counter(assessed)
    wide = sum(
        1
        for a in ws.indicator_assessments
        if is_observed(a) and a.extent in (Extent.CONSIDERABLE, Extent.EXTENSIVE)
    )
    if assessed:
        w.paragraph(
            ctx.t(
                "situation_counts",
                observed=counts[IndicatorStatus.OBSERVED],
                total=len(assessed),
                wide=wide,
            )
        )
    indicators.observed(w, ctx, level=2)
    changes.write_since_baseline(w, ctx)  # once follow-up meetings exist
    indicators.gaps(w, ctx, level=1)
    w.heading(ctx.t("analysis"), 1)
    problems = ctx.prioritised_problems()
    if not problems:
        w.muted(ctx.t("no_prioritised") if ws.problems else ctx.t("no_problems"))
    for number, problem in enumerate(problems, start=1):
        _problem_analysis(w, ctx, problem, number)
    others = [p for p in ws.problems if not p.prioritised]
    if others:
        w.heading(ctx.t("other_problems"), 2)
        w.bullets(p.title for p in others)
    indicators.information(w, ctx, level=1)


def _problem_analysis(w: DocWriter, ctx: ExportContext, problem: Problem, number: int) -> None:
    w.heading(f"{number}. {problem.title}", 2)
    if problem.description.strip():
        w.paragraph(problem.description)
    w.field(ctx.t("place"), problem.place)
    signs = [
        ctx.indicator_title(ctx.indicators[i]) for i in problem.indicator_ids if i in ctx.indicators
    ]
    if signs:
        w.paragraph((Span(f"{ctx.t('pointing_indicators')}:", italic=True),), keep_next=True)
        w.bullets(signs)
    w.paragraph((Span(ctx.t("probable_causes"), bold=True),), keep_next=True)
    pictures.add_fishbone(w, ctx, problem)
    write_problem_causes(w, ctx, problem, branch_level=None)


def _who(ctx: ExportContext, step: NextStep) -> str:
    return next_steps.owner(ctx, step)


def _measure_cell(ctx: ExportContext, measure: Measure) -> Cell:
    cell: list[Paragraph] = [(Span(measure.title, bold=True),)]
    if measure.description.strip():
        cell.append(measure.description)
    return cell


def _measures_table(w: DocWriter, ctx: ExportContext, items: list[Measure]) -> None:
    keys = (
        "col_measure",
        "col_acts_on",
        "col_lead",
        "col_partners",
        "resources",
        "col_phase",
        "follow_up",
    )
    rows = (
        (
            _measure_cell(ctx, m),
            [ctx.causes[c].description for c in m.cause_ids if c in ctx.causes],
            ctx.org_name(m.lead_organisation_id),
            [ctx.org_name(o) for o in m.partner_organisation_ids],
            m.resources,
            ctx.choice(ctx.pack.phases, int(m.phase)) if m.phase is not None else "",
            m.follow_up,
        )
        for m in items
    )
    w.table([ctx.t(k) for k in keys], rows, (5.2, 4.2, 2.8, 3.2, 3.0, 2.2, 3.4))


def _schedule(w: DocWriter, ctx: ExportContext, steps: list[NextStep]) -> None:
    keys = ("col_next_step", "col_owner", "col_due", "col_status", "col_steering_group")
    rows = (
        (
            (Span(s.title, bold=True),),
            _who(ctx, s),
            ctx.date(s.due_date),
            ctx.word("status", s.status.value),
            ctx.yes_no(s.to_steering_group),
        )
        for s in action_plan.by_due_date(steps)
    )
    w.table([ctx.t(k) for k in keys], ([[r[0]], *r[1:]] for r in rows), (9, 6, 2.6, 2.6, 3.2))


def _action_plan(w: DocWriter, ctx: ExportContext) -> None:
    ws = ctx.workshop
    w.heading(ctx.t("about_document"), 1)
    w.paragraph(ctx.t("action_plan_intro"))
    w.field(ctx.t("follow_up_when"), ctx.date(ws.follow_up_date))
    problems = ctx.prioritised_problems()
    chosen: list[Measure] = []
    with w.landscape():
        if not problems:
            w.muted(ctx.t("no_prioritised") if ws.problems else ctx.t("no_problems"))
        for number, problem in enumerate(problems, start=1):
            w.heading(f"{number}. {problem.title}", 1)
            if problem.description.strip():
                w.paragraph(problem.description)
            items = ctx.measures_by_problem.get(problem.id, [])
            chosen += items
            w.heading(ctx.t("measures"), 2)
            if items:
                _measures_table(w, ctx, items)
            else:
                w.muted(ctx.t("no_measures_for_problem"))
            ids = {m.id for m in items}
            steps = [s for s in ws.next_steps if ids.intersection(s.measure_ids)]
            w.heading(ctx.t("schedule"), 2)
            if steps:
                _schedule(w, ctx, steps)
            else:
                w.muted(ctx.t("no_schedule"))
        linked = set(ctx.measures)
        loose = [s for s in ws.next_steps if not linked.intersection(s.measure_ids)]
        if loose:
            w.heading(ctx.t("unlinked_next_steps"), 1)
            _schedule(w, ctx, loose)
        measures.partner_matrix(w, ctx, chosen, level=1)
    next_steps.write_steering_group(w, ctx)
    w.heading(ctx.t("follow_up"), 1)
    w.paragraph(ctx.t("action_plan_follow_up"))
    upcoming = ctx.next_meeting()
    if upcoming is not None:
        w.field(ctx.t("next_meeting"), ctx.date(upcoming.date))
    if not ws.follow_up_date and upcoming is None:
        w.paragraph((Span(ctx.t("no_follow_up_date"), italic=True, color=MUTED),))


BODIES: dict[str, tuple[str, bool, Callable[[DocWriter, ExportContext], None]]] = {
    "situation": ("situation_report", False, _situation),
    "action-plan": ("action_plan", False, _action_plan),
}
