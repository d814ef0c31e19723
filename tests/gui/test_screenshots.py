"""Renders the start view and every step page to PNG at projector sizes for people to look at.

The pictures go to ``build/screenshots/``. The test checks what a picture cannot: that each
page fits the window without being cut off (no horizontal scrolling of the whole page).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.paths import SCREENSHOTS
from workshop_app.domain.steps import STEP_ORDER, Step
from workshop_app.services.app_context import open_app_context

SHOTS = SCREENSHOTS
README_SHOTS = SHOTS / "readme"  # copied to docs/images by `make readme-images`
SIZES = [(1024, 768), (1920, 1080)]


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_render_start_and_steps(
    qtbot, open_window, data_dir: Path, width: int, height: int
) -> None:  # type: ignore[no-untyped-def]
    context = open_app_context(data_dir)
    try:
        workshop = context.transfer.open_example()  # the shipped, filled-in example
    finally:
        context.close()
    window = open_window(data_dir)
    window.resize(width, height)
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    assert window.grab().save(str(SHOTS / f"start-{width}x{height}.png"))

    window.open_workshop(workshop.id)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    view = window.workshop_view
    for number, step in enumerate(STEP_ORDER):
        view.show_step(step)
        qtbot.waitUntil(lambda: window.tracker.clean and window.worker.pending == 0, timeout=10_000)
        QApplication.processEvents()
        page = view.stack.currentWidget()
        assert page.width() <= view.stack.width()
        # Nothing cut off at the right: the page's content fits its scroll area's viewport.
        # (A resizable scroll area widens its widget beyond the viewport when it cannot shrink.)
        assert page.scroll_area.widget().width() <= page.scroll_area.viewport().width(), step
        assert window.grab().save(str(SHOTS / f"step{number}-{step.value}-{width}x{height}.png"))
        if step == Step.CAUSES and width == 1920:  # the README's picture (make readme-images)
            README_SHOTS.mkdir(parents=True, exist_ok=True)
            assert window.grab().save(str(README_SHOTS / "workshop-view.png"))
