"""Step 4, measures and partners: per problem the measures table, then the partner matrix."""

from __future__ import annotations

from workshop_app.domain.model import Measure, Problem
from workshop_app.domain.partner_matrix import Role
from workshop_app.domain.partner_matrix import matrix as partner_roles
from workshop_app.domain.steps import Step
from workshop_app.export import matrix
from workshop_app.export.context import ExportContext
from workshop_app.export.ooxml import Cell, Paragraph, Span
from workshop_app.export.writer import MUTED, DocWriter

_KEYS = (
    "col_measure",
    "col_acts_on",
    "col_measure_kind",
    "col_horizon",
    "col_phase",
    "col_lead",
    "col_partners",
)
_WEIGHTS = (6.0, 4.6, 3.0, 1.9, 1.5, 3.2, 3.6)


def write(w: DocWriter, ctx: ExportContext) -> None:
    """The whole step on landscape pages (the tables need the width)."""
    with w.landscape():
        w.heading(ctx.step_title(Step.MEASURES), 1)
        if not ctx.workshop.measures:
            w.muted(ctx.t("no_measures"))
            return
        for problem in ctx.workshop.problems:
            w.heading(problem.title, 2)
            write_problem_measures(w, ctx, problem)
        partner_matrix(w, ctx)


def _measure_cell(ctx: ExportContext, measure: Measure) -> Cell:
    votes_key = "votes_one" if measure.votes == 1 else "votes"
    remark = [ctx.t(votes_key, n=measure.votes)] if measure.votes else []
    if measure.prioritised:
        remark.insert(0, ctx.t("prioritised"))
    cell: list[Paragraph] = [(Span(measure.title, bold=True),)]
    if remark:
        cell[0] = (*cell[0], Span(f" ({', '.join(remark)})", color=MUTED))
    if measure.description.strip():
        cell.append(measure.description)
    for key, value in (("resources", measure.resources), ("follow_up", measure.follow_up)):
        if value.strip():
            cell.append((Span(f"{ctx.t(key)}: ", italic=True), Span(value)))
    return cell


def _row(ctx: ExportContext, m: Measure) -> tuple[Cell, ...]:
    return (
        _measure_cell(ctx, m),
        [ctx.causes[c].description for c in m.cause_ids if c in ctx.causes],
        ctx.choice(ctx.pack.measure_kinds, m.kind.value),
        ctx.word("horizon", m.horizon and m.horizon.value),
        ctx.choice(ctx.pack.phases, int(m.phase)) if m.phase is not None else "",
        ctx.org_name(m.lead_organisation_id),
        [ctx.org_name(o) for o in m.partner_organisation_ids],
    )


def _compact_row(ctx: ExportContext, m: Measure) -> tuple[Cell, ...]:
    cell, causes, kind, horizon, phase, _lead, partners = _row(ctx, m)
    lead = ctx.org_name(m.lead_organisation_id)  # a plain name (``_row`` gives it as a Cell)
    who: list[Paragraph] = [(Span(lead, bold=True),)] if lead else []
    words = [str(t) for t in (kind, horizon, phase) if t]  # each a plain text (see _row)
    return cell, causes, words, who + list(partners)


def write_problem_measures(
    w: DocWriter, ctx: ExportContext, problem: Problem, *, compact: bool = False
) -> None:
    """The measures of ``problem``: seven columns for landscape pages, four when ``compact``."""
    measures = ctx.measures_by_problem.get(problem.id, [])
    if not measures:
        w.muted(ctx.t("no_measures_for_problem"))
        return
    if not compact:
        w.table([ctx.t(k) for k in _KEYS], (_row(ctx, m) for m in measures), _WEIGHTS)
        return
    headers = [ctx.t(k) for k in ("col_measure", "col_acts_on", "col_measure_kind")]
    headers.append(f"{ctx.t('col_lead')} / {ctx.t('col_partners').lower()}")
    w.table(headers, (_compact_row(ctx, m) for m in measures), (5.4, 3.8, 2.6, 4.2))


def partner_matrix(
    w: DocWriter, ctx: ExportContext, measures: list[Measure] | None = None, level: int = 2
) -> None:
    """Measures × organisations: who leads, who takes part – when there is something to show."""
    organisations = ctx.workshop.organisations
    involved = [
        m
        for m in (ctx.workshop.measures if measures is None else measures)
        if m.lead_organisation_id or m.partner_organisation_ids
    ]
    if len(organisations) < 2 or not involved:
        return
    w.heading(ctx.t("partner_matrix"), level)
    w.paragraph(ctx.t("partner_intro"), keep_next=True)
    shorts = matrix.short_names(organisations)
    matrix.legend(w, organisations, shorts, ctx.t("legend"))
    words = {
        Role.LEAD: ctx.t("role_lead"),
        Role.PARTNER: ctx.t("role_partner"),
        Role.NONE: "",
    }
    rows = [
        ([m.title], [words[role] for role in roles])
        for m, roles in zip(involved, partner_roles(involved, organisations), strict=True)
    ]
    matrix.write_matrix(
        w,
        [ctx.t("col_measure")],
        [shorts[o.id] for o in organisations],
        rows,
        part_label=ctx.t("matrix_part"),
    )
