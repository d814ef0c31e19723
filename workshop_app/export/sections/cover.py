"""The cover: title, scope of the workshop, its meetings and its participants by organisation."""

from __future__ import annotations

from workshop_app.export.context import ExportContext
from workshop_app.export.ooxml import Span
from workshop_app.export.writer import DocWriter


def write(w: DocWriter, ctx: ExportContext, heading: str) -> None:
    ws = ctx.workshop
    w.title(ws.title)
    w.subtitle(f"{heading} · {ctx.text(ctx.pack.title)}")
    w.field(ctx.t("municipality"), ws.municipality)
    w.field(ctx.t("area"), ws.area)
    w.field(ctx.t("purpose"), ws.purpose)
    w.field(ctx.t("exported"), ctx.datetime(ctx.exported_at))
    _meetings(w, ctx)
    _participants(w, ctx)


def _time(start: str | None, end: str | None) -> str:
    if start and end:
        return f"{start}–{end}"
    return start or end or ""


def _meetings(w: DocWriter, ctx: ExportContext) -> None:
    w.heading(ctx.t("meetings"), 1)
    meetings = ctx.workshop.meetings
    if not meetings:
        w.muted(ctx.t("no_meetings"))
        return
    names = {p.id: p.name for p in ctx.workshop.participants}
    rows = (
        (
            ctx.date(m.date),
            _time(m.start_time, m.end_time),
            m.location,
            ", ".join(names[a] for a in m.attendee_ids if a in names),
        )
        for m in meetings
    )
    headers = [ctx.t(k) for k in ("col_date", "col_time", "col_place", "col_attendees")]
    w.table(headers, rows, (2.2, 2.2, 4, 7.6))
    for m in meetings:
        if m.notes.strip():
            w.paragraph(
                (
                    Span(ctx.t("meeting_notes", date=ctx.date(m.date)) + ": ", bold=True),
                    Span(m.notes),
                )
            )


def _participants(w: DocWriter, ctx: ExportContext) -> None:
    w.heading(ctx.t("participants"), 1)
    if not ctx.workshop.participants:
        w.muted(ctx.t("no_participants"))
        return
    organisations = ctx.workshop.organisations
    known = {o.id for o in organisations}
    groups = [(o.name, ctx.participants_by_org.get(o.id, [])) for o in organisations]
    unattached = [p for p in ctx.workshop.participants if p.organisation_id not in known]
    groups.append((ctx.t("no_organisation"), unattached))
    for name, people in groups:
        if not people:
            continue
        w.paragraph((Span(name, bold=True),), keep_next=True)
        w.bullets(f"{p.name}, {p.role}" if p.role else p.name for p in people)
