# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for the importer tests: the shared scorer, loaded from ../shared/tools if present."""

from __future__ import annotations

import importlib.util

import pytest

from importer.corpus import SCORER


@pytest.fixture(scope="session")
def scorer():
    if not SCORER.exists():
        pytest.skip("shared scorer not present")
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
