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
    """One fileable sentence: whose the method pack is, what it rests on, who has not vetted it.

    The pack's own source and draft notes are written for the facilitator (they ask to check
    the texts against Brå's material) and do not belong in a document that is filed.
    """
    w.heading(ctx.t("about_method"), 1)
    w.paragraph(ctx.t("method_note", version=ctx.pack.version))
