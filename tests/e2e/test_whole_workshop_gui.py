"""A whole workshop through the real main window, from an empty data dir to Word minutes.

A facilitator on a laptop whose user folder is "Åsa Öberg" creates a workshop, prepares it,
and leads the group through every step – indicators, local problems, causes, measures and
partners, organisational preconditions and next steps – mostly with the keyboard, with the
mouse where that is the natural thing. Along the way: notes on two parking lots, steps marked
done, undo and redo of a structural edit. Then the window is closed like a user closes it,
the data dir is opened afresh and everything must be there, links included; the window opened
again shows the workshop at the step where the group stopped; and the command line writes
Word minutes that name the problems, causes, measures and actions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import docx
from docx.oxml.ns import qn
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from tests.e2e.cli_runner import run_cli
from tests.e2e.gui_driver import (
    CTRL,
    activate,
    arrow_to,
    capture,
    choose,
    choose_data,
    choose_in_cell,
    click,
    click_cell,
    content,
    frame,
    mark_done,
    next_step,
    park,
    rail_click,
    retype,
    shortcut,
    tick,
    ticked,
    type_in_cell,
    view_of,
)
from tests.gui.conftest import answer_next_dialog, close_window
from tests.gui.helpers import settle
from tests.gui.keyboard import press, type_text
from workshop_app.domain.enums import (
    Branch,
    Certainty,
    Directness,
    Extent,
    IndicatorStatus,
    NextStepStatus,
    Rating,
    SourceType,
    Trend,
)
from workshop_app.domain.model import Workshop
from workshop_app.domain.partner_matrix import Role
from workshop_app.domain.steps import STEP_ORDER, Step
from workshop_app.gui.dialogs.new_workshop_dialog import NewWorkshopDialog
from workshop_app.gui.main_window import MainWindow
from workshop_app.gui.steps.causes.causes_page import CausesPage
from workshop_app.gui.steps.indicators.indicators_page import IndicatorsPage
from workshop_app.gui.steps.measures.measures_page import MeasuresPage
from workshop_app.gui.steps.next_steps.next_steps_page import NextStepsPage
from workshop_app.gui.steps.preconditions.preconditions_page import PreconditionsPage
from workshop_app.gui.steps.preparation.preparation_page import PreparationPage
from workshop_app.gui.steps.problems.problems_page import ProblemsPage
from workshop_app.services.app_context import open_app_context

TITLE = "Norrbacka hösten 2026"
MUNICIPALITY = "Exempelby kommun"
AREA = "Norrbacka centrum"
PURPOSE = "Kartlägga tecken på parallella samhällsstrukturer kring torget och skolan."

ORGANISATIONS = [  # name, actor kind of the method pack
    ("Exempelby kommun, socialtjänsten", "municipality_social_services"),
    ("Polisen lokalområde Norr", "police"),
    ("Bostadsbolaget Hem AB", "housing"),
]
PARTICIPANTS = [  # name, role, organisation (index)
    ("Kim Andersson", "samordnare brottsförebyggande", 0),
    ("Leila Haddad", "kommunpolis", 1),
    ("Jörgen Ståhl", "områdesförvaltare", 2),
]
MEETING_PLACE = "Kommunhuset, sal 3"

DRUGS = "open_drug_dealing"
THREATS = "threats_against_witnesses"
WITHDRAWN = "withdrawn_reports"
SHOOTINGS = "shootings_explosions"
DARE_NOT = "residents_dare_not_report"
OWN_INDICATOR = "Narkotika säljs via sociala medier till unga"
DRUG_OBSERVATIONS = "Försäljning vid torget kvällstid; elever vittnar om langning vid skolan."

PROBLEM_DRUGS = "Öppen narkotikahandel vid torget och skolan"
PROBLEM_SILENCE = "Tystnadskultur kring brott i Norrbacka centrum"
PROBLEM_LITTER = "Nedskräpning vid återvinningsstationen"

CAUSE_AFRAID = "Boende vågar inte anmäla av rädsla för repressalier"
CAUSE_TRUST = "Lågt förtroende för polis och kommun"
CAUSE_NETWORK = "Kriminella nätverk hotar vittnen öppet"
CAUSE_ADULTS = "Få vuxna i rörelse i centrum kvällstid"
CAUSE_PICTURE = "Ingen gemensam lägesbild mellan kommun, polis och bostadsbolag"
CAUSE_LIGHT = "Dålig belysning och skymd sikt vid torget"
CAUSE_RECRUIT = "Unga rekryteras som langare via sociala medier"
EVIDENCE = "Trygghetsmätningen 2026 och polisens ärenden"

MEASURE_WALKS = "Trygghetsvandringar med boende, polis och bostadsbolag"
MEASURE_PICTURE = "Gemensam lägesbild varje månad"
MEASURE_LIGHT = "Ny belysning och beskärning vid torget"

ACTION_STEERING = "Presentera lägesbilden för styrgruppen"
ACTION_WALKS = "Starta trygghetsvandringar i Norrbacka"
ACTION_LIGHT = "Beställ belysning till torget"


@dataclass(frozen=True)
class Action:
    """An action of the next steps as the group decides it."""

    title: str
    owner: int  # index into ORGANISATIONS
    role: str
    due_in_days: int
    status: NextStepStatus
    measure: str  # title of the measure it carries forward
    steering_group: bool


ACTIONS = (
    Action(ACTION_STEERING, 0, "samordnare", 30, NextStepStatus.IN_PROGRESS, MEASURE_PICTURE, True),
    Action(ACTION_WALKS, 1, "kommunpolis", 45, NextStepStatus.PLANNED, MEASURE_WALKS, False),
    Action(ACTION_LIGHT, 2, "fastighetschef", 14, NextStepStatus.DONE, MEASURE_LIGHT, True),
)


@dataclass
class Ids:
    """Ids of what the group made, found on the screen's snapshot after each save."""

    workshop: str = ""
    organisations: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    meeting: str = ""
    own_indicator: str = ""
    problems: dict[str, str] = field(default_factory=dict)  # title → id
    causes: dict[str, str] = field(default_factory=dict)
    measures: dict[str, str] = field(default_factory=dict)


