"""Text that looks like personal data: identity numbers, phone numbers, e-mail, street addresses."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from workshop_app.domain.collections import COLLECTIONS, CollectionSpec, ItemKey
from workshop_app.domain.model import Workshop


class PersonalDataKind(StrEnum):
    PERSONAL_IDENTITY_NUMBER = "personal_identity_number"  # personnummer
    COORDINATION_NUMBER = "coordination_number"  # samordningsnummer (day + 60)
    PHONE_NUMBER = "phone_number"
    EMAIL_ADDRESS = "email_address"
    STREET_ADDRESS = "street_address"  # a street with a door number


@dataclass(frozen=True, slots=True)
class Finding:
    """One match: ``text[start:end]``, and an excerpt safe to show or log (mostly masked)."""

    kind: PersonalDataKind
    start: int
    end: int
    excerpt_masked: str
    # Names the matched text without holding it: the key of a "not a person" dismissal.
    digest: str = ""


@dataclass(frozen=True, slots=True)
class PlaceFinding:
    """A finding in a workshop: ``collection`` None means a header field (title, purpose …)."""

    collection: str | None
    key: ItemKey
    field: str
    finding: Finding


# Not glued to letters, digits or number punctuation on either side (ids, ranges, decimals).
_BEFORE = r"(?<![\w+\-–/])(?<!\d[.,:])"
_AFTER = r"(?![\w]|[\-–+/.,:]\d)"

_IDENTITY = re.compile(
    _BEFORE + r"(?:(?P<century>1[89]|20)?(?P<date>\d{6})(?P<sep>[-+ ]?)(?P<serial>\d{4}))" + _AFTER
)
_PHONE = re.compile(
    _BEFORE + r"(?P<prefix>(?:\+|00)\s?46(?:\s?-\s?|\s)?(?:\(0\)\s?)?|\(0\d{1,3}\)\s?|0(?=[1-9]))"
    r"(?P<rest>\d(?:(?:\s?[-–/]\s?|\s)?\d)*+)" + _AFTER
)
# The first group of a number written "0X…" with a separator is its area code: Stockholm's
# "08" is the only two-digit one, so "05 06 07 08 09" is a list of numbers, not a phone.
_AREA_CODE = re.compile(r"0\d+")
_DATE_LIKE = re.compile(r"\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4}|\d{4}[-./]\d{2}[-./]\d{2}")
# Opening hours "0800-1200": two times of day, not a number to call.
_TIME_RANGE = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d\s?[-–]\s?(?:[01]\d|2[0-3])[0-5]\d")
_EMAIL = re.compile(
    r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.(?P<tld>[^\W\d_]{2,})(?![\w\-]|\.[\w])"
)
# "ikon@2x.png" is a file name (a high-resolution image), not an address.
_FILE_ENDINGS = frozenset(
    [
        "png",
        "jpg",
        "jpeg",
        "gif",
        "svg",
        "webp",
        "bmp",
        "tif",
        "tiff",
        "ico",
        "pdf",
        "doc",
        "docx",
        "xls",
        "xlsx",
        "ppt",
        "pptx",
        "odt",
        "txt",
        "csv",
        "json",
        "xml",
        "html",
        "htm",
        "zip",
        "mp3",
        "mp4",
        "mov",
        "avi",
    ]
)
_STREET_WORD = (
    "gatan|vägen|gränden|gränd|torget|platsen|backen|stigen|allén|allé|leden|kajen|"
    "stråket|esplanaden|promenaden|slingan"
)
_COUNT_WORDS = (
    "personer|rader|st|stycken|gånger|procent|%|kr|kronor|tkr|mkr|år|dagar|timmar|min|"
    "minuter|veckor|månader|ungdomar|elever|boende|ärenden|fall|anmälningar|deltagare|platser|"
    # units and times: "Ringvägen 30 km/h", "Stortorget 3 kvällar i rad"
    "km/h|km|m|meter|mil|kilometer|sek|sekunder|kvällar|kvällen|nätter|natten|helger|dygn|"
    "morgnar|tillfällen|larm|bilar|lägenheter|hus|butiker|incidenter|bränder|besök"
)
# "Drottning Kristinas väg 5", "Norra Allén 3", "Västra Esplanaden 45"
_STREET_SEPARATE = "väg|gata|gränd|allé|allén|esplanaden|torg|plats|backe|stig"
_ADDRESS = re.compile(
    r"(?<![\w])"
    rf"(?P<street>\w{{2,}}?(?:{_STREET_WORD})|(?-i:[A-ZÅÄÖ])\w+\s(?:{_STREET_SEPARATE}))"
    # A door number has one to three digits ("Storgatan 2023" names a year) …
    r"\s+(?P<number>[1-9]\d{0,2}(?:(?:[A-Za-z]|\s(?-i:[A-Z]))(?![\w]))?)"
    r"(?P<flat>,?\s+(?:lgh|lägenhet|lgh\.|tr|trappor)\s*\d{1,4})?"
    # … and a range ("Backavägen 12–24") is a block, which the method asks for.
    r"(?![\w]|[\-–/.,:]\d|\s?[-–]\s?\d)"
    rf"(?!\s*(?:{_COUNT_WORDS})(?!\w))",  # "arbetsplatsen 12 personer" is a count
    re.IGNORECASE,
)


# Every kind found here needs a digit (numbers, door numbers) or an "@" (e-mail).
_DIGIT = re.compile(r"\d")


def find_personal_data(text: str) -> list[Finding]:
    """Everything in ``text`` that looks like personal data, in order, never overlapping."""
    return list(_findings(text))


# The hint re-scans the whole workshop on the UI thread after every edit (about 10,000
# fields in a large one); nearly all texts are unchanged since the last scan.
@functools.lru_cache(maxsize=32_768)
def _findings(text: str) -> tuple[Finding, ...]:
    if "@" not in text and not _DIGIT.search(text):
        return ()
    found: list[Finding] = []
    for finder in (_emails, _identity_numbers, _phone_numbers, _addresses):
        for kind, start, end in finder(text):
            if all(end <= f.start or start >= f.end for f in found):
                excerpt = text[start:end]
                found.append(
                    Finding(kind, start, end, mask(excerpt), finding_digest(kind, excerpt))
                )
    return tuple(sorted(found, key=lambda f: f.start))


def scan_workshop(workshop: Workshop) -> list[PlaceFinding]:
    """Findings in every free-text field of a workshop, header first, in display order.

    Participants (names, roles) are left out: who took part is normal content of minutes.
    """
    places: list[PlaceFinding] = []
    for name in _text_fields(Workshop):
        places += _scan_field(None, (), name, getattr(workshop, name))
    for spec in COLLECTIONS.values():
        if spec.name == "participants":
            continue
        places += _scan_collection(spec, getattr(workshop, spec.name))
    return places


# The last scan of each collection, by the identity of its tuple: a field edit replaces one
# collection of the snapshot and keeps the others, so only that one is scanned again.
_LAST_SCAN: dict[str, tuple[tuple[Any, ...], list[PlaceFinding]]] = {}


def _scan_collection(spec: CollectionSpec, items: tuple[Any, ...]) -> list[PlaceFinding]:
    last = _LAST_SCAN.get(spec.name)
    if last is not None and last[0] is items:
        return last[1]
    places: list[PlaceFinding] = []
    for item in items:
        places += _scan_item(spec.name, spec.key_of(item), item, "")
    _LAST_SCAN[spec.name] = (items, places)
    return places


def finding_digest(kind: PersonalDataKind, excerpt: str) -> str:
    """A short SHA-256 of the kind and the matched text (spaces collapsed, case folded):
    the same text dismissed once is dismissed wherever it recurs, and the key holds no text."""
    normal = " ".join(excerpt.split()).casefold()
    return hashlib.sha256(f"{kind.value}\n{normal}".encode()).hexdigest()[:24]


def mask(excerpt: str) -> str:
    """``excerpt`` with every letter and digit after the first two replaced by "•"."""
    shown = 0
    out = []
    for char in excerpt:
        if char.isalnum():
            out.append(char if shown < 2 else "•")
            shown += 1
        else:
            out.append(char)
    return "".join(out)


def luhn_valid(digits: str) -> bool:
    """The Luhn check (the last digit of a personal identity number checks the nine before)."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def identity_number_kind(candidate: str) -> PersonalDataKind | None:
    """What a written number is: a valid personnummer, samordningsnummer, or None."""
    match = _IDENTITY.fullmatch(candidate)
    return _classify(match) if match else None


