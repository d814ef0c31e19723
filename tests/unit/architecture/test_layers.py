"""The layer rules of DESIGN §1, checked on every module's imports (including lazy ones)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[3] / "workshop_app"

# What each layer may import from the package (besides itself) and which third-party roots.
# gui reaches storage and export only through services (which re-exports the few types and
# errors the window needs), so a page cannot open a transaction or write a file of its own.
ALLOWED_LAYERS: dict[str, set[str]] = {
    "domain": set(),
    "storage": {"domain"},
    "export": {"domain"},
    "services": {"domain", "storage", "export"},
    "gui": {"domain", "services"},
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
# Calls that import a module named by a string: followed when the name is a literal.
DYNAMIC_IMPORTS = {"import_module", "__import__"}


def layer_of(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 else "<top>"


def module_name(path: Path) -> str:
    """``workshop_app.gui.app`` for ``workshop_app/gui/app.py`` (a package: its ``__init__``)."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _absolute(path: Path, level: int, module: str | None) -> str:
    """The absolute name of a relative import (``from ..storage import x`` in a module)."""
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    base = package[: len(package) - (level - 1)] if level > 1 else package
    return ".".join([*base, module] if module else base)


def _dynamic_target(node: ast.Call) -> str | None:
    """The module a call such as ``importlib.import_module("x")`` imports, "" if not literal."""
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name not in DYNAMIC_IMPORTS:
        return None
    if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
        return node.args[0].value
    return ""


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """Every module the file imports: plain, relative (made absolute) and by import_module.

    A dynamic import whose name is not a literal is reported as ``<dynamic>``: the check
    cannot follow it, so it is not allowed.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level > 0:
                module = _absolute(path, node.level, node.module)
            if module == FIRST_PARTY:
                # ``from workshop_app import services`` imports a layer; ``__version__`` does not.
                layers = [a.name for a in node.names if a.name in ALLOWED_LAYERS]
                found += [(node.lineno, f"{module}.{name}") for name in layers] or [
                    (node.lineno, module)
                ]
            elif module:
                found.append((node.lineno, module))
        elif isinstance(node, ast.Call):
            target = _dynamic_target(node)
            if target is not None:
                found.append((node.lineno, target or "<dynamic>"))
    return found


def violations_in(path: Path) -> list[str]:
    layer = layer_of(path)
    problems = []
    for line, module in imported_modules(path):
        root = module.split(".")[0]
        where = f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}"
        if module == "<dynamic>":
            problems.append(f"{where}: a module named at run time escapes the layer check")
        elif root == FIRST_PARTY:
            parts = module.split(".")
            # ``from workshop_app import __version__`` is fine anywhere; the top-level modules
            # (cli, cli_commands, cli_output, __main__) form the outermost layer.
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


def top_level_cycles(paths: list[Path]) -> list[str]:
    """Import cycles among the top-level modules (cli, cli_commands, …), lazy imports included.

    ``cli`` runs ``cli_commands`` and both print through ``cli_output``; a cycle between them
    would make the import order decide which names exist.
    """
    top = {module_name(p): p for p in paths if layer_of(p) == "<top>"}
    graph = {
        name: {m for _line, m in imported_modules(path) if m in top and m != name}
        for name, path in top.items()
    }
    cycles = []
    for start in sorted(graph):
        stack, seen = [(start, (start,))], set()
        while stack:
            node, trail = stack.pop()
            for nxt in sorted(graph[node]):
                if nxt == start:
                    cycles.append(" -> ".join((*trail, start)))
                elif nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, (*trail, nxt)))
    return cycles


def all_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "forms" not in p.parts)


def test_every_module_keeps_to_its_layer() -> None:
    problems = [problem for path in all_modules() for problem in violations_in(path)]
    assert problems == []


def test_the_top_level_modules_import_no_cycle() -> None:
    assert top_level_cycles(all_modules()) == []


@pytest.mark.parametrize(
    ("layer", "source", "expected"),
    [
        ("domain", "import PySide6.QtCore", "only workshop_app/gui may import Qt"),
        ("storage", "from workshop_app.services import changes", "may not import services"),
        ("export", "from workshop_app.storage import repository", "may not import storage"),
        ("domain", "import sqlalchemy", "may not depend on sqlalchemy"),
        ("services", "from PySide6.QtWidgets import QLabel", "only workshop_app/gui may import Qt"),
        (
            "gui",
            "from workshop_app.storage.errors import SaveFailedError",
            "may not import storage",
        ),
        ("gui", "from workshop_app.export.options import ExportOptions", "may not import export"),
        ("gui", "from ..storage import repository", "may not import storage"),
        ("domain", "from .. import services", "may not import services"),
        ("domain", "from ..gui.app import run_gui", "may not import gui"),
        ("export", "from workshop_app import storage", "may not import storage"),
        (
            "export",
            "import importlib\nimportlib.import_module('workshop_app.storage.tables')",
            "may not import storage",
        ),
        ("domain", "__import__('sqlalchemy')", "may not depend on sqlalchemy"),
        (
            "domain",
            "from importlib import import_module\nimport_module(NAME)",
            "a module named at run time escapes the layer check",
        ),
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


def test_a_relative_import_within_the_layer_is_allowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_package = tmp_path / "workshop_app"
    (fake_package / "gui" / "pages").mkdir(parents=True)
    module = fake_package / "gui" / "pages" / "page.py"
    module.write_text("from . import other\nfrom ..session import Session\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake_package)
    assert [m for _line, m in imported_modules(module)] == [
        "workshop_app.gui.pages",
        "workshop_app.gui.session",
    ]
    assert violations_in(module) == []


def test_the_cycle_check_catches_cli_importing_cli_commands_and_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_package = tmp_path / "workshop_app"
    fake_package.mkdir()
    (fake_package / "cli.py").write_text(
        "def main():\n    from workshop_app.cli_commands import run\n", encoding="utf-8"
    )
    (fake_package / "cli_commands.py").write_text(
        "from workshop_app.cli import EXIT_OK\n", encoding="utf-8"
    )
    (fake_package / "cli_output.py").write_text("EXIT_OK = 0\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake_package)
    paths = sorted(fake_package.glob("*.py"))
    assert "workshop_app.cli -> workshop_app.cli_commands -> workshop_app.cli" in (
        top_level_cycles(paths)
    )
    (fake_package / "cli_commands.py").write_text(
        "from workshop_app.cli_output import EXIT_OK\n", encoding="utf-8"
    )
    assert top_level_cycles(paths) == []