def snapshot(window: MainWindow) -> Workshop:
    assert window.session is not None
    return window.session.workshop


def by_title(items, attribute: str = "title") -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {getattr(item, attribute): item.id for item in items}


# -- the steps of the workshop ---------------------------------------------------------------


def create_workshop(qtbot, window: MainWindow, ids: Ids) -> None:  # type: ignore[no-untyped-def]
    assert window.start_view.empty.isVisible()

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, NewWorkshopDialog)
        type_text(dialog.title, "Norrbacka")
        type_text(dialog.municipality, MUNICIPALITY)
        type_text(dialog.area, "Norrbacka")
        press(dialog.title, Qt.Key.Key_Return)  # Create is the default button

    answer_next_dialog(answer)
    click(qtbot, window.start_view.findChild(QPushButton, "button_new"))
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    activate(qtbot, window)
    settle(window)
    ids.workshop = snapshot(window).id
    assert view_of(window).current_step == Step.PREPARATION
    assert (snapshot(window).title, snapshot(window).area) == ("Norrbacka", "Norrbacka")


def prepare(qtbot, window: MainWindow, ids: Ids) -> None:  # type: ignore[no-untyped-def]
    page = content(window, Step.PREPARATION, PreparationPage)
    retype(page.findChild(QLineEdit, "field_title"), TITLE)
    retype(page.findChild(QLineEdit, "field_area"), AREA)
    type_text(page.purpose, PURPOSE)

    pack = window.context.method_pack
    kinds = {k.id: k.title.get("sv") for k in pack.actor_kinds}
    organisations = page.organisations
    for name, _kind in ORGANISATIONS:
        capture(window, organisations.capture, name)
    ids.organisations = [o.id for o in snapshot(window).organisations]
    for row, (_name, kind) in enumerate(ORGANISATIONS):
        choose_in_cell(window, organisations.table, organisations.model.index(row, 1), kinds[kind])

    participants = page.participants
    for name, _role, _org in PARTICIPANTS:
        capture(window, participants.capture, name)
    ids.participants = [p.id for p in snapshot(window).participants]
    for row, (_name, role, org) in enumerate(PARTICIPANTS):
        type_in_cell(window, participants.table, participants.model.index(row, 1), role)
        choose_in_cell(
            window,
            participants.table,
            participants.model.index(row, 2),
            ORGANISATIONS[org][0],
        )

    # A meeting captured by its date; times and place in the table; who came, ticked.
    meetings = page.meetings
    capture(window, meetings.capture, "2026-11-20")
    ids.meeting = snapshot(window).meetings[0].id
    type_in_cell(window, meetings.table, meetings.model.index(0, 1), "18:00")
    type_in_cell(window, meetings.table, meetings.model.index(0, 2), "20:30")
    type_in_cell(window, meetings.table, meetings.model.index(0, 3), MEETING_PLACE)
    assert page.attendance.isEnabled() and page.attendance.count() == 3
    tick(page.attendance, ids.participants[0])
    tick(page.attendance, ids.participants[1])
    settle(window)
    assert snapshot(window).meetings[0].attendee_ids == tuple(ids.participants[:2])

    park(window, Step.PREPARATION, "Bjud in räddningstjänsten till nästa träff")
    mark_done(qtbot, window, Step.PREPARATION)
    assert view_of(window).title.full_text().startswith(TITLE)  # the header follows


