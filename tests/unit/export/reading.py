"""Reading exported minutes back for assertions: paragraphs in body order, parts of the package."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import docx
from docx.document import Document
from docx.oxml.ns import qn

_P, _T, _BR, _TBL = qn("w:p"), qn("w:t"), qn("w:br"), qn("w:tbl")


@dataclass(frozen=True)
class Para:
    style: str  # style id ("Heading1", "TableText" …); "" for Normal
    text: str  # line breaks as "\n"
    in_table: bool


def _text(p) -> str:
    parts = []
    for element in p.iter(_T, _BR):
        parts.append(element.text or "" if element.tag == _T else "\n")
    return "".join(parts)


def paragraphs(document: Document) -> list[Para]:
    """Every paragraph of the body in reading order, table cells included (row by row)."""
    found = []
    for p in document.element.body.iter(_P):
        style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        in_table = any(a.tag == _TBL for a in p.iterancestors())
        found.append(Para(style.get(qn("w:val")) if style is not None else "", _text(p), in_table))
    return found


def reopen(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def headings(document: Document, level: int) -> list[str]:
    """Texts of the body paragraphs whose style name is "Heading <level>" (via python-docx)."""
    name = f"Heading {level}"
    return [p.text for p in document.paragraphs if p.style is not None and p.style.name == name]


def section(paras: Sequence[Para], heading: str) -> list[Para]:
    """The paragraphs after the Heading 1 ``heading`` up to the next Heading 1."""
    start = next(i for i, p in enumerate(paras) if p.style == "Heading1" and p.text == heading)
    end = next(
        (i for i in range(start + 1, len(paras)) if paras[i].style == "Heading1"), len(paras)
    )
    return list(paras[start + 1 : end])


def assert_in_order(expected: Iterable[str], paras: Sequence[Para]) -> None:
    """Each text of ``expected`` occurs in a paragraph after the one holding the previous."""
    position = 0
    texts = [p.text for p in paras]
    for text in expected:
        found = next((i for i in range(position, len(texts)) if text in texts[i]), None)
        if found is None:
            before = next((i for i in range(position) if text in texts[i]), None)
            where = f"only earlier, at paragraph {before}" if before is not None else "nowhere"
            raise AssertionError(f"{text!r} expected after paragraph {position}; found {where}")
        position = found + 1


def package_part(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name).decode("utf-8")


def all_parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {n: archive.read(n) for n in archive.namelist()}
