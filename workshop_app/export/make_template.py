"""Generates the Word template of the minutes: ``python -m workshop_app.export.make_template``."""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Cm
from lxml import etree

from workshop_app.domain.resources import resource_path

FONT = "Calibri"  # metric-compatible with Carlito, which LibreOffice ships
LANGUAGE_TAG = "sv-SE"
TABLE_TEXT_STYLE = "TableText"  # id of our one custom paragraph style ("Table Text")
KEPT_TABLE_STYLES = {"TableNormal", "TableGrid"}
COMPATIBILITY_MODE = "15"  # Word 2013 and later: no "compatibility mode" in the title bar

_APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    b' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>Workshopst\xc3\xb6d</Application><DocSecurity>0</DocSecurity>"
    b"<ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>"
    b"<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"
)
_DROPPED_PACKAGE_RELS = {RT.THUMBNAIL}
_DROPPED_DOCUMENT_RELS = {
    RT.CUSTOM_XML,
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
}


def default_output() -> Path:
    return resource_path("templates", "minutes.docx")


def _drop_rels(rels: dict[str, Any], reltypes: set[str]) -> None:
    for r_id in [r_id for r_id, rel in rels.items() if rel.reltype in reltypes]:
        del rels[r_id]


def _set(element: etree._Element, tag: str, **attrs: str) -> etree._Element:
    """The child ``tag`` of ``element`` (created if missing) with ``attrs`` (w: names) set."""
    child = element.find(qn(tag))
    if child is None:
        child = etree.SubElement(element, qn(tag))
    for name, value in attrs.items():
        child.set(qn(f"w:{name}"), value)
    return child


def _clean_core_properties(document: docx.document.Document) -> None:
    props = document.core_properties
    props.author = props.comments = props.keywords = props.title = props.subject = ""
    props.last_modified_by = props.category = ""
    props.revision = 1
    core = props._element
    for name in ("created", "modified", "lastPrinted"):
        for found in core.xpath(f"dcterms:{name}|cp:{name}"):
            core.remove(found)


def _clean_settings(document: docx.document.Document) -> None:
    settings = document.settings.element
    for tag in ("w:rsids", "w:proofState", "w:attachedTemplate", "w:savePreviewPicture"):
        for found in settings.findall(qn(tag)):
            settings.remove(found)
    for tag, value in (("w:decimalSymbol", ","), ("w:listSeparator", ";")):
        found = settings.find(qn(tag))
        if found is not None:
            found.set(qn("w:val"), value)
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.attrib.clear()
        lang.set(qn("w:val"), LANGUAGE_TAG)
    # python-docx's default says Word 2010 (14): Word would open every export in
    # compatibility mode. 15 is the current mode of Word 2013 and later.
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), COMPATIBILITY_MODE)


def _fix_fonts(rpr: etree._Element) -> None:
    """Explicit Calibri for Latin text; the complex-script and East Asian theme fonts stay."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        return
    for attr in ("w:asciiTheme", "w:hAnsiTheme"):
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), FONT)
    fonts.set(qn("w:hAnsi"), FONT)


def _clean_styles(document: docx.document.Document) -> None:
    styles = document.styles.element
    rpr_default = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    _fix_fonts(rpr_default)
    lang = _set(rpr_default, "w:lang")
    lang.attrib.clear()
    lang.set(qn("w:val"), LANGUAGE_TAG)
    lang.set(qn("w:bidi"), "ar-SA")
    ppr_default = styles.find(f"{qn('w:docDefaults')}/{qn('w:pPrDefault')}/{qn('w:pPr')}")
    _set(ppr_default, "w:spacing", after="120", line="264", lineRule="auto")

    for style in styles.findall(qn("w:style")):
        style_id = style.get(qn("w:styleId"))
        if style.get(qn("w:type")) == "table" and style_id not in KEPT_TABLE_STYLES:
            styles.remove(style)
            continue
        for rsid in style.findall(qn("w:rsid")):
            style.remove(rsid)
        rpr = style.find(qn("w:rPr"))
        if rpr is not None:
            _fix_fonts(rpr)
        ppr = style.find(qn("w:pPr"))
        if style_id == "Subtitle" and ppr is not None:
            for num in ppr.findall(qn("w:numPr")):
                ppr.remove(num)
        if style_id == "Heading1" and rpr is not None:
            _set(rpr, "w:sz", val="32")
            _set(rpr, "w:szCs", val="32")
        if style_id == "Footer" and ppr is not None:
            tabs = ppr.find(qn("w:tabs"))
            for tab, pos in zip(tabs.findall(qn("w:tab")), ("4535", "9070"), strict=True):
                tab.set(qn("w:pos"), pos)
            footer_rpr = _set(style, "w:rPr")
            _set(footer_rpr, "w:color", val="595959")
            _set(footer_rpr, "w:sz", val="18")
            _set(footer_rpr, "w:szCs", val="18")
    styles.append(_table_text_style(styles))


def _table_text_style(styles: etree._Element) -> etree._Element:
    """Compact paragraph style for table cells: 10 pt, no space between paragraphs."""
    normal = styles.find(f"{qn('w:style')}[@{qn('w:styleId')}='Normal']")
    style = copy.deepcopy(normal)
    style.attrib.pop(qn("w:default"), None)
    style.set(qn("w:styleId"), TABLE_TEXT_STYLE)
    for child in list(style):
        style.remove(child)
    _set(style, "w:name", val="Table Text")
    _set(style, "w:basedOn", val="Normal")
    _set(style, "w:uiPriority", val="1")
    etree.SubElement(style, qn("w:qFormat"))
    ppr = etree.SubElement(style, qn("w:pPr"))
    _set(ppr, "w:spacing", before="20", after="20", line="240", lineRule="auto")
    rpr = etree.SubElement(style, qn("w:rPr"))
    _set(rpr, "w:sz", val="20")
    _set(rpr, "w:szCs", val="20")
    return style


def _set_page(document: docx.document.Document) -> None:
    """A4 portrait with 2.5 cm margins (Swedish office standard)."""
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2.5)
    section.header_distance = section.footer_distance = Cm(1.25)
    sect_pr = section._sectPr
    for attr in list(sect_pr.attrib):
        sect_pr.attrib.pop(attr)


def _patch_parts(document: docx.document.Document) -> None:
    """Replace app.xml (it named another program) and use Calibri for headings in the theme."""
    for part in document.part.package.iter_parts():
        if part.partname == "/docProps/app.xml":
            part._blob = _APP_XML
        elif part.partname == "/word/theme/theme1.xml":
            part._blob = part.blob.replace(b'typeface="Cambria"', f'typeface="{FONT}"'.encode())


def build_template() -> docx.document.Document:
    """python-docx's default document, cleaned of its metadata, sample parts and US settings."""
    document = docx.Document()
    package = document.part.package
    _drop_rels(package.rels, _DROPPED_PACKAGE_RELS)
    _drop_rels(document.part.rels, _DROPPED_DOCUMENT_RELS)
    _clean_core_properties(document)
    _clean_settings(document)
    _clean_styles(document)
    _set_page(document)
    _patch_parts(document)
    return document


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-o", "--output", type=Path, default=None, help="where to write it")
    args = parser.parse_args(argv)
    output = args.output or default_output()
    output.parent.mkdir(parents=True, exist_ok=True)
    build_template().save(str(output))
    print(output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