# ---- finders ----------------------------------------------------------------------------


def _identity_numbers(text: str) -> list[tuple[PersonalDataKind, int, int]]:
    found = []
    for match in _IDENTITY.finditer(text):
        kind = _classify(match)
        if kind is not None:
            found.append((kind, match.start(), match.end()))
    return found


def _classify(match: re.Match[str]) -> PersonalDataKind | None:
    century, digits, sep = match["century"], match["date"], match["sep"]
    if century and sep == "+":  # "+" (over 100 years old) goes with the 10-digit form only
        return None
    year, month, day = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    kind = PersonalDataKind.PERSONAL_IDENTITY_NUMBER
    if day > 60:
        day -= 60
        kind = PersonalDataKind.COORDINATION_NUMBER
    full_year = int(century) * 100 + year if century else 2000 + year  # 2000: 29 Feb works
    try:
        date(full_year, month, day)
    except ValueError:
        return None
    return kind if luhn_valid(digits + match["serial"]) else None


def _phone_numbers(text: str) -> list[tuple[PersonalDataKind, int, int]]:
    found = []
    for match in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        prefix = match["prefix"]
        if prefix.startswith(("+", "00")):
            national = digits[4:] if prefix.startswith("00") else digits[2:]
            national = national.removeprefix("0") if "(0)" in prefix else national
        else:
            national = digits[1:]
        if not 7 <= len(national) <= 9 or national[0] == "0":
            continue
        if _DATE_LIKE.fullmatch(match.group()) or _TIME_RANGE.fullmatch(match.group()):
            continue
        if prefix == "0" and not match.group().isdigit():
            area = _AREA_CODE.match(match.group())
            if area is not None and len(area.group()) == 2 and area.group() != "08":
                continue
        found.append((PersonalDataKind.PHONE_NUMBER, match.start(), match.end()))
    return found


