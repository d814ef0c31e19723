"""Loads the scripts under packaging/ by path: that folder is not a package (and its name
would shadow PyPI's ``packaging``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGING = REPO_ROOT / "packaging"


def load(relative: str) -> ModuleType:
    """``load("pyinstaller/bundle_layout.py")`` -> the module, loaded once."""
    path = PACKAGING / relative
    name = "_packaging_" + path.stem
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module
