# SPDX-License-Identifier: GPL-3.0-or-later
"""`python -m caseapp` opens the desktop application."""

from caseapp.gui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
