# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile report data for the tests, the fuzzing and the benchmark (issue 9): reportlab
markup and 5,000-letter words in every free-text field.

Like reports/samples.py, nothing here is real. ``hostile_copy`` walks a report's frozen
data classes and replaces every string a volunteer or an import could have written
(names, courts, notes, titles, URLs …) with what a chosen function makes of it; stored
enum values (status, kind, language …) stay, because the database only holds valid ones.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

#: 5,000 letters without a space in each report language's script.
LONG_WORDS = {
    "kk": ("Құдайбергенұлы" * 400)[:5000],
    "ru": ("Кудайбергенов" * 400)[:5000],
    "en": ("Kudaibergenov" * 400)[:5000],
}
#: Text that reportlab would read as markup if it were not escaped; each must print as is.
MARKUP = (
    "<b>bold</b>",
    "<para>",
    "</para>",
    "Tom & Jerry",
    "&amp; &lt; &#169; &nbsp;",
    '<font name="Helvetica" size="40">big</font>',
    "<i>unclosed",
    "</b>",
    '<a href="javascript:alert(1)">x</a>',
    '<img src="/etc/passwd" width="10" height="10"/>',
    "<br/><br>",
    "<![CDATA[x]]>",
    "<seq id='a'/>",
    "<unknown attr=1>",
    "a < b > c",
    "<",
)
#: Fields that hold stored enum values or keys, never free text.
_ENUM_FIELDS = frozenset({"status", "kind", "facility_kind", "gender", "language", "script",
                          "uid", "pace_criteria"})


def hostile_copy(value: T, make: Callable[[str, str], str]) -> T:
    """``value`` with every free-text string ``s`` in field ``f`` replaced by ``make(f, s)``."""
    return _walk(value, make, "")


def _walk(value: Any, make: Callable[[str, str], str], field: str) -> Any:
    if isinstance(value, str):
        return make(field, value)
    if isinstance(value, tuple):
        return tuple(_walk(item, make, field) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _walk(getattr(value, f.name), make, f.name)
                   for f in dataclasses.fields(value) if f.name not in _ENUM_FIELDS}
        return dataclasses.replace(value, **changes)
    return value
