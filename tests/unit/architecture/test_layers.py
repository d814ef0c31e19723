"""The layer rules of DESIGN §1, checked on every module's imports (including lazy ones)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[3] / "workshop_app"

# What each layer may import from the package (besides itself) and which third-party roots.
ALLOWED_LAYERS: dict[str, set[str]] = {
    "domain": set(),
    "storage": {"domain"},
    "export": {"domain"},
    "services": {"domain", "storage", "export"},
    "gui": {"domain", "storage", "export", "services"},
    "<top>": {"domain", "storage", "export", "services", "gui"},
}
ALLOWED_THIRD_PARTY: dict[str, set[str]] = {
    "domain": set(),
    "storage": {"sqlalchemy", "alembic"},
    "export": {"docx", "lxml", "openpyxl", "PIL"},
    "services": {"platformdirs", "sqlalchemy"},
    "gui": {"PySide6", "shiboken6"},
    "<top>": set(),
}
FIRST_PARTY = "workshop_app"


def layer_of(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 else "<top>"


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def violations_in(path: Path) -> list[str]:
    layer = layer_of(path)
    problems = []
    for line, module in imported_modules(path):
        root = module.split(".")[0]
        where = f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}"
        if root == FIRST_PARTY:
            parts = module.split(".")
            # ``from workshop_app import __version__`` is fine anywhere; the top-level modules
            # (cli, cli_commands, __main__) form the outermost layer.
            target = parts[1] if len(parts) > 1 else None
            if target is not None and target not in ALLOWED_LAYERS:
                target = "<top>"
            if target and target != layer and target not in ALLOWED_LAYERS[layer]:
                problems.append(f"{where}: layer {layer} may not import {target}")
        elif root in {"PySide6", "shiboken6"} and layer != "gui":
            problems.append(f"{where}: only workshop_app/gui may import Qt")
        elif (
            root not in sys.stdlib_module_names
            and root != "__future__"
            and root not in ALLOWED_THIRD_PARTY[layer]
        ):
            problems.append(f"{where}: layer {layer} may not depend on {root}")
    return problems


def all_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "forms" not in p.parts)


def test_every_module_keeps_to_its_layer() -> None:
    problems = [problem for path in all_modules() for problem in violations_in(path)]
    assert problems == []


@pytest.mark.parametrize(
    ("layer", "source", "expected"),
    [
        ("domain", "import PySide6.QtCore", "only workshop_app/gui may import Qt"),
        ("storage", "from workshop_app.services import changes", "may not import services"),
        ("export", "from workshop_app.storage import repository", "may not import storage"),
        ("domain", "import sqlalchemy", "may not depend on sqlalchemy"),
        ("services", "from PySide6.QtWidgets import QLabel", "only workshop_app/gui may import Qt"),
    ],
)
def test_the_check_catches_a_violation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, layer: str, source: str, expected: str
) -> None:
    fake_package = tmp_path / "workshop_app"
    (fake_package / layer).mkdir(parents=True)
    module = fake_package / layer / "bad.py"
    module.write_text(source + "\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake_package)
    problems = violations_in(module)
    assert any(expected in problem for problem in problems), problems
