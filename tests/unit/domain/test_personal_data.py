"""The personal data detector: identity numbers (Luhn), phones, e-mail, addresses, no false alarms."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.unit.storage.builders import rich_workshop
from workshop_app.domain.enums import SourceType
from workshop_app.domain.model import IndicatorSource, Participant
from workshop_app.domain.personal_data import (
    PersonalDataKind,
    find_personal_data,
    identity_number_kind,
    luhn_valid,
    mask,
    scan_workshop,
)

PIN = PersonalDataKind.PERSONAL_IDENTITY_NUMBER
COORD = PersonalDataKind.COORDINATION_NUMBER
PHONE = PersonalDataKind.PHONE_NUMBER
EMAIL = PersonalDataKind.EMAIL_ADDRESS
ADDRESS = PersonalDataKind.STREET_ADDRESS


def check_digit(nine: str) -> str:
    """Luhn check digit, computed here independently: weights 2,1,2,1… from the left."""
    total = 0
    for index, char in enumerate(nine):
        product = int(char) * (2 - index % 2)
        total += product // 10 + product % 10
    return str((10 - total % 10) % 10)


def found(text: str) -> list[tuple[PersonalDataKind, str]]:
    return [(f.kind, text[f.start : f.end]) for f in find_personal_data(text)]


# ---- identity numbers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "811218-9876",  # YYMMDD-NNNN
        "121212-1212",  # Tolvan Tolvansson, Skatteverket's example
        "811218+9876",  # YYMMDD+NNNN: 100 years or older
        "198112189876",  # YYYYMMDDNNNN
        "19811218-9876",  # YYYYMMDD-NNNN
        "8112189876",  # YYMMDDNNNN
        "20000229-" + "123" + check_digit("000229123"),  # leap day
    ],
)
def test_valid_personal_identity_numbers(number: str) -> None:
    assert found(f"Hen har personnummer {number}.") == [(PIN, number)]
    assert identity_number_kind(number) is PIN


@pytest.mark.parametrize(
    "number",
    [
        "811218-9875",  # wrong check digit
        "811218-9877",
        "198112189870",
        "811318-9876",  # month 13
        "810230-" + "123" + check_digit("810230123"),  # 30 February
        "810001-" + "123" + check_digit("810001123"),  # day 0
        "19811218+9876",  # "+" only goes with the 10-digit form
        "17811218-9876",  # no such century
        "556677-8899",  # an organisation number: month 66
    ],
)
def test_invalid_identity_numbers_are_not_reported(number: str) -> None:
    assert found(f"nummer {number} här") == []
    assert identity_number_kind(number) is None


@pytest.mark.parametrize("number", ["19811218 9876", "811218 9876"])
def test_identity_numbers_written_with_a_space(number: str) -> None:
    assert found(f"Nummer {number} i anmälan") == [(PIN, number)]


def test_coordination_numbers_have_sixty_added_to_the_day() -> None:
    number = "811278-" + "987" + check_digit("811278987")  # 18 December + 60
    assert found(number) == [(COORD, number)]
    assert found("19" + number.replace("-", "")) == [(COORD, "19" + number.replace("-", ""))]
    day_92 = "811292-" + "987" + check_digit("811292987")  # 32 December does not exist
    assert found(day_92) == []


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2025, 12, 31)),
    st.integers(0, 999),
    st.booleans(),
)
def test_every_valid_number_in_every_format(day: date, serial: int, coordination: bool) -> None:
    shown_day = day.day + (60 if coordination else 0)
    nine = f"{day:%y%m}{shown_day:02d}{serial:03d}"
    ten = nine + check_digit(nine)
    century = f"{day.year // 100}"
    kind = COORD if coordination else PIN
    for written in (f"{ten[:6]}-{ten[6:]}", ten, century + ten, f"{century}{ten[:6]}-{ten[6:]}"):
        assert found(f"x {written} y") == [(kind, written)], written
        wrong = written[:-1] + str((int(written[-1]) + 1) % 10)
        assert all(k not in (PIN, COORD) for k, _ in found(f"x {wrong} y")), wrong


def test_luhn() -> None:
    assert luhn_valid("8112189876")
    assert luhn_valid("1212121212")
    assert not luhn_valid("8112189875")
    for nine in ("000000000", "640823323", "999999999", "121212121"):
        digits = [nine + str(d) for d in range(10)]
        assert [luhn_valid(d) for d in digits].count(True) == 1
        assert luhn_valid(nine + check_digit(nine))


# ---- phone numbers, e-mail, addresses --------------------------------------------------------


@pytest.mark.parametrize(
    "phone",
    [
        "070-123 45 67",
        "070-1234567",
        "0701234567",
        "070 123 45 67",
        "08-123 456 78",
        "08-123 45 67",
        "031-12 34 56",
        "0920-123 45",
        "+46 70 123 45 67",
        "+46701234567",
        "+46 (0)70-123 45 67",
        "0046 8 123 456 78",
        "(08) 123 45 67",
        "070–123 45 67",  # an en dash, as word processors write it
        "070/123 45 67",
        "+46-70-123 45 67",
    ],
)
def test_phone_numbers(phone: str) -> None:
    assert found(f"Ring {phone} i morgon") == [(PHONE, phone)]
    assert found(f"({phone})") == [(PHONE, phone)]


@pytest.mark.parametrize(
    "email",
    ["anna.svensson@kommun.se", "a+b@exempel-bolag.co.uk", "Åsa.Öberg@polisen.se", "x_y@s.nu"],
)
def test_email_addresses(email: str) -> None:
    assert found(f"Mejla {email}, tack.") == [(EMAIL, email)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("bor på Storgatan 12 sedan", "Storgatan 12"),
        ("Björkvägen 3B", "Björkvägen 3B"),
        ("Björkvägen 3 B", "Björkvägen 3 B"),
        ("Kungsgatan 5 lgh 1101", "Kungsgatan 5 lgh 1101"),
        ("Kungsgatan 5, lgh 1101", "Kungsgatan 5, lgh 1101"),
        ("Lilla gränd: Tunnbindargränd 4", "Tunnbindargränd 4"),
        ("vid Stortorget 3", "Stortorget 3"),
        ("Järnvägsplatsen 1", "Järnvägsplatsen 1"),
        ("Ekbacken 14", "Ekbacken 14"),
        ("Skogsstigen 7", "Skogsstigen 7"),
        ("Lindallén 22", "Lindallén 22"),
        ("Sankt Eriksgatan 101", "Eriksgatan 101"),
        ("Drottning Kristinas väg 5", "Kristinas väg 5"),
        ("STORGATAN 12", "STORGATAN 12"),
        ("Norra Allén 3", "Norra Allén 3"),
    ],
)
def test_street_addresses_with_door_numbers(text: str, address: str) -> None:
    assert found(text) == [(ADDRESS, address)]


@pytest.mark.parametrize(
    "text",
    [
        "Workshopen hålls 2026-11-22 kl. 09:00–12:00.",
        "Mötet 22/11/2026 och 05-11-2026 och 5.11.2026",
        "Sedan 2019 har 2 345 anmälningar kommit in; 12 rader i tabellen.",
        "Budget 1 250 000 kr (0,5 mnkr), 12,5 procent.",
        "Lag (2023:196) om informationsutbyte, SFS 2023:196.",
        "Id p12, c3, m-4, ärende 2023-1234, uuid 0190a3c4-5b7e-7aa1-8f3c-1234567890ab.",
        "Organisationsnummer 556677-8899.",
        "Tel. nr saknas; 070 st besök.",
        "Storgatan är avstängd; gatan 12 gånger i veckan; vägen 3 meter bred.",
        "På arbetsplatsen 12 personer; åtgärdsplan 2; Stortorget 12:30.",
        "Kl 08.30 och 0830 och 08:30",
        "Version 1.2.3, 10 000 invånare, 100 % av 20 kommuner, år 1998–2003.",
        "@kommunen på sociala medier, e-post: saknas",
        "811218-9876X och X811218-9876 och 1811218-98765",  # glued to letters or digits
        "Storgatan 2023",  # a year, not a door number
        "Ringvägen 30 km/h",
        "Stortorget 3 kvällar",
        "05 06 07 08 09",  # "05" is no area code
        "ikon@2x.png",  # a file name
        "Backavägen 12–24",  # a block: the method asks for places
        "storgatan 12-14",
        "Öppet 0800-1200",
        "",
    ],
)
def test_no_false_alarms(text: str) -> None:
    assert found(text) == []


def test_several_findings_in_order_with_masked_excerpts() -> None:
    text = "Anna (811218-9876) bor på Storgatan 12, ring 070-123 45 67 eller anna@ex.se"
    findings = find_personal_data(text)
    assert [f.kind for f in findings] == [PIN, ADDRESS, PHONE, EMAIL]
    assert [f.excerpt_masked for f in findings] == [
        "81••••-••••",
        "St••••••• ••",
        "07•-••• •• ••",
        "an••@••.••",
    ]
    for finding in findings:
        assert "9876" not in finding.excerpt_masked
        assert "45 67" not in finding.excerpt_masked


def test_an_email_with_digits_is_one_finding() -> None:
    assert found("kontakt: anna0701234567@kommun.se") == [(EMAIL, "anna0701234567@kommun.se")]


def test_mask() -> None:
    assert mask("19811218-9876") == "19••••••-••••"
    assert mask("a") == "a"
    assert mask("") == ""


# ---- whole workshops -------------------------------------------------------------------------


def test_the_rich_example_has_no_personal_data() -> None:
    assert scan_workshop(rich_workshop()) == []


def test_scan_workshop_names_the_place_of_each_finding() -> None:
    base = rich_workshop()
    problem = dataclasses.replace(base.problems[0], description="Ring 070-123 45 67")
    assessment = base.indicator_assessments[0]
    source = IndicatorSource(base.organisations[0].id, SourceType.STATISTICS, note="a@b.se")
    sourced = dataclasses.replace(
        assessment, observations="Storgatan 12", sources=(*assessment.sources, source)
    )
    participant = Participant("p-x", "Anna 811218-9876", role="070-123 45 67")
    workshop = dataclasses.replace(
        base,
        purpose="Kontakt anna@kommun.se",
        problems=(problem, *base.problems[1:]),
        indicator_assessments=(sourced, *base.indicator_assessments[1:]),
        participants=(*base.participants, participant),
        notes=(dataclasses.replace(base.notes[0], text="811218-9876"), *base.notes[1:]),
    )
    places = {(p.collection, p.key, p.field, p.finding.kind) for p in scan_workshop(workshop)}
    index = len(assessment.sources)
    assert places == {
        (None, (), "purpose", EMAIL),
        ("problems", (problem.id,), "description", PHONE),
        ("indicator_assessments", (assessment.indicator_id,), "observations", ADDRESS),
        ("indicator_assessments", (assessment.indicator_id,), f"sources[{index}].note", EMAIL),
        ("notes", (base.notes[0].id,), "text", PIN),
    }  # nothing from the participant: names and roles of participants belong in minutes


def test_scan_covers_every_free_text_field() -> None:
    """Each plain-text field of every collection (but participants) is scanned."""
    from workshop_app.domain.collections import COLLECTIONS

    workshop = rich_workshop()
    marker = "070-123 45 67"
    for spec in COLLECTIONS.values():
        items = getattr(workshop, spec.name)
        if not items or spec.name == "participants":
            continue
        text_fields = [
            f.name
            for f in dataclasses.fields(spec.item_type)
            if f.type == "str" and f.name != "id" and not f.name.endswith(("_id", "_time"))
        ]
        for name in text_fields:
            changed = dataclasses.replace(items[0], **{name: marker})
            scanned = dataclasses.replace(workshop, **{spec.name: (changed, *items[1:])})
            fields = {(p.collection, p.field) for p in scan_workshop(scanned)}
            assert (spec.name, name) in fields, (spec.name, name)


def test_dates_near_today_are_not_numbers() -> None:
    today = date(2026, 11, 22)
    for offset in range(0, 400, 7):
        day = today - timedelta(days=offset)
        assert found(f"{day.isoformat()} och {day:%Y%m%d} och {day:%d/%m/%Y}") == []
