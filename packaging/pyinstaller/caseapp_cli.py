# SPDX-License-Identifier: GPL-3.0-or-later
"""The frozen command line's entry script (packaging/caseapp.spec): caseapp.launch.cli."""

from caseapp.launch import cli

if __name__ == "__main__":
    raise SystemExit(cli())
