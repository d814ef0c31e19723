"""The minutes' record fields read back from the .docx: logo, note-taker, bilagor, sändlista."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime

import pytest
from docx.oxml.ns import qn
from PIL import Image

from tests.unit.export.factories import CET, EXPORTED_AT
from tests.unit.export.reading import assert_in_order, headings, paragraphs, reopen, section
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Attachment, Logo, Recipient, Workshop
from workshop_app.export import minutes_bytes
from workshop_app.export.options import ExportOptions

_EMU_PER_PT = 12_700


def png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (0, 84, 150)).save(buffer, "PNG")
    return buffer.getvalue()


def with_records(workshop: Workshop) -> Workshop:
    notes = workshop.notes
    resolved = datetime(2026, 11, 3, 15, 40, tzinfo=CET)
    return replace(
        workshop,
        note_taker="Trygghetssamordnare, Exempelby kommun",
        logo=Logo("image/png", png(600, 150)),
        attachments=(Attachment("b1", "Lägesbild Norrbacka 2026"), Attachment("b2", "Karta")),
        distribution=(Recipient("s1", "Styrgruppen för trygghet"), Recipient("s2", "Polisen")),
        notes=(replace(notes[0], resolved_at=resolved), *notes[1:]),
    )


def pictures(data: bytes) -> list[tuple[str, float, float]]:
    """(alternative text, width pt, height pt) of every inline picture, in body order."""
    body = reopen(data).element.body
    found = []
    for inline in body.iter(qn("wp:inline")):
        extent = inline.find(qn("wp:extent"))
        descr = inline.find(qn("wp:docPr")).get("descr")
        cx, cy = int(extent.get("cx")), int(extent.get("cy"))
        found.append((descr, cx / _EMU_PER_PT, cy / _EMU_PER_PT))
    return found


@pytest.mark.parametrize("variant", ["full", "short"])
def test_the_minutes_carry_every_record_field(
    pack: MethodPack, workshop: Workshop, variant: str
) -> None:
    assert workshop.notes, "the realistic workshop parks notes"
    data = minutes_bytes(with_records(workshop), pack, variant=variant, exported_at=EXPORTED_AT)
    paras = paragraphs(reopen(data))
    texts = [p.text for p in paras]
    # The logo heads the cover, in proportion inside its 160 × 60 pt box.
    logo = pictures(data)[0]
    assert logo[0] == "Logotyp"
    assert logo[1] == pytest.approx(160, abs=0.5) and logo[2] == pytest.approx(40, abs=0.5)
    title = texts.index(workshop.title)
    assert not any(p.text for p in paras[:title] if p.style != "")  # nothing styled before it
    assert "Antecknat av: Trygghetssamordnare, Exempelby kommun" in texts[:40]
    assert [p.text for p in section(paras, "Bilagor") if p.text] == [
        "Bilaga 1: Lägesbild Norrbacka 2026",
        "Bilaga 2: Karta",
    ]
    distribution = section(paras, "Sändlista")
    assert [p.text for p in distribution if p.text] == ["Styrgruppen för trygghet", "Polisen"]
    assert all(p.style.startswith("List") for p in distribution if p.text)
    # At the end: after the body, before the note on the method.
    assert_in_order(["Förslag till styrgruppen", "Bilagor", "Sändlista", "Om metoden"], paras)


def test_a_resolved_note_says_so_in_the_parking_lot(pack: MethodPack, workshop: Workshop) -> None:
    data = minutes_bytes(with_records(workshop), pack, exported_at=EXPORTED_AT)
    texts = [p.text for p in section(paragraphs(reopen(data)), "Parkerat")]
    first = workshop.notes[0].text
    assert next(t for t in texts if t.startswith(first)).endswith("löst 2026-11-03 15:40)")
    others = [t for t in texts if "löst" in t]
    assert len(others) == 1


def test_empty_record_fields_leave_no_trace(pack: MethodPack, workshop: Workshop) -> None:
    data = minutes_bytes(workshop, pack, exported_at=EXPORTED_AT)
    document = reopen(data)
    texts = [p.text for p in paragraphs(document)]
    assert "Bilagor" not in headings(document, 1) and "Sändlista" not in headings(document, 1)
    assert not [t for t in texts if t.startswith("Antecknat av")]
    assert not [p for p in pictures(data) if p[0] == "Logotyp"]


@pytest.mark.parametrize("variant", ["situation", "action-plan"])
def test_the_plans_have_the_logo_but_not_the_minutes_fields(
    pack: MethodPack, workshop: Workshop, variant: str
) -> None:
    data = minutes_bytes(with_records(workshop), pack, variant=variant, exported_at=EXPORTED_AT)
    document = reopen(data)
    assert pictures(data)[0][0] == "Logotyp"
    assert "Bilagor" not in headings(document, 1) and "Sändlista" not in headings(document, 1)


def test_roles_only_keeps_names_out_of_present_and_absent(
    pack: MethodPack, workshop: Workshop
) -> None:
    options = ExportOptions(roles_only=True)
    data = minutes_bytes(with_records(workshop), pack, exported_at=EXPORTED_AT, options=options)
    paras = paragraphs(reopen(data))
    texts = "\n".join(p.text for p in paras)
    for participant in workshop.participants:
        assert participant.name not in texts
    # The last meeting (2026-11-03) was without Sara Lind: she is absent, by role only.
    absent = [p.text for p in paras[[p.text for p in paras].index("Frånvarande") :][:6]]
    assert "Enhetschef socialtjänsten" in absent


def test_a_damaged_logo_is_left_out_not_fatal(pack: MethodPack, workshop: Workshop) -> None:
    damaged = replace(with_records(workshop), logo=Logo("image/png", png(60, 20)[:40]))
    data = minutes_bytes(damaged, pack, exported_at=EXPORTED_AT)
    assert not [p for p in pictures(data) if p[0] == "Logotyp"]
    assert "Antecknat av: Trygghetssamordnare, Exempelby kommun" in [
        p.text for p in paragraphs(reopen(data))
    ]
