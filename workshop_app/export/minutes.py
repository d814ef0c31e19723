"""Public entry points: build a Word document of a workshop, or write it to a file."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from docx.document import Document

from workshop_app.domain import clock
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Workshop
from workshop_app.export import document_setup
from workshop_app.export.atomic import write_file
from workshop_app.export.context import ExportContext
from workshop_app.export.options import VARIANTS, ExportOptions, Variant
from workshop_app.export.sections import (
    causes,
    chain,
    cover,
    follow_up,
    indicators,
    measures,
    method,
    next_steps,
    notes,
    preconditions,
    preparation,
    prioritised,
    problems,
    record,
    summary,
)
from workshop_app.export.writer import DocWriter

__all__ = ["VARIANTS", "ExportOptions", "Variant", "build_minutes", "minutes_bytes"]


def _full(w: DocWriter, ctx: ExportContext) -> None:
    summary.write(w, ctx)
    follow_up.write(w, ctx, with_chart=True)
    preparation.write(w, ctx)
    indicators.write(w, ctx)
    problems.write(w, ctx)
    causes.write(w, ctx)
    measures.write(w, ctx)
    preconditions.write(w, ctx)
    next_steps.write(w, ctx)
    next_steps.write_steering_group(w, ctx)
    chain.write(w, ctx)
    notes.write(w, ctx)
    method.write_glossary(w, ctx)


def _short(w: DocWriter, ctx: ExportContext) -> None:
    summary.write(w, ctx)
    follow_up.write(w, ctx)
    prioritised.write(w, ctx)
    next_steps.write(w, ctx)
    next_steps.write_steering_group(w, ctx)


# Per variant: the heading key and the body after the cover; the cover's attendance lists
# belong to minutes only.
_BODIES: dict[str, tuple[str, bool, Callable[[DocWriter, ExportContext], None]]] = {
    "full": ("minutes", True, _full),
    "short": ("minutes_short", True, _short),
}


def _check_variant(variant: str) -> None:
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}; expected one of {', '.join(VARIANTS)}")


def build_minutes(
    workshop: Workshop,
    pack: MethodPack,
    *,
    variant: Variant = "full",
    exported_at: datetime | None = None,
    options: ExportOptions | None = None,
) -> Document:
    """A Word document of ``workshop`` (python-docx), in the workshop's language.

    ``full``/``short``: minutes of the meeting(s) chosen in ``options`` (default: the last one
    held). ``situation``: underlag till lägesbild. ``action-plan``: åtgärdsplan.
    Raises ``LookupError`` for a chosen meeting the workshop does not have.
    """
    _check_variant(variant)
    from workshop_app.export import plans  # the two documents for the law 2023:196

    bodies = {**_BODIES, **plans.BODIES}
    heading_key, people, body = bodies[variant]
    ctx = ExportContext(workshop, pack, exported_at or clock.now(), options or ExportOptions())
    heading = ctx.t(heading_key)
    document = document_setup.open_template()
    document_setup.set_language(document, ctx.language)
    document_setup.set_properties(document, ctx)
    document_setup.add_header(document, ctx)
    document_setup.add_footer(document, ctx, heading)
    w = DocWriter(document)
    cover.write(w, ctx, heading, people=people)
    if people:  # minutes: the attendance fills the first page; the plans go straight on
        w.page_break()
    body(w, ctx)
    if people:  # the minutes end with what goes with them and to whom they go
        record.write_attachments_and_distribution(w, ctx)
    method.write_source(w, ctx)
    return document


def minutes_bytes(
    workshop: Workshop,
    pack: MethodPack,
    *,
    variant: Variant = "full",
    exported_at: datetime | None = None,
    options: ExportOptions | None = None,
) -> bytes:
    """The .docx file's content, built in memory."""
    buffer = io.BytesIO()
    document = build_minutes(
        workshop, pack, variant=variant, exported_at=exported_at, options=options
    )
    document.save(buffer)
    return buffer.getvalue()


def write_minutes(
    path: Path,
    workshop: Workshop,
    pack: MethodPack,
    *,
    variant: Variant = "full",
    exported_at: datetime | None = None,
    options: ExportOptions | None = None,
) -> None:
    """Build the document and write it to ``path`` atomically (mode 0600 for a new file).

    On failure nothing half-written is left behind and an existing file is untouched;
    ``ExportError`` explains a locked file, a read-only folder or a full disk.
    """
    data = minutes_bytes(workshop, pack, variant=variant, exported_at=exported_at, options=options)
    write_file(Path(path), data)
