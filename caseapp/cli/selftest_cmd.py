# SPDX-License-Identifier: GPL-3.0-or-later
"""`caseapp --self-test`: check that this installation works, step by step (core.selftest).

An option rather than a subcommand, like ``--version``: it needs no database, and a
maintainer checking a freshly built bundle runs the two side by side.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence

from caseapp.cli.common import out
from caseapp.core import selftest
from caseapp.i18n import _


class SelfTestAction(argparse.Action):
    """Runs the self-test as soon as the option is parsed, then exits with its status."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help=_("check that this installation works, then exit"))

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        parser.exit(run_self_test())


def add_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--self-test", action=SelfTestAction)


def run_self_test() -> int:
    """Print each step with its time; 0 when all passed, 1 at the first failure."""
    started = time.perf_counter()
    try:
        selftest.run(lambda name, seconds: out(_("ok  {step} ({seconds:.2f} s)").format(
            step=name, seconds=seconds)))
    except selftest.SelfTestFailed as exc:
        out(_("FAILED  {problem}").format(problem=exc))
        return 1
    out(_("self-test passed in {seconds:.1f} s").format(seconds=time.perf_counter() - started))
    return 0
