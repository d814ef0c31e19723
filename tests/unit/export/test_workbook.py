"""The Excel workbook: sheets with real headers, filters, frozen panes, rows in order."""

from __future__ import annotations

import io
import stat
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.unit.export.factories import EXPORTED_AT, realistic_workshop
from workshop_app.domain import action_plan
from workshop_app.domain.enums import Language
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Workshop
from workshop_app.export.labels import SV
from workshop_app.export.options import ExportOptions
from workshop_app.export.workbook import workbook_bytes, write_workbook


def _book(workshop: Workshop, pack: MethodPack, **kwargs):
    data = workbook_bytes(workshop, pack, exported_at=EXPORTED_AT, **kwargs)
    return load_workbook(io.BytesIO(data))


def test_sheets_have_headers_filters_and_frozen_panes(pack: MethodPack, workshop: Workshop) -> None:
    book = _book(workshop, pack)
    assert book.sheetnames == ["Åtgärdsplan", "Åtgärder", "Informationsmatris", "Samverkansmatris"]
    for ws in book.worksheets:
        assert ws.freeze_panes == "B2"
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
        assert all(cell.font.bold for cell in ws[1])
    plan = book["Åtgärdsplan"]
    assert [c.value for c in plan[1]] == [
        "Nästa steg", "Åtgärd", "Problem", "Ansvarig organisation", "Ansvarig roll",
        "Klart senast", "Status", "Till styrgruppen",
    ]  # fmt: skip
    expected = action_plan.by_due_date(workshop.next_steps)
    titles = [row[0].value for row in plan.iter_rows(min_row=2)]
    assert titles == [s.title for s in expected]
    dues = [row[5].value for row in plan.iter_rows(min_row=2)]
    assert [d.date() if d else None for d in dues] == [s.due_date for s in expected]
    assert dues[0] is None or isinstance(dues[0].date(), date)


def test_matrices_follow_the_workshop(pack: MethodPack, workshop: Workshop) -> None:
    book = _book(workshop, pack)
    info = book["Informationsmatris"]
    header = [c.value for c in info[1]]
    assert header[4:] == [o.name for o in workshop.organisations]
    drugs = next(
        r for r in info.iter_rows(min_row=2, values_only=True) if r[0] == "Öppen narkotikahandel"
    )
    assert drugs[2] == "Observerad"
    assert drugs[4:] == (
        None,
        "Ärenden och handlingar, Statistik eller register",
        "Personalens iakttagelser",
    )
    partners = book["Samverkansmatris"]
    rows = {r[0]: r[1:] for r in partners.iter_rows(min_row=2, values_only=True)}
    lead, partner = SV["role_lead"], SV["role_partner"]
    assert rows["Fältassistenter och vuxenvandring fredagar"] == (lead, partner, partner)
    leads = sum(1 for r in rows.values() for v in r if v == lead)
    assert leads == sum(1 for m in workshop.measures if m.lead_organisation_id)


def test_english_workshop_gets_english_sheets(pack: MethodPack) -> None:
    book = _book(realistic_workshop(Language.EN), pack)
    assert book.sheetnames == ["Action plan", "Measures", "Information matrix", "Partner matrix"]


def test_properties_are_set_explicitly(pack: MethodPack, workshop: Workshop) -> None:
    options = ExportOptions(registration_number="KS 2026/12", classification="Sekretess")
    book = _book(workshop, pack, options=options)
    props = book.properties
    assert props.creator == "Exempelby kommun" and props.title == workshop.title
    assert props.identifier == "KS 2026/12" and props.description == "Sekretess"
    assert "openpyxl" not in (props.creator or "") + (props.lastModifiedBy or "")
    assert props.modified == props.created  # the export time, not the moment openpyxl saved
    data = workbook_bytes(workshop, pack, exported_at=EXPORTED_AT)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            assert b"openpyxl" not in archive.read(name).lower(), name
        assert b"<Application>Workshopst\xc3\xb6d</Application>" in archive.read("docProps/app.xml")


@pytest.mark.skipif(not hasattr(stat, "S_IMODE"), reason="POSIX modes")
def test_written_atomically_and_private(
    tmp_path: Path, pack: MethodPack, workshop: Workshop
) -> None:
    target = tmp_path / "plan.xlsx"
    write_workbook(target, workshop, pack, exported_at=EXPORTED_AT)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["plan.xlsx"]
