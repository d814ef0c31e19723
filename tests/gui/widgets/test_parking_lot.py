"""One parking lot for the workshop: every note on every step, with the step it was parked in,
a count, a filter for this step's notes, and "To next steps" in one undoable action."""

from __future__ import annotations

from pathlib import Path

from tests.gui.helpers import settle, stored_workshop
from tests.gui.test_fast_capture import WORKSHOP, enter, show
from tests.gui.test_fast_capture import window as window
from workshop_app.domain.steps import Step
from workshop_app.gui.main_window import MainWindow


def test_a_note_parked_in_one_step_is_seen_on_every_step(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = len(window.session.workshop.notes)
    problems = show(window, Step.PROBLEMS).notes
    enter(window, problems.editor.capture, "Fråga socialtjänsten om fältgruppens tider")
    next_steps = show(window, Step.NEXT_STEPS).notes
    texts = [n.text for n in next_steps.editor.model.items]
    assert "Fråga socialtjänsten om fältgruppens tider" in texts
    assert next_steps.editor.heading.text() == f"Parkerat ({before + 1})"
    row = texts.index("Fråga socialtjänsten om fältgruppens tider")
    tag = next_steps.editor.model.index(row, 1).data()
    assert tag == "2"  # parked in step 2 (Lokala problem), numbered as in the step list
    next_steps.only_here.setChecked(True)  # the filter: only what was parked here
    assert "Fråga socialtjänsten om fältgruppens tider" not in [
        n.text for n in next_steps.editor.model.items
    ]
    next_steps.only_here.setChecked(False)


def test_a_note_becomes_a_next_step_in_one_action(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, data_dir: Path
) -> None:
    panel = show(window, Step.NEXT_STEPS).notes
    text = "Boka uppföljningsmöte med fastighetsägaren"
    enter(window, panel.editor.capture, text)
    panel.editor.select_key(panel.editor.current_key())
    assert panel.to_next_step.isEnabled()
    panel.to_next_step.click()
    settle(window)
    stored = stored_workshop(data_dir, WORKSHOP)
    assert text in [s.title for s in stored.next_steps]
    assert text not in [n.text for n in stored.notes]
    window.undo_action.trigger()  # one Ctrl+Z: the note is back, the action gone
    settle(window)
    stored = stored_workshop(data_dir, WORKSHOP)
    assert text not in [s.title for s in stored.next_steps]
    assert text in [n.text for n in stored.notes]


def test_a_long_note_keeps_its_whole_text_in_the_next_step() -> None:
    from workshop_app.domain.model import Note
    from workshop_app.gui.widgets.notes_panel import next_step_from

    long = "Vem äger frågan om belysningen?\n" + "Detaljer. " * 100
    step = next_step_from(Note(id="n1", step=Step.CAUSES, text=long))
    assert step.title == "Vem äger frågan om belysningen?"
    assert step.description == long.strip()
