"""Changes since the previous meeting: what the newest follow-up meeting recorded.

Written only for a workshop that has held a follow-up meeting; the change of an indicator is
the domain's one definition (``domain.follow_up``). Its own labels live here so the section
can be added without touching the shared label table.
"""

from __future__ import annotations

from workshop_app.domain.follow_up import ARROWS, Direction, assessment_changes, latest_meeting
from workshop_app.domain.model import EarlierAssessment, IndicatorAssessment
from workshop_app.export.context import ExportContext
from workshop_app.export.sections.changes import chart as indicator_chart
from workshop_app.export.writer import DocWriter

_LABELS: dict[str, dict[str, str]] = {
    "sv": {
        "heading": "Förändringar sedan förra mötet",
        "meeting": "Uppföljningsmöte",
        "indicators": "Indikatorer som bedömts på nytt",
        "indicator": "Indikator",
        "before": "Förra bedömningen",
        "now": "Nu",
        "change": "Förändring",
        "up": "mer",
        "down": "mindre",
        "same": "oförändrat",
        "unknown": "kan inte jämföras",
        "plan": "Åtgärdsplanen",
        "goals": "Måluppfyllelse",
        "not_started": "Inte påbörjat",
        "on_the_way": "På väg",
        "reached": "Uppnått",
        "not_reached": "Inte uppnått",
        "production": "Vad som gjorts (produktion)",
        "process": "Hur samverkan fungerat (process)",
        "effect": "Vad som förändrats (effekt)",
        "comment": "Kommentar",
        "new_steps": "Nya nästa steg",
        "next": "Nästa uppföljning",
        "nothing": "Inget registrerades vid mötet.",
    },
    "en": {
        "heading": "Changes since the previous meeting",
        "meeting": "Follow-up meeting",
        "indicators": "Indicators assessed again",
        "indicator": "Indicator",
        "before": "Previous assessment",
        "now": "Now",
        "change": "Change",
        "up": "more",
        "down": "less",
        "same": "unchanged",
        "unknown": "cannot be compared",
        "plan": "The action plan",
        "goals": "Goal attainment",
        "not_started": "Not started",
        "on_the_way": "On the way",
        "reached": "Reached",
        "not_reached": "Not reached",
        "production": "What was done (production)",
        "process": "How the cooperation worked (process)",
        "effect": "What changed (effect)",
        "comment": "Comment",
        "new_steps": "New next steps",
        "next": "Next follow-up",
        "nothing": "Nothing was recorded at the meeting.",
    },
}


def _assessment(ctx: ExportContext, item: IndicatorAssessment | EarlierAssessment) -> str:
    parts = [ctx.status(item.status), ctx.extent(item.extent), ctx.word("trend", item.trend)]
    return ", ".join(part for part in parts if part)


def write(w: DocWriter, ctx: ExportContext, *, with_chart: bool = False) -> None:
    """The section, after the summary; nothing for a workshop without a follow-up meeting.

    ``with_chart``: the chart of indicators per meeting after the indicators (full minutes).
    """
    workshop = ctx.workshop
    meeting = latest_meeting(workshop)
    if meeting is None:
        return
    t = _LABELS.get(ctx.language, _LABELS["en"])
    w.heading(t["heading"], 1)
    w.field(t["meeting"], ctx.date(meeting.date))
    if meeting.notes.strip():
        w.paragraph(meeting.notes)
    written = False

    changes = [c for c in assessment_changes(workshop) if c.current.meeting_id == meeting.id]
    if changes:
        written = True
        w.heading(t["indicators"], 2)
        rows = [
            (
                ctx.indicator_title(ctx.indicators[c.indicator_id]),
                _assessment(ctx, c.previous),
                _assessment(ctx, c.current),
                f"{ARROWS[c.direction]} {t[Direction(c.direction).value]}",
            )
            for c in changes
        ]
        headers = (t["indicator"], t["before"], t["now"], t["change"])
        w.table(headers, rows, (3, 3, 3, 1.5))
    if with_chart:  # every meeting so far, beside the newest one's changes
        indicator_chart(w, ctx, level=2)

    steps = {s.id: s for s in workshop.next_steps}
    updates = [u for u in workshop.next_step_updates if u.meeting_id == meeting.id]
    if updates:
        written = True
        w.heading(t["plan"], 2)
        for update in updates:
            status = ctx.word("status", update.status.value)
            line = f"{steps[update.next_step_id].title}: {status}"
            w.bullet(f"{line} – {update.comment}" if update.comment.strip() else line)

    attained = [g for g in workshop.goal_attainments if g.meeting_id == meeting.id]
    if attained:
        written = True
        w.heading(t["goals"], 2)
        titles = {p.id: p.title for p in workshop.problems}
        for goal in attained:
            w.heading(f"{titles[goal.problem_id]}: {t[goal.attainment.value]}", 3)
            for key in ("comment", "production", "process", "effect"):
                w.field(t[key], getattr(goal, key))

    added = [s for s in workshop.next_steps if s.meeting_id == meeting.id]
    if added:
        written = True
        w.heading(t["new_steps"], 2)
        for step in added:
            owner = ctx.org_name(step.owner_organisation_id)
            due = ctx.date(step.due_date)
            extra = ", ".join(part for part in (owner, due) if part)
            w.bullet(f"{step.title} ({extra})" if extra else step.title)

    if not written:
        w.muted(t["nothing"])
    w.field(t["next"], ctx.date(workshop.follow_up_date))
