"""The indicator board shows an old workshop's retired indicator id in the catalog's place."""

from __future__ import annotations

from workshop_app.domain.enums import IndicatorStatus
from workshop_app.domain.method_pack.loader import load_method_pack
from workshop_app.domain.model import Indicator, IndicatorAssessment, Workshop
from workshop_app.gui.steps.indicators.indicator_board_model import OWN_GROUP, build_board

RETIRED = "pressure_to_withdraw"  # merged into withdrawn_reports (issue 17)
LIVE = "withdrawn_reports"


def old_workshop(*extra: Indicator) -> Workshop:
    return Workshop(
        id="w1",
        title="Gammal workshop",
        indicators=(Indicator(RETIRED, "Påtryckningar att ta tillbaka anmälan"), *extra),
        indicator_assessments=(IndicatorAssessment(RETIRED, IndicatorStatus.OBSERVED),),
    )


def entries_of(workshop: Workshop, group_id: str) -> list[tuple[str, str, bool]]:
    board = build_board(workshop, load_method_pack(), "sv", "Egna indikatorer")
    group = next((g for g in board if g.key == group_id), None)
    if group is None:
        return []
    return [(e.indicator_id, e.title, e.custom) for e in group.entries]


def test_a_retired_id_takes_the_place_of_the_indicator_it_now_means() -> None:
    pack = load_method_pack()
    title = pack.indicator(LIVE).title.sv  # type: ignore[union-attr]
    entries = entries_of(old_workshop(), "public_space")
    ids = [entry[0] for entry in entries]
    assert RETIRED in ids and LIVE not in ids  # one row, holding the saved assessment
    assert (RETIRED, title, False) in entries  # linked: the catalog's current wording
    assert entries_of(old_workshop(), OWN_GROUP) == []  # not shown as an own indicator


def test_a_workshop_holding_both_ids_shows_both_rows() -> None:
    workshop = old_workshop(Indicator(LIVE, "Anmälningar tas tillbaka"))
    ids = [entry[0] for entry in entries_of(workshop, "public_space")]
    assert ids.index(LIVE) + 1 == ids.index(RETIRED)
