"""Documents are dated by the meeting they record; a re-export differs only in print line and id."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

import pytest

from tests.unit.export.factories import CET, EXPORTED_AT, realistic_workshop
from tests.unit.export.reading import all_parts, paragraphs, reopen
from workshop_app.domain import meeting_choice
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Meeting, Workshop
from workshop_app.export import minutes_bytes
from workshop_app.export.options import VARIANTS, ExportOptions

LATER = datetime(2027, 1, 9, 8, 30, tzinfo=CET)


def _without_print_line(document_xml: bytes) -> bytes:
    text = document_xml.decode()
    text, removed = re.subn(r"<w:p>(?:(?!</w:p>).)*Utskriven [^<]*</w:t>.*?</w:p>", "", text)
    assert removed == 1
    return text.encode()


@pytest.mark.parametrize("variant", VARIANTS)
def test_re_export_of_unchanged_content_differs_only_in_print_line_and_id(
    pack: MethodPack, workshop: Workshop, variant: str
) -> None:
    first = all_parts(minutes_bytes(workshop, pack, variant=variant, exported_at=EXPORTED_AT))
    second = all_parts(minutes_bytes(workshop, pack, variant=variant, exported_at=LATER))
    assert first.keys() == second.keys()
    differing = {name for name in first if first[name] != second[name]}
    assert differing == {"word/document.xml", "docProps/core.xml", "word/settings.xml"}
    doc = "word/document.xml"
    assert _without_print_line(first[doc]) == _without_print_line(second[doc])
    assert b"Utskriven 2026-11-20 16:05" in first[doc]
    assert b"Utskriven 2027-01-09 08:30" in second[doc]
    # Settings differ only in Word's document id; the core properties carry a new identifier.
    strip_id = re.compile(rb'<w14:docId w14:val="[0-9A-F]+"/>')
    assert strip_id.sub(b"", first["word/settings.xml"]) == strip_id.sub(
        b"", second["word/settings.xml"]
    )
    ids = [re.search(rb"<dc:identifier>([^<]+)<", p["docProps/core.xml"]) for p in (first, second)]
    assert ids[0] and ids[1] and ids[0].group(1) != ids[1].group(1)


def test_cover_and_footer_carry_the_meeting_date_not_the_export_date(
    pack: MethodPack, workshop: Workshop
) -> None:
    data = minutes_bytes(workshop, pack, exported_at=EXPORTED_AT)
    texts = [p.text for p in paragraphs(reopen(data))]
    assert "Datum: 2026-11-03" in texts
    assert "Möte: 2026-11-03, 13:00–16:00, Norrbacka medborgarkontor" in texts
    assert not [t for t in texts if "2026-11-20" in t and not t.startswith("Utskriven")]


def test_chosen_meetings_date_the_minutes_and_name_the_next_meeting(
    pack: MethodPack, workshop: Workshop
) -> None:
    planned = Meeting("mt3", date(2027, 1, 12), "09:00", "11:00", "Kommunhuset")
    workshop = replace(workshop, meetings=(*workshop.meetings, planned))
    options = ExportOptions(meetings=("2026-10-06",))
    data = minutes_bytes(workshop, pack, exported_at=EXPORTED_AT, options=options)
    texts = [p.text for p in paragraphs(reopen(data))]
    assert "Datum: 2026-10-06" in texts
    assert "Nästa möte: 2026-11-03, 13:00–16:00, Norrbacka medborgarkontor" in texts
    # By default the last meeting held, not the planned one after the export day.
    default = minutes_bytes(workshop, pack, exported_at=EXPORTED_AT)
    texts = [p.text for p in paragraphs(reopen(default))]
    assert "Datum: 2026-11-03" in texts
    assert "Nästa möte: 2027-01-12, 09:00–11:00, Kommunhuset" in texts


def test_an_unknown_meeting_is_refused(pack: MethodPack, workshop: Workshop) -> None:
    with pytest.raises(LookupError):
        minutes_bytes(workshop, pack, options=ExportOptions(meetings=("2020-01-01",)))


def test_meeting_choice_rules() -> None:
    a = Meeting("a", date(2026, 1, 1))
    b = Meeting("b", date(2026, 3, 1))
    c = Meeting("c", date(2026, 6, 1))
    assert meeting_choice.covered((c, a, b), (), date(2026, 4, 1)) == (b,)
    assert meeting_choice.covered((c, b), (), date(2025, 1, 1)) == (b,)  # none held yet
    assert meeting_choice.covered((a, b, c), ("c", "2026-01-01"), date(2026, 4, 1)) == (a, c)
    assert meeting_choice.covered((), (), date(2026, 4, 1)) == ()
    assert meeting_choice.next_after((a, b, c), date(2026, 3, 1)) == c
    assert meeting_choice.next_after((a, b), date(2026, 3, 1)) is None


def test_without_meetings_the_document_is_dated_by_the_last_change(pack: MethodPack) -> None:
    workshop = replace(
        realistic_workshop(), meetings=(), updated_at=datetime(2026, 9, 30, 10, 0, tzinfo=CET)
    )
    texts = [p.text for p in paragraphs(reopen(minutes_bytes(workshop, pack, exported_at=LATER)))]
    assert "Datum: 2026-09-30" in texts
