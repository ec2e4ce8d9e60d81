# SPDX-License-Identifier: GPL-3.0-or-later
"""Portable mode: with a file named `portable` beside the executable, data lives beside it too."""

import os
import sys
from pathlib import Path

_here = Path(sys.executable).resolve().parent
if (_here / "portable").exists() and "CASEAPP_HOME" not in os.environ:
    os.environ["CASEAPP_HOME"] = str(_here / "data")
