"""Step 1, indicators: observed indicators, the others, the information matrix and the gaps."""

from __future__ import annotations

from contextlib import nullcontext

from workshop_app.domain import information_matrix
from workshop_app.domain.model import Indicator, IndicatorAssessment
from workshop_app.domain.observed_indicators import observed_ids, observed_indicators
from workshop_app.domain.steps import Step
from workshop_app.export import matrix
from workshop_app.export.context import ExportContext
from workshop_app.export.ooxml import Cell, Paragraph, Span
from workshop_app.export.writer import MUTED, DocWriter


def write(w: DocWriter, ctx: ExportContext) -> None:
    w.heading(ctx.step_title(Step.INDICATORS), 1)
    if not ctx.workshop.indicators:
        w.muted(ctx.t("no_indicators"))
    observed(w, ctx)
    _others(w, ctx)
    information(w, ctx)
    gaps(w, ctx)


def _indicator_cell(ctx: ExportContext, indicator: Indicator, observations: str = "") -> Cell:
    cell: list[Paragraph] = [(Span(ctx.indicator_title(indicator), bold=True),)]
    group = ctx.indicator_group(indicator)
    if group:
        cell.append((Span(group, italic=True, color=MUTED),))
    if observations.strip():
        cell.append(observations)
    return cell


def _sources(ctx: ExportContext, assessment: IndicatorAssessment) -> Cell:
    """One line per organisation naming the kinds of information it holds."""
    kinds: dict[str, list[str]] = {}
    for source in assessment.sources:
        kind = ctx.choice(ctx.pack.source_types, source.source_type.value).lower()
        if source.note.strip():
            kind = f"{kind} ({source.note.strip()})"
        kinds.setdefault(source.organisation_id, []).append(kind)
    return [
        (Span(f"{ctx.org_name(org_id)}: ", bold=True), Span(", ".join(words)))
        for org_id, words in kinds.items()
    ]


def observed(w: DocWriter, ctx: ExportContext, level: int = 2, heading: str = "") -> None:
    observed = [(i, ctx.assessments[i.id]) for i in observed_indicators(ctx.workshop)]
    if not observed:
        w.heading(heading or ctx.t("observed_indicators"), level)
        w.muted(ctx.t("no_observed"))
        return
    keys = ("col_indicator", "col_extent", "col_trend", "col_certainty", "col_sources")
    headers = [ctx.t(k) for k in keys]
    rows = [
        (
            _indicator_cell(ctx, i, a.observations),
            ctx.extent(a.extent),
            ctx.word("trend", a.trend and a.trend.value),
            ctx.word("certainty", a.certainty and a.certainty.value),
            _sources(ctx, a),
        )
        for i, a in observed
    ]
    weights = (7.4, 2.0, 1.8, 1.6, 3.2)
    # Long organisation names ("kommunledningsförvaltningen:") do not fit a portrait column:
    # then the table goes on landscape pages, with its heading, rather than break a word.
    pages = nullcontext() if w.words_fit(headers, rows, weights) else w.landscape()
    with pages:
        w.heading(heading or ctx.t("observed_indicators"), level)
        w.table(headers, rows, weights)


def _others(w: DocWriter, ctx: ExportContext) -> None:
    seen = observed_ids(ctx.workshop)
    others = [i for i in ctx.workshop.indicators if i.id not in seen]
    if not ctx.workshop.indicators:
        return
    w.heading(ctx.t("other_indicators"), 2)
    if not others:
        w.muted(ctx.t("no_other_indicators"))
        return
    rows = (
        (
            _indicator_cell(ctx, i, a.observations if (a := ctx.assessments.get(i.id)) else ""),
            ctx.status(ctx.status_of(i.id)),
        )
        for i in others
    )
    w.table([ctx.t("col_indicator"), ctx.t("col_assessment")], rows, (12, 4))


def information(w: DocWriter, ctx: ExportContext, level: int = 2) -> None:
    """Indicators × organisations; each cell names the kinds of information held.

    The rows are the screen's (domain.information_matrix): observed or unknown indicators and
    any other that has a source, in the catalog's order.
    """
    organisations = ctx.workshop.organisations
    rows = information_matrix.matrix_rows(ctx.workshop, information_matrix.catalog_order(ctx.pack))
    if not organisations or not rows:
        w.heading(ctx.t("information_matrix"), level)
        w.muted(ctx.t("no_matrix"))
        return
    kinds = {s.id: ctx.text(s.title) for s in ctx.pack.source_types}
    shorts = matrix.short_names(organisations)
    with w.landscape():
        w.heading(ctx.t("information_matrix"), level)
        w.paragraph(ctx.t("matrix_intro"), keep_next=True)
        matrix.legend(w, organisations, shorts, ctx.t("legend"))
        cells = [
            (
                [ctx.indicator_title(row.indicator), ctx.status(row.status)],
                [", ".join(kinds.get(k.value, k.value) for k in cell) for cell in row.cells],
            )
            for row in rows
        ]
        matrix.write_matrix(
            w,
            [ctx.t("col_indicator"), ctx.t("col_assessment")],
            [shorts[o.id] for o in organisations],
            cells,
            part_label=ctx.t("matrix_part"),
        )


def gaps(w: DocWriter, ctx: ExportContext, level: int = 2) -> None:
    w.heading(ctx.t("knowledge_gaps"), level)
    gaps = ctx.knowledge_gaps()
    if not ctx.workshop.indicators:
        w.muted(ctx.t("no_indicators"))
    elif not gaps:
        w.muted(ctx.t("no_gaps"))
    else:
        w.paragraph(ctx.t("gaps_intro"), keep_next=True)
        w.bullets(
            (
                Span(ctx.indicator_title(i)),
                Span(f" – {ctx.status(ctx.status_of(i.id))}", color=MUTED),
            )
            for i in gaps
        )
