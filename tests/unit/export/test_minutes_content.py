"""Minutes of a realistic workshop: structure, order and wording in both variants and languages."""

from __future__ import annotations

from dataclasses import replace

import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from tests.unit.export.factories import EXPORTED_AT, realistic_workshop
from tests.unit.export.reading import (
    all_parts,
    assert_in_order,
    headings,
    package_part,
    paragraphs,
    reopen,
    section,
)
from workshop_app.domain.enums import Language
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Cause, Participant, Workshop
from workshop_app.domain.steps import Step
from workshop_app.export import build_minutes, minutes_bytes
from workshop_app.export.labels import labels_for

LANGUAGES = [Language.SV, Language.EN]
VARIANTS = ["full", "short"]


def export(workshop: Workshop, pack: MethodPack, variant: str = "full"):
    return reopen(minutes_bytes(workshop, pack, variant=variant, exported_at=EXPORTED_AT))


def step_titles(pack: MethodPack, language: Language) -> dict[Step, str]:
    return {s.step: s.title.get(language) for s in pack.steps}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("variant", VARIANTS)
def test_headings_follow_the_method_in_the_workshop_language(
    pack: MethodPack, variant: str, language: Language
) -> None:
    workshop = realistic_workshop(language)
    document = export(workshop, pack, variant)
    labels, steps = labels_for(language), step_titles(pack, language)

    # The last meeting held took attendance: who was there comes first.
    front = [labels["present"], labels["meetings"], labels["summary"]]
    proposals = labels["steering_group"]
    if variant == "full":
        expected = [
            *front,
            *steps.values(),
            proposals,
            labels["chain"],
            labels["notes"],
            labels["glossary"],
        ]
    else:
        expected = [*front, labels["prioritised_details"], steps[Step.NEXT_STEPS], proposals]
    assert headings(document, 1) == [*expected, labels["about_method"]]

    level2 = headings(document, 2)
    assert labels["prioritised_problems"] in level2
    shown = [p.title for p in workshop.problems if variant == "full" or p.prioritised]
    assert all(title in level2 for title in shown)
    if variant == "short":
        assert workshop.problems[2].title not in level2  # not prioritised
    first = document.paragraphs[0]
    assert (first.style.name, first.text) == ("Title", workshop.title)


@pytest.mark.parametrize("language", LANGUAGES)
def test_full_minutes_keep_the_users_order(pack: MethodPack, language: Language) -> None:
    workshop = realistic_workshop(language)
    paras = paragraphs(export(workshop, pack))
    steps = step_titles(pack, language)

    assert_in_order([p.title for p in workshop.problems], section(paras, steps[Step.PROBLEMS]))
    causes = section(paras, steps[Step.CAUSES])
    # By problem, then by fishbone branch (victim, offender, place, other), then tree order.
    by_branch = ["c5", "c4", "c1", "c2", "c3", "c6", "c7"]
    descriptions = {c.id: c.description for c in workshop.causes}
    assert_in_order([descriptions[c] for c in by_branch], causes)
    assert_in_order([m.title for m in workshop.measures], section(paras, steps[Step.MEASURES]))
    assert_in_order([s.title for s in workshop.next_steps], section(paras, steps[Step.NEXT_STEPS]))
    assert_in_order([n.text for n in workshop.notes], section(paras, labels_for(language)["notes"]))
    dimensions = [
        pack.choice(pack.precondition_dimensions, p.dimension_id) for p in workshop.preconditions
    ]
    assert_in_order(
        [d.title.get(language) for d in dimensions], section(paras, steps[Step.PRECONDITIONS])
    )


