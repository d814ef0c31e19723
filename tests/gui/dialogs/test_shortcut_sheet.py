"""The shortcut sheet: every menu shortcut and the pages' keys; two columns when wide."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from tests.gui.keyboard import press
from tests.gui.room.test_step_timer import SHOTS
from workshop_app.gui.dialogs.shortcut_sheet import ShortcutSheet, menu_groups, native, page_keys


def sheet_texts(sheet: ShortcutSheet) -> list[str]:
    return [label.text() for label in sheet.findChildren(QLabel)]


def test_lists_menu_shortcuts_and_page_keys(qtbot, open_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    groups = menu_groups(window.menuBar())
    titles = [title for title, _actions in groups]
    assert "&" not in "".join(titles)
    actions = [action for _title, group in groups for action in group]
    # Every action in a menu that has a shortcut is on the sheet, none without one.
    assert window.undo_action in actions and window.next_step_action in actions
    assert window.application.about_action not in actions

    keys = page_keys()
    assert {key for _group, key, _text in keys} >= {
        "1",
        "2",
        "3",
        "0",
        native("Ctrl+Shift+O"),
        native("Ctrl+Shift+G"),
        native("Ctrl+Shift+V"),
        "+ / −",
    }
    assert all(group and key and text for group, key, text in keys)

    sheet = ShortcutSheet(groups, keys, window)
    qtbot.addWidget(sheet)
    texts = sheet_texts(sheet)
    undo_keys = native(QKeySequence(QKeySequence.StandardKey.Undo))
    assert undo_keys in texts
    assert native("Ctrl+Shift+Z") + " / " + native("Ctrl+Y") in texts  # both redo keys
    assert native("Ctrl+PgDown") in texts
    # Menu texts without their mnemonic marks; the Swedish UI.
    assert not any("&" in text for text in texts if text)
    assert "Nästa steg" in texts
    assert native("Ctrl+Shift+O") in texts


def test_columns_when_wide_one_scrolling_column_on_1024(qtbot, open_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    SHOTS.mkdir(parents=True, exist_ok=True)
    for (width, height), columns in (((1920, 1080), 3), ((1024, 768), 1)):
        window.resize(width, height)
        QApplication.processEvents()
        sheet = ShortcutSheet(menu_groups(window.menuBar()), page_keys(), window)
        qtbot.addWidget(sheet)
        sheet.show()
        QApplication.processEvents()
        assert sheet.width() <= width and sheet.height() <= height
        assert sheet.column_count() == columns
        scroll = sheet.scroll_area.verticalScrollBar()
        if columns > 1:
            assert scroll.maximum() == 0, "the whole sheet fits a 1920×1080 window"
        else:
            assert scroll.maximum() > 0
            # The keyboard scrolls it.
            press(sheet.scroll_area, Qt.Key.Key_PageDown)
            assert scroll.value() > 0
        # Nothing is cut off at the right.
        assert sheet.scroll_area.widget().width() <= sheet.scroll_area.viewport().width()
        assert sheet.grab().save(str(SHOTS / f"shortcut-sheet-{width}x{height}.png"))
        sheet.close()


def test_escape_and_f1_close(qtbot, open_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_F1):
        sheet = ShortcutSheet(menu_groups(window.menuBar()), page_keys(), window)
        qtbot.addWidget(sheet)
        sheet.show()
        press(sheet.scroll_area, key)  # where the sheet's focus is
        assert not sheet.isVisible()


def test_the_sheet_and_the_page_hints_agree_on_keys() -> None:
    from workshop_app.domain.method_pack.loader import load_method_pack

    pack = load_method_pack()
    keys = {description: key for _group, key, description in page_keys()}
    matrix = next(k for d, k in keys.items() if "Informationsmatris" in d or "matrix" in d)
    # The information matrix's legend on the page lists one key per kind of source.
    assert matrix == f"1 … {len(pack.source_types)}"
