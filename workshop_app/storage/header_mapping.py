"""The workshop header as columns: the workshops row written and the header changes applied."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from workshop_app.domain.model import Logo, MethodRef, Workshop


def header_values(workshop: Workshop) -> dict[str, Any]:
    """Column values of the workshop header."""
    return {
        "id": workshop.id,
        "title": workshop.title,
        "municipality": workshop.municipality,
        "area": workshop.area,
        "purpose": workshop.purpose,
        "language": workshop.language,
        "method_id": workshop.method.id,
        "method_version": workshop.method.version,
        "created_at": workshop.created_at,
        "updated_at": workshop.updated_at,
        "current_step": workshop.current_step,
        "follow_up_date": workshop.follow_up_date,
        "note_taker": workshop.note_taker,
        **_logo_columns(workshop.logo),
    }


def _logo_columns(logo: Logo | None) -> dict[str, Any]:
    return {
        "logo_media_type": None if logo is None else logo.media_type,
        "logo_data": None if logo is None else logo.data,
    }


def header_change_values(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Column values for validated header changes ("method" spans two columns)."""
    values = {k: v for k, v in changes.items() if k not in ("method", "logo")}
    if "logo" in changes:
        values.update(_logo_columns(changes["logo"]))
    if "method" in changes:
        method: MethodRef = changes["method"]
        values["method_id"] = method.id
        values["method_version"] = method.version
    return values