def test_cause_tree_is_shown_by_indentation(pack: MethodPack, workshop: Workshop) -> None:
    causes = section(paragraphs(export(workshop, pack)), "Troliga orsaker")
    style_of = {
        c.description: next(p.style for p in causes if c.description in p.text)
        for c in workshop.causes
    }
    assert style_of["Dålig belysning och skymda platser i gångtunneln"] == "ListBullet"
    assert style_of["Trasig belysning lagas sent"] == "ListBullet2"
    assert style_of["Otydligt ansvar mellan kommun och bostadsbolag"] == "ListBullet3"
    texts = " ".join(p.text for p in causes)
    assert "Direkt orsak" in texts and "Bakomliggande orsak" in texts
    assert "Underlag: Trygghetsvandring maj 2026" in texts


@pytest.mark.parametrize("variant", VARIANTS)
def test_short_minutes_hold_prioritised_problems_causes_measures_and_next_steps(
    pack: MethodPack, workshop: Workshop, variant: str
) -> None:
    paras = paragraphs(export(workshop, pack, variant))
    body = [p.text for p in paras]
    prioritised = [p for p in workshop.problems if p.prioritised]
    details = (
        section(paras, "Prioriterade problem: orsaker och åtgärder")
        if variant == "short"
        else paras
    )
    for problem in prioritised:
        assert_in_order([problem.title], details)
        for cause in (c for c in workshop.causes if c.problem_id == problem.id):
            assert any(cause.description in t for t in body)
        for measure in (m for m in workshop.measures if m.problem_id == problem.id):
            assert any(measure.title in t for t in body)
    assert_in_order([s.title for s in workshop.next_steps], section(paras, "Nästa steg"))


def test_summary_names_priorities_causes_measures_owners_and_dates(
    pack: MethodPack, workshop: Workshop
) -> None:
    summary = section(paragraphs(export(workshop, pack, "short")), "Sammanfattning")
    text = "\n".join(p.text for p in summary)
    # Six of the seven indicators are assessed; the one never assessed is not "unknown".
    assert "Bedömda indikatorer: 6 – observerade: 4, inte observerade: 1, okända: 1" in text
    assert_in_order(
        [
            "1. Öppen narkotikahandel vid torget och i gångtunneln",
            "Huvudorsaker: Dålig belysning och skymda platser i gångtunneln; Unga rekryteras",
            "Åtgärder: Ny belysning i gångtunneln; Fältassistenter",
            "2. Olovlig andrahandsuthyrning",
            "Beställa ny belysning",
            "Exempelbostäder AB, Områdeschef",
            "2026-12-01",
            "Nästa uppföljning: 2027-02-15.",
        ],
        summary,
    )
    assert "Källarförråd används som samlingsplats" not in text  # not prioritised


def test_indicators_matrix_and_knowledge_gaps(pack: MethodPack, workshop: Workshop) -> None:
    document = export(workshop, pack)
    paras = paragraphs(document)
    indicators = section(paras, "Indikatorer")
    text = "\n".join(p.text for p in indicators)
    assert "Betydande" in text and "Ökar" in text and "Hög" in text
    assert (
        "Polisen, lokalpolisområde Exempelby: ärenden och handlingar, statistik eller register"
        in text
    )

    title = {
        i: pack.indicator(i).title.sv
        for i in ("common_spaces_taken_over", "many_registered_one_address")
    }
    gaps_start = next(i for i, p in enumerate(indicators) if p.text == "Kunskapsluckor")
    gaps = "\n".join(p.text for p in indicators[gaps_start:])
    assert title["common_spaces_taken_over"] in gaps  # observed, no source
    assert title["many_registered_one_address"] in gaps  # unknown, no source
    # Never assessed is "not assessed", not a gap: the same rule as the Indicators page.
    assert "Mopedåkning i gångtunneln kvällstid" not in gaps
    assert pack.indicator("pressure_on_caseworkers").title.sv not in gaps  # not observed

    # Short organisation names head the columns; the legend gives the full ones.
    matrix = next(t for t in document.tables if t.rows[0].cells[-1].text == "Exempelbos. AB")
    assert [c.text for c in matrix.rows[0].cells][2:] == [
        "Exempelby kommun",
        "Polisen",
        "Exempelbos. AB",
    ]
    assert (
        "Förkortningar: Polisen = Polisen, lokalpolisområde Exempelby; "
        "Exempelbos. AB = Exempelbostäder AB"
    ) in text
    drug_title = pack.indicator("open_drug_dealing").title.sv
    drugs = next(r.cells for r in matrix.rows if drug_title in r.cells[0].text + r.cells[1].text)
    assert [c.text for c in drugs[2:]] == [
        "",
        "Ärenden och handlingar, Statistik eller register",
        "Personalens iakttagelser",
    ]


