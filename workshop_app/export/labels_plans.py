"""Labels of the situation report, the action plan, the workbook and the matrices (sv, en)."""

from __future__ import annotations

SV: dict[str, str] = {
    "legend": "Förkortningar",
    "col_role": "Roll",
    "col_name_role": "Namn och roll",
    "fishbone_alt": "Fiskbensdiagram över troliga orsaker till problemet {problem}",
    "and_more": "och {n} till",
    "more_problems": "Ytterligare {n} prioriterade problem beskrivs längre fram i dokumentet.",
    "more_steps": "Ytterligare {n} finns i avsnittet {section}.",
    "open_steps": "Planerade och pågående ({n})",
    "closed_steps": "Klara och avbrutna ({n})",
    "proposals_count": "Förslag till styrgruppen: {n}.",
    "sheet_action_plan": "Åtgärdsplan",
    "sheet_measures": "Åtgärder",
    "sheet_information": "Informationsmatris",
    "sheet_partners": "Samverkansmatris",
    "col_owner_organisation": "Ansvarig organisation",
    "col_owner_role": "Ansvarig roll",
    "col_group": "Område",
    "col_gap": "Kunskapslucka",
    "about_document": "Om dokumentet",
    "situation_intro": (
        "Underlaget sammanfattar vad arbetsgruppen kom fram till om brott och otrygghet i "
        "{area}: vad som har observerats och i vilken omfattning, vad gruppen inte vet och "
        "vilka problem som prioriterades, med troliga orsaker. Det är ett underlag till "
        "kommunens lägesbild enligt lagen (2023:196) om kommuners ansvar för "
        "brottsförebyggande arbete."
    ),
    "observed_crime": "Brott och otrygghet som har observerats",
    "situation_counts": (
        "{observed} av {total} bedömda indikatorer har observerats, {wide} av dem i betydande "
        "eller omfattande grad."
    ),
    "analysis": "Analys: prioriterade problem och troliga orsaker",
    "pointing_indicators": "Indikatorer som pekar på problemet",
    "probable_causes": "Troliga orsaker",
    "other_problems": "Övriga problem som togs upp",
    "action_plan_intro": (
        "Planen samlar de åtgärder arbetsgruppen föreslår mot de prioriterade problemen, med "
        "ansvar, samverkansparter, resurser och tidsplan, för beslut i styrgruppen."
    ),
    "follow_up_when": "Uppföljning",
    "schedule": "Tidsplan",
    "no_schedule": "Inga nästa steg hör till åtgärderna ännu.",
    "action_plan_follow_up": (
        "Arbetsgruppen följer upp nästa steg och åtgärder vid varje möte: status för varje "
        "nästa steg och det som anges under uppföljning för varje åtgärd."
    ),
    "no_follow_up_date": "Inget datum för uppföljning har bestämts.",
    "matrix_part": "Del {n} av {total} – fler organisationer i nästa del",
}

EN: dict[str, str] = {
    "legend": "Abbreviations",
    "col_role": "Role",
    "col_name_role": "Name and role",
    "fishbone_alt": "Fishbone diagram of the probable causes of the problem {problem}",
    "and_more": "and {n} more",
    "more_problems": "{n} more prioritised problems are described later in this document.",
    "more_steps": "{n} more are in the section {section}.",
    "open_steps": "Planned and in progress ({n})",
    "closed_steps": "Done and cancelled ({n})",
    "proposals_count": "Proposals to the steering group: {n}.",
    "sheet_action_plan": "Action plan",
    "sheet_measures": "Measures",
    "sheet_information": "Information matrix",
    "sheet_partners": "Partner matrix",
    "col_owner_organisation": "Owner organisation",
    "col_owner_role": "Owner role",
    "col_group": "Area",
    "col_gap": "Knowledge gap",
    "about_document": "About this document",
    "situation_intro": (
        "This document sums up what the working group found about crime and insecurity in "
        "{area}: what has been observed and to what extent, what the group does not know, and "
        "which problems were prioritised, with their probable causes. It is a basis for the "
        "municipality's situation report (lägesbild) under the Act (2023:196) on municipal "
        "responsibility for crime prevention."
    ),
    "observed_crime": "Crime and insecurity observed",
    "situation_counts": (
        "{observed} of {total} assessed indicators have been observed, {wide} of them to a "
        "considerable or extensive degree."
    ),
    "analysis": "Analysis: prioritised problems and probable causes",
    "pointing_indicators": "Indicators pointing to the problem",
    "probable_causes": "Probable causes",
    "other_problems": "Other problems raised",
    "action_plan_intro": (
        "The plan gathers the measures the working group proposes against the prioritised "
        "problems, with lead, partners, resources and schedule, for the steering group to "
        "decide on."
    ),
    "follow_up_when": "Follow-up",
    "schedule": "Schedule",
    "no_schedule": "No next steps belong to these measures yet.",
    "action_plan_follow_up": (
        "The working group follows up the next steps and measures at every meeting: the status "
        "of each next step and what each measure names under follow-up."
    ),
    "no_follow_up_date": "No follow-up date has been set.",
    "matrix_part": "Part {n} of {total} – more organisations in the next part",
}
