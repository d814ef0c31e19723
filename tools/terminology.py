"""One term per concept: read resources/translations/terminology.toml, check texts, write the doc.

The TOML file is the single source. ``--write`` renders docs/TERMINOLOGY.md from it; ``--check``
(the default) lists every banned variant found in the texts a user sees – the Swedish UI catalog
and its English source strings, the method packs, the example workshop and the Word labels –
and exits 1 when there is one. tests/unit/resources/test_terminology.py runs the same checks.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TERMINOLOGY = ROOT / "resources" / "translations" / "terminology.toml"
DOC = ROOT / "docs" / "TERMINOLOGY.md"
SCOPES = ("ui", "pack", "example", "labels")


@dataclass(frozen=True)
class Concept:
    id: str
    concept: str
    sv: str
    en: str
    banned_sv: tuple[str, ...] = ()
    banned_en: tuple[str, ...] = ()
    label_sv: tuple[str, ...] = ()
    label_en: tuple[str, ...] = ()
    ui_sources: tuple[str, ...] = ()
    ui_sv: str = ""
    scope: tuple[str, ...] = SCOPES
    note: str = ""


@dataclass(frozen=True)
class Text:
    """A text a user sees: where it is, its language and the text itself."""

    scope: str
    place: str
    language: str  # "sv" or "en"
    text: str


def load_concepts(path: Path = TERMINOLOGY) -> list[Concept]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    concepts = []
    for item in data["concepts"]:
        fields = {k: tuple(v) if isinstance(v, list) else v for k, v in item.items()}
        concept = Concept(**fields)
        unknown = set(concept.scope) - set(SCOPES)
        if unknown:
            raise ValueError(f"{concept.id}: unknown scope {sorted(unknown)}")
        if bool(concept.ui_sources) != bool(concept.ui_sv):
            raise ValueError(f"{concept.id}: ui_sources and ui_sv go together")
        concepts.append(concept)
    return concepts


def plain(text: str) -> str:
    """The text as shown: without the & that marks a keyboard shortcut."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def contains(text: str, phrase: str) -> bool:
    """Whether ``phrase`` occurs in ``text`` as whole words, ignoring case."""
    pattern = r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"
    return re.search(pattern, plain(text), re.IGNORECASE) is not None


def is_label(text: str, label: str) -> bool:
    """Whether the whole ``text`` is ``label`` (ignoring case, shortcut marks and a colon)."""
    return plain(text).strip().rstrip(":").strip().casefold() == label.casefold()


# --- the texts a user sees -----------------------------------------------------------------


def ui_catalog() -> dict[str, str]:
    """English source string → Swedish text, from every resources/translations/sv/*.json."""
    catalog: dict[str, str] = {}
    for path in sorted((ROOT / "resources" / "translations" / "sv").glob("*.json")):
        catalog.update(json.loads(path.read_text(encoding="utf-8")))
    return catalog


def ui_texts() -> Iterator[Text]:
    for path in sorted((ROOT / "resources" / "translations" / "sv").glob("*.json")):
        for english, swedish in json.loads(path.read_text(encoding="utf-8")).items():
            place = f"{path.name}: {english!r}"
            yield Text("ui", place, "en", english)
            yield Text("ui", place, "sv", swedish)


