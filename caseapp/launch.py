# SPDX-License-Identifier: GPL-3.0-or-later
"""The entry points of the installed and the frozen application: which program runs.

``caseapp-gui`` opens the window; ``caseapp-gui --cli ARGS`` is the command line (for a
bundle with one executable to call), ``caseapp-gui --self-test`` checks the core and then
the window. ``caseapp`` is the command line. Both call ``multiprocessing.freeze_support()``
first: in a frozen bundle a worker process of a multiprocessing pool starts this same
executable, and only that call turns it into the worker instead of a second window.

This module sits above the layers (it may start either front end); it holds no logic of
its own beyond choosing.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Sequence

CLI_FLAG = "--cli"
SELF_TEST_FLAG = "--self-test"


def gui(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == [CLI_FLAG]:
        return _cli_main(args[1:])
    if args[:1] == [SELF_TEST_FLAG]:
        return _self_test_with_window()
    from caseapp.gui.app import main

    return main(args)


def cli(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()
    return _cli_main(list(sys.argv[1:] if argv is None else argv))


def _cli_main(args: list[str]) -> int:
    from caseapp.cli.main import main

    return main(args)


def _self_test_with_window() -> int:
    from caseapp.cli.selftest_cmd import run_self_test

    status = run_self_test()
    if status:
        return status
    from caseapp.gui.selftest import run_window_check

    return run_window_check()
