# SPDX-License-Identifier: GPL-3.0-or-later
"""The frozen window's entry script (packaging/caseapp.spec): caseapp.launch.gui."""

from caseapp.launch import gui

if __name__ == "__main__":
    raise SystemExit(gui())
