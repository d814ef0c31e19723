"""The keys the pages handle themselves, as the shortcut sheet lists them (F1)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from workshop_app.domain.enums import SourceType
from workshop_app.gui.steps.indicators.indicator_words import STATUS_KEYS, status_word


def native(sequence: str | QKeySequence) -> str:
    """A key sequence as the user's system writes it ("Ctrl+Skift+O" in Swedish)."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def page_keys() -> list[tuple[str, str, str]]:
    """The keys the pages handle themselves, as (group, key, description), translated."""

    # The alias keeps lupdate's view: it extracts translate("Context", "literal") calls.
    translate = QCoreApplication.translate
    up_down = f"{native('Ctrl+Up')} / {native('Ctrl+Down')}"
    delete = native(QKeySequence(QKeySequence.StandardKey.Delete))
    everywhere = translate("ShortcutSheet", "On every page")
    indicators = translate("ShortcutSheet", "Indicators")
    problems = translate("ShortcutSheet", "Problems and measures")
    voting = translate("ShortcutSheet", "Dot voting")
    causes = translate("ShortcutSheet", "Causes")
    partners = translate("ShortcutSheet", "Partner matrix (measures)")
    preconditions = translate("ShortcutSheet", "Preconditions")
    # The projector window never takes the keyboard: every key is pressed on the laptop.
    projector = translate("ShortcutSheet", "The projector, from the laptop")
    status_keys = sorted(STATUS_KEYS.items(), key=lambda pair: pair[0] == "0")
    status: list[tuple[str, str, str]] = [
        (
            indicators,
            key,
            translate("ShortcutSheet", "Status of the selected indicator: %1").replace(
                "%1", status_word(value)
            ),
        )
        for key, value in status_keys
    ]
    return [
        (
            everywhere,
            native("Enter"),
            translate("ShortcutSheet", "In a “New …” line: add what you typed"),
        ),
        (
            everywhere,
            up_down,
            translate("ShortcutSheet", "Move the selected row, also right after adding it"),
        ),
        (everywhere, delete, translate("ShortcutSheet", "Remove the selected row")),
        (everywhere, native("F2"), translate("ShortcutSheet", "Edit the selected cell")),
        (
            everywhere,
            f"{native('Tab')} / {native('Shift+Tab')}",
            translate("ShortcutSheet", "Next or previous field"),
        ),
        *status,
        (indicators, delete, translate("ShortcutSheet", "Remove the selected own indicator")),
        (
            indicators,
            native("Ctrl+Shift+O"),
            translate("ShortcutSheet", "Show only the observed indicators"),
        ),
        (
            indicators,
            native("Ctrl+Shift+G"),
            translate("ShortcutSheet", "Next knowledge gap in the information matrix"),
        ),
        (
            indicators,
            f"1 … {len(SourceType)}",  # the on-page legend lists the same kinds
            translate("ShortcutSheet", "Information matrix: the kind of source in the cell"),
        ),
        (
            indicators,
            f"0 / {delete}",
            translate("ShortcutSheet", "Information matrix: empty the cell"),
        ),
        (problems, "+ / −", translate("ShortcutSheet", "Give or take back a vote")),
        (
            problems,
            f"{native('Space')} / P",
            translate("ShortcutSheet", "Prioritise the selected problem, or undo that"),
        ),
        (
            problems,
            native("Ctrl+Shift+V"),
            translate("ShortcutSheet", "Dot voting by a show of hands"),
        ),
        (
            voting,
            "0 … 9",
            translate("ShortcutSheet", "Type the number of votes for the selected row"),
        ),
        (
            voting,
            native("Enter"),
            translate("ShortcutSheet", "Save the number and go to the next row"),
        ),
        (voting, "+ / −", translate("ShortcutSheet", "One vote more or less")),
        (voting, native("Backspace"), translate("ShortcutSheet", "Erase the last digit typed")),
        (voting, native("Esc"), translate("ShortcutSheet", "Forget the digits typed")),
        (voting, native("Ctrl+P"), translate("ShortcutSheet", "Show the result on the projector")),
        (
            causes,
            native("Enter"),
            translate("ShortcutSheet", "Add the typed cause to the chosen branch"),
        ),
        (
            causes,
            native("Ctrl+Enter"),
            translate(
                "ShortcutSheet", "Add it as a sub-cause of the selected cause: ask “why?” again"
            ),
        ),
        (partners, "L", translate("ShortcutSheet", "The organisation leads the measure")),
        (partners, "P", translate("ShortcutSheet", "The organisation is a partner")),
        (
            partners,
            f"{native('Space')} / {native('Enter')}",
            translate("ShortcutSheet", "Next role in turn"),
        ),
        (partners, f"0 / {delete}", translate("ShortcutSheet", "No role")),
        (preconditions, "1 … 4", translate("ShortcutSheet", "Rate the selected dimension")),
        (
            preconditions,
            f"0 / {native('Backspace')}",
            translate("ShortcutSheet", "Take the rating back"),
        ),
        (preconditions, delete, translate("ShortcutSheet", "Remove the selected row")),
        (
            projector,
            f"{native('PgDown')} / {native('PgUp')}",
            translate(
                "ShortcutSheet", "Clicker: next or previous question (cursor in a one-line field)"
            ),
        ),
        (
            projector,
            native("Esc"),
            translate(
                "ShortcutSheet",
                "Take the vote result off the projector (closing the voting dialog does too)",
            ),
        ),
    ]
