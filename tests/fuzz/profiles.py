# SPDX-License-Identifier: GPL-3.0-or-later
"""How hard the fuzz tests try: two hypothesis profiles and a count of the inputs run.

``fuzz-quick`` (the default, in `make test`) runs a small, fixed set of examples per test
(derandomised, so the suite is repeatable and quick); ``fuzz-slow`` (CASEAPP_FUZZ=slow,
`make test-slow`) runs random ones, at least 10,000 in all. Each test names both counts
with ``examples``: the cheap parsers thousands, a whole report a few dozen. The inputs
really run are counted (``ran_input``) and printed at the end of the session, so the
figure in docs/reliability.md is measured, not the sum of the maxima.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from hypothesis import HealthCheck, settings

_COMMON = {"deadline": None, "print_blob": True, "database": None,
           "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.large_base_example]}
settings.register_profile("fuzz-quick", derandomize=True, **_COMMON)
settings.register_profile("fuzz-slow", **_COMMON)
PROFILE = "fuzz-slow" if os.environ.get("CASEAPP_FUZZ") == "slow" else "fuzz-quick"
SLOW = PROFILE == "fuzz-slow"


def examples(quick: int, slow: int) -> settings:
    """The active profile, trying ``quick`` examples in `make test`, ``slow`` in
    `make test-slow`."""
    return settings(settings.get_profile(PROFILE), max_examples=slow if SLOW else quick)


@dataclass
class InputCount:
    """Generated inputs the fuzz tests ran in this session (printed at the end)."""

    inputs: int = 0


RUN = InputCount()


def ran_input() -> None:
    """Count one generated input; every fuzz test calls it first."""
    RUN.inputs += 1
