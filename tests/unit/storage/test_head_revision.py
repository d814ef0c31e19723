"""HEAD_REVISION (start-up's check without Alembic) equals the newest migration script."""

from __future__ import annotations

import ast
from pathlib import Path

from workshop_app.storage import migrate
from workshop_app.storage.revisions import HEAD_REVISION, MIGRATIONS_DIR


def _script_revisions(versions: Path) -> dict[str, str | None]:
    """revision -> down_revision of every script in the folder, read from the files."""
    found: dict[str, str | None] = {}
    for script in sorted(versions.glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(script.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.AnnAssign | ast.Assign):
                targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
                for target in targets:
                    if isinstance(target, ast.Name) and node.value is not None:
                        values[target.id] = ast.literal_eval(node.value)
        if "revision" in values:
            found[str(values["revision"])] = values.get("down_revision")  # type: ignore[assignment]
    return found


def newest_script_revision(versions: Path) -> str:
    """The one revision no other script revises: the head the scripts lead to."""
    revisions = _script_revisions(versions)
    revised = {down for down in revisions.values() if down is not None}
    heads = sorted(set(revisions) - revised)
    assert len(heads) == 1, f"the migration scripts must lead to one head, not {heads}"
    return heads[0]


def test_head_revision_is_the_newest_script() -> None:
    """Adding a migration? Set HEAD_REVISION in storage/revisions.py to its revision id."""
    newest = newest_script_revision(MIGRATIONS_DIR / "versions")
    assert newest == HEAD_REVISION, (
        f"storage/revisions.py: HEAD_REVISION is {HEAD_REVISION!r}, the newest migration "
        f"script is {newest!r}"
    )


def test_alembic_agrees() -> None:
    assert migrate.head_revision() == HEAD_REVISION
    assert migrate.MIGRATIONS_DIR == MIGRATIONS_DIR


def test_a_new_script_changes_the_newest(tmp_path: Path) -> None:
    """The derivation follows the files: one more script is the new head (so the first test
    fails until the constant is raised with it)."""
    versions = tmp_path / "versions"
    versions.mkdir()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        (versions / script.name).write_text(script.read_text(encoding="utf-8"), "utf-8")
    (versions / "9999_next.py").write_text(
        f'revision: str = "9999"\ndown_revision: str | None = "{HEAD_REVISION}"\n', "utf-8"
    )
    assert newest_script_revision(versions) == "9999"
