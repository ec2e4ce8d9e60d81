# SPDX-License-Identifier: GPL-3.0-or-later
"""Translations for every layer below the window, with the standard ``gettext`` and no Qt.

The window's widgets translate through Qt (``tr()``, catalogs ``caseapp_<lang>.qm``);
everything else (domain labels, core and store messages, the importer, the CLI and the
reports) uses the gettext catalogs ``resources/translations/<lang>/LC_MESSAGES/caseapp.mo``,
compiled from ``.po`` by ``python -m caseapp.i18n_build``. See docs/translations.md.

``_`` translates now in the interface language, ``N_`` marks a string for later (enum
labels), ``ngettext`` picks a plural form by the catalog's Plural-Forms rule and
``pgettext`` reads a message in a context. A report chooses its own language, so it asks
``translation(language)`` for a catalog of that language instead.
"""

from __future__ import annotations

import functools
import gettext
import logging

from caseapp.paths import resource_path

DOMAIN = "caseapp"
LANGUAGES = ("en", "ru", "kk")
#: The language the source strings are written in; it needs no compiled catalog.
SOURCE_LANGUAGE = "en"

log = logging.getLogger(__name__)


class _Interface:
    """The interface language and its catalog, set once at start-up by ``set_language``."""

    language: str = SOURCE_LANGUAGE
    catalog: gettext.NullTranslations = gettext.NullTranslations()


@functools.cache
def translation(language: str) -> gettext.NullTranslations:
    """The catalog of one language, with ``.gettext``, ``.ngettext`` and ``.pgettext``.

    A catalog that was not compiled (``make translations``) answers in English and
    says so in the log, so a missing build step never stops the application.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; expected one of {LANGUAGES}")
    if language == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    try:
        return gettext.translation(DOMAIN, str(resource_path("translations")), [language])
    except FileNotFoundError:
        log.warning("no compiled %s catalog in %s; run `make translations`", language,
                    resource_path("translations"))
        return gettext.NullTranslations()


def set_language(language: str) -> None:
    """Switch the catalog used by ``_``; unknown languages fall back to English."""
    language = language if language in LANGUAGES else SOURCE_LANGUAGE
    _Interface.language, _Interface.catalog = language, translation(language)


def current_language() -> str:
    return _Interface.language


def _(message: str) -> str:
    """``message`` in the interface language; ``_("")`` is ``""``, not the catalog header."""
    return _Interface.catalog.gettext(message) if message else ""


def N_(message: str) -> str:
    """Mark ``message`` for extraction only; translate it later with ``_``."""
    return message


def ngettext(singular: str, plural: str, count: int) -> str:
    return _Interface.catalog.ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    return _Interface.catalog.pgettext(context, message)
