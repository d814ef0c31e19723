"""Organisational preconditions: rated rows, organisation rows, texts, undo, persisted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.gui.conftest import close_window
from tests.gui.helpers import settle, stored_workshop
from tests.gui.keyboard import press, type_text
from tests.gui.steps.measures.test_measures_page import EXAMPLE_ID, open_page, render
from workshop_app.domain.enums import Rating
from workshop_app.domain.method_pack.loader import available_method_packs, load_method_pack
from workshop_app.domain.method_pack.model import Choice, Text
from workshop_app.domain.model import Organisation
from workshop_app.domain.model import PreconditionAssessment as A
from workshop_app.domain.steps import Step
from workshop_app.gui.steps.preconditions.precondition_rows import (
    contrast_ratio,
    contrast_text,
    organisations_without_row,
    precondition_rows,
)
from workshop_app.gui.steps.preconditions.preconditions_page import PreconditionsPage


def test_render(qtbot, open_window, data_dir: Path, example_file: Path) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(
        qtbot, open_window, data_dir, example_file, PreconditionsPage, Step.PRECONDITIONS
    )
    render(window, page, "preconditions")


def assessment(workshop, dimension: str, organisation: str | None = None):  # type: ignore[no-untyped-def]
    return next(
        (
            a
            for a in workshop.preconditions
            if (a.dimension_id, a.organisation_id) == (dimension, organisation)
        ),
        None,
    )


# The page's user story in two parts, each from the example, so that the first failure does
# not hide the rest: rating and describing dimensions, an organisation's own row.


def test_rate_and_describe_dimensions_by_keys_buttons_and_typing(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(
        qtbot, open_window, data_dir, example_file, PreconditionsPage, Step.PRECONDITIONS
    )
    assert isinstance(page, PreconditionsPage)
    pack = window.context.method_pack
    model, table = page.model, page.table
    assert model.rowCount() == len(pack.precondition_dimensions)
    assert page.current_row().key == ("mandate", None)

    # A dimension with no assessment shows empty; the stored one shows word and colour.
    roles_row = model.row_of(("roles", None))
    assert model.index(roles_row, 1).data() == ""
    resources = model.index(model.row_of(("resources", None)), 1)
    assert resources.data() == "2 – Finns i liten grad"
    assert resources.data(Qt.ItemDataRole.BackgroundRole).name().lower() == "#31688e"
    assert resources.data(Qt.ItemDataRole.ForegroundRole).name() == "#ffffff"

    # Key 3 rates the selected dimension: the assessment is created with the pack's title.
    table.setFocus()
    press(table, Qt.Key.Key_3)
    settle(window)
    stored = assessment(stored_workshop(data_dir, EXAMPLE_ID), "mandate")
    assert stored is not None
    assert (stored.rating, stored.dimension_title) == (3, "Mandat och beslut")
    assert page.rating_buttons[3].isChecked()

    # The texts of the row, typed (saved after the typing pause).
    type_text(page._texts["current_state"].widget, "Uppdrag finns från KS")
    type_text(page._texts["obstacles"].widget, "Polisen saknar beslut")
    settle(window)
    stored = assessment(stored_workshop(data_dir, EXAMPLE_ID), "mandate")
    assert (stored.current_state, stored.obstacles) == (
        "Uppdrag finns från KS",
        "Polisen saknar beslut",
    )

    # Typing into an empty row creates its assessment too.
    page.select(("competence", None))
    type_text(page._texts["remedy"].widget, "Analytiker från länsstyrelsen")
    settle(window)
    stored = assessment(stored_workshop(data_dir, EXAMPLE_ID), "competence")
    assert (stored.rating, stored.remedy) == (None, "Analytiker från länsstyrelsen")

    # Two keys in quick succession on an empty row: the last one counts.
    page.select(("roles", None))
    press(table, Qt.Key.Key_2)
    press(table, Qt.Key.Key_4)
    settle(window)
    assert assessment(stored_workshop(data_dir, EXAMPLE_ID), "roles").rating == 4
    assert model.index(model.row_of(("roles", None)), 1).data() == "4 – Finns och fungerar"

    # A button rates the stored resources row.
    page.select(("resources", None))
    page.rating_buttons[4].click()
    settle(window)
    assert assessment(stored_workshop(data_dir, EXAMPLE_ID), "resources").rating == 4

    # 0 clears a rating.
    press(table, Qt.Key.Key_0)
    settle(window)
    assert assessment(stored_workshop(data_dir, EXAMPLE_ID), "resources").rating is None

    close_window(window)
    workshop = stored_workshop(data_dir, EXAMPLE_ID)
    assert assessment(workshop, "mandate").rating == 3
    assert assessment(workshop, "mandate").current_state == "Uppdrag finns från KS"
    assert assessment(workshop, "roles").rating == 4
    assert assessment(workshop, "competence").remedy == "Analytiker från länsstyrelsen"


def test_an_organisations_own_row_rated_undone_redone_and_deleted(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(
        qtbot, open_window, data_dir, example_file, PreconditionsPage, Step.PRECONDITIONS
    )
    pack = window.context.method_pack
    model, table = page.model, page.table

    # A row of its own for Polisen under the mandate dimension, rated 1.
    page.select(("mandate", None))
    page.organisation.setCurrentIndex(page.organisation.findData("polis"))
    page.add_row.click()
    settle(window)
    assert model.rowCount() == len(pack.precondition_dimensions) + 1
    assert model.row_of(("mandate", "polis")) == model.row_of(("mandate", None)) + 1
    assert page.current_row().key == ("mandate", "polis")
    assert page.organisation.findData("polis") == -1  # it has its row now
    press(table, Qt.Key.Key_1)
    settle(window)
    polis = assessment(stored_workshop(data_dir, EXAMPLE_ID), "mandate", "polis")
    assert (polis.rating, polis.dimension_title) == (1, "Mandat och beslut")
    assert "Polisen" in model.index(model.row_of(("mandate", "polis")), 0).data()

    # Undo the rating and the row, redo both.
    window.undo_action.trigger()
    settle(window)
    assert assessment(stored_workshop(data_dir, EXAMPLE_ID), "mandate", "polis").rating is None
    window.undo_action.trigger()
    settle(window)
    assert assessment(stored_workshop(data_dir, EXAMPLE_ID), "mandate", "polis") is None
    assert model.row_of(("mandate", "polis")) is None
    window.redo_action.trigger()
    settle(window)
    window.redo_action.trigger()
    settle(window)
    assert assessment(stored_workshop(data_dir, EXAMPLE_ID), "mandate", "polis").rating == 1

    # Delete removes an organisation's row.
    page.select(("mandate", "polis"))
    table.setFocus()
    press(table, Qt.Key.Key_Delete)
    settle(window)
    assert page.current_row().key == ("mandate", None)
    close_window(window)
    assert assessment(stored_workshop(data_dir, EXAMPLE_ID), "mandate", "polis") is None


def test_rating_text_contrast_on_every_level_of_every_pack() -> None:
    for pack_id in available_method_packs():
        for level in load_method_pack(pack_id).rating_scale:
            assert contrast_ratio(contrast_text(level.colour), level.colour) >= 4.5, level


def test_rows_one_per_dimension_then_organisations_then_unknown() -> None:
    dims = [Choice(i, Text(f"{i} sv", f"{i} en"), Text("", "")) for i in ("d1", "d2")]
    assessments = [
        A("d2", "D2", "polis", Rating.WEAK),
        A("old", "Gammal dimension", None, Rating.MISSING),
        A("d1", "D1", None, Rating.IN_PLACE),
    ]
    rows = precondition_rows(dims, assessments, "en")
    assert [(r.key, r.title, r.assessment is not None) for r in rows] == [
        (("d1", None), "d1 en", True),
        (("d2", None), "d2 en", False),
        (("d2", "polis"), "d2 en", True),
        (("old", None), "Gammal dimension", True),
    ]
    orgs = [Organisation("kommun", "Kommunen"), Organisation("polis", "Polisen")]
    assert [o.id for o in organisations_without_row("d2", assessments, orgs)] == ["kommun"]


def test_dont_know_is_an_answer_distinct_from_not_rated(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(
        qtbot, open_window, data_dir, example_file, PreconditionsPage, Step.PRECONDITIONS
    )
    model = page.model
    button = page.rating_buttons[int(Rating.DONT_KNOW)]
    assert button.text() == "Vet ej"
    button.setFocus()
    press(button, Qt.Key.Key_Space)
    settle(window)
    stored = assessment(stored_workshop(data_dir, EXAMPLE_ID), "mandate")
    assert stored is not None and stored.rating is Rating.DONT_KNOW
    assert model.index(model.row_of(("mandate", None)), 1).data() == "Vet ej"
    assert button.isChecked() and not page.rating_buttons[None].isChecked()
    page.rating_buttons[None].setFocus()
    press(page.rating_buttons[None], Qt.Key.Key_Space)
    settle(window)
    assert assessment(stored_workshop(data_dir, EXAMPLE_ID), "mandate").rating is None
    render(window, page, "preconditions-dont-know", sizes=((1024, 768),))
    close_window(window)
