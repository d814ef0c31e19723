"""After follow-up meetings: the chart of indicators per meeting, and changes since the baseline.

The chart goes in the full minutes (beside "Förändringar sedan förra mötet") and in the
situation report; the situation report adds the baseline beside the current assessment per
indicator and the goal attainment per prioritised problem over the meetings. What is shown
and what "baseline" and "change" mean are the domain's (``domain.indicator_chart``,
``domain.follow_up``). Nothing is written before the first follow-up meeting.
"""

from __future__ import annotations

from workshop_app.domain.enums import Extent
from workshop_app.domain.follow_up import (
    BaselineChange,
    Direction,
    Entry,
    changes_since_baseline,
    meetings_in_order,
)
from workshop_app.domain.indicator_chart import (
    MAX_FOLLOW_UPS_SHOWN,
    MAX_ROWS_PER_PICTURE,
    Cell,
    IndicatorChart,
    Row,
    indicator_chart,
)
from workshop_app.domain.model import Problem
from workshop_app.export.context import ExportContext
from workshop_app.export.ooxml import Cell as DocCell
from workshop_app.export.ooxml import Paragraph, Span
from workshop_app.export.writer import MUTED, DocWriter

_TWIPS_PER_PT = 20


def chart(w: DocWriter, ctx: ExportContext, level: int) -> None:
    """The chart under its heading, in parts for many indicators; nothing before a follow-up."""
    content = indicator_chart(ctx.workshop)
    if content is None or not content.rows:
        return
    from workshop_app.export.indicator_chart_picture import (  # Pillow on first use
        ChartTexts,
        indicator_chart_png,
    )

    w.heading(ctx.t("chart_heading"), level)
    w.paragraph(
        ctx.t("chart_intro", count=len(content.rows), per_picture=MAX_ROWS_PER_PICTURE),
        keep_next=True,
    )
    if content.hidden_meetings:
        w.paragraph(
            ctx.t("chart_hidden", shown=MAX_FOLLOW_UPS_SHOWN, hidden=content.hidden_meetings),
            keep_next=True,
        )
    columns = _columns(ctx, content)
    texts = ChartTexts(
        columns=columns,
        assessed=ctx.t("chart_assessed"),
        carried=ctx.t("chart_carried"),
        none=ctx.t("chart_none"),
        unknown=ctx.t("chart_unknown"),
        not_assessed=ctx.t("chart_not_assessed"),
        scale=f"{ctx.t('chart_scale')}: {_scale(ctx)}",
    )
    parts = content.parts()
    width_pt = w.text_width() / _TWIPS_PER_PT
    for number, rows in enumerate(parts, start=1):
        titles = [ctx.indicator_title(ctx.indicators[r.indicator_id]) for r in rows]
        if len(parts) > 1:
            caption = ctx.t("chart_part", part=number, parts=len(parts))
            w.paragraph((Span(caption, italic=True, color=MUTED),), keep_next=True)
        png, width, height = indicator_chart_png(titles, [r.cells for r in rows], texts, width_pt)
        part = ctx.t("chart_alt_part", part=number, parts=len(parts)) if len(parts) > 1 else ""
        w.picture(png, width, height, _alt_text(ctx, columns, titles, rows, part))


def _columns(ctx: ExportContext, content: IndicatorChart) -> list[tuple[str, str]]:
    return [
        (ctx.t("chart_baseline"), ctx.t("chart_workshop"))
        if meeting is None
        else (ctx.t("chart_follow_up"), ctx.date(meeting.date))
        for meeting in content.meetings
    ]


def _scale(ctx: ExportContext) -> str:
    return ", ".join(f"{int(e)} {ctx.extent(e).lower()}" for e in Extent)


def _number(cell: Cell) -> str:
    if not cell.standing:
        return "–"
    return "?" if cell.level is None else str(cell.level)


def _alt_text(
    ctx: ExportContext,
    columns: list[tuple[str, str]],
    titles: list[str],
    rows: tuple[Row, ...],
    part: str,
) -> str:
    """The chart's numbers in words: the text alternative a screen reader reads."""
    heads = ", ".join(" ".join(c) for c in columns)
    lines = " ".join(
        f"{title}: {', '.join(_number(c) for c in row.cells)}."
        for title, row in zip(titles, rows, strict=True)
    )
    return ctx.t("chart_alt", part=part, scale=_scale(ctx), columns=heads, rows=lines)


