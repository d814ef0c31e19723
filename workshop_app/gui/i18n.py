"""The UI language: our own Qt Linguist catalog plus Qt's Swedish catalogs for its dialogs."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workshop_app.domain.resources import resource_path

LANGUAGE_VARIABLE = "WORKSHOP_APP_LANGUAGE"
SUPPORTED = ("sv", "en")
DEFAULT_LANGUAGE = "sv"  # Swedish first: users are Swedish municipal, police and housing staff

_installed: list[QTranslator] = []


def choose_language(saved: str | None) -> str:
    """The language to use: $WORKSHOP_APP_LANGUAGE, else the saved setting, else Swedish."""
    for candidate in (os.environ.get(LANGUAGE_VARIABLE), saved):
        if candidate in SUPPORTED:
            return candidate
    return DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Install the catalogs for ``language`` (English is the source text); True if loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Swedish if language == "sv" else QLocale.Language.English,
            QLocale.Country.Sweden if language == "sv" else QLocale.Country.UnitedKingdom,
        )
    )
    if language == "en":
        return True
    ours = QTranslator(app)
    loaded = ours.load(str(resource_path("translations", f"workshop_app_{language}.qm")))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_catalog = QTranslator(app)
    if qt_catalog.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_catalog)
        _installed.append(qt_catalog)
    return loaded
