"""Fixtures of the export tests: the shipped method pack and the example workshops.

The large one is the benchmarks' seeded generator (``benchmarks/generator.py``), the one
large workshop of the tests and the benchmarks.
"""

from __future__ import annotations

import pytest

from benchmarks.generator import large_workshop
from tests.unit.export.factories import realistic_workshop
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
