"""Public entry points: build the Word minutes of a workshop, or write them to a file."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Literal

from docx.document import Document

from workshop_app.domain import clock
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Workshop
from workshop_app.export import document_setup
from workshop_app.export.atomic import write_file
from workshop_app.export.context import ExportContext
from workshop_app.export.sections import (
    causes,
    chain,
    cover,
    indicators,
    measures,
    method,
    next_steps,
    notes,
    preconditions,
    preparation,
    prioritised,
    problems,
    summary,
)
from workshop_app.export.writer import DocWriter

Variant = Literal["full", "short"]
VARIANTS: tuple[Variant, ...] = ("full", "short")


def build_minutes(
    workshop: Workshop,
    pack: MethodPack,
    *,
    variant: Variant = "full",
    exported_at: datetime | None = None,
) -> Document:
    """The minutes of ``workshop`` as a python-docx document, in the workshop's language.

    ``full``: cover, summary, one section per step, the chain, notes, glossary and the
    method's source. ``short``: cover, summary, the prioritised problems with their causes
    and measures, and the next steps.
    """
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}; expected one of {', '.join(VARIANTS)}")
    ctx = ExportContext(workshop, pack, exported_at or clock.now())
    heading = ctx.t("minutes" if variant == "full" else "minutes_short")
    document = document_setup.open_template()
    document_setup.set_language(document, ctx.language)
    document_setup.set_properties(document, ctx)
    document_setup.add_footer(document, ctx, ctx.t("minutes"))
    w = DocWriter(document)
    cover.write(w, ctx, heading)
    w.page_break()
    summary.write(w, ctx)
    if variant == "full":
        preparation.write(w, ctx)
        indicators.write(w, ctx)
        problems.write(w, ctx)
        causes.write(w, ctx)
        measures.write(w, ctx)
        preconditions.write(w, ctx)
        next_steps.write(w, ctx)
        chain.write(w, ctx)
        notes.write(w, ctx)
        method.write_glossary(w, ctx)
    else:
        prioritised.write(w, ctx)
        next_steps.write(w, ctx)
    method.write_source(w, ctx)
    return document


def minutes_bytes(
    workshop: Workshop,
    pack: MethodPack,
    *,
    variant: Variant = "full",
    exported_at: datetime | None = None,
) -> bytes:
    """The .docx file's content, built in memory."""
    buffer = io.BytesIO()
    build_minutes(workshop, pack, variant=variant, exported_at=exported_at).save(buffer)
    return buffer.getvalue()


def write_minutes(
    path: Path,
    workshop: Workshop,
    pack: MethodPack,
    *,
    variant: Variant = "full",
    exported_at: datetime | None = None,
) -> None:
    """Build the minutes and write them to ``path`` atomically.

    On failure nothing half-written is left behind and an existing file is untouched;
    ``ExportError`` explains a locked file, a read-only folder or a full disk.
    """
    data = minutes_bytes(workshop, pack, variant=variant, exported_at=exported_at)
    write_file(Path(path), data)