def assess_indicators(qtbot, window: MainWindow, ids: Ids) -> None:  # type: ignore[no-untyped-def]
    assert next_step(qtbot, window) == Step.INDICATORS
    page = content(window, Step.INDICATORS, IndicatorsPage)
    assert page.gaps == () and not page.gap_button.isEnabled()

    # The quick keys on the board: 1 observed, 2 not observed, 3 unknown.
    for indicator_id, key in (
        (DRUGS, "1"),
        (THREATS, "1"),
        (WITHDRAWN, "1"),
        (SHOOTINGS, "3"),
        (DARE_NOT, "2"),
    ):
        page.select_indicator(indicator_id)
        assert page.current_entry().indicator_id == indicator_id
        type_text(page.board, key)
    settle(window)

    # Extent, trend and what the group saw, on the selected indicator's details.
    page.select_indicator(DRUGS)
    details = page.details
    details.combo("extent").setFocus()
    press(details.combo("extent"), Qt.Key.Key_End)  # 3 – extensive
    details.combo("trend").setFocus()
    press(details.combo("trend"), Qt.Key.Key_Down)  # increasing
    type_text(details.observations, DRUG_OBSERVATIONS)
    settle(window)

    # An own indicator in a problem area, observed at once (it is selected when added).
    pack = window.context.method_pack
    choose(page.capture_group, pack.group("public_space").title.get("sv"))
    capture(window, page.capture, OWN_INDICATOR)
    own = next(i for i in snapshot(window).indicators if i.custom)
    ids.own_indicator = own.id
    assert page.current_entry().indicator_id == own.id
    type_text(page.board, "1")
    settle(window)

    # Nobody has information yet: four observed and one unknown are knowledge gaps.
    assert set(page.gaps) == {DRUGS, THREATS, WITHDRAWN, SHOOTINGS, own.id}
    assert page.gap_button.text().endswith(" 5")

    # The gap button jumps into the information matrix; digits fill its cells.
    click(qtbot, page.gap_button)
    assert page.tabs.currentIndex() == 1
    matrix, model = page.matrix, page.matrix_model
    kommun, polis, bostad = (1 + n for n in range(3))  # column 0 names the indicator
    for indicator_id, column, key in (
        (DRUGS, polis, "2"),  # case records
        (DRUGS, kommun, "1"),  # statistics
        (THREATS, polis, "2"),
        (own.id, bostad, "3"),  # staff observation
    ):
        matrix.setCurrentIndex(model.index(model.row_of(indicator_id), column))
        type_text(matrix, key)
    settle(window)
    assert page.gaps == (WITHDRAWN, SHOOTINGS)
    assert page.gap_button.text().endswith(" 2")
    assert [model.rows[r].gap for r in range(model.rowCount())].count(True) == 2
    page.tabs.setCurrentIndex(0)
    mark_done(qtbot, window, Step.INDICATORS)


def find_problems(qtbot, window: MainWindow, ids: Ids) -> None:  # type: ignore[no-untyped-def]
    assert next_step(qtbot, window) == Step.PROBLEMS
    page = content(window, Step.PROBLEMS, ProblemsPage)
    offered = [
        page.indicators.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(page.indicators.count())
    ]
    assert offered == [DRUGS, THREATS, WITHDRAWN, ids.own_indicator]  # the observed ones

    # Tick the indicators a problem builds on, type its title, click the button.
    tick(page.indicators, DRUGS)
    tick(page.indicators, ids.own_indicator)
    type_text(page.capture, PROBLEM_DRUGS)
    click(qtbot, page.from_selected)
    settle(window)
    # The next one with Enter in the capture line; the last one plain.
    tick(page.indicators, THREATS)
    tick(page.indicators, WITHDRAWN)
    capture(window, page.capture, PROBLEM_SILENCE)
    capture(window, page.capture, PROBLEM_LITTER)
    ids.problems = by_title(snapshot(window).problems)
    drugs, silence, litter = (
        ids.problems[t] for t in (PROBLEM_DRUGS, PROBLEM_SILENCE, PROBLEM_LITTER)
    )

    table = page.table
    assert page.current_id() == litter  # the new problem is selected

    def go_to(problem_id: str) -> None:
        arrow_to(table, page.model.row_of(problem_id))
        assert page.current_id() == problem_id

    # Where, typed in the selected problem's details.
    go_to(drugs)
    type_text(page.place, "Torget och skolgården")

    # Votes with + and − on the table, and the + button.
    for problem_id, keys in ((drugs, "+++"), (silence, "+++++-")):
        go_to(problem_id)
        for key in keys:
            press(table, Qt.Key.Key_Plus if key == "+" else Qt.Key.Key_Minus)
    go_to(litter)
    click(qtbot, page.plus_button)
    click(qtbot, page.plus_button)
    settle(window)
    # One vote too many: Ctrl+Z (the shortcut, focus on the table) takes it back.
    table.setFocus()
    shortcut(qtbot, window, Qt.Key.Key_Z)
    settle(window)
    votes = {p.id: p.votes for p in snapshot(window).problems}
    assert votes == {drugs: 3, silence: 4, litter: 1}

    # P and Space prioritise; ranks follow the order; "Rank by votes" puts the most first.
    go_to(drugs)
    press(table, Qt.Key.Key_P)
    go_to(silence)
    press(table, Qt.Key.Key_Space)
    settle(window)
    ranks = {p.id: (p.prioritised, p.rank) for p in snapshot(window).problems}
    assert ranks == {drugs: (True, 1), silence: (True, 2), litter: (False, None)}
    click(qtbot, page.rank_button)
    settle(window)
    ranks = {p.id: (p.prioritised, p.rank) for p in snapshot(window).problems}
    assert ranks == {drugs: (True, 2), silence: (True, 1), litter: (False, None)}
    mark_done(qtbot, window, Step.PROBLEMS)


