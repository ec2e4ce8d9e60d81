# SPDX-License-Identifier: GPL-3.0-or-later
"""`make bench`: every benchmark in turn; each prints ratios against its own baseline."""

from __future__ import annotations

import importlib

MODULES = ("benchmarks.bench_search", "benchmarks.bench_startup", "benchmarks.bench_importer",
           "benchmarks.bench_reports", "benchmarks.bench_safety", "benchmarks.bench_hostile",
           "benchmarks.bench_table_import", "benchmarks.bench_bundles")


def run() -> None:
    for name in MODULES:
        module = importlib.import_module(name)
        print(f"== {name.split('.')[-1]}")
        module.main()


if __name__ == "__main__":
    run()
