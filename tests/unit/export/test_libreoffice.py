"""Every document opens in LibreOffice: converted to PDF, matrices read whole, pages looked at.

Page images (60 dpi) of every variant of the example and of the benchmark's large workshop go
to ``build/documents/`` – to be looked at as the officer who files them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from benchmarks.generator import large_workshop as benchmark_workshop
from tests.conftest import REPO_ROOT, require
from tests.unit.export.factories import EXPORTED_AT, realistic_workshop
from tests.unit.export.test_record_fields import with_records
from workshop_app.domain import information_matrix
from workshop_app.domain.enums import IndicatorStatus
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Workshop
from workshop_app.export import write_minutes
from workshop_app.export.labels import SV
from workshop_app.export.options import VARIANTS, ExportOptions

BUILD = REPO_ROOT / "build" / "documents"
OPTIONS = ExportOptions(
    registration_number="KS 2026/0412",
    classification="Kan innehålla uppgifter som omfattas av sekretess",
)
LARGE_PAGES_SHOWN = 30  # page images of the large workshop's documents (they run to hundreds)
pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]


def _convert(sources: list[Path], out: Path, profile: Path) -> None:
    command = [
        "soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
        "--convert-to", "pdf", "--outdir", str(out), *map(str, sources),
    ]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True, timeout=900)


def _page_images(pdf: Path, last: int | None) -> None:
    BUILD.mkdir(parents=True, exist_ok=True)
    for old in BUILD.glob(f"{pdf.stem}-*.png"):
        old.unlink()
    command = ["pdftoppm", "-r", "60", "-png", str(pdf), str(BUILD / pdf.stem)]
    if last is not None:
        command[1:1] = ["-l", str(last)]
    subprocess.run(command, check=True, capture_output=True, timeout=600)


def _export_all(workshops: dict[str, Workshop], pack: MethodPack, folder: Path) -> list[Path]:
    sources = []
    for name, workshop in workshops.items():
        for variant in VARIANTS:
            path = folder / f"{name}-{variant}.docx"
            write_minutes(
                path, workshop, pack, variant=variant, exported_at=EXPORTED_AT, options=OPTIONS
            )
            sources.append(path)
    return sources


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory, pack: MethodPack) -> dict[str, str]:
    """pdftotext of every variant of both workshops, by ``<workshop>-<variant>``."""
    require(shutil.which("soffice") is not None, "LibreOffice is not installed")
    require(shutil.which("pdftotext") is not None, "poppler-utils is not installed")
    folder = tmp_path_factory.mktemp("documents")
    sources = _export_all(
        # The example with the record fields set: logo, note-taker, bilagor, sändlista.
        {"example": with_records(realistic_workshop()), "large": benchmark_workshop()},
        pack,
        folder,
    )
    _convert(sources, folder / "pdf", folder / "lo-profile")
    texts = {}
    for source in sources:
        pdf = folder / "pdf" / f"{source.stem}.pdf"
        assert pdf.read_bytes().startswith(b"%PDF"), pdf
        if shutil.which("pdftoppm"):
            _page_images(pdf, LARGE_PAGES_SHOWN if source.stem.startswith("large") else None)
        done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True)
        texts[source.stem] = done.stdout.decode("utf-8")
    return texts


def _between(text: str, start: str, end: str) -> str:
    begin = text.index(f"\n{start}\n")
    return text[begin : text.index(f"\n{end}\n", begin)]


def _whole(word: str, text: str) -> int:
    return len(re.findall(rf"(?<!\w){word}(?!\w)", text))


def test_every_variant_converts_and_no_page_is_empty(pdfs: dict[str, str]) -> None:
    assert sorted(pdfs) == sorted(f"{w}-{v}" for w in ("example", "large") for v in VARIANTS)
    for name, text in pdfs.items():
        pages = text.split("\f")[:-1]
        assert pages, name
        for number, page in enumerate(pages, start=1):
            body = [
                line
                for line in page.splitlines()
                if line.strip()
                and not line.startswith(("Dnr ", "Norrbacka hösten 2026 · "))
                and " · Sida " not in line
            ]
            assert body, f"{name}: page {number} holds nothing but header and footer"


@pytest.mark.parametrize("name", ["example", "large"])
def test_matrix_status_words_are_whole_in_the_pdf(
    pdfs: dict[str, str], pack: MethodPack, name: str
) -> None:
    workshop = realistic_workshop() if name == "example" else benchmark_workshop()
    rows = information_matrix.matrix_rows(workshop, information_matrix.catalog_order(pack))
    region = _between(pdfs[f"{name}-full"], "Informationsmatris", "Kunskapsluckor")
    parts = re.search(r"Del 1 av (\d+)", region)
    repeats = int(parts.group(1)) if parts else 1  # each part repeats the fixed columns
    observed = sum(1 for r in rows if r.status == IndicatorStatus.OBSERVED)
    unknown = sum(1 for r in rows if r.status == IndicatorStatus.UNKNOWN)
    assert observed and unknown
    # A status word broken inside its cell ("Observera" / "d") would not count.
    assert _whole("Observerad", region) == observed * repeats
    assert _whole("Okänt", region) == unknown * repeats


def test_partner_matrix_role_words_are_whole_in_the_pdf(
    pdfs: dict[str, str], workshop: Workshop
) -> None:
    region = _between(pdfs["example-full"], "Samverkansmatris", "Organisatoriska förutsättningar")
    leads = sum(1 for m in workshop.measures if m.lead_organisation_id)
    partners = sum(len(m.partner_organisation_ids) for m in workshop.measures)
    assert _whole(SV["role_lead"], region) == leads
    assert _whole(SV["role_partner"], region) == partners


def test_short_organisation_names_are_explained(pdfs: dict[str, str]) -> None:
    text = " ".join(pdfs["example-full"].split())
    assert "Förkortningar: Polisen = Polisen, lokalpolisområde Exempelby" in text


def test_the_record_fields_are_on_the_cover_and_at_the_end(pdfs: dict[str, str]) -> None:
    for variant in ("full", "short"):
        pages = pdfs[f"example-{variant}"].split("\f")[:-1]
        assert "Antecknat av: Trygghetssamordnare, Exempelby kommun" in pages[0]
        end = pages[-1][pages[-1].index("Bilagor") :]
        assert "Bilaga 1: Lägesbild Norrbacka 2026" in end
        assert end.index("Sändlista") < end.index("Polisen") < end.index("Om metoden")
    for variant in ("situation", "action-plan"):
        assert "Sändlista" not in pdfs[f"example-{variant}"]