def analyse_causes(qtbot, window: MainWindow, ids: Ids) -> None:  # type: ignore[no-untyped-def]
    assert next_step(qtbot, window) == Step.CAUSES
    page = content(window, Step.CAUSES, CausesPage)
    silence, drugs = ids.problems[PROBLEM_SILENCE], ids.problems[PROBLEM_DRUGS]
    listed = [page.problem_box.itemData(i) for i in range(page.problem_box.count())]
    assert listed == [silence, drugs]  # the prioritised problems, by rank
    assert page.problem_id == silence

    def add(branch: Branch, kind: Directness, text: str) -> None:
        choose(page.branch_box, page._branch_title(branch))
        choose(page.kind_box, page._directness_title(kind))
        capture(window, page.capture, text)

    add(Branch.VICTIM, Directness.DIRECT, CAUSE_AFRAID)
    # Ctrl+Enter: "why?" again – a sub-cause of the selected cause.
    capture(window, page.capture, CAUSE_TRUST, modifiers=CTRL)
    add(Branch.OFFENDER, Directness.DIRECT, CAUSE_NETWORK)
    add(Branch.PLACE, Directness.UNDERLYING, CAUSE_ADULTS)
    # The last one with the mouse on "Add cause".
    choose(page.branch_box, page._branch_title(Branch.OTHER))
    type_text(page.capture, CAUSE_PICTURE)
    click(qtbot, page.add_button)
    settle(window)

    # What the first cause rests on, and how certain the group is.
    causes = by_title(snapshot(window).causes, "description")
    page.tree.select_node(("cause", causes[CAUSE_AFRAID]))
    type_text(page.evidence, EVIDENCE)
    choose(page.certainty, page._certainty_title(Certainty.HIGH))
    settle(window)

    # The other prioritised problem, chosen from the list with the keyboard.
    choose_data(page.problem_box, drugs)
    assert page.problem_id == drugs
    add(Branch.PLACE, Directness.DIRECT, CAUSE_LIGHT)
    add(Branch.OFFENDER, Directness.UNDERLYING, CAUSE_RECRUIT)
    ids.causes = by_title(snapshot(window).causes, "description")
    assert set(page.fishbone.cause_rects()) == {ids.causes[CAUSE_LIGHT], ids.causes[CAUSE_RECRUIT]}

    # Delete a cause with its sub-cause by mistake; undo, redo, undo: both back, still linked.
    choose_data(page.problem_box, silence)
    page.tree.select_node(("cause", ids.causes[CAUSE_AFRAID]))
    press(page.tree, Qt.Key.Key_Delete)
    settle(window)
    remaining = {c.description for c in snapshot(window).causes}
    assert CAUSE_AFRAID not in remaining and CAUSE_TRUST not in remaining
    window.undo_action.trigger()
    settle(window)
    assert by_title(snapshot(window).causes, "description") == ids.causes
    window.redo_action.trigger()
    settle(window)
    assert CAUSE_TRUST not in {c.description for c in snapshot(window).causes}
    page.tree.setFocus()
    shortcut(qtbot, window, Qt.Key.Key_Z)
    settle(window)
    restored = {c.id: c for c in snapshot(window).causes}
    assert restored[ids.causes[CAUSE_TRUST]].parent_id == ids.causes[CAUSE_AFRAID]
    assert restored[ids.causes[CAUSE_AFRAID]].evidence == EVIDENCE
    assert page.tree.cause_item(ids.causes[CAUSE_TRUST]) is not None

    park(window, Step.CAUSES, "Kolla skolans frånvarostatistik till nästa gång")
    mark_done(qtbot, window, Step.CAUSES)


