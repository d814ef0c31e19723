"""The shipped example (with a held follow-up meeting) opens in LibreOffice with its chart.

The full minutes and the situation report are converted to PDF; their page images go to
``build/documents/`` (``solbacken-*``) to be looked at as the officer who files them.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, require
from tests.unit.export.factories import EXPORTED_AT
from workshop_app.domain.follow_up import meetings_in_order
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Workshop
from workshop_app.domain.resources import resource_path
from workshop_app.domain.workshop_file import parse_workshop_document
from workshop_app.export import write_minutes

BUILD = REPO_ROOT / "build" / "documents"
pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]


def _solbacken(pack: MethodPack) -> Workshop:
    raw = resource_path("examples", "exempel-solbacken.workshop.json").read_bytes()
    return parse_workshop_document(raw, known_indicator_ids={i.id for i in pack.indicators})


@pytest.fixture(scope="module")
def pdf_texts(tmp_path_factory: pytest.TempPathFactory, pack: MethodPack) -> dict[str, str]:
    require(shutil.which("soffice") is not None, "LibreOffice is not installed")
    require(shutil.which("pdftotext") is not None, "poppler-utils is not installed")
    workshop = _solbacken(pack)
    assert meetings_in_order(workshop), "the example must hold a follow-up meeting"
    folder = tmp_path_factory.mktemp("solbacken")
    sources = []
    for variant in ("full", "situation"):
        path = folder / f"solbacken-{variant}.docx"
        write_minutes(path, workshop, pack, variant=variant, exported_at=EXPORTED_AT)
        sources.append(path)
    profile = (folder / "lo-profile").as_uri()
    command = [
        "soffice", f"-env:UserInstallation={profile}", "--headless",
        "--convert-to", "pdf", "--outdir", str(folder), *map(str, sources),
    ]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True, timeout=600)
    texts = {}
    for source in sources:
        pdf = folder / f"{source.stem}.pdf"
        assert pdf.read_bytes().startswith(b"%PDF"), pdf
        if shutil.which("pdftoppm"):
            _page_images(pdf)
        done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True)
        texts[source.stem] = done.stdout.decode("utf-8")
    return texts


def _page_images(pdf: Path) -> None:
    BUILD.mkdir(parents=True, exist_ok=True)
    for old in BUILD.glob(f"{pdf.stem}-*.png"):
        old.unlink()
    command = ["pdftoppm", "-r", "60", "-png", str(pdf), str(BUILD / pdf.stem)]
    subprocess.run(command, check=True, capture_output=True, timeout=300)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_full_minutes_hold_the_chart_beside_the_changes(pdf_texts: dict[str, str]) -> None:
    text = _flat(pdf_texts["solbacken-full"])
    since = text.index("Förändringar sedan förra mötet")
    chart = text.index("Indikatorer per möte", since)
    assert since < text.index("Indikatorer som bedömts på nytt", since) < chart
    assert chart < text.index("Åtgärdsplanen", chart) < text.index("Måluppfyllelse", chart)
    assert "av de 13 indikatorer" in text


def test_the_situation_report_holds_the_changes_since_the_baseline(
    pdf_texts: dict[str, str],
) -> None:
    text = _flat(pdf_texts["solbacken-situation"])
    start = text.index("Förändringar sedan utgångsläget")
    order = [
        "vid uppföljningsmötet 2026-12-10",
        "Indikatorer per möte",
        "Indikatorer: utgångsläge och nuläge",
        "Öppen narkotikahandel",
        "Trapphus, källare och gemensamma utrymmen tas över",
        "↓ mindre",
        "Måluppfyllelse per prioriterat problem",
        "På väg",
        "Inte påbörjat",
        "Kunskapsluckor",
    ]
    positions = [text.index(word, start) for word in order]
    assert positions == sorted(positions)


@pytest.mark.parametrize("variant", ["full", "situation"])
def test_long_organisation_names_in_the_sources_are_never_broken(
    pdf_texts: dict[str, str], variant: str
) -> None:
    """The observed indicators' sources name organisations like "…kommunledningsförvaltningen":
    a portrait column cannot hold that word, so the table goes on landscape pages instead."""
    lines = [line.strip() for line in pdf_texts[f"solbacken-{variant}"].splitlines()]
    assert any("kommunledningsförvaltningen:" in line for line in lines)
    broken = [line for line in lines if line.endswith(("kommunledningsförv", "förvalt"))]
    assert broken == []
