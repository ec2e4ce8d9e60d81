# SPDX-License-Identifier: GPL-3.0-or-later
"""Small helpers shared by the benchmarks: repeated timing and percentile lines."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timings(work: Callable[[], object], repeat: int) -> list[float]:
    """Seconds per call over ``repeat`` calls (one warm-up call first)."""
    work()
    found = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        found.append(time.perf_counter() - start)
    return found


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(fraction * len(ordered)), len(ordered) - 1)]


def report(label: str, measured: list[float], baseline: list[float]) -> str:
    p50, p95 = statistics.median(measured), percentile(measured, 0.95)
    b50, b95 = statistics.median(baseline), percentile(baseline, 0.95)
    return (f"{label:<34} p50 {p50 * 1000:8.2f} ms  p95 {p95 * 1000:8.2f} ms   "
            f"baseline p50 {b50 * 1000:7.2f} ms  p95 {b95 * 1000:7.2f} ms   "
            f"ratio p50 {p50 / b50:5.1f}x  p95 {p95 / b95:5.1f}x")
