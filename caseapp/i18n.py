# SPDX-License-Identifier: GPL-3.0-or-later
"""Translations for every layer below the GUI, without Qt.

One set of catalogs serves the whole application: Qt Linguist files
``resources/translations/caseapp_<lang>.ts``. The GUI loads the compiled ``.qm``
through QTranslator; the layers below read the context ``caseapp`` of the same
``.ts`` here. ``_`` translates now, ``N_`` marks a string for later (enum labels),
``ngettext`` picks a plural form.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

from caseapp.paths import resource_path

CONTEXT = "caseapp"
LANGUAGES = ("en", "ru", "kk")


class _Catalog:
    """The active language's messages: source → translation or plural forms."""

    language: str = "en"
    messages: dict[str, str] = {}
    plurals: dict[str, list[str]] = {}


def catalog_path(language: str) -> Path:
    return resource_path("translations", f"caseapp_{language}.ts")


def set_language(language: str) -> None:
    """Switch the catalog used by ``_``; unknown languages fall back to English."""
    language = language if language in LANGUAGES else "en"
    messages, plurals = _read_ts(catalog_path(language)) if language != "en" else ({}, {})
    _Catalog.language, _Catalog.messages, _Catalog.plurals = language, messages, plurals


def _read_ts(path: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    messages: dict[str, str] = {}
    plurals: dict[str, list[str]] = {}
    if not path.exists():
        return messages, plurals
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            _read_message(message, messages, plurals)
    return messages, plurals


def _read_message(message: ElementTree.Element, messages: dict, plurals: dict) -> None:
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return
    forms = [form.text or "" for form in translation.iter("numerusform")]
    if forms and all(forms):
        plurals[source] = forms
    elif translation.text:
        messages[source] = translation.text


def current_language() -> str:
    return _Catalog.language


def _(message: str) -> str:
    if not message:
        return ""
    return _Catalog.messages.get(message, message)


def N_(message: str) -> str:
    return message


def ngettext(singular: str, plural: str, count: int) -> str:
    forms = _Catalog.plurals.get(singular)
    if forms:
        return forms[min(plural_index(_Catalog.language, count), len(forms) - 1)]
    return singular if count == 1 else plural


def plural_index(language: str, count: int) -> int:
    """Which plural form a count takes (Russian has three; Kazakh and English two)."""
    if language == "ru":
        if count % 10 == 1 and count % 100 != 11:
            return 0
        return 1 if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14 else 2
    return 0 if count == 1 else 1
