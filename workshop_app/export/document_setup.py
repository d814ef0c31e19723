"""Opens the minutes template and sets language, document properties and the page footer."""

from __future__ import annotations

import io
import uuid
from datetime import UTC
from functools import cache

import docx
from docx.document import Document
from docx.oxml.ns import qn
from lxml import etree

from workshop_app.domain.resources import resource_path
from workshop_app.export import ooxml
from workshop_app.export.context import ExportContext
from workshop_app.export.text import clean_text

APP_NAME = "Workshopstöd"
_LANGUAGE_TAGS = {"sv": "sv-SE", "en": "en-GB"}
_APP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_MAX_PROPERTY_CHARS = 255  # limit of the core properties


@cache
def _template_bytes() -> bytes:
    return resource_path("templates", "minutes.docx").read_bytes()


def open_template() -> Document:
    """A fresh document from ``resources/templates/minutes.docx`` (read from disk once)."""
    return docx.Document(io.BytesIO(_template_bytes()))


def _property(text: str) -> str:
    return " ".join(clean_text(text).split())[:_MAX_PROPERTY_CHARS]


def set_language(document: Document, language: str) -> None:
    """Spell-check language of the text: Swedish or English (British)."""
    tag = _LANGUAGE_TAGS.get(language, _LANGUAGE_TAGS["sv"])
    styles = document.styles.element
    lang = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    if lang is not None:
        lang.set(qn("w:val"), tag)
    theme_lang = document.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), tag)
    document.core_properties.language = tag


def set_properties(document: Document, ctx: ExportContext) -> None:
    """Core and extended properties set explicitly, so nothing else leaks into the file."""
    author = _property(ctx.workshop.municipality) or APP_NAME
    # python-docx stores naive datetimes as UTC; a naive export time is local time.
    exported = ctx.exported_at.astimezone(UTC).replace(tzinfo=None)
    props = document.core_properties
    props.author = props.last_modified_by = author
    props.title = _property(ctx.workshop.title)
    props.subject = _property(ctx.text(ctx.pack.title))
    props.created = props.modified = exported
    props.revision = 1
    props.comments = props.keywords = props.category = props.content_status = ""
    props.version = ""
    # A new id per export (the one thing besides the print time that differs between two
    # exports of unchanged content), so a filed copy can be told from a re-export.
    document_id = uuid.uuid4()
    props.identifier = str(document_id)
    doc_id = document.settings.element.find(qn("w14:docId"))
    if doc_id is not None:
        doc_id.set(qn("w14:val"), f"{document_id.int % 0x7FFFFFFF:08X}")
    _set_company(document, author)


def _set_company(document: Document, company: str) -> None:
    """Company in docProps/app.xml (python-docx has no API for the extended properties)."""
    for part in document.part.package.iter_parts():
        if part.partname != "/docProps/app.xml":
            continue
        root = etree.fromstring(part.blob)
        element = root.find(f"{{{_APP_NS}}}Company")
        if element is None:
            element = etree.SubElement(root, f"{{{_APP_NS}}}Company")
        element.text = company
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def add_header(document: Document, ctx: ExportContext) -> None:
    """Right-aligned header on every page: registration number and classification, if given."""
    parts = []
    number = ctx.options.registration_number.strip()
    if number:
        parts.append(f"{ctx.t('dnr')} {number}")
    if ctx.options.classification.strip():
        parts.append(ctx.options.classification.strip())
    if not parts:
        return
    header = document.sections[0].header
    header.is_linked_to_previous = False
    p = header.paragraphs[0]._p
    ppr = p.get_or_add_pPr()
    etree.SubElement(ppr, qn("w:jc")).set(qn("w:val"), "right")
    ooxml.add_run(p, ooxml.Span(" · ".join(parts), color="595959", size=18))


def add_footer(document: Document, ctx: ExportContext, heading: str) -> None:
    """Centred footer on every page: title · document and the meeting's date · page X of Y."""
    footer = document.sections[0].footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]._p
    ppr = p.get_or_add_pPr()
    etree.SubElement(ppr, qn("w:jc")).set(qn("w:val"), "center")
    date = ctx.date(ctx.document_date)
    ooxml.add_run(p, f"{ctx.workshop.title} · {heading} {date} · {ctx.t('page')} ")
    ooxml.add_simple_field(p, "PAGE", "1")
    ooxml.add_run(p, f" {ctx.t('page_of')} ")
    ooxml.add_simple_field(p, "NUMPAGES", "1")
