# SPDX-License-Identifier: GPL-3.0-or-later
"""caseapp: offline case tracking for groups that defend political detainees."""

APP_ID = "org.caseapp.CaseApp"
APP_NAME = "CaseApp"
__version__ = "0.1.0"
