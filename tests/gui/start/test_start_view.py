"""The start view's actions, answered as a user answers the dialogs; results read from the database."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from tests.gui.conftest import answer_next_dialog, close_window
from tests.gui.helpers import settle
from tests.gui.keyboard import press, type_text
from workshop_app.gui.controllers.transfers import safe_file_name
from workshop_app.services.app_context import open_app_context


def titles(data_dir: Path) -> list[str]:
    context = open_app_context(data_dir)
    try:
        return sorted(s.title for s in context.workshops.list_workshops())
    finally:
        context.close()


def import_example(qtbot, window, example_file: Path, count: int = 1) -> None:  # type: ignore[no-untyped-def]
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == count, timeout=10_000)


def test_rename_duplicate_delete(qtbot, open_window, data_dir: Path, example_file: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    import_example(qtbot, window, example_file)
    window.start_view.select("exempel-1")

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Norrbacka – uppföljning")
        dialog.accept()

    answer_next_dialog(rename)
    window.workshop_list.rename_action.trigger()
    qtbot.waitUntil(
        lambda: window.start_view.model.summary(0).title == "Norrbacka – uppföljning",
        timeout=10_000,
    )

    window.workshop_list.duplicate_action.trigger()
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 2, timeout=10_000)
    settle(window)
    assert titles(data_dir) == ["Norrbacka – uppföljning", "Norrbacka – uppföljning (kopia)"]

    # Delete asks first; cancelling keeps everything.
    window.start_view.select("exempel-1")
    answer_next_dialog(lambda box: box.reject())
    window.workshop_list.delete_action.trigger()
    settle(window)
    assert len(titles(data_dir)) == 2

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert "Norrbacka – uppföljning" in box.text()
        [delete] = [
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
        ]
        delete.click()

    window.start_view.select("exempel-1")
    answer_next_dialog(confirm)
    window.workshop_list.delete_action.trigger()
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    assert titles(data_dir) == ["Norrbacka – uppföljning (kopia)"]


def test_search_filters_the_list(qtbot, open_window, data_dir: Path, example_file: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    import_example(qtbot, window, example_file)
    context = window.context
    window.worker.submit(lambda: context.workshops.create("Södertull 2027", area="Södertull"))
    settle(window)
    window.refresh_list()
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 2, timeout=10_000)
    window.start_view.search.setText("söder")
    assert window.start_view.proxy.rowCount() == 1
    window.start_view.search.setText("norrbacka")
    assert window.start_view.proxy.rowCount() == 1
    window.start_view.search.clear()
    assert window.start_view.proxy.rowCount() == 2


def test_a_refused_import_says_why_and_changes_nothing(
    qtbot, open_window, data_dir: Path, example_file: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    import_example(qtbot, window, example_file)
    bad = tmp_path / "trasig.workshop.json"
    bad.write_text(
        '{"format": "workshop_app.workshop", "format_version": 1, "workshop": {"id": "x"',
        encoding="utf-8",
    )
    seen: dict[str, str] = {}

    def read_message(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        box.accept()

    answer_next_dialog(read_message)
    window.transfers.import_path(bad)
    qtbot.waitUntil(lambda: "text" in seen, timeout=10_000)
    assert seen["title"] == "Filen kunde inte importeras"
    assert "Ingenting har ändrats" in seen["text"] and "line 1" in seen["text"]
    assert titles(data_dir) == ["Exempel: Norrbacka 2026"]


def test_export_writes_a_workshop_file(
    qtbot, open_window, data_dir: Path, example_file: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    import_example(qtbot, window, example_file)
    target = tmp_path / "Åsa Öberg" / (safe_file_name("Exempel: Norrbacka 2026") + ".workshop.json")
    target.parent.mkdir()
    assert target.name == "Exempel Norrbacka 2026.workshop.json"
    window.transfers.export_path("exempel-1", target)
    settle(window)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["workshop"]["title"] == "Exempel: Norrbacka 2026"


def test_safe_file_names() -> None:
    assert safe_file_name('a/b\\c:d*e?"f<g>h|i') == "a b c d e f g h i"
    assert safe_file_name("CON") == "workshop"
    assert safe_file_name("  ...  ") == "workshop"
    assert safe_file_name("Norrbacka 2026.") == "Norrbacka 2026"


def test_window_size_and_position_are_remembered(qtbot, open_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    # The offscreen screen is 800×600 and restoreGeometry keeps a window on its screen.
    window.resize(701, 503)
    close_window(window)
    again = open_window(data_dir)
    assert (again.width(), again.height()) == (701, 503)


def test_open_the_example_workshop(qtbot, open_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    assert window.start_view.empty.isVisible()
    window.transfers.example_action.trigger()
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    workshop = window.session.workshop
    assert workshop.title == "Exempel: Solbacken hösten 2026"
    assert len(workshop.problems) == 4 and len(workshop.causes) == 17
    window.close_workshop()
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    # Opening it again opens the stored one instead of making another copy.
    window.transfers.example_action.trigger()
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    settle(window)
    assert titles(data_dir) == ["Exempel: Solbacken hösten 2026"]


def test_the_guide_folds_on_every_page_and_stays_folded(qtbot, open_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.domain.steps import Step

    window = open_window(data_dir)
    window.resize(1920, 1080)  # a large screen: the guide starts open (folded at 1024×768)
    window.transfers.example_action.trigger()
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    view = window.workshop_view
    first = view.page(Step.INDICATORS)
    assert first.guide.body.isVisibleTo(first)
    first.guide.toggle.click()  # the user folds the guide on one page …
    assert not first.guide.body.isVisibleTo(first)
    later = view.page(Step.CAUSES)  # … and it stays folded on the others
    assert not later.guide.body.isVisibleTo(later)
    assert not window.guidance.guide_action.isChecked()
    close_window(window)
    again = open_window(data_dir)
    assert not again.guidance.guide_action.isChecked()
    again.guidance.guide_action.trigger()  # Ctrl+G brings it back
    assert again.guidance.guide_action.isChecked()


def two_workshops(qtbot, window, example_file: Path) -> None:  # type: ignore[no-untyped-def]
    import_example(qtbot, window, example_file)
    context = window.context
    window.worker.submit(lambda: context.workshops.create("Södertull 2027", area="Södertull"))
    settle(window)
    window.refresh_list()
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 2, timeout=10_000)


def test_typing_in_search_then_enter_opens_the_highlighted_workshop(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:
    window = open_window(data_dir)
    two_workshops(qtbot, window, example_file)
    search = window.start_view.search
    search.setFocus()
    type_text(search, "söder")
    press(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    assert window.session.workshop.title == "Södertull 2027"


def test_down_in_search_moves_into_the_list(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:
    window = open_window(data_dir)
    two_workshops(qtbot, window, example_file)
    view = window.start_view
    view.search.setFocus()
    type_text(view.search, "norr")
    press(view.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view.table
    assert view.selected_id() == "exempel-1"
    press(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    assert window.session.workshop.id == "exempel-1"


def test_new_workshop_while_one_is_open(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:
    from tests.gui.steps.preparation.test_preparation_persists import fill_new_workshop

    window = open_window(data_dir)
    import_example(qtbot, window, example_file)
    window.open_workshop("exempel-1")
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    assert window.workshop_list.new_action.isEnabled()
    answer_next_dialog(fill_new_workshop)
    window.workshop_list.new_action.trigger()
    qtbot.waitUntil(
        lambda: (
            window.session is not None and window.session.workshop.title == "Norrbacka våren 2027"
        ),
        timeout=10_000,
    )
    settle(window)
    assert titles(data_dir) == ["Exempel: Norrbacka 2026", "Norrbacka våren 2027"]
