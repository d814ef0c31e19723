"""Each prioritised problem's fishbone as a picture: crisp, described, drawn from the layout."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image

from tests.unit.export.factories import EXPORTED_AT
from tests.unit.export.reading import all_parts
from workshop_app.domain.enums import Branch
from workshop_app.domain.fishbone_layout import layout_fishbone
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Workshop
from workshop_app.export import minutes_bytes
from workshop_app.export.fishbone_picture import fishbone_png

_EMU_PER_INCH = 914_400


def _pictures(data: bytes) -> list[tuple[Image.Image, int, int, str]]:
    """(image, shown width and height in EMU, alternative text) per picture, in body order."""
    parts = all_parts(data)
    document = parts["word/document.xml"].decode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    targets = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="(media/[^"]+)"', rels))
    targets |= {k: v for v, k in re.findall(r'Target="(media/[^"]+)"[^>]*Id="(rId\d+)"', rels)}
    found = []
    for drawing in re.findall(r"<w:drawing>.*?</w:drawing>", document, re.S):
        cx, cy = map(int, re.search(r'<wp:extent cx="(\d+)" cy="(\d+)"', drawing).groups())
        descr = re.search(r'descr="([^"]*)"', drawing).group(1)
        rid = re.search(r'r:embed="(rId\d+)"', drawing).group(1)
        image = Image.open(io.BytesIO(parts[f"word/{targets[rid]}"]))
        found.append((image, cx, cy, descr))
    return found


@pytest.mark.parametrize("variant", ["full", "short", "situation"])
def test_every_prioritised_problem_with_causes_has_its_fishbone(
    pack: MethodPack, workshop: Workshop, variant: str
) -> None:
    pictures = _pictures(minutes_bytes(workshop, pack, variant=variant, exported_at=EXPORTED_AT))
    with_causes = [
        p
        for p in workshop.problems
        if p.prioritised and any(c.problem_id == p.id for c in workshop.causes)
    ]
    assert len(pictures) == len(with_causes) >= 2
    for (image, cx, cy, descr), problem in zip(
        pictures, sorted(with_causes, key=lambda p: p.rank or 0), strict=True
    ):
        assert problem.title in descr and "Fiskbensdiagram" in descr
        dpi_x = image.width / (cx / _EMU_PER_INCH)
        dpi_y = image.height / (cy / _EMU_PER_INCH)
        assert dpi_x >= 199 and dpi_y >= 199, (dpi_x, dpi_y)  # crisp when printed


def test_the_action_plan_has_no_pictures(pack: MethodPack, workshop: Workshop) -> None:
    assert (
        _pictures(minutes_bytes(workshop, pack, variant="action-plan", exported_at=EXPORTED_AT))
        == []
    )


def test_picture_follows_the_apps_layout(workshop: Workshop) -> None:
    titles = {b: b.value for b in Branch}
    png, width, height = fishbone_png(workshop.causes, "p1", "Problem", titles, ("a", "b"), 453)
    image = Image.open(io.BytesIO(png))
    layout = layout_fishbone(workshop.causes, "p1", "Problem", 453)
    assert width == layout.width == 453
    assert image.width == round(453 * 200 / 72)
    assert abs(image.height / image.width - height / width) < 0.01
    # The spine crosses the picture as a thick dark line; the margin is paper.
    column = [image.getpixel((image.width // 4, y)) for y in range(image.height)]
    assert sum(1 for value in column if value < 100) >= 6
    assert image.getpixel((2, 2)) == 255
