"""The wearable test files (tests/data/wearables, built by build_wearable_files.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "wearables"


def builder():
    spec = importlib.util.spec_from_file_location(
        "build_wearable_files", DATA / "build_wearable_files.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def wearable_files():
    """build_wearable_files.py, loaded as a module."""
    return builder()


@pytest.fixture
def gadgetbridge_db(tmp_path) -> Path:
    """Built at test time: Gadgetbridge stores no time zone, so its days are this computer's."""
    path = tmp_path / "Gadgetbridge"
    builder().gadgetbridge_db(path)
    return path
