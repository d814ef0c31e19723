"""Retired indicator ids (aliases) still link old workshop files to the catalog."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from workshop_app.domain.information_matrix import catalog_order
from workshop_app.domain.method_pack.errors import MethodPackError
from workshop_app.domain.method_pack.loader import (
    DEFAULT_METHOD_PACK,
    load_method_pack,
    load_method_pack_from,
)
from workshop_app.domain.resources import resource_path
from workshop_app.domain.workshop_file.reader import parse_workshop_document

RETIRED = "pressure_to_withdraw"  # merged into withdrawn_reports (issue 17)
LIVE = "withdrawn_reports"


def test_a_retired_id_resolves_to_the_indicator_it_was_merged_into() -> None:
    pack = load_method_pack()
    assert RETIRED not in {indicator.id for indicator in pack.indicators}
    assert pack.resolve_indicator_id(RETIRED) == LIVE
    assert pack.indicator(RETIRED) is pack.indicator(LIVE)
    assert pack.aliases_of(LIVE) == (RETIRED,)
    assert RETIRED in pack.known_indicator_ids()
    assert pack.resolve_indicator_id("open_drug_dealing") == "open_drug_dealing"
    assert pack.indicator("no_such_indicator") is None


def old_workshop_file() -> bytes:
    """The shipped example as an older release saved it: one indicator under the retired id."""
    path = resource_path("examples", "exempel-solbacken.workshop.json")
    document = json.loads(path.read_bytes())
    workshop = document["workshop"]
    workshop["indicators"].append(
        {
            "id": RETIRED,
            "title": "Påtryckningar på brottsutsatta att ta tillbaka anmälan",
            "description": "",
            "group": "Egen rättsskipning och konfliktlösning utanför rättssystemet",
            "custom": False,
        }
    )
    workshop["indicator_assessments"].append(
        {"indicator_id": RETIRED, "status": "observed", "observations": "Två fall i våras."}
    )
    return json.dumps(document, ensure_ascii=False).encode()


def test_an_old_file_with_a_retired_id_still_links_to_the_catalog() -> None:
    pack = load_method_pack()
    workshop = parse_workshop_document(
        old_workshop_file(), known_indicator_ids=pack.known_indicator_ids()
    )
    old = next(i for i in workshop.indicators if i.id == RETIRED)
    assert old.custom is False  # linked, not turned into an own indicator
    # The file's data stays as saved: same id, same assessment.
    assessment = next(a for a in workshop.indicator_assessments if a.indicator_id == RETIRED)
    assert assessment.observations == "Två fall i våras."
    linked = pack.indicator(old.id)
    assert linked is not None and linked.id == LIVE
    assert catalog_order(pack)[RETIRED] == catalog_order(pack)[LIVE]


def test_without_the_alias_the_same_file_would_lose_the_link() -> None:
    pack = load_method_pack()
    live_only = {indicator.id for indicator in pack.indicators}
    workshop = parse_workshop_document(old_workshop_file(), known_indicator_ids=live_only)
    assert next(i for i in workshop.indicators if i.id == RETIRED).custom is True


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    folder = tmp_path / DEFAULT_METHOD_PACK
    shutil.copytree(resource_path("method", DEFAULT_METHOD_PACK), folder)
    return folder


def replace_alias(folder: Path, old: str, new: str) -> None:
    path = folder / "indicators.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            f'id = "{RETIRED}"',
            'id = "open_drug_dealing"',
            'aliases[0].id: "open_drug_dealing" is an indicator of the catalog',
        ),
        (
            f'indicator = "{LIVE}"',
            f'indicator = "{RETIRED}"',
            f'aliases[0].indicator: unknown indicator "{RETIRED}"',
        ),
        (f'indicator = "{LIVE}"', f'target = "{LIVE}"', "aliases[0]"),
    ],
)
def test_a_broken_alias_is_refused_naming_the_key(
    pack_dir: Path, old: str, new: str, message: str
) -> None:
    replace_alias(pack_dir, old, new)
    with pytest.raises(MethodPackError) as caught:
        load_method_pack_from(pack_dir)
    assert "indicators.toml" in str(caught.value)
    assert message in str(caught.value)
