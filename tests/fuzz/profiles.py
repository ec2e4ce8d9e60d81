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
import time
from collections.abc import Callable
from dataclasses import dataclass

from hypothesis import HealthCheck, currently_in_test_context, settings, target

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


def timed_per_100_kb(work: Callable[[], object], text: str) -> float:
    """CPU seconds per 100 kB of ``work`` on ``text``, timed again when over a second
    (the first run fills caches, or meets a pause of the shared machine). From 10 kB on
    (below, such noise outweighs the work) it steers hypothesis towards slow inputs."""
    per_100_kb = _cpu_per_100_kb(work, text)
    if per_100_kb > 1.0:
        per_100_kb = min(per_100_kb, _cpu_per_100_kb(work, text))
    if len(text) >= 10_000 and currently_in_test_context():
        target(per_100_kb, label="CPU seconds per 100 kB")
    return per_100_kb


def _cpu_per_100_kb(work: Callable[[], object], text: str) -> float:
    started = time.process_time()
    work()
    return (time.process_time() - started) * 100_000 / max(len(text), 1)
