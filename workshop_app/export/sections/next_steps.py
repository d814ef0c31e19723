"""Next steps: the action table (owner organisation and role, due date, status, steering group)."""

from __future__ import annotations

from workshop_app.domain.model import NextStep
from workshop_app.domain.steps import Step
from workshop_app.export.context import ExportContext
from workshop_app.export.ooxml import Cell, Paragraph, Span
from workshop_app.export.text import join_items
from workshop_app.export.writer import DocWriter


def owner(ctx: ExportContext, step: NextStep) -> str:
    """ "Organisation, role" – never a private person."""
    parts = [ctx.org_name(step.owner_organisation_id), step.owner_role.strip()]
    return ", ".join(p for p in parts if p)


def _follow_up(w: DocWriter, ctx: ExportContext) -> None:
    if ctx.workshop.follow_up_date:
        w.paragraph(ctx.t("follow_up_date", date=ctx.date(ctx.workshop.follow_up_date)))


def write_brief(w: DocWriter, ctx: ExportContext) -> None:
    """Title, owner and due date of every next step (for the summary)."""
    steps = ctx.workshop.next_steps
    if not steps:
        w.muted(ctx.t("no_next_steps"))
    else:
        headers = [ctx.t(k) for k in ("col_next_step", "col_owner", "col_due")]
        rows = ((s.title, owner(ctx, s), ctx.date(s.due_date)) for s in steps)
        w.table(headers, rows, (8, 5.5, 2.5))
    _follow_up(w, ctx)


def _title_cell(ctx: ExportContext, step: NextStep) -> Cell:
    cell: list[Paragraph] = [(Span(step.title, bold=True),)]
    if step.description.strip():
        cell.append(step.description)
    measures = [ctx.measures[m].title for m in step.measure_ids if m in ctx.measures]
    if measures:
        cell.append(
            (Span(f"{ctx.t('linked_measures')}: ", italic=True), Span(join_items(measures)))
        )
    return cell


def write(w: DocWriter, ctx: ExportContext, *, heading_level: int = 1) -> None:
    """The whole step: heading and the full action table."""
    w.heading(ctx.step_title(Step.NEXT_STEPS), heading_level)
    steps = ctx.workshop.next_steps
    if not steps:
        w.muted(ctx.t("no_next_steps"))
    else:
        keys = ("col_next_step", "col_owner", "col_due", "col_status", "col_steering_group")
        rows = (
            (
                _title_cell(ctx, s),
                owner(ctx, s),
                ctx.date(s.due_date),
                ctx.word("status", s.status.value),
                ctx.yes_no(s.to_steering_group),
            )
            for s in steps
        )
        w.table([ctx.t(k) for k in keys], rows, (5.6, 3.7, 2.2, 1.9, 2.6))
    _follow_up(w, ctx)


def write_steering_group(w: DocWriter, ctx: ExportContext, *, heading_level: int = 1) -> None:
    """The next steps marked for the steering group, as proposals it can decide on."""
    proposals = [s for s in ctx.workshop.next_steps if s.to_steering_group]
    w.heading(ctx.t("steering_group"), heading_level)
    if not proposals:
        w.muted(ctx.t("no_steering_group"))
        return
    w.paragraph(ctx.t("steering_group_intro"), keep_next=True)
    keys = ("col_next_step", "col_owner", "col_due", "col_status")
    rows = (
        (
            _title_cell(ctx, s),
            owner(ctx, s),
            ctx.date(s.due_date),
            ctx.word("status", s.status.value),
        )
        for s in proposals
    )
    w.table([ctx.t(k) for k in keys], rows, (7.2, 4.2, 2.4, 2.2))
