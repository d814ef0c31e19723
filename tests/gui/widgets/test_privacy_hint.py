"""A personal identity number typed into a note is pointed out on screen and before an export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.gui.conftest import answer_next_dialog
from tests.gui.helpers import settle
from tests.gui.keyboard import press, type_text
from workshop_app.domain.steps import Step

# 811218-9876 has a valid check digit (Luhn) – a made-up number, as in Skatteverket's examples.
IDENTITY_NUMBER = "811218-9876"


def test_the_note_is_flagged_and_the_export_asks_first(
    qtbot, open_window, data_dir: Path, example_file: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.open_workshop("exempel-1")
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    view = window.workshop_view
    assert not view.privacy_hint.isVisibleTo(view)

    notes = view.page(Step.CAUSES).notes.editor
    view.show_step(Step.CAUSES)
    type_text(notes.capture, f"Ring kontaktpersonen {IDENTITY_NUMBER}")
    press(notes.capture, Qt.Key.Key_Return)
    settle(window)
    qtbot.waitUntil(lambda: view.privacy_hint.isVisibleTo(view), timeout=5_000)
    text = view.privacy_hint.full_text()  # one line on screen, the whole text in its tooltip
    assert "ett personnummer i listan Parkerat" in text
    assert IDENTITY_NUMBER not in text  # the hint itself never repeats the number

    seen: dict[str, str] = {}

    def go_back(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["details"] = box.informativeText()
        [back] = [b for b in box.buttons() if b.text() == "Gå tillbaka och rätta"]
        back.click()

    answer_next_dialog(go_back)
    window.transfers.word_action.trigger()  # Export to Word asks first …
    qtbot.waitUntil(lambda: "details" in seen, timeout=5_000)
    assert "personnummer" in seen["details"]
    settle(window)
    assert list(tmp_path.glob("*.docx")) == []  # … and going back writes nothing

    window.undo_action.trigger()  # the note goes away again
    settle(window)
    qtbot.waitUntil(lambda: not view.privacy_hint.isVisibleTo(view), timeout=5_000)


def test_a_finding_dismissed_as_a_place_stays_dismissed_after_reopening(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.open_workshop("exempel-1")
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    view = window.workshop_view
    notes = view.page(Step.CAUSES).notes.editor
    view.show_step(Step.CAUSES)
    for text in ("Oro vid Stortorget 3 på kvällarna", f"Kontakt {IDENTITY_NUMBER}"):
        type_text(notes.capture, text)
        press(notes.capture, Qt.Key.Key_Return)
    settle(window)
    qtbot.waitUntil(lambda: len(view.privacy_hint.findings) == 2, timeout=5_000)
    assert "gatuadress" in view.privacy_hint.full_text()

    actions = view.privacy_hint.dismiss_actions()  # under "Granska…" at the end of the line
    assert [a.text().split(":")[0] for a in actions] == ["Det här är en plats, inte en person"] * 2
    assert all(a.isEnabled() for a in actions)
    actions[0].trigger()  # the address (first in the parking lot) is a place
    settle(window)
    assert [p.finding.kind.value for p in view.privacy_hint.findings] == [
        "personal_identity_number"
    ]

    window.close_workshop()  # the choice is kept: reopen the workshop, then the window
    settle(window)
    window.open_workshop("exempel-1")
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    reopened = window.workshop_view
    qtbot.waitUntil(lambda: len(reopened.privacy_hint.findings) == 1, timeout=5_000)
    window.shutdown()

    again = open_window(data_dir)
    again.open_workshop("exempel-1")
    qtbot.waitUntil(lambda: again.workshop_view is not None, timeout=10_000)
    hint = again.workshop_view.privacy_hint
    qtbot.waitUntil(lambda: len(hint.findings) == 1, timeout=5_000)
    assert hint.findings[0].finding.kind.value == "personal_identity_number"
    assert "personnummer" in hint.full_text()
