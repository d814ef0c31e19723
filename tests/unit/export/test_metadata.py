"""Document properties are set explicitly: no python-docx traces, no template dates."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from tests.unit.export.factories import EXPORTED_AT
from tests.unit.export.reading import all_parts, package_part
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Workshop
from workshop_app.export import minutes_bytes


def _element(xml: str, tag: str) -> str:
    match = re.search(rf"<{tag}(?: [^>]*)?>([^<]*)</{tag}>", xml)
    return match.group(1) if match else ""


@pytest.mark.parametrize("variant", ["full", "short"])
def test_core_and_app_properties(pack: MethodPack, workshop: Workshop, variant: str) -> None:
    data = minutes_bytes(workshop, pack, variant=variant, exported_at=EXPORTED_AT)
    core = package_part(data, "docProps/core.xml")
    app = package_part(data, "docProps/app.xml")
    for xml in (core, app):
        assert "python-docx" not in xml and "2013" not in xml
    assert _element(core, "dc:creator") == "Exempelby kommun"
    assert _element(core, "cp:lastModifiedBy") == "Exempelby kommun"
    assert _element(core, "dc:title") == workshop.title
    assert _element(core, "dc:subject") == pack.title.sv
    assert _element(core, "cp:revision") == "1"
    assert _element(core, "dcterms:created") == "2026-11-20T15:05:00Z"  # 16:05 CET in UTC
    assert _element(core, "dcterms:modified") == "2026-11-20T15:05:00Z"
    for empty in ("dc:description", "cp:keywords", "cp:category"):
        assert _element(core, empty) == ""
    assert _element(app, "Application") == "Workshopstöd"
    assert _element(app, "Company") == "Exempelby kommun"


def test_no_part_of_the_package_mentions_python_docx(pack: MethodPack, workshop: Workshop) -> None:
    parts = all_parts(minutes_bytes(workshop, pack, exported_at=EXPORTED_AT))
    assert not [name for name, blob in parts.items() if b"python-docx" in blob]
    assert not [n for n in parts if "thumbnail" in n or n.startswith("customXml")]


def test_author_falls_back_to_the_app_name(pack: MethodPack, workshop: Workshop) -> None:
    data = minutes_bytes(replace(workshop, municipality=""), pack, exported_at=EXPORTED_AT)
    core = package_part(data, "docProps/core.xml")
    assert _element(core, "dc:creator") == "Workshopstöd"
    assert _element(core, "cp:lastModifiedBy") == "Workshopstöd"


def test_export_time_defaults_to_now(pack: MethodPack, workshop: Workshop) -> None:
    core = package_part(minutes_bytes(workshop, pack, variant="short"), "docProps/core.xml")
    assert int(_element(core, "dcterms:created")[:4]) >= 2025
