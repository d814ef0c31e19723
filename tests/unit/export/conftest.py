"""Fixtures of the export tests: the shipped method pack and the example workshops."""

from __future__ import annotations

import pytest

from tests.unit.export.factories import large_workshop, realistic_workshop
from workshop_app.domain.method_pack.loader import load_method_pack
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Workshop


@pytest.fixture(scope="session")
def pack() -> MethodPack:
    return load_method_pack("bra-pss-workshop")


@pytest.fixture
def workshop() -> Workshop:
    return realistic_workshop()


@pytest.fixture(scope="session")
def large() -> Workshop:
    return large_workshop()
