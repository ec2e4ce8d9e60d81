# SPDX-License-Identifier: GPL-3.0-or-later
"""Translations for every layer below the GUI, with gettext and no Qt.

``_`` translates now, ``N_`` marks a string to translate later (enum labels, class
attributes), ``ngettext`` handles plurals. Catalogs are resources/translations/<lang>.po,
compiled to .mo by ``python -m caseapp.i18n_build`` during set-up.
"""

from __future__ import annotations

import gettext as _gettext

from caseapp.paths import resource_path

DOMAIN = "caseapp"
LANGUAGES = ("en", "ru", "kk")


class _State:
    """Holds the active catalog; replaced as a whole by set_language()."""

    translations: _gettext.NullTranslations = _gettext.NullTranslations()
    language: str = "en"


def set_language(language: str) -> None:
    """Switch the catalog used by ``_``; unknown languages fall back to English."""
    directory = resource_path("translations", "locale")
    _State.translations = _gettext.translation(
        DOMAIN, localedir=str(directory), languages=[language], fallback=True
    )
    _State.language = language if language in LANGUAGES else "en"


def current_language() -> str:
    return _State.language


def _(message: str) -> str:
    if not message:
        return ""
    return _State.translations.gettext(message)


def N_(message: str) -> str:
    return message


def ngettext(singular: str, plural: str, count: int) -> str:
    return _State.translations.ngettext(singular, plural, count)