def _orientation_after(document, table) -> WD_ORIENT:
    """Orientation of the section that holds ``table`` (its sectPr comes later in the body)."""
    for element in table._tbl.itersiblings():
        sect_pr = element.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
        if element.tag == qn("w:sectPr"):
            sect_pr = element
        if sect_pr is not None:
            size = sect_pr.find(qn("w:pgSz"))
            wide = int(size.get(qn("w:w"))) > int(size.get(qn("w:h")))
            return WD_ORIENT.LANDSCAPE if wide else WD_ORIENT.PORTRAIT
    raise AssertionError("no section properties after the table")


def test_matrices_and_measures_sit_on_landscape_pages(pack: MethodPack, workshop: Workshop) -> None:
    document = export(workshop, pack)
    orientations = [s.orientation for s in document.sections]
    assert orientations.count(WD_ORIENT.LANDSCAPE) == 2  # information matrix; measures step
    assert orientations[0] == orientations[-1] == WD_ORIENT.PORTRAIT
    for section_ in document.sections:
        if section_.orientation == WD_ORIENT.LANDSCAPE:
            assert section_.page_width > section_.page_height
    wide = {"Organisation 0", "Exempelby kommun"}
    for table in document.tables:
        header = [c.text for c in table.rows[0].cells]
        is_matrix = header[0] in ("Indikator", "Åtgärd") and wide & set(header)
        if is_matrix or ("Verkar på orsaker" in header and len(header) == 7):
            assert _orientation_after(document, table) == WD_ORIENT.LANDSCAPE, header
        if is_matrix:  # rows of short cells stay whole on one page
            assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in table.rows[1:])
    short = export(workshop, pack, "short")
    assert {s.orientation for s in short.sections} == {WD_ORIENT.PORTRAIT}


@pytest.mark.parametrize("variant", VARIANTS)
def test_tables_use_a_builtin_style_and_repeat_their_header_row(
    pack: MethodPack, workshop: Workshop, variant: str
) -> None:
    document = export(workshop, pack, variant)
    assert document.tables
    for table in document.tables:
        assert table.style.name == "Table Grid"
        first, *rest = table.rows
        assert first._tr.trPr is not None and first._tr.trPr.find(qn("w:tblHeader")) is not None
        assert all(r._tr.trPr is None or r._tr.trPr.find(qn("w:tblHeader")) is None for r in rest)


def test_precondition_ratings_and_values_are_words(pack: MethodPack, workshop: Workshop) -> None:
    paras = section(paragraphs(export(workshop, pack)), "Organisatoriska förutsättningar")
    text = "\n".join(p.text for p in paras)
    for level in pack.rating_scale:
        assert f"{level.value} – {level.title.sv}" in text
    assert "Inte bedömd" in text  # the 11th dimension has no rating
    assert "Polisen, lokalpolisområde Exempelby" in text  # a dimension for one organisation


