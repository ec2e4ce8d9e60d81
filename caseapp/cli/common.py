# SPDX-License-Identifier: GPL-3.0-or-later
"""What every CLI command shares: opening the database, printing, error exits."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from caseapp import paths
from caseapp.cli import passphrase as ask
from caseapp.core import settings as preferences
from caseapp.core.casebook import Casebook
from caseapp.domain.enums import Labelled
from caseapp.domain.errors import PassphraseNeeded
from caseapp.i18n import _


def database_path(args: argparse.Namespace) -> Path:
    """--db when given, otherwise the database in the data folder."""
    given = getattr(args, "db", None)
    return Path(given).expanduser() if given else default_path()


def default_path() -> Path:
    return paths.default_database()


def open_book(args: argparse.Namespace, *, create: bool = False, check: bool = False,
              passphrase: str | None = None, daily_backup: bool = True) -> Casebook:
    """The Casebook of ``--db`` with the operator and backup settings; an encrypted file
    asks for its passphrase. A copy is made when the newest backup is a day old."""
    prefs = preferences.load()
    backup_dir = Path(prefs.backup_folder).expanduser() if prefs.backup_folder else None
    path = database_path(args)

    def opened(key: str | None) -> Casebook:
        return Casebook(path, create=create, operator=operator_name(), backup_dir=backup_dir,
                        check=check, passphrase=key)

    try:
        book = opened(passphrase)
    except PassphraseNeeded:
        book = opened(ask.existing())
    if daily_backup:
        try:
            book.backups.daily(keep=prefs.backups_to_keep)
        except BaseException:
            book.close()
            raise
    return book


def confirm(question: str) -> bool:
    """Ask at the terminal; without one the answer is no (scripts pass --yes)."""
    if not sys.stdin.isatty():
        return False
    answer = input(question + " " + _("[y/N] ")).strip().casefold()
    return answer in {"y", "yes", _("y").casefold(), _("yes").casefold()}


def operator_name() -> str:
    """Who is recorded in the audit log: $CASEAPP_OPERATOR, else the login name."""
    return os.environ.get("CASEAPP_OPERATOR") or os.environ.get("USER") or ""


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def flush_output() -> None:
    if sys.stdout is not None:  # None when the caller closed it (`caseapp … >&-`)
        sys.stdout.flush()


def drop_output() -> None:
    """Send what is left of standard output to the null device: the program reading it
    has gone (``caseapp person list | head``), and Python would otherwise report a
    broken pipe when it flushes at exit."""
    try:
        descriptor = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # replaced by a stream without a file
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, descriptor)
    os.close(null)


def table(rows: list[tuple[str, ...]], headers: tuple[str, ...]) -> None:
    """Print aligned columns; widths from the widest cell, capped for long text."""
    cells = [headers, *rows]
    widths = [min(max(len(str(r[i])) for r in cells), 40) for i in range(len(headers))]
    for row in cells:
        cells_of_row = zip(row, widths, strict=False)
        out("  ".join(str(value)[:40].ljust(width) for value, width in cells_of_row).rstrip())


def command_group(sub: argparse._SubParsersAction, name: str,
                  help_text: str) -> argparse._SubParsersAction:
    """A command with actions of its own: `caseapp NAME ACTION …`."""
    group = sub.add_parser(name, help=help_text, description=help_text)
    return group.add_subparsers(dest=f"{name}_command", required=True, metavar="ACTION")


def action(actions: argparse._SubParsersAction, name: str, help_text: str,
           func: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
    """One action of a command group, taking --db like every command."""
    parser = actions.add_parser(name, help=help_text, description=help_text)
    add_db_option(parser)
    parser.set_defaults(func=func)
    return parser


def one_of(enum: type[Labelled]) -> str:
    """Help text listing the values a vocabulary option takes."""
    return _("one of: {values}").format(values=", ".join(member.value for member in enum))


def add_db_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--db", metavar="PATH", default=default,
                        help=_("database file (default: caseapp.sqlite in the data folder)"))
