"""The Excel workbook officers track actions in: action plan, information and partner matrices.

Each sheet has one header row (bold, frozen, with an autofilter) and one row per item, in the
workshop's order; dates are real dates. Written with openpyxl, atomically, in the workshop's
language, with the document properties set explicitly.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from workshop_app.domain import action_plan, clock, information_matrix
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Workshop
from workshop_app.domain.partner_matrix import Role
from workshop_app.domain.partner_matrix import matrix as partner_roles
from workshop_app.export.atomic import write_file
from workshop_app.export.context import ExportContext
from workshop_app.export.options import ExportOptions
from workshop_app.export.text import clean_text, join_items

_HEADER_FILL = PatternFill("solid", fgColor="DBE5F1")
_MAX_WIDTH = 60  # characters; longer text wraps
_MAX_CELL = 32_767  # Excel's limit of characters in a cell


def _value(value: object) -> object:
    if isinstance(value, str):
        return clean_text(value)[:_MAX_CELL]
    return value


def _sheet(ws: Worksheet, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    ws.append([_value(h) for h in headers])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    for row in rows:
        ws.append([_value(v) for v in row])
    widths = []
    for index, header in enumerate(headers, start=1):
        longest = max([len(str(header)), *(len(str(r[index - 1] or "")) for r in rows)])
        widths.append(min(_MAX_WIDTH, longest + 2))
        ws.column_dimensions[get_column_letter(index)].width = widths[-1]
    # Styles cost openpyxl a lookup per cell: only what needs one gets one – a date its
    # format, a text longer than its column wrapping (one shared Alignment).
    wrap = Alignment(vertical="top", wrap_text=True)
    for row in ws.iter_rows(min_row=2):
        for cell, width in zip(row, widths, strict=True):
            value = cell.value
            if isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(value, str) and len(value) > width:
                cell.alignment = wrap
    ws.freeze_panes = "B2"  # the header row and the first column stay in view
    last = get_column_letter(len(headers))
    ws.auto_filter.ref = f"A1:{last}{max(1, len(rows) + 1)}"


def _action_plan(ctx: ExportContext) -> tuple[list[str], list[list[object]]]:
    """One row per next step (earliest due first), with its measure and problem."""
    problems = {p.id: p.title for p in ctx.workshop.problems}
    headers = [
        ctx.t(k)
        for k in (
            "col_next_step",
            "col_measure",
            "col_problem",
            "col_owner_organisation",
            "col_owner_role",
            "col_due",
            "col_status",
            "col_steering_group",
        )
    ]
    rows: list[list[object]] = []
    for step in action_plan.by_due_date(ctx.workshop.next_steps):
        linked = [ctx.measures[m] for m in step.measure_ids if m in ctx.measures]
        rows.append(
            [
                step.title,
                join_items(m.title for m in linked),
                join_items(dict.fromkeys(problems.get(m.problem_id, "") for m in linked)),
                ctx.org_name(step.owner_organisation_id),
                step.owner_role,
                step.due_date,
                ctx.word("status", step.status.value),
                ctx.yes_no(step.to_steering_group),
            ]
        )
    return headers, rows


def _measures(ctx: ExportContext) -> tuple[list[str], list[list[object]]]:
    problems = {p.id: p.title for p in ctx.workshop.problems}
    keys = (
        "col_measure",
        "col_problem",
        "col_measure_kind",
        "col_horizon",
        "col_phase",
        "col_lead",
        "col_partners",
        "resources",
        "follow_up",
        "col_prioritised",
    )
    rows: list[list[object]] = [
        [
            m.title,
            problems.get(m.problem_id, ""),
            ctx.choice(ctx.pack.measure_kinds, m.kind.value),
            ctx.word("horizon", m.horizon and m.horizon.value),
            ctx.choice(ctx.pack.phases, int(m.phase)) if m.phase is not None else "",
            ctx.org_name(m.lead_organisation_id),
            join_items((ctx.org_name(o) for o in m.partner_organisation_ids), ", "),
            m.resources,
            m.follow_up,
            ctx.yes_no(m.prioritised),
        ]
        for m in action_plan.measures_in_plan_order(ctx.workshop.measures, ctx.workshop.problems)
    ]
    return [ctx.t(k) for k in keys], rows


def _information(ctx: ExportContext) -> tuple[list[str], list[list[object]]]:
    kinds = {s.id: ctx.text(s.title) for s in ctx.pack.source_types}
    order = information_matrix.catalog_order(ctx.pack)
    rows: list[list[object]] = [
        [
            ctx.indicator_title(row.indicator),
            ctx.indicator_group(row.indicator),
            ctx.status(row.status),
            ctx.yes_no(row.gap),
            *(", ".join(kinds.get(k.value, k.value) for k in cell) for cell in row.cells),
        ]
        for row in information_matrix.matrix_rows(ctx.workshop, order)
    ]
    headers = [ctx.t(k) for k in ("col_indicator", "col_group", "col_assessment", "col_gap")]
    return headers + [o.name for o in ctx.workshop.organisations], rows


def _partners(ctx: ExportContext) -> tuple[list[str], list[list[object]]]:
    organisations = ctx.workshop.organisations
    words = {Role.LEAD: ctx.t("role_lead"), Role.PARTNER: ctx.t("role_partner"), Role.NONE: ""}
    measures = action_plan.measures_in_plan_order(ctx.workshop.measures, ctx.workshop.problems)
    rows: list[list[object]] = [
        [m.title, *(words[r] for r in roles)]
        for m, roles in zip(measures, partner_roles(measures, organisations), strict=True)
    ]
    return [ctx.t("col_measure"), *(o.name for o in organisations)], rows


def workbook_bytes(
    workshop: Workshop,
    pack: MethodPack,
    *,
    exported_at: datetime | None = None,
    options: ExportOptions | None = None,
) -> bytes:
    ctx = ExportContext(workshop, pack, exported_at or clock.now(), options or ExportOptions())
    book = Workbook()
    sheets = (
        ("sheet_action_plan", _action_plan),
        ("sheet_measures", _measures),
        ("sheet_information", _information),
        ("sheet_partners", _partners),
    )
    for index, (key, build) in enumerate(sheets):
        ws = book.create_sheet() if index else book.worksheets[0]
        ws.title = ctx.t(key)[:31]
        headers, rows = build(ctx)
        _sheet(ws, headers, rows)
    props = book.properties
    props.creator = props.lastModifiedBy = workshop.municipality.strip() or "Workshopstöd"
    props.title = clean_text(workshop.title)[:255]
    props.subject = ctx.t("action_plan")
    props.description = ctx.options.classification.strip() or None
    props.identifier = ctx.options.registration_number.strip() or None
    stamp = ctx.exported_at.astimezone(UTC).replace(tzinfo=None)
    props.created = props.modified = stamp
    props.language = {"sv": "sv-SE", "en": "en-GB"}.get(ctx.language, "sv-SE")
    buffer = io.BytesIO()
    book.save(buffer)
    return _clean_package(buffer.getvalue(), stamp)


_APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    b"<Application>Workshopst\xc3\xb6d</Application><DocSecurity>0</DocSecurity></Properties>"
)


def _clean_package(data: bytes, stamp: datetime) -> bytes:
    """openpyxl names itself in app.xml and stamps "modified" at saving: set both to ours."""
    modified = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            blob = source.read(info)
            if info.filename == "docProps/app.xml":
                blob = _APP_XML
            elif info.filename == "docProps/core.xml":
                blob = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + modified + rb"\g<2>",
                    blob,
                )
            target.writestr(info, blob)
    return out.getvalue()


def write_workbook(
    path: Path,
    workshop: Workshop,
    pack: MethodPack,
    *,
    exported_at: datetime | None = None,
    options: ExportOptions | None = None,
) -> None:
    """Build the workbook and write it atomically (0600 for a new file)."""
    write_file(Path(path), workbook_bytes(workshop, pack, exported_at=exported_at, options=options))
