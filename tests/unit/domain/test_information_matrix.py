"""The information matrix and its knowledge gaps, on workshops built by hand."""

from __future__ import annotations

from dataclasses import replace

from workshop_app.domain.enums import IndicatorStatus, SourceType
from workshop_app.domain.information_matrix import (
    catalog_order,
    in_matrix,
    is_gap,
    knowledge_gaps,
    matrix_rows,
    status_of,
    with_cell,
)
from workshop_app.domain.method_pack.loader import load_method_pack
from workshop_app.domain.model import (
    Indicator,
    IndicatorAssessment,
    IndicatorSource,
    Organisation,
    Workshop,
)

OBSERVED = IndicatorStatus.OBSERVED
NOT_OBSERVED = IndicatorStatus.NOT_OBSERVED
UNKNOWN = IndicatorStatus.UNKNOWN


def source(org: str, kind: SourceType = SourceType.CASE_RECORDS, note: str = "") -> IndicatorSource:
    return IndicatorSource(organisation_id=org, source_type=kind, note=note)


def workshop() -> Workshop:
    """Five indicators: observed with and without sources, unknown, not observed, unassessed."""
    return Workshop(
        id="w1",
        title="Norrbacka",
        organisations=(
            Organisation("kommun", "Exempelby kommun", "municipality"),
            Organisation("polis", "Polisen", "police"),
            Organisation("bostad", "Exempelbostäder AB", "housing"),
        ),
        indicators=(
            Indicator("open_drug_dealing", "Öppen narkotikahandel", group="Kontroll"),
            Indicator("egen-1", "Mopedåkning på gångvägar", group="", custom=True),
            Indicator("vandalism_car_fires", "Bilbränder"),
            Indicator("shootings_explosions", "Skjutningar och sprängningar"),
            Indicator("withdrawn_reports", "Återtagna anmälningar"),
            Indicator("egen-2", "Inte bedömd ännu", custom=True),
        ),
        indicator_assessments=(
            IndicatorAssessment(
                "open_drug_dealing",
                OBSERVED,
                sources=(
                    source("polis", SourceType.CASE_RECORDS),
                    source("bostad", SourceType.STAFF_OBSERVATION),
                    source("polis", SourceType.TIP),
                ),
            ),
            IndicatorAssessment("egen-1", OBSERVED),
            IndicatorAssessment("vandalism_car_fires", UNKNOWN),
            IndicatorAssessment("shootings_explosions", NOT_OBSERVED),
            IndicatorAssessment(
                "withdrawn_reports", NOT_OBSERVED, sources=(source("kommun", SourceType.SURVEY),)
            ),
        ),
    )


def test_gaps_are_observed_or_unknown_indicators_nobody_has_information_on() -> None:
    assert knowledge_gaps(workshop()) == ("egen-1", "vandalism_car_fires")


def test_a_source_of_any_organisation_closes_the_gap() -> None:
    w = workshop()
    assessments = tuple(
        IndicatorAssessment(
            "vandalism_car_fires", UNKNOWN, sources=(source("kommun", SourceType.TIP),)
        )
        if a.indicator_id == "vandalism_car_fires"
        else a
        for a in w.indicator_assessments
    )
    assert knowledge_gaps(replace(w, indicator_assessments=assessments)) == ("egen-1",)


def test_a_source_of_an_organisation_no_longer_in_the_workshop_does_not_count() -> None:
    assessment = IndicatorAssessment("x", OBSERVED, sources=(source("gone"),))
    assert is_gap(assessment, ["kommun", "polis"])
    assert not is_gap(assessment, ["gone"])


def test_not_observed_and_unassessed_indicators_are_never_gaps() -> None:
    assert not is_gap(IndicatorAssessment("x", NOT_OBSERVED), ["kommun"])
    assert not is_gap(None, ["kommun"])
    gaps = knowledge_gaps(workshop())
    assert "shootings_explosions" not in gaps
    assert "egen-2" not in gaps  # listed in the workshop, but not assessed yet


def test_without_organisations_every_observed_or_unknown_indicator_is_a_gap() -> None:
    w = replace(workshop(), organisations=())
    assert knowledge_gaps(w) == ("open_drug_dealing", "egen-1", "vandalism_car_fires")


def test_an_empty_workshop_has_no_gaps_and_no_rows() -> None:
    empty = Workshop(id="w", title="Tom")
    assert knowledge_gaps(empty) == ()
    assert matrix_rows(empty) == ()


def test_matrix_rows_hold_observed_unknown_and_any_indicator_with_sources() -> None:
    rows = matrix_rows(workshop())
    assert [r.indicator.id for r in rows] == [
        "open_drug_dealing",
        "egen-1",
        "vandalism_car_fires",
        "withdrawn_reports",  # not observed, but an organisation has information on it
    ]
    assert [r.status for r in rows] == [OBSERVED, OBSERVED, UNKNOWN, NOT_OBSERVED]
    assert [r.gap for r in rows] == [False, True, True, False]
    assert not in_matrix(None)
    assert not in_matrix(IndicatorAssessment("x", NOT_OBSERVED))


def test_cells_follow_the_organisations_and_list_each_kind_once() -> None:
    drugs, own, _fires, reports = matrix_rows(workshop())
    # Columns: kommun, polis, bostad.
    assert drugs.cells == (
        (),
        (SourceType.CASE_RECORDS, SourceType.TIP),
        (SourceType.STAFF_OBSERVATION,),
    )
    assert drugs.known_by == 2
    assert own.cells == ((), (), ()) and own.known_by == 0
    assert reports.cells == ((SourceType.SURVEY,), (), ())


def test_observed_only_keeps_the_observed_rows() -> None:
    rows = matrix_rows(workshop(), observed_only=True)
    assert [r.indicator.id for r in rows] == ["open_drug_dealing", "egen-1"]


def test_rows_follow_the_catalog_order_then_custom_indicators_in_workshop_order() -> None:
    pack = load_method_pack()
    order = catalog_order(pack)
    rows = matrix_rows(workshop(), order)
    ids = [r.indicator.id for r in rows]
    catalog_ids = [i for i in ids if i in order]
    assert catalog_ids == sorted(catalog_ids, key=order.__getitem__)
    # withdrawn_reports is in the first problem area; the visible crime is the last one.
    assert ids == ["withdrawn_reports", "open_drug_dealing", "vandalism_car_fires", "egen-1"]
    # The catalog order walks the problem areas in the pack's order.
    first_group = pack.indicator_groups[0].id
    assert pack.indicator(min(order, key=order.__getitem__)).group_id == first_group


def test_status_of_tells_unassessed_apart() -> None:
    w = workshop()
    assert status_of(w, "vandalism_car_fires") == UNKNOWN
    assert status_of(w, "egen-2") is None
    assert status_of(w, "not-there") is None


def test_setting_a_cell_replaces_only_that_organisations_sources() -> None:
    sources = (
        source("polis", SourceType.CASE_RECORDS, note="anmälningar 2025"),
        source("bostad", SourceType.STAFF_OBSERVATION),
        source("polis", SourceType.TIP),
    )
    changed = with_cell(sources, "polis", SourceType.STATISTICS)
    assert changed == (
        source("polis", SourceType.STATISTICS, note="anmälningar 2025"),
        source("bostad", SourceType.STAFF_OBSERVATION),
    )
    added = with_cell(sources, "kommun", SourceType.SURVEY)
    assert added == (*sources, source("kommun", SourceType.SURVEY))
    cleared = with_cell(sources, "polis", None)
    assert cleared == (source("bostad", SourceType.STAFF_OBSERVATION),)
    assert with_cell((), "kommun", None) == ()
