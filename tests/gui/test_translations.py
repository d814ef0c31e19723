"""The Swedish catalog is complete, up to date with the code, and its .qm is built from it."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402


def messages(ts_file: Path) -> dict[tuple[str, str], str | None]:
    tree = ET.parse(ts_file)
    found: dict[tuple[str, str], str | None] = {}
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            unfinished = translation is None or translation.get("type") == "unfinished"
            found[(name, message.findtext("source") or "")] = (
                None if unfinished else translation.text
            )
    return found


def test_every_string_in_the_code_is_in_the_catalog_and_translated(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(translations.TS_FILE, fresh)
    missing = translations.update_catalog(fresh)
    assert missing == [], "add Swedish for these to resources/translations/sv/*.json"
    assert messages(fresh) == messages(translations.TS_FILE), "run `make translations`"


def test_the_qm_is_built_from_the_current_catalog(tmp_path: Path) -> None:
    rebuilt = tmp_path / "rebuilt.qm"
    translations.build_qm(translations.TS_FILE, rebuilt)
    assert rebuilt.read_bytes() == translations.QM_FILE.read_bytes(), "run `make translations`"


def test_swedish_catalog_translates(qapp) -> None:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(translations.QM_FILE))
    assert translator.translate("StartView", "Workshops") == "Workshopar"
    assert QCoreApplication.translate("SaveStatusLabel", "Saving…") == "Sparar…"


def test_the_designer_forms_are_in_the_catalog_under_their_form_class() -> None:
    """uic's code asks for QCoreApplication.translate("<form class>", text): the catalog must
    hold every translatable text of every ui/*.ui under that context, with Swedish."""
    catalog = messages(translations.TS_FILE)
    forms = sorted((translations.ROOT / "ui").glob("*.ui"))
    assert forms
    for form in forms:
        tree = ET.parse(form)
        context = tree.findtext("class") or ""
        texts = [s.text for s in tree.iter("string") if s.text and s.get("notr") != "true"]
        assert texts, form.name
        for text in texts:
            assert catalog.get((context, text)), f"{form.name}: no Swedish for {text!r}"