@pytest.mark.parametrize("language", LANGUAGES)
def test_footer_has_page_numbers_and_export_date_and_language_is_tagged(
    pack: MethodPack, language: Language
) -> None:
    data = minutes_bytes(realistic_workshop(language), pack, exported_at=EXPORTED_AT)
    footers = [n for n in all_parts(data) if n.startswith("word/footer")]
    footer = package_part(data, footers[0])
    assert 'w:instr=" PAGE "' in footer and 'w:instr=" NUMPAGES "' in footer
    # Dated by the last meeting held (2026-11-03), not by the day of export (2026-11-20).
    assert "2026-11-03" in footer and "2026-11-20" not in footer
    tag = {"sv": "sv-SE", "en": "en-GB"}[language]
    assert f'<w:lang w:val="{tag}"' in package_part(data, "word/styles.xml")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("variant", VARIANTS)
def test_empty_workshop_says_so_in_every_section(
    pack: MethodPack, variant: str, language: Language
) -> None:
    document = export(Workshop(id="empty", title="Tom workshop", language=language), pack, variant)
    paras = [p for p in paragraphs(document) if p.text.strip()]
    h1 = [i for i, p in enumerate(paras) if p.style == "Heading1"]
    for start, end in zip(h1, [*h1[1:], len(paras)], strict=True):
        assert end - start > 1, f"section {paras[start].text!r} is empty"
    text = "\n".join(p.text for p in paras)
    labels = labels_for(language)
    assert labels["no_next_steps"] in text and labels["no_meetings"] in text
    if language == Language.SV and variant == "full":
        assert "Inga problem har registrerats." in text
        assert "Inga anteckningar har gjorts." in text


def test_unknown_variant_is_refused(pack: MethodPack, workshop: Workshop) -> None:
    with pytest.raises(ValueError, match="variant"):
        build_minutes(workshop, pack, variant="long")  # type: ignore[arg-type]


def test_both_languages_have_every_label() -> None:
    assert labels_for("sv").keys() == labels_for("en").keys()
    assert labels_for("xx") is labels_for("sv")


def test_cover_lists_meetings_and_participants_by_organisation(
    pack: MethodPack, workshop: Workshop
) -> None:
    guest = Participant("d9", "Maja Holm", "Observatör")  # belongs to no organisation
    paras = paragraphs(
        export(replace(workshop, participants=(*workshop.participants, guest)), pack)
    )
    meetings = section(paras, "Möten")
    assert_in_order(["2026-10-06", "09:00–12:30", "Kommunhuset, sal Ekbacken"], meetings)
    assert_in_order(["2026-11-03", "13:00–16:00", "Norrbacka medborgarkontor"], meetings)
    assert_in_order(["Åtgärderna stämdes av med fastighetsägaren."], meetings)
    # The minutes record the last meeting held: its attendees, then the others as absent.
    assert_in_order(
        [
            "Exempelby kommun",
            "Kim Andersson, Trygghetssamordnare, processledare",
            "Polisen, lokalpolisområde Exempelby",
            "Ali Hassan, Kommunpolis",
            "Exempelbostäder AB",
            "Eva Berg, Områdeschef",
            "Jonas Ek, Bovärd",
            "Frånvarande",
            "Exempelby kommun",
            "Sara Lind, Enhetschef socialtjänsten",
            "Utan organisation",
            "Maja Holm, Observatör",
        ],
        section(paras, "Närvarande"),
    )


def test_deep_cause_trees_keep_indenting(pack: MethodPack, workshop: Workshop) -> None:
    chain = tuple(
        Cause(f"d{i}", "p3", f"Nivå {i}", parent_id=f"d{i - 1}" if i else None) for i in range(6)
    )
    document = export(replace(workshop, causes=(*workshop.causes, *chain)), pack)
    body = document.element.body
    indents = []
    for i in range(6):
        p = next(p for p in body.iter(qn("w:p")) if "".join(p.itertext()).startswith(f"Nivå {i} "))
        ind = p.find(f"{qn('w:pPr')}/{qn('w:ind')}")
        indents.append(int(ind.get(qn("w:left"))) if ind is not None else 0)
    assert indents[:3] == [0, 0, 0]  # List Bullet, List Bullet 2, List Bullet 3 carry the indent
    assert indents[3] < indents[4] < indents[5]
