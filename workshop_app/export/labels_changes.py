"""Labels of the follow-up's chart and of "changes since the baseline" (sv, en)."""

from __future__ import annotations

SV: dict[str, str] = {
    "chart_heading": "Indikatorer per möte",
    "chart_intro": (
        "Diagrammet visar omfattningen vid varje möte av de {count} indikatorer som har "
        "observerats vid något möte eller är kopplade till ett mål för ett problem, i "
        "indikatorernas ordning. Varje bild visar högst {per_picture} indikatorer."
    ),
    "chart_hidden": (
        "Utgångsläget och de {shown} senaste uppföljningsmötena visas; {hidden} äldre "
        "uppföljningsmöten visas inte."
    ),
    "chart_part": "Del {part} av {parts}",
    "chart_baseline": "Utgångsläge",
    "chart_workshop": "workshopen",
    "chart_follow_up": "Uppföljning",
    "chart_assessed": "bedömd vid mötet",
    "chart_carried": "tidigare bedömning gäller",
    "chart_none": "ingen (inte observerad)",
    "chart_unknown": "okänt",
    "chart_not_assessed": "inte bedömd",
    "chart_scale": "Omfattning",
    "chart_alt": (
        "Diagram över indikatorernas omfattning per möte{part}, på en skala 0–3 ({scale}); "
        "? betyder okänt och – inte bedömd. Kolumner: {columns}. {rows}"
    ),
    "chart_alt_part": ", del {part} av {parts}",
    "changes_heading": "Förändringar sedan utgångsläget",
    "changes_intro": (
        "Utgångsläget är gruppens bedömning vid workshopen. Nuläget är den senaste "
        "bedömningen, vid workshopen eller vid något av de {count} uppföljningsmötena "
        "(det senaste hölls {date})."
    ),
    "changes_intro_one": (
        "Utgångsläget är gruppens bedömning vid workshopen. Nuläget är den senaste "
        "bedömningen, vid workshopen eller vid uppföljningsmötet {date}."
    ),
    "col_follow_up": "Uppföljning {date}",
    "changes_table": "Indikatorer: utgångsläge och nuläge",
    "changes_table_intro": "Samma indikatorer som i diagrammet, i samma ordning.",
    "col_baseline": "Utgångsläge (workshopen)",
    "col_current": "Nuläge",
    "col_change": "Förändring",
    "change_up": "↑ mer",
    "change_down": "↓ mindre",
    "change_same": "= oförändrat",
    "change_unknown": "? kan inte jämföras",
    "change_not_reassessed": "= inte bedömd på nytt",
    "not_assessed": "Inte bedömd",
    "assessed_at": "Bedömd vid uppföljningen {date}",
    "goals_heading": "Måluppfyllelse per prioriterat problem",
    "goals_none": "Ingen måluppfyllelse har bedömts vid uppföljningsmötena.",
    "col_prioritised_problem": "Prioriterat problem",
    "goal": "Mål",
    "attainment_not_started": "Inte påbörjat",
    "attainment_on_the_way": "På väg",
    "attainment_reached": "Uppnått",
    "attainment_not_reached": "Inte uppnått",
    "not_judged": "–",
    "goals_hidden": "De {shown} senaste uppföljningsmötena visas; {hidden} äldre visas inte.",
}

EN: dict[str, str] = {
    "chart_heading": "Indicators per meeting",
    "chart_intro": (
        "The chart shows the extent at each meeting of the {count} indicators observed at "
        "some meeting or linked to a problem's goal, in the order of the indicators. Each "
        "picture shows at most {per_picture} indicators."
    ),
    "chart_hidden": (
        "The baseline and the {shown} latest follow-up meetings are shown; {hidden} older "
        "follow-up meetings are not."
    ),
    "chart_part": "Part {part} of {parts}",
    "chart_baseline": "Baseline",
    "chart_workshop": "the workshop",
    "chart_follow_up": "Follow-up",
    "chart_assessed": "assessed at the meeting",
    "chart_carried": "earlier assessment stands",
    "chart_none": "none (not observed)",
    "chart_unknown": "unknown",
    "chart_not_assessed": "not assessed",
    "chart_scale": "Extent",
    "chart_alt": (
        "Chart of the indicators' extent per meeting{part}, on a scale of 0–3 ({scale}); "
        "? means unknown and – not assessed. Columns: {columns}. {rows}"
    ),
    "chart_alt_part": ", part {part} of {parts}",
    "changes_heading": "Changes since the baseline",
    "changes_intro": (
        "The baseline is the group's assessment at the workshop. The current assessment is "
        "the latest one, at the workshop or at one of the {count} follow-up meetings (the "
        "latest was held on {date})."
    ),
    "changes_intro_one": (
        "The baseline is the group's assessment at the workshop. The current assessment is "
        "the latest one, at the workshop or at the follow-up meeting on {date}."
    ),
    "col_follow_up": "Follow-up {date}",
    "changes_table": "Indicators: baseline and current",
    "changes_table_intro": "The same indicators as in the chart, in the same order.",
    "col_baseline": "Baseline (the workshop)",
    "col_current": "Current",
    "col_change": "Change",
    "change_up": "↑ more",
    "change_down": "↓ less",
    "change_same": "= unchanged",
    "change_unknown": "? cannot be compared",
    "change_not_reassessed": "= not assessed again",
    "not_assessed": "Not assessed",
    "assessed_at": "Assessed at the follow-up on {date}",
    "goals_heading": "Goal attainment per prioritised problem",
    "goals_none": "No goal attainment has been judged at the follow-up meetings.",
    "col_prioritised_problem": "Prioritised problem",
    "goal": "Goal",
    "attainment_not_started": "Not started",
    "attainment_on_the_way": "On the way",
    "attainment_reached": "Reached",
    "attainment_not_reached": "Not reached",
    "not_judged": "–",
    "goals_hidden": "The {shown} latest follow-up meetings are shown; {hidden} older are not.",
}
