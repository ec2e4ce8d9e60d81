# SPDX-License-Identifier: GPL-3.0-or-later
"""QT_TRANSLATE_NOOP typed as what it returns.

Qt's marker hands back its ``message`` unchanged, so that a label can be stored in a
table now and translated when shown; PySide6's stub says it returns ``object``. Import it
from here to keep labels typed as ``str``; lupdate finds the calls by their name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6 import QtCore

#: (context, message) -> message, marked for lupdate.
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)
