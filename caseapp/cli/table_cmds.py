# SPDX-License-Identifier: GPL-3.0-or-later
"""`caseapp table ACTION`: spreadsheets in and out. Each action lives in its own module;
adding one is adding its module to ``ACTION_MODULES``."""

from __future__ import annotations

import argparse

from caseapp.cli import table_export_cmd, table_import_cmd
from caseapp.cli.common import command_group
from caseapp.i18n import _

#: Each has ``register_action(actions)``; in this order in ``caseapp table --help``.
ACTION_MODULES = (table_import_cmd, table_export_cmd)


def register(sub: argparse._SubParsersAction) -> None:
    actions = command_group(sub, "table", _("import and export spreadsheets (CSV, XLSX)"))
    for module in ACTION_MODULES:
        module.register_action(actions)
