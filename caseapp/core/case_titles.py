# SPDX-License-Identifier: GPL-3.0-or-later
"""The titles caseapp gives a case it creates ("Case of Aidos Sadykov"), in any language.

An import titles a new case in the article's language, so an English article leaves
"Case of Aidos Sadykov" in the file. A report in Kazakh or Russian must not print that
English: ``in_language`` recognises a title made from these templates in any of the
three languages and says it again with the report language's template, naming the
defendant as the report names them. A title a volunteer typed is theirs and stays.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable
from functools import cache

from caseapp import i18n
from caseapp.i18n import N_

CASE_TITLE = N_("Case of {name}")
#: Counts whose plural forms cover every form of the three languages (1, 2–4, 5+, 21).
_SAMPLE_COUNTS = (1, 2, 5, 21)


def case_title(catalog: gettext.NullTranslations, name: str, others: int = 0) -> str:
    """"Case of {name}" or "Case of {name} and {count} others" in ``catalog``'s language."""
    if not others:
        return catalog.gettext(CASE_TITLE).format(name=name)
    return catalog.ngettext("Case of {name} and {count} other",
                            "Case of {name} and {count} others", others).format(
        name=name, count=others)


def in_language(title: str, language: str, name_in: Callable[[str], str]) -> str:
    """``title`` in ``language`` when caseapp made it; ``name_in`` gives the name to show
    for the name the title holds. Any other title is returned as it is."""
    found = _parse(title.strip())
    if found is None:
        return title
    name, others = found
    return case_title(i18n.translation(language), name_in(name), others)


def _parse(title: str) -> tuple[str, int] | None:
    for pattern in _patterns():
        match = pattern.fullmatch(title)
        if match:
            return match.group("name").strip(), int(match.groupdict().get("count") or 0)
    return None


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Every language's templates as patterns; those with a count first (the one-name
    template would read "X and 2 others" as a name)."""
    with_count, alone = set(), set()
    for language in i18n.LANGUAGES:
        catalog = i18n.translation(language)
        alone.add(catalog.gettext(CASE_TITLE))
        with_count |= {catalog.ngettext("Case of {name} and {count} other",
                                        "Case of {name} and {count} others", n)
                       for n in _SAMPLE_COUNTS}
    return tuple(_pattern(t) for t in [*sorted(with_count), *sorted(alone)])


def _pattern(template: str) -> re.Pattern[str]:
    text = re.escape(template)
    text = text.replace(re.escape("{name}"), r"(?P<name>.+?)")
    text = text.replace(re.escape("{count}"), r"(?P<count>\d+)")
    return re.compile(text, re.IGNORECASE)
