# SPDX-License-Identifier: GPL-3.0-or-later
"""The `caseapp` command: argparse front end over the core API.

Errors print one line to stderr and exit 1; problems with the database file itself
(not a database, damaged, busy, read-only, newer version, wrong passphrase) and usage
errors exit 2; no tracebacks unless CASEAPP_DEBUG=1. Files are created readable by
the owner only (umask 077).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from caseapp import __version__, paths
from caseapp.cli import (
    action_cmds,
    basic_cmds,
    bundle_cmds,
    case_cmds,
    code_cmds,
    common,
    custody_cmds,
    deadline_cmds,
    extract_cmd,
    file_cmds,
    import_cmd,
    letter_cmds,
    person_cmds,
    report_cmd,
    selftest_cmd,
    table_cmds,
)
from caseapp.domain.errors import CaseAppError, DatabaseError
from caseapp.i18n import _, set_language

#: Each registers its subcommands, in this order in ``caseapp --help``.
COMMAND_MODULES = (file_cmds, basic_cmds, person_cmds, case_cmds, code_cmds, custody_cmds,
                   deadline_cmds, action_cmds, letter_cmds, extract_cmd, import_cmd, report_cmd,
                   table_cmds, bundle_cmds)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="caseapp", description=_("Case tracking for defenders of political detainees"))
    parser.add_argument("--version", action="version", version=f"caseapp {__version__}")
    selftest_cmd.add_option(parser)
    common.add_db_option(parser, top=True)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; output piped into a program that stops reading (``| head``)
    ends the command quietly with exit code 0, as other command-line tools do."""
    try:
        try:
            return _run(argv)
        finally:
            common.flush_output()  # here, not at exit, where a closed pipe cannot be caught
    except BrokenPipeError:
        common.drop_output()
        return 0


def _run(argv: Sequence[str] | None) -> int:
    set_language(os.environ.get("CASEAPP_LANG", "en"))
    args = build_parser().parse_args(argv)
    paths.private_files()
    try:
        return int(args.func(args) or 0)
    except DatabaseError as exc:
        return _fail(str(exc), status=2)
    except CaseAppError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail(_("interrupted"))
    except BrokenPipeError:
        raise  # the reader went away: main() ends quietly
    except OSError as exc:
        return _fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no tracebacks
        if os.environ.get("CASEAPP_DEBUG"):
            raise
        return _fail(_("unexpected error ({kind}); run with CASEAPP_DEBUG=1 for details").format(
            kind=type(exc).__name__))


def _fail(message: str, *, status: int = 1) -> int:
    sys.stderr.write(f"caseapp: error: {message}\n")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