def plan_measures(qtbot, window: MainWindow, ids: Ids) -> None:  # type: ignore[no-untyped-def]
    assert next_step(qtbot, window) == Step.MEASURES
    page = content(window, Step.MEASURES, MeasuresPage)
    silence, drugs = ids.problems[PROBLEM_SILENCE], ids.problems[PROBLEM_DRUGS]
    assert page.problem_id == silence  # the problem ranked first

    def add(title: str, cause_titles: list[str]) -> None:
        capture(window, page.measures.capture, title)
        measure = page.current_measure()
        assert measure is not None and measure.title == title  # the new one is selected
        assert page.warning.isVisibleTo(page)  # it acts on no cause yet
        for cause_title in cause_titles:
            tick(page.details.causes, ids.causes[cause_title])
        settle(window)
        assert not page.warning.isVisibleTo(page)

    add(MEASURE_WALKS, [CAUSE_AFRAID, CAUSE_TRUST])
    add(MEASURE_PICTURE, [CAUSE_PICTURE])
    choose_data(page.problem, drugs)
    assert page.problem_id == drugs
    add(MEASURE_LIGHT, [CAUSE_LIGHT])
    ids.measures = by_title(snapshot(window).measures)
    walks, picture, light = (
        ids.measures[t] for t in (MEASURE_WALKS, MEASURE_PICTURE, MEASURE_LIGHT)
    )

    # Votes: + and − on the measure table, the + button with the mouse; prioritise two.
    table = page.measures.table

    def go_to(measure_id: str) -> None:
        arrow_to(table, page.measures.model.row_of((measure_id,)))
        assert page.current_measure().id == measure_id

    go_to(light)
    click(qtbot, page.plus)
    click(qtbot, page.prioritised)
    choose_data(page.problem, silence)
    go_to(walks)
    for key in (Qt.Key.Key_Plus, Qt.Key.Key_Plus, Qt.Key.Key_Plus, Qt.Key.Key_Minus):
        press(table, key)
    press(page.prioritised, Qt.Key.Key_Space)
    go_to(picture)
    press(table, Qt.Key.Key_Plus)
    settle(window)

    # The partner matrix of all problems: who leads, who takes part.
    press(page.all_problems, Qt.Key.Key_Space)
    assert page.all_problems.isChecked()
    matrix, model = page.matrix, page.matrix.matrix
    kommun, polis, bostad = ids.organisations
    assert model.rowCount() == 3 and model.columnCount() == 3
    click_cell(qtbot, matrix, model.index_of(walks, polis))  # a click: empty → partner
    settle(window)
    assert model.index_of(walks, polis).data() == model.labels()[Role.PARTNER]
    click_cell(qtbot, matrix, model.index_of(walks, polis))  # another: partner → lead
    for measure_id, organisation_id, key in (
        (walks, kommun, Qt.Key.Key_P),
        (walks, bostad, Qt.Key.Key_P),
        (picture, kommun, Qt.Key.Key_L),
        (picture, polis, Qt.Key.Key_P),
        (light, bostad, Qt.Key.Key_L),
        (light, kommun, Qt.Key.Key_P),
    ):
        matrix.setFocus()
        matrix.setCurrentIndex(model.index_of(measure_id, organisation_id))
        press(matrix, key)
    settle(window)
    assert model.index_of(walks, polis).data() == model.labels()[Role.LEAD]
    go_to(walks)
    assert page.details.lead.currentData() == polis  # the form agrees with the matrix
    assert ticked(page.details.partners) == [kommun, bostad]
    mark_done(qtbot, window, Step.MEASURES)


