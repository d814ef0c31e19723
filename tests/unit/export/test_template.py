"""The shipped Word template is clean and is what make_template generates."""

from __future__ import annotations

from pathlib import Path

from tests.unit.export.reading import all_parts
from workshop_app.domain.resources import resource_path
from workshop_app.export import make_template


def _template() -> dict[str, bytes]:
    return all_parts(resource_path("templates", "minutes.docx").read_bytes())


def test_template_has_no_leftovers() -> None:
    parts = _template()
    for name, blob in parts.items():
        assert b"python-docx" not in blob, name
        assert b"2013" not in blob, name
        assert b"Macintosh" not in blob, name
    assert not [n for n in parts if "thumbnail" in n or "customXml" in n or "WithEffects" in n]
    document = parts["word/document.xml"].decode()
    assert "<w:p>" not in document and "<w:p " not in document  # no sample text
    assert 'w:w="11906" w:h="16838"' in document  # A4


def test_template_is_swedish_and_uses_calibri() -> None:
    parts = _template()
    styles = parts["word/styles.xml"].decode()
    assert '<w:lang w:val="sv-SE"' in styles
    assert 'w:ascii="Calibri"' in styles and "Cambria" not in styles
    assert b"Cambria" not in parts["word/theme/theme1.xml"]
    assert 'w:styleId="TableText"' in styles and 'w:styleId="TableGrid"' in styles


def test_make_template_regenerates_the_shipped_template(tmp_path: Path) -> None:
    target = tmp_path / "minutes.docx"
    assert make_template.main(["-o", str(target)]) == 0
    assert all_parts(target.read_bytes()) == _template()
