"""Export to Word from the window: choose the variant and file, written in the background."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from tests.gui.conftest import answer_next_dialog
from tests.gui.helpers import settle
from workshop_app.gui.dialogs.word_export_dialog import WordExportDialog


def open_example(qtbot, open_window, data_dir: Path, example_file: Path):  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.open_workshop("exempel-1")
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    return window


def test_short_minutes_from_the_open_workshop(
    qtbot, open_window, data_dir: Path, example_file: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_example(qtbot, open_window, data_dir, example_file)
    target = tmp_path / "Åsa Öberg" / "protokoll"
    target.parent.mkdir()
    seen: dict[str, str] = {}

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, WordExportDialog)
        seen["default"] = dialog.path.text()
        dialog.short.setChecked(True)
        dialog.path.setText(str(target))
        answer_next_dialog(close_message)  # the "open it?" question comes after the export
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def close_message(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["message"] = box.text()
        box.button(QMessageBox.StandardButton.Close).click()

    answer_next_dialog(choose)
    with qtbot.waitSignal(window.transfers.word_exported, timeout=20_000):
        window.workshop_view.word_requested.emit()
    qtbot.waitUntil(lambda: "message" in seen, timeout=10_000)
    # The suggested name is valid on Windows: no ":" from the title "Exempel: Norrbacka 2026".
    default_name = Path(seen["default"]).name
    assert default_name.startswith("Exempel Norrbacka 2026 – minnesanteckningar ")
    assert not any(c in default_name for c in ':/\\*?"<>|')
    written = target.with_name("protokoll.docx")
    assert str(written) in seen["message"]
    text = "\n".join(p.text for p in docx.Document(str(written)).paragraphs)
    assert "Narkotikahandel vid torget" in text


def test_an_unwritable_target_is_reported_and_nothing_is_left(
    qtbot, open_window, data_dir: Path, example_file: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_example(qtbot, open_window, data_dir, example_file)
    folder = tmp_path / "export"
    occupied = folder / "upptagen.docx"
    occupied.mkdir(parents=True)  # a folder stands where the file should go
    seen: dict[str, str] = {}

    def read_error(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        box.accept()

    answer_next_dialog(read_error)
    window.transfers.export_word_to("exempel-1", occupied, "full")
    qtbot.waitUntil(lambda: "text" in seen, timeout=20_000)
    settle(window)
    assert "upptagen.docx" in seen["text"]
    assert sorted(p.name for p in folder.iterdir()) == ["upptagen.docx"]
    assert list(occupied.iterdir()) == []
