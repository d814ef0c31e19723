"""The minutes open in LibreOffice: a headless conversion to PDF succeeds."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import require
from tests.unit.export.factories import EXPORTED_AT
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Workshop
from workshop_app.export import write_minutes


@pytest.mark.libreoffice
@pytest.mark.slow
def test_libreoffice_converts_the_minutes_to_pdf(
    tmp_path: Path, workshop: Workshop, pack: MethodPack
) -> None:
    require(shutil.which("soffice") is not None, "LibreOffice is not installed")
    source = tmp_path / "Minnesanteckningar Norrbacka.docx"
    write_minutes(source, workshop, pack, exported_at=EXPORTED_AT)
    out = tmp_path / "pdf"
    profile = (tmp_path / "lo-profile").as_uri()
    command = [
        "soffice", f"-env:UserInstallation={profile}", "--headless",
        "--convert-to", "pdf", "--outdir", str(out), str(source),
    ]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True, timeout=180)
    pdf = out / "Minnesanteckningar Norrbacka.pdf"
    assert pdf.exists() and pdf.stat().st_size > 10_000
    assert pdf.read_bytes().startswith(b"%PDF")
