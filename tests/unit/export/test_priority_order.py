"""The minutes list prioritised problems by rank, as the Problems page does."""

from __future__ import annotations

from docx.document import Document

from workshop_app.domain.method_pack.loader import load_method_pack
from workshop_app.domain.model import Problem, Workshop
from workshop_app.export.minutes import build_minutes


def texts(document: Document) -> list[str]:
    return [p.text for p in document.paragraphs]


def test_prioritised_problems_follow_their_rank() -> None:
    workshop = Workshop(
        id="w",
        title="Rangordning",
        problems=(
            Problem(id="a", title="Problem A", prioritised=True, rank=2),
            Problem(id="b", title="Problem B", prioritised=True, rank=1),
            Problem(id="c", title="Problem C"),
        ),
    )
    for variant in ("full", "short"):
        lines = texts(build_minutes(workshop, load_method_pack(), variant=variant))
        a = next(i for i, t in enumerate(lines) if "Problem A" in t)
        b = next(i for i, t in enumerate(lines) if "Problem B" in t)
        assert b < a, variant