def pack_texts() -> Iterator[Text]:
    for path in sorted((ROOT / "resources" / "method").glob("*/*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        name = f"{path.parent.name}/{path.name}"
        yield from _toml_texts(data, name)


def _toml_texts(value: object, place: str) -> Iterator[Text]:
    if isinstance(value, dict):
        for key, item in value.items():
            where = f"{place}.{key}" if "." in place.split("/")[-1] else f"{place}: {key}"
            if isinstance(item, str) and key in ("sv", "en"):
                yield Text("pack", where, key, item)
            elif isinstance(item, str) and key in ("source", "note"):
                yield Text("pack", where, "sv", item)  # source notes are written in Swedish
            else:
                yield from _toml_texts(item, where)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _toml_texts(item, f"{place}[{index}]")


def example_texts() -> Iterator[Text]:
    for path in sorted((ROOT / "resources" / "examples").glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        language = document.get("workshop", {}).get("language", "sv")
        for place, text in _json_strings(document, path.name):
            yield Text("example", place, language, text)


def _json_strings(value: object, place: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield place, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _json_strings(item, f"{place}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _json_strings(item, f"{place}[{index}]")


def label_texts() -> Iterator[Text]:
    sys.path.insert(0, str(ROOT))
    from workshop_app.export.labels import LABELS

    for language, labels in LABELS.items():
        for key, text in labels.items():
            yield Text("labels", f"export/labels.py {language.upper()}[{key!r}]", language, text)


def all_texts() -> list[Text]:
    return [*ui_texts(), *pack_texts(), *example_texts(), *label_texts()]


# --- the checks ----------------------------------------------------------------------------


def violations(concepts: list[Concept], texts: list[Text]) -> list[str]:
    """One line per banned variant found, naming the place, the variant and the chosen term."""
    found = []
    for concept in concepts:
        for text in texts:
            if text.scope not in concept.scope:
                continue
            banned = concept.banned_sv if text.language == "sv" else concept.banned_en
            labels = concept.label_sv if text.language == "sv" else concept.label_en
            chosen = concept.sv if text.language == "sv" else concept.en
            for phrase in banned:
                if contains(text.text, phrase):
                    found.append(f"{text.place}: “{phrase}” – write “{chosen}” ({concept.id})")
            for label in labels:
                if is_label(text.text, label):
                    found.append(f"{text.place}: label “{label}” – write “{chosen}” ({concept.id})")
    return found


def missing_ui_terms(concepts: list[Concept], catalog: dict[str, str]) -> list[str]:
    """UI strings of a concept whose Swedish text does not use the chosen term."""
    found = []
    for concept in concepts:
        for source in concept.ui_sources:
            if source not in catalog:
                found.append(f"{concept.id}: {source!r} is not in the UI catalog")
            elif not contains(catalog[source], concept.ui_sv) and (
                concept.ui_sv.casefold() not in plain(catalog[source]).casefold()
            ):
                shown = catalog[source]
                found.append(f"{concept.id}: {source!r} → {shown!r} lacks “{concept.ui_sv}”")
    return found


# --- the document --------------------------------------------------------------------------


def render(concepts: list[Concept]) -> str:
    lines = [
        "# Terminologi – ett ord per begrepp",
        "",
        "<!-- Skapad av tools/terminology.py från resources/translations/terminology.toml;",
        "     ändra i TOML-filen och kör `.venv/bin/python tools/terminology.py --write`. -->",
        "",
        "Appens texter (GUI:t på svenska och engelska, metodpaketet, exempelworkshopen och",
        "Word-exporten) använder en term per begrepp. `tests/unit/resources/test_terminology.py`",
        "fallerar när en förbjuden variant dyker upp i någon av dem. *Etikett* betyder att ordet",
        "är fel som hel rubrik eller värde men kan vara riktigt i löptext.",
        "",
        "| Begrepp | Term (sv) | Term (en) | Förbjudna varianter | Gäller |",
        "|---|---|---|---|---|",
    ]
    for c in concepts:
        banned = [*(f"{w}" for w in c.banned_sv), *(f"etikett ”{w}”" for w in c.label_sv)]
        banned += [f"en: {w}" for w in c.banned_en]
        banned += [f"en: etikett ”{w}”" for w in c.label_en]
        scope = "alla" if tuple(c.scope) == SCOPES else ", ".join(c.scope)
        row = [c.concept, c.sv, c.en, "; ".join(banned) or "–", scope]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |")
    lines += ["", "## Kommentarer", ""]
    lines += [f"- **{c.sv}**: {' '.join(c.note.split())}" for c in concepts if c.note]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    concepts = load_concepts()
    if "--write" in argv:
        DOC.write_text(render(concepts), encoding="utf-8")
        print(f"wrote {DOC.relative_to(ROOT)}")
    problems = violations(concepts, all_texts()) + missing_ui_terms(concepts, ui_catalog())
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
