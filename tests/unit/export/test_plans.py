"""Underlag till lägesbild and åtgärdsplan: what they hold, in which order, on which pages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from docx.oxml.ns import qn

from tests.unit.export.factories import EXPORTED_AT
from tests.unit.export.reading import assert_in_order, headings, paragraphs, reopen, section
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import NextStep, Workshop
from workshop_app.export import minutes_bytes


def _export(workshop: Workshop, pack: MethodPack, variant: str):
    return reopen(minutes_bytes(workshop, pack, variant=variant, exported_at=EXPORTED_AT))


def test_situation_report_holds_observations_gaps_and_the_analysis_in_order(
    pack: MethodPack, workshop: Workshop
) -> None:
    document = _export(workshop, pack, "situation")
    assert headings(document, 1) == [
        "Om dokumentet",
        "Brott och otrygghet som har observerats",
        "Kunskapsluckor",
        "Analys: prioriterade problem och troliga orsaker",
        "Informationsmatris",
        "Om metoden",
    ]
    paras = paragraphs(document)
    assert paras[1].text.startswith("Underlag till lägesbild · ")
    assert "lagen (2023:196)" in section(paras, "Om dokumentet")[0].text
    observed = section(paras, "Brott och otrygghet som har observerats")
    assert observed[0].text == (
        "4 av 6 bedömda indikatorer har observerats, 2 av dem i betydande eller omfattande grad."
    )
    assert_in_order(["Öppen narkotikahandel", "Betydande", "Ökar", "Hög"], observed)
    analysis = section(paras, "Analys: prioriterade problem och troliga orsaker")
    assert_in_order(
        [
            "1. Öppen narkotikahandel vid torget och i gångtunneln",
            "Plats: Norrbacka torg",
            "Indikatorer som pekar på problemet:",
            "Troliga orsaker",
            "Dålig belysning och skymda platser i gångtunneln",
            "Trasig belysning lagas sent",
            "2. Olovlig andrahandsuthyrning i Norrbackas hyresbestånd",
            "Svag kontroll av kontraktsinnehavare",
            "Övriga problem som togs upp",
            "Källarförråd används som samlingsplats",
        ],
        analysis,
    )
    # Nothing of the minutes: no attendance, no measures, no next steps.
    text = "\n".join(p.text for p in paras)
    assert "Närvarande" not in text and "Ny belysning i gångtunneln" not in text


def test_action_plan_per_problem_measures_and_schedule_by_due_date(
    pack: MethodPack, workshop: Workshop
) -> None:
    later = NextStep("n0", "Utvärdera belysningen", owner_organisation_id="kommun",
                     owner_role="Trygghetssamordnare", due_date=date(2027, 6, 1),
                     measure_ids=("m1",))  # fmt: skip
    early = NextStep("n9", "Inventera armaturer", owner_organisation_id="bostad",
                     due_date=date(2026, 11, 15), measure_ids=("m1",))  # fmt: skip
    workshop = replace(workshop, next_steps=(later, *workshop.next_steps, early))
    document = _export(workshop, pack, "action-plan")
    assert headings(document, 1) == [
        "Om dokumentet",
        "1. Öppen narkotikahandel vid torget och i gångtunneln",
        "2. Olovlig andrahandsuthyrning i Norrbackas hyresbestånd",
        "Nästa steg som inte hör till någon åtgärd",
        "Samverkansmatris",
        "Förslag till styrgruppen",
        "Uppföljning",
        "Om metoden",
    ]
    paras = paragraphs(document)
    first = section(paras, "1. Öppen narkotikahandel vid torget och i gångtunneln")
    assert_in_order(
        [
            "Åtgärder",
            "Ny belysning i gångtunneln",
            "Exempelbostäder AB",
            "Investering 400 tkr",
            "Fas 1",
            "Trygghetsmätning efter sex månader",
            "Fältassistenter och vuxenvandring fredagar",
            "Tidsplan",
            "Inventera armaturer",
            "2026-11-15",
            "Beställa ny belysning",
            "Schema för vuxenvandring",
            "Utvärdera belysningen",
            "Exempelby kommun, Trygghetssamordnare",
            "2027-06-01",
        ],
        first,
    )
    steering = section(paras, "Förslag till styrgruppen")
    assert_in_order(["Förslag om samverkansöverenskommelse till styrgruppen"], steering)
    assert "Uppföljning: 2027-02-15" in [p.text for p in paras]


def test_action_plan_tables_are_on_landscape_pages(pack: MethodPack, workshop: Workshop) -> None:
    body = _export(workshop, pack, "action-plan").element.body
    sections = [p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") for p in body.iter(qn("w:p"))]
    sections = [s for s in sections if s is not None] + [body.find(qn("w:sectPr"))]
    sizes = [s.find(qn("w:pgSz")) for s in sections]
    wide = [int(z.get(qn("w:w"))) > int(z.get(qn("w:h"))) for z in sizes]
    assert wide == [False, True, False]  # cover, the problems' tables, the decisions
    # Every table of the plan before the proposals sits in the landscape section.
    tables = list(body.iter(qn("w:tbl")))
    landscape_end = next(
        p
        for p in body.iter(qn("w:p"))
        if p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None
        and int(p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}/{qn('w:pgSz')}").get(qn("w:w"))) > 12000
    )
    in_landscape = [
        t for t in tables if t.getparent().index(t) < landscape_end.getparent().index(landscape_end)
    ]
    assert len(in_landscape) == len(tables) - 1  # all but the proposals to the steering group
