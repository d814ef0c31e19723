"""Text is never cut: fields stop at the limit of domain.limits and say so (issue 13, item 3)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.gui.conftest import close_window
from tests.gui.helpers import settle, stored_workshop
from tests.gui.keyboard import type_text
from tests.gui.steps.causes.test_causes_page import prepare_data_dir
from tests.gui.steps.measures.test_measures_page import render
from tests.gui.steps.problems.test_problems_page import WORKSHOP, open_on_step
from workshop_app.domain.limits import TEXT_MAX
from workshop_app.domain.steps import Step
from workshop_app.gui.steps.causes.causes_page import CausesPage
from workshop_app.gui.widgets.text_limit import LimitedTextEdit, limit_line
from workshop_app.services.app_context import open_app_context
from workshop_app.services.changes import UpdateItem

HINT = "Högst 20\u00a0000 tecken – gränsen är nådd"


def _store_cause_texts(data_dir: Path, description: str, evidence: str) -> None:
    context = open_app_context(data_dir)
    try:
        context.workshops.apply(
            UpdateItem(
                WORKSHOP, "causes", ("c1",), {"description": description, "evidence": evidence}
            )
        )
    finally:
        context.close()


def _type_at_end(editor: LimitedTextEdit, text: str) -> None:
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, text)


def test_a_long_description_is_kept_whole_when_it_is_edited(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    prepare_data_dir(data_dir, example_file)
    long_text = ("Lång beskrivning av orsaken. " * 200)[:5000]
    _store_cause_texts(data_dir, long_text, "Underlag " * 400)
    window, page = open_on_step(qtbot, open_window, data_dir, Step.CAUSES, CausesPage)
    assert isinstance(page, CausesPage)
    page.tree.select_node(("cause", "c1"))
    assert page.description.toPlainText() == long_text

    _type_at_end(page.description, "!")
    _type_at_end(page.evidence, "?")
    settle(window)
    close_window(window)

    cause = next(c for c in stored_workshop(data_dir, WORKSHOP).causes if c.id == "c1")
    assert cause.description == long_text + "!"  # not cut to 2,000 characters
    assert cause.evidence == "Underlag " * 400 + "?"


def test_a_field_at_its_limit_stops_and_says_so(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    prepare_data_dir(data_dir, example_file)
    full = "x" * (TEXT_MAX - 1)
    _store_cause_texts(data_dir, full, "")
    window, page = open_on_step(qtbot, open_window, data_dir, Step.CAUSES, CausesPage)
    assert isinstance(page, CausesPage)
    page.tree.select_node(("cause", "c1"))
    hint = page.description.hint  # type: ignore[attr-defined]
    assert not hint.isVisible()

    _type_at_end(page.description, "yzå")  # one fits, then the limit
    settle(window)
    assert len(page.description.toPlainText()) == TEXT_MAX
    assert hint.isVisible() and hint.text() == HINT == hint.full_text
    # The hint never covers text: the text area makes room for it.
    assert page.description.viewport().geometry().bottom() < hint.geometry().top()
    render(window, page, "causes-limit")

    # A paste keeps what fits: nothing when the field is full.
    QApplication.clipboard().setText("klistrat")
    page.description.paste()
    assert len(page.description.toPlainText()) == TEXT_MAX
    close_window(window)
    cause = next(c for c in stored_workshop(data_dir, WORKSHOP).causes if c.id == "c1")
    assert cause.description == full + "y"


def test_a_line_at_its_limit_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    line = QLineEdit()
    qtbot.addWidget(line)
    hint = limit_line(line, 500)
    line.show()
    type_text(line, "a" * 499)
    assert not hint.isVisible()
    type_text(line, "bc")
    assert line.text() == "a" * 499 + "b" and hint.isVisible()
    assert hint.full_text == "Högst 500 tecken – gränsen är nådd"
    assert hint.text() == hint.full_text or hint.text().endswith("…")
    assert line.textMargins().right() >= hint.width()
    line.backspace()
    assert not hint.isVisible() and line.textMargins().right() == 0
