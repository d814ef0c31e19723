"""Step 0, preparation: the organisations taking part and the time plan of the steps."""

from __future__ import annotations

from workshop_app.domain.steps import Step
from workshop_app.export.context import ExportContext
from workshop_app.export.writer import DocWriter


def write(w: DocWriter, ctx: ExportContext) -> None:
    w.heading(ctx.step_title(Step.PREPARATION), 1)
    w.heading(ctx.t("organisations"), 2)
    organisations = ctx.workshop.organisations
    if not organisations:
        w.muted(ctx.t("no_organisations"))
    else:
        headers = [ctx.t(k) for k in ("col_organisation", "col_kind", "col_participant_count")]
        rows = (
            (
                o.name,
                ctx.choice(ctx.pack.actor_kinds, o.kind) if o.kind else "",
                str(len(ctx.participants_by_org.get(o.id, []))),
            )
            for o in organisations
        )
        w.table(headers, rows, (7, 6.5, 2.5))
    _time_plan(w, ctx)


def _minutes(ctx: ExportContext, minutes: int | None) -> str:
    return ctx.t("minutes_value", n=minutes) if minutes is not None else ""


def _time_plan(w: DocWriter, ctx: ExportContext) -> None:
    w.heading(ctx.t("time_plan"), 2)
    plans = ctx.workshop.step_plan
    if not plans:
        w.muted(ctx.t("no_time_plan"))
        return
    keys = ("col_step", "col_planned", "col_used", "col_completed")
    rows = (
        (
            ctx.step_title(plan.step),
            _minutes(ctx, plan.planned_minutes),
            _minutes(ctx, round(plan.elapsed_seconds / 60)) if plan.elapsed_seconds else "",
            ctx.yes_no(plan.completed),
        )
        for plan in plans
    )
    w.table([ctx.t(k) for k in keys], rows, (7, 3, 3, 3))
