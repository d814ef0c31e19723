"""Step 3, probable causes: per problem, by fishbone branch, the cause tree by indentation."""

from __future__ import annotations

from workshop_app.domain.model import Cause, Problem
from workshop_app.domain.steps import Step
from workshop_app.export.context import ExportContext
from workshop_app.export.ooxml import Span
from workshop_app.export.sections import pictures
from workshop_app.export.writer import MUTED, DocWriter


def write(w: DocWriter, ctx: ExportContext) -> None:
    w.heading(ctx.step_title(Step.CAUSES), 1)
    if not ctx.workshop.problems:
        w.muted(ctx.t("no_problems"))
        return
    if not ctx.workshop.causes:
        w.muted(ctx.t("no_causes"))
        return
    for problem in ctx.workshop.problems:
        w.heading(problem.title, 2)
        if problem.prioritised:  # the picture for the problems the group chose to act on
            pictures.add_fishbone(w, ctx, problem)
        write_problem_causes(w, ctx, problem, branch_level=3)


def _cause(ctx: ExportContext, cause: Cause) -> list[Span]:
    detail = [ctx.choice(ctx.pack.directness, cause.directness.value)]
    if cause.certainty:
        detail.append(
            ctx.t("certainty_value", value=ctx.word("certainty", cause.certainty.value).lower())
        )
    spans = [Span(cause.description), Span(f" ({', '.join(detail)})", color=MUTED)]
    if cause.evidence.strip():
        spans.append(
            Span(f"\n{ctx.t('evidence')}: {cause.evidence.strip()}", italic=True, color=MUTED)
        )
    return spans


def write_problem_causes(
    w: DocWriter, ctx: ExportContext, problem: Problem, *, branch_level: int | None
) -> None:
    """The causes of ``problem``; each branch under a heading of ``branch_level`` (or bold)."""
    roots = ctx.root_causes(problem.id)
    if not roots:
        w.muted(ctx.t("no_causes_for_problem"))
        return
    known = {b.id for b in ctx.pack.branches}
    branch_ids = [b.id for b in ctx.pack.branches] + sorted({r.branch.value for r in roots} - known)
    for branch_id in branch_ids:
        in_branch = [r for r in roots if r.branch.value == branch_id]
        if not in_branch:
            continue
        title = ctx.choice(ctx.pack.branches, branch_id)
        if branch_level is None:
            w.paragraph((Span(title, bold=True),), keep_next=True)
        else:
            w.heading(title, branch_level)
        for root in in_branch:
            for cause, depth in ctx.cause_tree(root):
                w.bullet(_cause(ctx, cause), depth)
