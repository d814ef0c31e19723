"""Help → About: the version from the package, the licence, Brå as the method's source."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from workshop_app import __version__
from workshop_app.domain.method_pack.loader import load_method_pack
from workshop_app.gui.dialogs.about_dialog import AboutDialog, app_icon


def shown_text(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_about_names_version_licence_method_source_pack_and_data_folder(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    pack = load_method_pack()
    dialog = AboutDialog(pack, tmp_path, "sv")
    qtbot.addWidget(dialog)
    dialog.show()

    text = shown_text(dialog)
    assert __version__ in dialog.version.text()
    assert "MIT" in dialog.licence.text()
    assert "Brå – Brottsförebyggande rådet" in dialog.method_source.text()
    assert f"version {pack.version}" in dialog.pack.text()
    assert pack.source_note.sv in text
    assert str(tmp_path) in dialog.data_dir.text()
    assert "Python 3." in dialog.runtime.text() and "Qt 6." in dialog.runtime.text()


def test_about_names_a_shared_database_server(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server = "postgresql+psycopg://facilitator@db.example.se/workshops"
    dialog = AboutDialog(load_method_pack(), tmp_path, "en", store=server)
    qtbot.addWidget(dialog)
    assert dialog.store.text() == server
    assert server in shown_text(dialog)


def test_about_before_the_data_folder_is_open(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(None, None, "en")
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version.text()
    assert "Brå" in dialog.method_source.text()
    assert dialog.pack.text() and dialog.data_dir.text()


def test_about_fits_a_1024_by_768_screen_with_every_line_readable(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(load_method_pack(), Path("/home/user/.local/share/Workshopstod"), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1024 and dialog.height() <= 768
    for label in dialog.findChildren(QLabel):
        if label.text() and label.wordWrap():  # wrapped text gets the height it needs
            assert label.height() >= label.heightForWidth(label.width()), label.text()[:40]


def test_the_app_icon_has_small_and_large_sizes(qapp) -> None:  # type: ignore[no-untyped-def]
    icon = app_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 256} <= sizes
