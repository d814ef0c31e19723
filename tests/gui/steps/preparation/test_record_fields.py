"""Förberedelse holds what the minutes need: note-taker, logo, bilagor and sändlista; they stay
after the database is reopened, and a logo that cannot be used is refused in Swedish."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import close_window
from tests.gui.helpers import settle, stored_workshop
from tests.gui.keyboard import type_text
from tests.gui.test_fast_capture import WORKSHOP, enter, show, undo
from tests.gui.test_fast_capture import window as window
from tests.paths import SCREENSHOTS
from workshop_app.domain.limits import LOGO_MAX_BYTES
from workshop_app.domain.steps import Step
from workshop_app.gui.main_window import MainWindow
from workshop_app.gui.steps.preparation.record_fields import RecordFields


def picture(path: Path, size: tuple[int, int], kind: str = "PNG") -> Path:
    buffer = io.BytesIO()
    Image.new("RGB", size, (0, 84, 150)).save(buffer, kind)
    path.write_bytes(buffer.getvalue())
    return path


def record_fields(window: MainWindow) -> RecordFields:
    fields: RecordFields = show(window, Step.PREPARATION).content.record
    return fields


def test_record_fields_persist_after_reopening(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, open_window, data_dir: Path, tmp_path: Path
) -> None:
    fields = record_fields(window)
    assert fields.logo_preview.text() == "Ingen logotyp"
    fields.note_taker.setFocus()
    type_text(fields.note_taker, "Trygghetssamordnare, kommunen")
    logo = picture(tmp_path / "logga.jpg", (320, 80), "JPEG")
    fields.load_logo(logo)
    enter(window, fields.attachments.capture, "Lägesbild Solbacken")
    enter(window, fields.attachments.capture, "Karta över området")
    enter(window, fields.distribution.capture, "Styrgruppen för trygghet")
    settle(window)
    qtbot.waitUntil(lambda: fields.logo_preview.pixmap().width() > 0, timeout=5_000)
    assert fields.logo_preview.pixmap().width() == 160  # scaled into its box, in proportion
    assert fields.remove_logo.isEnabled()

    stored = stored_workshop(data_dir, WORKSHOP)
    assert stored.note_taker == "Trygghetssamordnare, kommunen"
    assert stored.logo is not None and stored.logo.media_type == "image/jpeg"
    assert stored.logo.data == logo.read_bytes()
    assert [a.title for a in stored.attachments] == ["Lägesbild Solbacken", "Karta över området"]
    assert [r.recipient for r in stored.distribution] == ["Styrgruppen för trygghet"]

    # Closed and opened again: the page shows what is stored.
    close_window(window)
    again = open_window(data_dir)
    again.open_workshop(WORKSHOP)
    qtbot.waitUntil(lambda: again.workshop_view is not None, timeout=10_000)
    fields = record_fields(again)
    assert fields.note_taker.text() == "Trygghetssamordnare, kommunen"
    assert [a.title for a in fields.attachments.model.items] == [
        "Lägesbild Solbacken",
        "Karta över området",
    ]
    assert [r.recipient for r in fields.distribution.model.items] == ["Styrgruppen för trygghet"]
    qtbot.waitUntil(lambda: fields.logo_preview.pixmap().width() > 0, timeout=5_000)


def test_a_logo_that_cannot_be_used_is_refused_in_swedish(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, data_dir: Path, tmp_path: Path
) -> None:
    fields = record_fields(window)
    too_large = tmp_path / "stor.png"
    too_large.write_bytes(picture(tmp_path / "liten.png", (4, 4)).read_bytes())
    with too_large.open("ab") as file:
        file.write(bytes(LOGO_MAX_BYTES))
    not_a_picture = tmp_path / "logga.png"
    not_a_picture.write_text("<svg/>", encoding="utf-8")
    damaged = tmp_path / "trasig.png"
    damaged.write_bytes(picture(tmp_path / "hel.png", (40, 40)).read_bytes()[:30])
    cases = {
        too_large: "Bilden är 1,0 MB; en logotyp får vara högst 1 MB.",
        not_a_picture: "Filen är inte en PNG- eller JPEG-bild.",
        tmp_path / "finns-inte.png": "Filen kunde inte läsas.",
        damaged: "Bilden är skadad",
    }
    height = fields.logo_message.height()
    for path, message in cases.items():
        fields.load_logo(path)
        settle(window)
        qtbot.waitUntil(lambda m=message: fields.logo_message.text().startswith(m), timeout=5_000)
        assert fields.logo_message.height() == height  # its room was kept: nothing moves
    assert stored_workshop(data_dir, WORKSHOP).logo is None
    assert fields.logo_preview.text() == "Ingen logotyp"


def test_choosing_and_removing_the_logo_are_undone_by_ctrl_z(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, data_dir: Path, tmp_path: Path
) -> None:
    fields = record_fields(window)
    fields.load_logo(picture(tmp_path / "logga.png", (90, 90)))
    settle(window)
    assert stored_workshop(data_dir, WORKSHOP).logo is not None
    fields.remove_logo.click()
    settle(window)
    assert stored_workshop(data_dir, WORKSHOP).logo is None
    assert fields.logo_preview.text() == "Ingen logotyp"
    undo(qtbot, window, fields.attachments.table)  # the removal undone: the logo is back
    assert stored_workshop(data_dir, WORKSHOP).logo is not None
    qtbot.waitUntil(lambda: fields.logo_preview.pixmap().width() > 0, timeout=5_000)
    undo(qtbot, window, fields.attachments.table)  # and the choice undone: no logo at all
    assert stored_workshop(data_dir, WORKSHOP).logo is None
    qtbot.waitUntil(lambda: fields.logo_preview.text() == "Ingen logotyp", timeout=5_000)


def test_the_note_taker_field_is_named_and_limited(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    fields = record_fields(window)
    assert fields.note_taker.accessibleName() == "Antecknat av"
    assert fields.note_taker.maxLength() == 500
    assert fields.note_taker.focusPolicy() != Qt.FocusPolicy.NoFocus


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1920, 1080)])
def test_render_the_record_fields_and_a_resolved_note(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, width: int, height: int
) -> None:
    """Screenshots to look at: the fields filled in, scrolled into view; a resolved note shown."""
    window.resize(width, height)
    fields = record_fields(window)
    fields.note_taker.setText("Trygghetssamordnare, Exempelstads kommun")
    fields.load_logo(picture(tmp_path / "logga.png", (480, 120)))
    for title in ("Lägesbild Solbacken hösten 2026", "Karta över Solbackens centrum"):
        enter(window, fields.attachments.capture, title)
    for recipient in ("Styrgruppen för trygghet", "Polisen, kommunpolis", "Solbackenhem AB"):
        enter(window, fields.distribution.capture, recipient)
    page = window.workshop_view.page(Step.PREPARATION)
    notes = page.notes
    enter(window, notes.editor.capture, "Vem äger frågan om belysningen?")
    enter(window, notes.editor.capture, "Bjud in fastighetsägaren nästa gång")
    notes.editor.select_row(len(notes.editor.model.items) - 2)
    notes.resolve.click()
    settle(window)
    notes.show_resolved.setChecked(True)
    qtbot.waitUntil(lambda: fields.logo_preview.pixmap().width() > 0, timeout=5_000)
    QApplication.processEvents()
    top = fields.mapTo(page.scroll_area.widget(), QPoint(0, 0)).y()
    page.scroll_area.verticalScrollBar().setValue(top)
    QApplication.processEvents()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / f"records-preparation-{width}x{height}.png"))
    # Nothing cut off at the right, and the whole box fits the width of the page.
    assert page.scroll_area.widget().width() <= page.scroll_area.viewport().width()
    assert fields.width() <= page.scroll_area.viewport().width()
