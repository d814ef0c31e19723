"""The minutes' record fields in the workshop file: the logo as base64, checked like the rest."""

from __future__ import annotations

import base64
import copy
from typing import Any

import pytest

from tests.unit.domain.hostile_workshop_files import encode
from tests.unit.domain.workshop_file_samples import TINY_PNG_BASE64, rich_version_2
from workshop_app.domain.errors import WorkshopFileError
from workshop_app.domain.limits import LOGO_MAX_BYTES
from workshop_app.domain.logo import logo_problem, media_type_of
from workshop_app.domain.model import Attachment, Logo, Recipient
from workshop_app.domain.workshop_file import parse_workshop_document

PNG = base64.b64decode(TINY_PNG_BASE64)


def with_logo(media_type: str, data: str) -> dict[str, Any]:
    document = copy.deepcopy(rich_version_2())
    document["workshop"]["logo"] = {"media_type": media_type, "data": data}
    return document


def test_the_record_fields_are_read_whole() -> None:
    workshop = parse_workshop_document(encode(rich_version_2()))
    assert workshop.note_taker == "Sekreterare, Exempelby kommun"
    assert workshop.logo == Logo("image/png", PNG)
    assert workshop.attachments == (
        Attachment("b2", "Lägesbild, polisen"),
        Attachment("b1", "Deltagarlista"),
    )
    assert workshop.distribution == (Recipient("s1", "Styrgruppen för trygghet"),)
    assert workshop.notes[0].resolved_at is not None
    assert workshop.notes[0].resolved_at.isoformat() == "2026-09-01T11:30:00+02:00"


def test_a_file_without_them_reads_as_empty() -> None:
    document = rich_version_2()
    body = document["workshop"]
    for key in ("note_taker", "logo", "attachments", "distribution"):
        del body[key]
    del body["notes"][0]["resolved_at"]
    workshop = parse_workshop_document(encode(document))
    assert (workshop.note_taker, workshop.logo, workshop.attachments) == ("", None, ())
    assert workshop.distribution == () and workshop.notes[0].resolved_at is None


@pytest.mark.parametrize(
    ("media_type", "data", "expected"),
    [
        ("image/png", "not base64!", "logo.data: not valid base64"),
        ("image/jpeg", TINY_PNG_BASE64, 'a image/png picture, not "image/jpeg"'),
        ("image/png", base64.b64encode(b"GIF89a" + bytes(20)).decode(), "neither a PNG nor"),
        (
            "image/png",
            base64.b64encode(PNG + bytes(LOGO_MAX_BYTES + 1 - len(PNG))).decode(),
            "more than the 1 048 576 allowed",
        ),
    ],
)
def test_a_bad_logo_is_refused_with_its_place(media_type: str, data: str, expected: str) -> None:
    with pytest.raises(WorkshopFileError) as caught:
        parse_workshop_document(encode(with_logo(media_type, data)))
    assert expected in str(caught.value)
    assert str(caught.value).startswith("logo")


def test_an_attachment_needs_a_title_and_a_unique_id() -> None:
    document = rich_version_2()
    document["workshop"]["attachments"][1]["id"] = "b2"
    with pytest.raises(WorkshopFileError, match=r'attachments\[1\].id: duplicate id "b2"'):
        parse_workshop_document(encode(document))
    document = rich_version_2()
    document["workshop"]["distribution"][0]["recipient"] = ""
    with pytest.raises(WorkshopFileError, match=r"distribution\[0\].recipient"):
        parse_workshop_document(encode(document))


def test_the_kind_is_told_by_the_bytes() -> None:
    assert media_type_of(PNG) == "image/png"
    assert media_type_of(b"\xff\xd8\xff\xe0" + bytes(10)) == "image/jpeg"
    assert media_type_of(b"<svg") is None
    assert logo_problem("image/png", PNG) is None