def _emails(text: str) -> list[tuple[PersonalDataKind, int, int]]:
    return [
        (PersonalDataKind.EMAIL_ADDRESS, m.start(), m.end())
        for m in _EMAIL.finditer(text)
        if m["tld"].lower() not in _FILE_ENDINGS
    ]


def _addresses(text: str) -> list[tuple[PersonalDataKind, int, int]]:
    return [(PersonalDataKind.STREET_ADDRESS, m.start(), m.end()) for m in _ADDRESS.finditer(text)]


# ---- walking a workshop -------------------------------------------------------------------


@functools.cache
def _text_fields(cls: type) -> tuple[str, ...]:
    """Fields annotated plain ``str``, except ids and times of day."""
    return tuple(
        f.name
        for f in dataclasses.fields(cls)
        if f.type == "str"
        and f.name != "id"
        and not f.name.endswith("_id")
        and not f.name.endswith("_time")
    )


@functools.cache
def _tuple_fields(cls: type) -> tuple[str, ...]:
    """Fields holding a tuple (of ids, or of nested items such as an assessment's sources)."""
    return tuple(f.name for f in dataclasses.fields(cls) if str(f.type).startswith("tuple["))


def _scan_item(collection: str, key: ItemKey, item: Any, prefix: str) -> list[PlaceFinding]:
    places: list[PlaceFinding] = []
    kind: type = type(item)  # typed as a class: functools.cache keys on it
    for name in _text_fields(kind):
        places += _scan_field(collection, key, prefix + name, getattr(item, name))
    for name in _tuple_fields(kind):
        value = getattr(item, name)
        if value and dataclasses.is_dataclass(value[0]):
            for index, nested in enumerate(value):  # the sources of an indicator assessment
                places += _scan_item(collection, key, nested, f"{prefix}{name}[{index}].")
    return places


def _scan_field(collection: str | None, key: ItemKey, name: str, value: str) -> list[PlaceFinding]:
    if not value:
        return []
    return [PlaceFinding(collection, key, name, f) for f in _findings(value)]
