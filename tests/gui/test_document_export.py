"""The export dialog offers every document: kind, meeting, record fields, Excel; looked at too."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import docx
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from tests.gui.conftest import answer_next_dialog
from tests.gui.test_word_export import open_example
from tests.paths import SCREENSHOTS
from workshop_app.domain.model import Meeting
from workshop_app.gui.dialogs.word_export_dialog import WORKBOOK, WordExportDialog

BUILD = SCREENSHOTS


def _export(qtbot, window, fill) -> dict[str, str]:  # type: ignore[no-untyped-def]
    seen: dict[str, str] = {}

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, WordExportDialog)
        fill(dialog)
        answer_next_dialog(close_message)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def close_message(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["message"] = box.text()
        box.button(QMessageBox.StandardButton.Close).click()

    answer_next_dialog(choose)
    with qtbot.waitSignal(window.transfers.word_exported, timeout=20_000):
        window.workshop_view.word_requested.emit()
    qtbot.waitUntil(lambda: "message" in seen, timeout=10_000)
    return seen


def test_action_plan_with_record_fields_and_roles_only(
    qtbot, open_window, data_dir: Path, example_file: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_example(qtbot, open_window, data_dir, example_file)
    target = tmp_path / "plan"

    def fill(dialog: WordExportDialog) -> None:
        # The suggested name follows the kind of document until the user types another.
        assert " – minnesanteckningar " in Path(dialog.path.text()).name
        dialog.situation.setChecked(True)
        assert " – underlag till lägesbild " in Path(dialog.path.text()).name
        dialog.workbook.setChecked(True)
        assert Path(dialog.path.text()).name.endswith(".xlsx")
        assert " – åtgärdsplan " in Path(dialog.path.text()).name
        dialog.action_plan.setChecked(True)
        assert Path(dialog.path.text()).name.endswith(".docx")
        assert not dialog.meeting.isEnabled()  # an action plan records no single meeting
        dialog.registration.setText("KS 2026/9")
        dialog.classification.setCurrentIndex(1)
        dialog.roles_only.setChecked(True)
        dialog.path.setText(str(target))

    seen = _export(qtbot, window, fill)
    written = target.with_name("plan.docx")
    assert str(written) in seen["message"]
    document = docx.Document(str(written))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Kan innehålla uppgifter som omfattas av sekretess"
    assert "Diarienummer: KS 2026/9" in texts
    assert any(t.startswith("Åtgärdsplan · ") for t in texts)


def test_excel_workbook_from_the_dialog(
    qtbot, open_window, data_dir: Path, example_file: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_example(qtbot, open_window, data_dir, example_file)
    target = tmp_path / "uppföljning.docx"

    def fill(dialog: WordExportDialog) -> None:
        dialog.path.setText(str(target))
        dialog.workbook.setChecked(True)
        assert dialog.path.text().endswith("uppföljning.xlsx")  # the suffix follows the kind
        assert dialog.variant() == WORKBOOK

    _export(qtbot, window, fill)
    book = load_workbook(io.BytesIO(target.with_suffix(".xlsx").read_bytes()))
    assert book.sheetnames[0] == "Åtgärdsplan"


def test_a_chosen_meeting_dates_the_minutes(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    meetings = (
        Meeting("m2", date(2026, 11, 3), location="Medborgarkontoret"),
        Meeting("m1", date(2026, 10, 6)),
    )
    dialog = WordExportDialog(tmp_path / "x.docx", None, meetings)
    qtbot.addWidget(dialog)
    assert [dialog.meeting.itemText(i) for i in range(3)] == [
        "Det senast hållna mötet", "2026-10-06", "2026-11-03 · Medborgarkontoret",
    ]  # fmt: skip
    assert dialog.options().meetings == ()
    dialog.meeting.setCurrentIndex(2)
    assert dialog.options().meetings == ("m2",)
    dialog.short.setChecked(True)
    assert dialog.options().meetings == ("m2",)
    dialog.situation.setChecked(True)
    assert dialog.options().meetings == ()  # only minutes record a meeting
    BUILD.mkdir(parents=True, exist_ok=True)
    for width, height in ((1024, 768), (1920, 1080)):
        dialog.resize(min(width, 720), dialog.sizeHint().height())
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.grab().save(str(BUILD / f"export-dialog-{width}x{height}.png"))
        assert dialog.sizeHint().width() <= width and dialog.sizeHint().height() <= height