def write_since_baseline(w: DocWriter, ctx: ExportContext) -> None:
    """The situation report's "changes since the baseline"; nothing before a follow-up."""
    meetings = meetings_in_order(ctx.workshop)
    if not meetings:
        return
    w.heading(ctx.t("changes_heading"), 1)
    latest = ctx.date(meetings[-1].date)
    if len(meetings) == 1:
        intro = ctx.t("changes_intro_one", date=latest)
    else:
        intro = ctx.t("changes_intro", count=len(meetings), date=latest)
    w.paragraph(intro, keep_next=True)
    chart(w, ctx, level=2)
    content = indicator_chart(ctx.workshop)
    ids = [r.indicator_id for r in content.rows] if content is not None else []
    if ids:
        w.heading(ctx.t("changes_table"), 2)
        w.paragraph(ctx.t("changes_table_intro"), keep_next=True)
        changes = changes_since_baseline(ctx.workshop, ids)
        headers = [ctx.t(k) for k in ("col_indicator", "col_baseline", "col_current", "col_change")]
        w.table(headers, (_change_row(ctx, c) for c in changes), (4.2, 3.4, 3.4, 2.2))
    _goals(w, ctx)


def _assessment(ctx: ExportContext, entry: Entry | None) -> list[Paragraph]:
    if entry is None:
        return [(Span(ctx.t("not_assessed"), italic=True, color=MUTED),)]
    first = ", ".join(p for p in (ctx.status(entry.status), ctx.extent(entry.extent)) if p)
    trend = ctx.word("trend", entry.trend and entry.trend.value)
    certainty = entry.certainty and ctx.t(
        "certainty_value", value=ctx.word("certainty", entry.certainty.value).lower()
    )
    second = ", ".join(p for p in (trend, certainty) if p)
    return [first, second] if second else [first]


def _change_row(ctx: ExportContext, change: BaselineChange) -> list[DocCell]:
    indicator = ctx.indicators[change.indicator_id]
    current = _assessment(ctx, change.current)
    if change.current is not None and change.current.meeting_id is not None:
        meeting = next(
            m for m in ctx.workshop.follow_up_meetings if m.id == change.current.meeting_id
        )
        when = ctx.t("assessed_at", date=ctx.date(meeting.date))
        current.append((Span(when, italic=True, color=MUTED),))
    reassessed = change.current is not None and change.current.meeting_id is not None
    if change.direction is Direction.SAME and not reassessed:
        word = ctx.t("change_not_reassessed")
    else:
        word = ctx.t(f"change_{Direction(change.direction).value}")
    return [
        [(Span(ctx.indicator_title(indicator), bold=True),)],
        _assessment(ctx, change.baseline),
        current,
        word,
    ]


def _goals(w: DocWriter, ctx: ExportContext) -> None:
    problems = ctx.prioritised_problems()
    if not problems:
        return
    w.heading(ctx.t("goals_heading"), 2)
    judged = {(g.problem_id, g.meeting_id): g for g in ctx.workshop.goal_attainments}
    if not judged:
        w.muted(ctx.t("goals_none"))
        return
    meetings = meetings_in_order(ctx.workshop)
    hidden = max(0, len(meetings) - MAX_FOLLOW_UPS_SHOWN)
    if hidden:
        w.paragraph(ctx.t("goals_hidden", shown=MAX_FOLLOW_UPS_SHOWN, hidden=hidden))
    shown = meetings[hidden:]
    dates = (ctx.t("col_follow_up", date=ctx.date(m.date)) for m in shown)
    headers = [ctx.t("col_prioritised_problem"), *dates]
    rows = []
    for number, problem in enumerate(problems, start=1):
        cells = [
            ctx.t(f"attainment_{g.attainment.value}")
            if (g := judged.get((problem.id, m.id)))
            else ctx.t("not_judged")
            for m in shown
        ]
        rows.append([_problem_cell(ctx, problem, number), *cells])
    w.table(headers, rows, (6.0, *(2.2 for _ in shown)))


def _problem_cell(ctx: ExportContext, problem: Problem, number: int) -> list[Paragraph]:
    cell: list[Paragraph] = [(Span(f"{number}. {problem.title}", bold=True),)]
    if problem.goal.strip():
        cell.append((Span(f"{ctx.t('goal')}: ", italic=True), Span(problem.goal, italic=True)))
    return cell
