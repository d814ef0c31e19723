"""Loading and validating method packs from ``resources/method/<id>/`` (standard library only).

A pack is a folder of TOML files, each read into the typed model of ``model.py``. Whatever is
wrong – a TOML syntax error, a missing text, an unknown key, a duplicate id, a reference to an
unknown group or actor kind, ids that do not match the enums – raises ``MethodPackError``
naming the file and the key, e.g. ``indicators.toml: indicators[12].title.en: missing``.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from workshop_app.domain.method_pack import _sections as sections
from workshop_app.domain.method_pack._fields import Table, check_id
from workshop_app.domain.method_pack.errors import MethodPackError
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.resources import resource_path

__all__ = [
    "DEFAULT_METHOD_PACK",
    "PACK_FILES",
    "MethodPackError",
    "available_method_packs",
    "clear_method_pack_cache",
    "load_method_pack",
    "load_method_pack_from",
]

DEFAULT_METHOD_PACK = "bra-pss-workshop"
PACK_FILES = (
    "pack.toml",
    "steps.toml",
    "agenda.toml",
    "indicators.toml",
    "choices.toml",
    "preconditions.toml",
    "glossary.toml",
)


def available_method_packs() -> list[str]:
    """Ids of the shipped method packs (folders under ``resources/method`` with a pack.toml)."""
    folder = resource_path("method")
    if not folder.is_dir():
        return []
    return sorted(entry.name for entry in folder.iterdir() if (entry / "pack.toml").is_file())


def load_method_pack(pack_id: str = DEFAULT_METHOD_PACK) -> MethodPack:
    """The shipped method pack ``pack_id``, loaded and validated once, then cached."""
    return _load_shipped(pack_id)


def clear_method_pack_cache() -> None:
    """Forget the packs loaded so far (for tests and for reloading edited content)."""
    _load_shipped.cache_clear()


@cache
def _load_shipped(pack_id: str) -> MethodPack:
    problem = check_id(pack_id)
    if problem:
        raise MethodPackError(f"invalid method pack id: {problem}")
    folder = resource_path("method", pack_id)
    if not (folder / "pack.toml").is_file():
        shown = ", ".join(available_method_packs()) or "none"
        raise MethodPackError(f'no method pack "{pack_id}" (available: {shown})')
    pack = load_method_pack_from(folder)
    if pack.id != pack_id:
        raise MethodPackError(
            f'"{pack.id}" does not match the folder name "{pack_id}"', "pack.toml", "id"
        )
    return pack


def load_method_pack_from(folder: Path) -> MethodPack:
    """Load and validate the method pack in ``folder`` (not cached)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise MethodPackError(f"method pack folder not found: {folder}")
    for path in sorted(folder.glob("*.toml")):
        if path.name not in PACK_FILES:
            raise MethodPackError(f"unknown file (expected: {', '.join(PACK_FILES)})", path.name)
    files = {name: _read_toml(folder / name) for name in PACK_FILES}

    header = sections.read_pack(files["pack.toml"])
    choices = sections.read_choices(files["choices.toml"])
    actor_kind_ids = [kind.id for kind in choices.actor_kinds]
    catalog = sections.read_indicators(files["indicators.toml"], actor_kind_ids)
    preconditions = sections.read_preconditions(files["preconditions.toml"])
    return MethodPack(
        id=header.id,
        version=header.version,
        title=header.title,
        source_note=header.source_note,
        steps=sections.read_steps(files["steps.toml"]),
        agenda=sections.read_agenda(files["agenda.toml"]),
        indicator_groups=catalog.groups,
        indicators=catalog.indicators,
        actor_kinds=choices.actor_kinds,
        source_types=choices.source_types,
        branches=choices.branches,
        directness=choices.directness,
        measure_kinds=choices.measure_kinds,
        phases=choices.phases,
        precondition_dimensions=preconditions.dimensions,
        rating_scale=preconditions.rating_scale,
        glossary=sections.read_glossary(files["glossary.toml"]),
        draft=header.draft,
        draft_note=header.draft_note,
        indicator_aliases=catalog.aliases,
    )


def _read_toml(path: Path) -> Table:
    """The top-level table of the TOML file at ``path``; syntax errors name file and line."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise MethodPackError("missing file", path.name) from None
    except OSError as error:
        raise MethodPackError(f"cannot read file: {error.strerror or error}", path.name) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise MethodPackError(f"not UTF-8 text (byte {error.start})", path.name) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise MethodPackError(f"invalid TOML: {error}", path.name) from None
    return Table(data, path.name)