def rate_preconditions(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert next_step(qtbot, window) == Step.PRECONDITIONS
    page = content(window, Step.PRECONDITIONS, PreconditionsPage)
    table = page.table
    dimensions = [d.id for d in window.context.method_pack.precondition_dimensions]
    assert page.current_row().key == (dimensions[0], None)

    def go_to(dimension: str) -> None:
        arrow_to(table, page.model.row_of((dimension, None)))
        assert page.current_row().key == (dimension, None)

    for dimension, key in (
        ("mandate", Qt.Key.Key_3),
        ("top_management", Qt.Key.Key_2),
        ("roles", Qt.Key.Key_4),
        ("resources", Qt.Key.Key_1),
        ("information_sharing", Qt.Key.Key_2),
    ):
        go_to(dimension)
        press(table, key)
    settle(window)
    go_to("mandate")
    type_text(page._texts["current_state"].widget, "Uppdrag från kommunstyrelsen finns")
    type_text(page._texts["obstacles"].widget, "Polisens mandat i gruppen är oklart")
    type_text(page._texts["remedy"].widget, "Lokalpolisområdeschefen beslutar före jul")
    settle(window)
    go_to("resources")
    click(qtbot, page.rating_buttons[2])  # the group changes its mind: weak, not missing
    settle(window)
    done = frame(window, Step.PRECONDITIONS).done_box
    press(done, Qt.Key.Key_Space)  # this one with the keyboard
    settle(window)
    assert done.isChecked()


def plan_next_steps(qtbot, window: MainWindow, ids: Ids) -> None:  # type: ignore[no-untyped-def]
    assert next_step(qtbot, window) == Step.NEXT_STEPS
    page = content(window, Step.NEXT_STEPS, NextStepsPage)
    details = page.details
    # Two measures are prioritised and no action carries them forward yet.
    assert page.unplanned.isVisibleTo(page)

    today = date.today()
    type_text(page.follow_up.field.edit, (today + timedelta(days=90)).isoformat())
    press(page.follow_up.field.edit, Qt.Key.Key_Return)
    settle(window)

    for action in ACTIONS:
        capture(window, page.steps_table.capture, action.title)
        assert page.current_step() is not None and page.current_step().title == action.title
        choose_data(details.owner, ids.organisations[action.owner])
        type_text(details.role, action.role)
        type_text(details.due.field.edit, (today + timedelta(days=action.due_in_days)).isoformat())
        press(details.due.field.edit, Qt.Key.Key_Return)
        choose_data(details.status, action.status)
        tick(details.measures, ids.measures[action.measure])
        if action.steering_group:
            press(details.steering, Qt.Key.Key_Space)
        settle(window)
    assert not page.unplanned.isVisibleTo(page)  # every prioritised measure has an action
    assert not page.overdue.isVisibleTo(page)

    # Back on the measures, one is deleted by mistake: its action loses the link. Ctrl+Z.
    rail_click(qtbot, window, Step.MEASURES)
    measures = content(window, Step.MEASURES, MeasuresPage)
    light = ids.measures[MEASURE_LIGHT]
    before = next(m for m in snapshot(window).measures if m.id == light)
    choose_data(measures.problem, before.problem_id)
    arrow_to(measures.measures.table, measures.measures.model.row_of((light,)))
    press(measures.measures.table, Qt.Key.Key_Delete)
    settle(window)
    assert light not in {m.id for m in snapshot(window).measures}
    action = next(s for s in snapshot(window).next_steps if s.title == ACTION_LIGHT)
    assert action.measure_ids == ()
    shortcut(qtbot, window, Qt.Key.Key_Z)  # the focus is on the measure table
    settle(window)
    assert next(m for m in snapshot(window).measures if m.id == light) == before
    action = next(s for s in snapshot(window).next_steps if s.title == ACTION_LIGHT)
    assert action.measure_ids == (light,)
    assert measures.current_measure() is not None
    rail_click(qtbot, window, Step.NEXT_STEPS)
    assert not page.unplanned.isVisibleTo(page)


# -- after closing ---------------------------------------------------------------------------


def assert_stored(workshop: Workshop, ids: Ids) -> None:
    """Everything the group made, with every link, as the database holds it."""
    assert (workshop.title, workshop.municipality, workshop.area, workshop.purpose) == (
        TITLE,
        MUNICIPALITY,
        AREA,
        PURPOSE,
    )
    assert workshop.current_step == Step.NEXT_STEPS
    assert workshop.follow_up_date == date.today() + timedelta(days=90)
    done = {p.step for p in workshop.step_plan if p.completed}
    assert done == set(STEP_ORDER) - {Step.NEXT_STEPS}

    # Preparation
    assert [(o.id, o.name, o.kind) for o in workshop.organisations] == [
        (i, name, kind) for i, (name, kind) in zip(ids.organisations, ORGANISATIONS, strict=True)
    ]
    assert [(p.id, p.name, p.role, p.organisation_id) for p in workshop.participants] == [
        (i, name, role, ids.organisations[org])
        for i, (name, role, org) in zip(ids.participants, PARTICIPANTS, strict=True)
    ]
    [meeting] = workshop.meetings
    assert (meeting.id, meeting.date, meeting.start_time, meeting.end_time) == (
        ids.meeting,
        date(2026, 11, 20),
        "18:00",
        "20:30",
    )
    assert meeting.location == MEETING_PLACE
    assert meeting.attendee_ids == tuple(ids.participants[:2])

    # Indicators and the information matrix
    assessments = {a.indicator_id: a for a in workshop.indicator_assessments}
    assert {i: a.status for i, a in assessments.items()} == {
        DRUGS: IndicatorStatus.OBSERVED,
        THREATS: IndicatorStatus.OBSERVED,
        WITHDRAWN: IndicatorStatus.OBSERVED,
        SHOOTINGS: IndicatorStatus.UNKNOWN,
        DARE_NOT: IndicatorStatus.NOT_OBSERVED,
        ids.own_indicator: IndicatorStatus.OBSERVED,
    }
    drugs = assessments[DRUGS]
    assert (drugs.extent, drugs.trend, drugs.observations) == (
        Extent.EXTENSIVE,
        Trend.INCREASING,
        DRUG_OBSERVATIONS,
    )
    kommun, polis, bostad = ids.organisations
    sources = {
        i: {(s.organisation_id, s.source_type) for s in a.sources} for i, a in assessments.items()
    }
    assert sources == {
        DRUGS: {(polis, SourceType.CASE_RECORDS), (kommun, SourceType.STATISTICS)},
        THREATS: {(polis, SourceType.CASE_RECORDS)},
        WITHDRAWN: set(),
        SHOOTINGS: set(),
        DARE_NOT: set(),
        ids.own_indicator: {(bostad, SourceType.STAFF_OBSERVATION)},
    }
    own = next(i for i in workshop.indicators if i.id == ids.own_indicator)
    assert (own.title, own.custom, own.group) == (
        OWN_INDICATOR,
        True,
        "Kriminell kontroll över offentliga rum och lokalsamhället",
    )

    # Problems
    problems = {p.title: p for p in workshop.problems}
    assert [p.title for p in workshop.problems] == [PROBLEM_DRUGS, PROBLEM_SILENCE, PROBLEM_LITTER]
    drug_problem, silence, litter = (
        problems[t] for t in (PROBLEM_DRUGS, PROBLEM_SILENCE, PROBLEM_LITTER)
    )
    assert drug_problem.indicator_ids == (DRUGS, ids.own_indicator)
    assert drug_problem.place == "Torget och skolgården"
    assert silence.indicator_ids == (THREATS, WITHDRAWN)
    assert litter.indicator_ids == ()
    assert [(p.votes, p.prioritised, p.rank) for p in (drug_problem, silence, litter)] == [
        (3, True, 2),
        (4, True, 1),
        (1, False, None),
    ]

    # Causes
    causes = {c.description: c for c in workshop.causes}
    assert {c.id for c in workshop.causes} == set(ids.causes.values())
    expected = {  # problem, branch, directness, parent
        CAUSE_AFRAID: (silence.id, Branch.VICTIM, Directness.DIRECT, None),
        CAUSE_TRUST: (silence.id, Branch.VICTIM, Directness.UNDERLYING, ids.causes[CAUSE_AFRAID]),
        CAUSE_NETWORK: (silence.id, Branch.OFFENDER, Directness.DIRECT, None),
        CAUSE_ADULTS: (silence.id, Branch.PLACE, Directness.UNDERLYING, None),
        CAUSE_PICTURE: (silence.id, Branch.OTHER, Directness.UNDERLYING, None),
        CAUSE_LIGHT: (drug_problem.id, Branch.PLACE, Directness.DIRECT, None),
        CAUSE_RECRUIT: (drug_problem.id, Branch.OFFENDER, Directness.UNDERLYING, None),
    }
    assert {
        t: (c.problem_id, c.branch, c.directness, c.parent_id) for t, c in causes.items()
    } == expected
    assert (causes[CAUSE_AFRAID].evidence, causes[CAUSE_AFRAID].certainty) == (
        EVIDENCE,
        Certainty.HIGH,
    )

    # Measures and the partner matrix
    measures = {m.title: m for m in workshop.measures}
    walks, picture, light = (measures[t] for t in (MEASURE_WALKS, MEASURE_PICTURE, MEASURE_LIGHT))
    c = ids.causes
    assert (walks.problem_id, walks.cause_ids) == (silence.id, (c[CAUSE_AFRAID], c[CAUSE_TRUST]))
    assert (picture.problem_id, picture.cause_ids) == (silence.id, (c[CAUSE_PICTURE],))
    assert (light.problem_id, light.cause_ids) == (drug_problem.id, (c[CAUSE_LIGHT],))
    assert (walks.lead_organisation_id, walks.partner_organisation_ids) == (polis, (kommun, bostad))
    assert (picture.lead_organisation_id, picture.partner_organisation_ids) == (kommun, (polis,))
    assert (light.lead_organisation_id, light.partner_organisation_ids) == (bostad, (kommun,))
    assert [(m.votes, m.prioritised) for m in (walks, picture, light)] == [
        (2, True),
        (1, False),
        (1, True),
    ]

    # Preconditions
    ratings = {(p.dimension_id, p.organisation_id): p for p in workshop.preconditions}
    assert {k[0]: p.rating for k, p in ratings.items()} == {
        "mandate": Rating.PARTLY,
        "top_management": Rating.WEAK,
        "roles": Rating.IN_PLACE,
        "resources": Rating.WEAK,
        "information_sharing": Rating.WEAK,
    }
    mandate = ratings[("mandate", None)]
    assert mandate.dimension_title == "Mandat och beslut"
    assert (mandate.current_state, mandate.obstacles, mandate.remedy) == (
        "Uppdrag från kommunstyrelsen finns",
        "Polisens mandat i gruppen är oklart",
        "Lokalpolisområdeschefen beslutar före jul",
    )

    # Next steps
    today = date.today()
    assert [
        (
            s.title,
            s.owner_organisation_id,
            s.owner_role,
            s.due_date,
            s.status,
            s.measure_ids,
            s.to_steering_group,
        )
        for s in workshop.next_steps
    ] == [
        (
            a.title,
            ids.organisations[a.owner],
            a.role,
            today + timedelta(days=a.due_in_days),
            a.status,
            (ids.measures[a.measure],),
            a.steering_group,
        )
        for a in ACTIONS
    ]

    # The parking lots
    assert [(n.step, n.text) for n in workshop.notes] == [
        (Step.PREPARATION, "Bjud in räddningstjänsten till nästa träff"),
        (Step.CAUSES, "Kolla skolans frånvarostatistik till nästa gång"),
    ]


def reopen_in_the_window(qtbot, open_window, data_dir: Path, ids: Ids) -> None:  # type: ignore[no-untyped-def]
    """The app started again: Enter opens the workshop where the group stopped."""
    window = open_window(data_dir)
    start = window.start_view
    assert start.model.rowCount() == 1 and start.selected_id() == ids.workshop
    press(start.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    settle(window)
    view = view_of(window)
    assert view.current_step == Step.NEXT_STEPS
    assert view.rail.currentRow() == STEP_ORDER.index(Step.NEXT_STEPS)
    page = content(window, Step.NEXT_STEPS, NextStepsPage)
    assert view.stack.currentWidget() is frame(window, Step.NEXT_STEPS)
    titles = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert titles == [ACTION_STEERING, ACTION_WALKS, ACTION_LIGHT]
    assert page.follow_up.value() is not None
    marks = [view.rail.item(r).text()[0] for r in range(view.rail.count())]
    assert marks == ["●"] * 6 + ["◐"]  # six steps done, the last one in progress
    assert TITLE in window.windowTitle()
    close_window(window)


def minutes_text(path: Path) -> list[str]:
    """Every paragraph of the document, table cells included."""
    body = docx.Document(str(path)).element.body
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]


# -- the test --------------------------------------------------------------------------------


def test_a_whole_workshop_from_an_empty_data_dir_to_word_minutes(
    qtbot, open_window, non_ascii_data_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data_dir = non_ascii_data_dir
    ids = Ids()
    window = open_window(data_dir)
    create_workshop(qtbot, window, ids)
    prepare(qtbot, window, ids)
    assess_indicators(qtbot, window, ids)
    find_problems(qtbot, window, ids)
    analyse_causes(qtbot, window, ids)
    plan_measures(qtbot, window, ids)
    rate_preconditions(qtbot, window)
    plan_next_steps(qtbot, window, ids)

    qtbot.waitUntil(lambda: window.tracker.clean and window.worker.pending == 0, timeout=10_000)
    assert view_of(window).save_status.text().startswith("Sparat")
    close_window(window)

    # A fresh look at the data dir: one workshop, everything in it.
    context = open_app_context(data_dir)
    try:
        [summary] = context.workshops.list_workshops()
        assert (summary.id, summary.title, summary.current_step) == (
            ids.workshop,
            TITLE,
            Step.NEXT_STEPS,
        )
        workshop = context.workshops.load(ids.workshop)
    finally:
        context.close()
    assert_stored(workshop, ids)

    reopen_in_the_window(qtbot, open_window, data_dir, ids)

    # Word minutes from the command line.
    out = tmp_path / "Åsa Öberg" / "Protokoll Norrbacka.docx"
    result = run_cli("export", ids.workshop, "--format", "docx", "-o", out, data_dir=data_dir)
    assert result.code == 0, result.err
    paragraphs = minutes_text(out)
    text = "\n".join(paragraphs)
    for title in (
        PROBLEM_DRUGS,
        PROBLEM_SILENCE,
        PROBLEM_LITTER,
        CAUSE_AFRAID,
        CAUSE_TRUST,
        CAUSE_NETWORK,
        CAUSE_ADULTS,
        CAUSE_PICTURE,
        CAUSE_LIGHT,
        CAUSE_RECRUIT,
        MEASURE_WALKS,
        MEASURE_PICTURE,
        MEASURE_LIGHT,
        ACTION_STEERING,
        ACTION_WALKS,
        ACTION_LIGHT,
    ):
        assert title in text, f"{title!r} is not in the minutes"
    # The problem table gives each prioritised problem its rank; the parking lots are there.
    assert paragraphs.count("Ja, nr 1") == paragraphs.count("Ja, nr 2") == 1
    assert "Bjud in räddningstjänsten till nästa träff" in text
    assert OWN_INDICATOR in text and MEETING_PLACE in text
