"""The back matter: the glossary and the note on the method's source (Brå)."""

from __future__ import annotations

from workshop_app.export.context import ExportContext
from workshop_app.export.writer import DocWriter


def write_glossary(w: DocWriter, ctx: ExportContext) -> None:
    w.heading(ctx.t("glossary"), 1)
    terms = ctx.pack.glossary
    if not terms:
        w.muted(ctx.t("no_glossary"))
        return
    rows = ((ctx.text(t.term), ctx.text(t.definition)) for t in terms)
    w.table([ctx.t("col_term"), ctx.t("col_definition")], rows, (5.2, 10.8))


def write_source(w: DocWriter, ctx: ExportContext) -> None:
    w.heading(ctx.t("about_method"), 1)
    w.paragraph(ctx.text(ctx.pack.source_note))
    if ctx.pack.draft and ctx.pack.draft_note:
        w.paragraph(ctx.text(ctx.pack.draft_note))
    w.paragraph(ctx.t("method_version", title=ctx.text(ctx.pack.title), version=ctx.pack.version))
    w.paragraph(ctx.t("created_with", date=ctx.datetime(ctx.exported_at)))
    w.muted(ctx.t("public_document"))
