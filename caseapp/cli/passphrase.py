# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the command line gets a passphrase: the environment or the terminal, never a file.

Scripts set ``CASEAPP_PASSPHRASE``; a person at a terminal is asked without echo (and
asked twice for a new passphrase). Without either, the command says so and stops.
"""

from __future__ import annotations

import getpass
import os
import sys

from caseapp.domain.errors import PassphraseNeeded, WrongPassphrase
from caseapp.i18n import _

VARIABLE = "CASEAPP_PASSPHRASE"


def existing(prompt: str | None = None, variable: str = VARIABLE) -> str:
    """The passphrase of a file being opened: from ``variable``, or typed."""
    given = os.environ.get(variable)
    if given:
        return given
    _need_terminal(variable)
    return getpass.getpass(prompt or _("Passphrase: "))


def new(variable: str = VARIABLE) -> str:
    """A passphrase being set: from ``variable``, or typed twice on the terminal."""
    given = os.environ.get(variable)
    if given:
        return given
    _need_terminal(variable)
    first = getpass.getpass(_("New passphrase: "))
    if first != getpass.getpass(_("The same passphrase again: ")):
        raise WrongPassphrase(_("The two passphrases differ; nothing was changed"))
    return first


def _need_terminal(variable: str = VARIABLE) -> None:
    if not sys.stdin.isatty():
        raise PassphraseNeeded(_("A passphrase is needed: type it at a terminal or set "
                                 "{variable}").format(variable=variable))
