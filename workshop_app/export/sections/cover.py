"""The cover: record fields, the meeting(s) recorded, who was there and who was not."""

from __future__ import annotations

from workshop_app.domain.model import Meeting, Participant
from workshop_app.export.context import ExportContext
from workshop_app.export.ooxml import Span
from workshop_app.export.sections import record
from workshop_app.export.writer import MUTED, DocWriter

PRINTED_MARK = "printed"  # label key of the one line that changes between exports
_PRINTED_SIZE = 16  # 8 pt


def write(w: DocWriter, ctx: ExportContext, heading: str, *, people: bool = True) -> None:
    """Title, record fields and the "Utskriven" line; ``people``: attendance lists as well."""
    ws = ctx.workshop
    options = ctx.options
    if options.classification.strip():
        w.paragraph((Span(options.classification.strip(), bold=True),))
    record.write_logo(w, ctx)
    w.title(ws.title)
    w.subtitle(f"{heading} · {ctx.text(ctx.pack.title)}")
    w.field(ctx.t("municipality"), ws.municipality)
    w.field(ctx.t("area"), ws.area)
    w.field(ctx.t("registration_number"), options.registration_number.strip())
    w.field(ctx.t("document_date"), ctx.date(ctx.document_date))
    for meeting in ctx.covered_meetings:
        w.field(ctx.t("meeting"), _meeting_line(ctx, meeting))
    w.field(ctx.t("purpose"), ws.purpose)
    if people:  # who took the notes: the minutes' own field, not the plans'
        w.field(ctx.t("note_taker"), ws.note_taker.strip())
    printed = ctx.t(PRINTED_MARK, when=ctx.datetime(ctx.exported_at))
    w.paragraph((Span(printed, color=MUTED, size=_PRINTED_SIZE),))
    if people:
        _attendance(w, ctx)
        _meetings(w, ctx)
        _next_meeting(w, ctx)


def _time(start: str | None, end: str | None) -> str:
    if start and end:
        return f"{start}–{end}"
    return start or end or ""


def _meeting_line(ctx: ExportContext, meeting: Meeting) -> str:
    parts = [ctx.date(meeting.date), _time(meeting.start_time, meeting.end_time), meeting.location]
    return ", ".join(p.strip() for p in parts if p and p.strip())


def _by_organisation(w: DocWriter, ctx: ExportContext, people: list[Participant]) -> None:
    """A table: each organisation (in the user's order) with its people, one line each."""
    known = {o.id for o in ctx.workshop.organisations}
    groups = [
        (o.name, [p for p in people if p.organisation_id == o.id])
        for o in ctx.workshop.organisations
    ]
    groups.append((ctx.t("no_organisation"), [p for p in people if p.organisation_id not in known]))
    rows = [(name, [ctx.person(p) for p in members]) for name, members in groups if members]
    if rows:
        who = ctx.t("col_role" if ctx.options.roles_only else "col_name_role")
        w.table([ctx.t("col_organisation"), who], rows, (6, 10))


def _attendance(w: DocWriter, ctx: ExportContext) -> None:
    participants = list(ctx.workshop.participants)
    attended = {a for m in ctx.covered_meetings for a in m.attendee_ids}
    if not attended:  # no attendance taken: the workshop's participants
        w.heading(ctx.t("participants"), 1)
        if not participants:
            w.muted(ctx.t("no_participants"))
        _by_organisation(w, ctx, participants)
        return
    w.heading(ctx.t("present"), 1)
    _by_organisation(w, ctx, [p for p in participants if p.id in attended])
    absent = [p for p in participants if p.id not in attended]
    if absent:
        w.heading(ctx.t("absent"), 2)
        _by_organisation(w, ctx, absent)


def _meetings(w: DocWriter, ctx: ExportContext) -> None:
    meetings = ctx.workshop.meetings
    w.heading(ctx.t("meetings"), 1)
    if not meetings:
        w.muted(ctx.t("no_meetings"))
        return
    covered = {m.id for m in ctx.covered_meetings}
    rows = (
        (
            ctx.date(m.date),
            _time(m.start_time, m.end_time),
            m.location,
            str(len(m.attendee_ids)) if m.attendee_ids else "",
            ctx.t("this_document") if m.id in covered else "",
        )
        for m in sorted(meetings, key=lambda m: m.date)
    )
    keys = ("col_date", "col_time", "col_place", "col_present_count", "col_recorded")
    w.table([ctx.t(k) for k in keys], rows, (2.4, 2.4, 6, 2.2, 3))
    for m in ctx.covered_meetings:
        if m.notes.strip():
            label = ctx.t("meeting_notes", date=ctx.date(m.date)) + ": "
            w.paragraph((Span(label, bold=True), Span(m.notes)))


def _next_meeting(w: DocWriter, ctx: ExportContext) -> None:
    upcoming = ctx.next_meeting()
    if upcoming is not None:
        w.field(ctx.t("next_meeting"), _meeting_line(ctx, upcoming))
    elif ctx.workshop.follow_up_date:
        w.paragraph(ctx.t("follow_up_date", date=ctx.date(ctx.workshop.follow_up_date)))
