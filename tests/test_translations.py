# SPDX-License-Identifier: GPL-3.0-or-later
"""The Russian and Kazakh catalogs: complete, faithful to their sources' placeholders,
and read by the Qt-free layers (``caseapp.i18n``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from xml.etree import ElementTree

import pytest

from caseapp import i18n
from caseapp.domain.enums import PersonStatus

LANGUAGES = ("ru", "kk")
#: Plural forms Qt's lrelease expects per language: Russian one/few/many; Kazakh nouns
#: stay singular after a number, but Qt counts two forms (one/other), so both are given.
NUMERUS_FORMS = {"ru": 3, "kk": 2}
#: {name}, {month:02d}, %n, %1 … must reach the translation unchanged.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")
ACCELERATOR = re.compile(r"&(?!&)\S")
CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")


def messages(language: str) -> Iterator[tuple[str, ElementTree.Element]]:
    """(context name, message) for every message still in the code."""
    root = ElementTree.parse(i18n.catalog_path(language)).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") not in ("vanished", "obsolete"):
                yield context.findtext("name") or "", message


def texts(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.fixture
def russian() -> Iterator[None]:
    i18n.set_language("ru")
    try:
        yield
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_finished(language: str) -> None:
    unfinished = [(context, message.findtext("source")) for context, message in messages(language)
                  if message.find("translation").get("type") == "unfinished"
                  or not all(texts(message)) or not texts(message)]
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_their_placeholders(language: str) -> None:
    wrong = []
    for context, message in messages(language):
        source = message.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in texts(message):
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                wrong.append((context, source, text))
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_accelerators_survive_translation(language: str) -> None:
    lost = [(context, message.findtext("source"), texts(message))
            for context, message in messages(language)
            if ACCELERATOR.search(message.findtext("source") or "")
            and not all(ACCELERATOR.search(text) for text in texts(message))]
    assert lost == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_messages_have_the_forms_qt_expects(language: str) -> None:
    counts = {(context, message.findtext("source")): len(texts(message))
              for context, message in messages(language) if message.get("numerus") == "yes"}
    assert counts, "the catalog has no plural messages"
    assert {key: n for key, n in counts.items() if n != NUMERUS_FORMS[language]} == {}


def test_enum_labels_follow_the_language(russian: None) -> None:
    label = PersonStatus.DETAINED.label()
    assert label != "detained"
    assert CYRILLIC.search(label)


def test_plural_forms_follow_the_language(russian: None) -> None:
    assert [i18n.ngettext("{n} year", "{n} years", n).format(n=n) for n in (1, 3, 5)] == [
        "1 год", "3 года", "5 лет"]


def test_english_needs_no_catalog() -> None:
    i18n.set_language("en")
    assert PersonStatus.DETAINED.label() == "detained"


@pytest.mark.parametrize(("count", "index"), [
    (1, 0), (3, 1), (5, 2), (11, 2), (12, 2), (21, 0), (22, 1), (25, 2), (0, 2), (111, 2)])
def test_russian_plural_index(count: int, index: int) -> None:
    assert i18n.plural_index("ru", count) == index


def test_catalog_update_keeps_translations_of_strings_still_in_the_code(tmp_path) -> None:
    """lupdate marks the whole "caseapp" context vanished; the merge brings back what
    the Qt-free code still uses, with its translation."""
    from caseapp.i18n_build import merge_context

    path = tmp_path / "caseapp_ru.ts"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="ru_RU"><context><name>caseapp</name>'
        '<message><source>Add Person</source>'
        '<translation type="vanished">Добавление человека</translation></message>'
        '<message><source>Gone</source><translation>Ушло</translation></message>'
        '<message numerus="yes"><source>{n} year</source><translation type="vanished">'
        '<numerusform>{n} год</numerusform><numerusform /><numerusform /></translation>'
        '</message></context></TS>', "utf-8")
    merge_context(path, "ru", {"Add Person": False, "{n} year": True, "New": False})
    types = {message.findtext("source"): message.find("translation").get("type")
             for message in ElementTree.parse(path).getroot().iter("message")}
    assert types == {"Add Person": None, "Gone": "vanished", "{n} year": "unfinished",
                     "New": "unfinished"}
