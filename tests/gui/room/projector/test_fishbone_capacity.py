"""The fishbone on the projector never hides a cause: 1, 8, 20 and 60 causes on one problem.

At 1024×768 and 1920×1080 the type shrinks to the floor (24 px at 1024×768), then the causes
go on pages ("Sida 1/3"); every cause is on exactly one page, whole, inside the window, and no
two boxes overlap. A cause just added turns the projector to its page. Pictures go to
build/screenshots/presentation/capacity/.
"""

from __future__ import annotations

import dataclasses
import itertools

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication

from tests.gui.room.projector.slide_workshops import workshop_with
from tests.gui.room.projector.test_slide_capacity import (
    COUNTS,
    FLOOR_PX,
    SIZES,
    check_header,
    shoot,
    shown,
)
from workshop_app.domain.method_pack.loader import load_method_pack
from workshop_app.domain.model import Cause
from workshop_app.domain.presentation_content import build_slide
from workshop_app.domain.slide_model import FocusKind, FocusTarget
from workshop_app.domain.steps import Step
from workshop_app.gui.room.projector import style
from workshop_app.gui.room.projector.presentation_window import PresentationWindow

TARGET = FocusTarget(FocusKind.FISHBONE, "p0")


@pytest.fixture(scope="module")
def pack():  # type: ignore[no-untyped-def]
    return load_method_pack()


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    window = PresentationWindow()
    qtbot.addWidget(window)
    yield window
    window.close()


def _rect(box) -> QRectF:  # type: ignore[no-untyped-def]
    return QRectF(box.x, box.y, box.w, box.h)


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_cause_is_on_a_page_whole(  # type: ignore[no-untyped-def]
    window, pack, count: int, width: int, height: int
) -> None:
    workshop = workshop_with(count, causes_per_problem=count)  # all of them on one problem
    shown(window, width, height)
    window.set_timer("-12:34", True)
    slide = build_slide(workshop, pack, "sv", Step.CAUSES, focus=TARGET)
    window.show_slide(slide)
    QApplication.processEvents()
    check_header(window)
    view = window.fishbone
    assert window.body.currentWidget() is view
    floor = FLOOR_PX * window.scale - 0.5
    area = QRectF(view.rect())
    pad = 8 * window.scale
    descriptions = {c.id: c.description for c in slide.focus.causes}
    seen: list[str] = []
    for page in range(view.page_count):
        assert view.page == page
        layout, text, bold, _line_h, fit = view.drawing
        assert fit == 1.0, "the drawing is never scaled down on a projector"
        assert text.pixelSize() >= floor and bold.pixelSize() >= floor
        boxes = [_rect(box) for box in layout.boxes()]
        for box in boxes:
            assert area.contains(box.adjusted(1, 1, -1, -1)), box
        for one, other in itertools.combinations(boxes, 2):
            assert not one.intersects(other), (one, other)
        page_rect = view.page_rect()
        if view.page_count > 1:
            assert view.page_text() == f"Sida {page + 1}/{view.page_count}"
            assert page_rect is not None
            assert all(not box.intersects(page_rect) for box in boxes)
        for placed in layout.causes:
            wrapped = style.wrap_lines(descriptions[placed.cause_id], text, placed.box.w - 2 * pad)
            assert placed.lines == len(wrapped), "every cause is shown whole"
        seen += [placed.cause_id for placed in layout.causes]
        if page in (0, view.page_count - 1) and count in (8, 20, 60):
            shoot(window, f"focus-fishbone-{count}-{width}x{height}-page{page + 1}")
        window.turn_page(+1)
    assert sorted(seen) == sorted(descriptions), "every cause on exactly one page"
    if count == 60:
        assert view.page_count > 1
    if count == 1:
        assert view.page_count == 1 and view.page_text() == ""


def test_a_new_cause_turns_to_its_page(window, pack) -> None:  # type: ignore[no-untyped-def]
    workshop = workshop_with(60, causes_per_problem=60)
    shown(window, 1024, 768)
    window.show_slide(build_slide(workshop, pack, "sv", Step.CAUSES, focus=TARGET))
    QApplication.processEvents()
    view = window.fishbone
    assert view.page_count > 2 and view.page == 0
    added = Cause("c-ny", "p0", "Orsak ny: ingen tar hand om klotter i tunneln")
    workshop = dataclasses.replace(workshop, causes=(*workshop.causes, added))
    window.show_slide(build_slide(workshop, pack, "sv", Step.CAUSES, focus=TARGET))
    QApplication.processEvents()
    layout, *_ = view.drawing
    assert "c-ny" in [placed.cause_id for placed in layout.causes]
    assert view.newest == "c-ny" and view.page > 0
    assert window.page() == (view.page, view.page_count)
    last = view.page
    assert window.turn_page(-1) and view.page == last - 1  # Alt+PgUp from the laptop


def test_only_a_cause_taller_than_a_page_is_cut(window, pack) -> None:  # type: ignore[no-untyped-def]
    workshop = workshop_with(8, causes_per_problem=8)
    long_text = "Mycket lång orsak: " + " ".join(["ingen vuxen finns på plats om kvällen"] * 40)
    causes = list(workshop.causes)
    causes[3] = dataclasses.replace(causes[3], description=long_text)
    workshop = dataclasses.replace(workshop, causes=tuple(causes))
    shown(window, 1024, 768)
    window.show_slide(build_slide(workshop, pack, "sv", Step.CAUSES, focus=TARGET))
    QApplication.processEvents()
    view = window.fishbone
    pad = 8 * window.scale
    seen = []
    for _page in range(view.page_count):
        layout, text, *_ = view.drawing
        for placed in layout.causes:
            cause = next(c for c in causes if c.id == placed.cause_id)
            wrapped = style.wrap_lines(cause.description, text, placed.box.w - 2 * pad)
            if cause.id == causes[3].id:
                assert len(layout.causes) == 1, "the too tall cause is alone on its page"
                assert placed.lines < len(wrapped) and placed.box.bottom <= view.height()
                shoot(window, "focus-fishbone-cause-taller-than-a-page-1024x768")
            else:
                assert placed.lines == len(wrapped)
            seen.append(placed.cause_id)
        window.turn_page(+1)
    assert sorted(seen) == sorted(c.id for c in causes)
    assert view.pages.cut == {causes[3].id}
