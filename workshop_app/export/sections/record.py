"""The minutes' record fields: the cover's logo, and the attachments and distribution list."""

from __future__ import annotations

from workshop_app.export.context import ExportContext
from workshop_app.export.ooxml import Span
from workshop_app.export.writer import DocWriter

_LOGO_BOX_PT = (160.0, 60.0)  # at most this wide and high: a letterhead mark, not a picture
_PX_PER_PT = 96 / 72  # a picture without a resolution of its own is shown at 96 dpi


def write_logo(w: DocWriter, ctx: ExportContext) -> None:
    """The workshop's logo above the title, kept in proportion inside the logo box."""
    logo = ctx.workshop.logo
    if logo is None:
        return
    from workshop_app.export.logo_size import UnreadablePictureError, picture_size

    try:  # Pillow on first use
        width_px, height_px = picture_size(logo.data)
    except UnreadablePictureError:
        return  # a damaged picture from a file: the minutes go out without it, not not at all
    width_pt, height_pt = width_px / _PX_PER_PT, height_px / _PX_PER_PT
    scale = min(1.0, _LOGO_BOX_PT[0] / width_pt, _LOGO_BOX_PT[1] / height_pt)
    w.picture(logo.data, width_pt * scale, height_pt * scale, ctx.t("logo_alt"))


def write_attachments_and_distribution(w: DocWriter, ctx: ExportContext) -> None:
    """ "Bilagor" (numbered) and "Sändlista", each only when the workshop lists any."""
    attachments = [a.title.strip() for a in ctx.workshop.attachments if a.title.strip()]
    if attachments:
        w.heading(ctx.t("attachments"), 1)
        for number, title in enumerate(attachments, start=1):
            label = ctx.t("attachment_number", n=number) + ": "
            w.paragraph((Span(label, bold=True), Span(title)))
    recipients = [r.recipient.strip() for r in ctx.workshop.distribution if r.recipient.strip()]
    if recipients:
        w.heading(ctx.t("distribution"), 1)
        w.bullets(recipients)
