# SPDX-License-Identifier: GPL-3.0-or-later
"""The two sets of catalogs.

gettext (everything below the window): every marked string of the code translated in
Russian and Kazakh, placeholders kept, the plural forms each language's Plural-Forms
header asks for, the compiled .mo up to date, and ``caseapp.i18n`` reading it.
Qt (the window's widgets): every message finished, and nothing left of the old
"caseapp" context that now lives in the .po files.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from babel.messages.catalog import Catalog, Message

from caseapp import i18n
from caseapp.domain.enums import PersonStatus
from caseapp.i18n_build import (
    KEYWORDS,
    PACKAGE,
    extract_template,
    po_path,
    read_catalog,
    ts_path,
    update_po,
    write_catalog,
)

LANGUAGES = ("ru", "kk")
#: Russian one/few/many; Kazakh nouns stay singular after a number but CLDR counts two.
PLURAL_FORMS = {"ru": 3, "kk": 2}
#: {name}, {month:02d}, %n, %1 … must reach the translation unchanged.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")
ACCELERATOR = re.compile(r"&(?!&)\S")
CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")


@pytest.fixture(scope="module")
def template() -> Catalog:
    return extract_template(PACKAGE)


@pytest.fixture
def russian() -> Iterator[None]:
    i18n.set_language("ru")
    try:
        yield
    finally:
        i18n.set_language("en")


def entries(language: str) -> list[Message]:
    """The live (not obsolete) messages of a language's .po, header left out."""
    return [m for m in read_catalog(po_path(language), language) if m.id]


def forms(message: Message) -> list[str]:
    return list(message.string) if message.pluralizable else [message.string]


def is_translated(message: Message | None) -> bool:
    return message is not None and not message.fuzzy and all(forms(message))


def source_placeholders(message: Message) -> list[str]:
    source = message.id[-1] if message.pluralizable else message.id
    return sorted(PLACEHOLDER.findall(source))


# --- gettext: the catalogs -----------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_code_is_translated(language: str, template: Catalog) -> None:
    catalog = read_catalog(po_path(language), language)
    missing = [(m.context, m.id) for m in template
               if m.id and not is_translated(catalog.get(m.id, context=m.context))]
    assert missing == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_entry_is_fuzzy_or_empty(language: str) -> None:
    assert [(m.context, m.id) for m in entries(language) if not is_translated(m)] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_their_placeholders(language: str) -> None:
    wrong = [(m.id, text) for m in entries(language) for text in forms(m)
             if sorted(PLACEHOLDER.findall(text)) != source_placeholders(m)]
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_entries_have_the_forms_of_their_plural_forms_header(language: str) -> None:
    catalog = read_catalog(po_path(language), language)
    assert catalog.num_plurals == PLURAL_FORMS[language]
    counts = {m.id: len(m.string) for m in catalog if m.id and m.pluralizable}
    assert counts, "the catalog has no plural messages"
    assert {msgid: n for msgid, n in counts.items() if n != PLURAL_FORMS[language]} == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalog_is_the_current_po(language: str) -> None:
    """`make translations` ran after the last .po change: the .mo answers every entry."""
    catalog = i18n.translation(language)
    stale = []
    for message in entries(language):
        if message.pluralizable:
            singular, plural = message.id
            got = [catalog.ngettext(singular, plural, n) for n in _one_of_each_form(language)]
        else:
            got = [catalog.pgettext(message.context, message.id) if message.context
                   else catalog.gettext(message.id)]
        if got != forms(message):
            stale.append(message.id)
    assert stale == []


def _one_of_each_form(language: str) -> tuple[int, ...]:
    return (1, 2, 5) if language == "ru" else (1, 5)


def test_every_marked_string_reaches_the_template(template: Catalog) -> None:
    """Babel cannot see a marked string inside an f-string (before Python 3.12); this
    walks the syntax tree for every call of _, N_, ngettext or pgettext instead."""
    in_template = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in template}
    marked = {key for path in PACKAGE.rglob("*.py") for key in _marked_strings(path)}
    assert marked, "no marked strings found"
    assert sorted(marked - in_template, key=str) == []


def _marked_strings(path: Path) -> Iterator[tuple[str | None, str]]:
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        literals = [a.value for a in node.args if isinstance(a, ast.Constant)
                    and isinstance(a.value, str)]
        if name == "pgettext" and len(literals) == 2:
            yield literals[0], literals[1]
        elif name in KEYWORDS and name != "pgettext" and literals and literals[0]:
            yield None, literals[0]


# --- gettext: caseapp.i18n ------------------------------------------------------------

def test_enum_labels_follow_the_interface_language(russian: None) -> None:
    label = PersonStatus.DETAINED.label()
    assert label != "detained"
    assert CYRILLIC.search(label)


def test_russian_plurals_come_from_the_catalog(russian: None) -> None:
    counts = (1, 2, 5, 11, 12, 21, 22, 25, 0, 111)
    assert [i18n.ngettext("{n} year", "{n} years", n).format(n=n) for n in counts] == [
        "1 год", "2 года", "5 лет", "11 лет", "12 лет", "21 год", "22 года", "25 лет", "0 лет",
        "111 лет"]


def test_a_catalog_of_one_language_is_independent_of_the_interface(russian: None) -> None:
    kazakh = i18n.translation("kk")
    assert [kazakh.ngettext("{n} day", "{n} days", n).format(n=n) for n in (1, 3)] == [
        "1 күн", "3 күн"]
    assert kazakh.pgettext("report", "Identity") == "Жеке деректер"
    assert i18n.pgettext("report", "Identity") == "Личные данные"
    assert i18n.current_language() == "ru"


def test_english_needs_no_catalog() -> None:
    i18n.set_language("en")
    assert PersonStatus.DETAINED.label() == "detained"
    assert [i18n.ngettext("{n} year", "{n} years", n) for n in (1, 2)] == ["{n} year", "{n} years"]


def test_the_empty_string_is_not_the_catalog_header(russian: None) -> None:
    assert i18n._("") == ""


def test_unknown_languages(russian: None) -> None:
    with pytest.raises(ValueError):
        i18n.translation("de")
    i18n.set_language("de")
    assert i18n.current_language() == "en"
    assert i18n._("Cases") == "Cases"


# --- gettext: updating the catalogs -----------------------------------------------------

def test_update_keeps_translations_and_retires_what_the_code_dropped(tmp_path: Path) -> None:
    path = tmp_path / "caseapp.po"
    old = Catalog(locale="ru")
    old.add("Add Person", "Добавление человека")
    old.add("Backup written to {path}", "Резервная копия записана: {path}")
    write_catalog(path, old)
    code = Catalog()
    code.add("Add Person")
    code.add(("{n} year", "{n} years"))
    code.add("Identity", context="report")
    update_po(path, "ru", code)
    updated = read_catalog(path, "ru")
    assert updated.get("Add Person").string == "Добавление человека"
    assert updated.get(("{n} year", "{n} years")).string == ("", "", "")
    assert updated.get("Identity", context="report").string == ""
    assert list(updated.obsolete) == ["Backup written to {path}"]


# --- Qt: the window's catalogs ----------------------------------------------------------

def window_messages(language: str) -> Iterator[tuple[str, ElementTree.Element]]:
    """(context name, message) for every message of the window still in the code."""
    root = ElementTree.parse(ts_path(language)).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") not in ("vanished", "obsolete"):
                yield context.findtext("name") or "", message


def window_texts(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_window_message_is_finished(language: str) -> None:
    unfinished = [(context, message.findtext("source"))
                  for context, message in window_messages(language)
                  if message.find("translation").get("type") == "unfinished"
                  or not window_texts(message) or not all(window_texts(message))]
    assert unfinished == []


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_the_window_catalogs_hold_only_window_contexts(language: str) -> None:
    """The Qt-free strings moved to the .po catalogs; no context "caseapp" is left."""
    contexts = {context for context, _message in window_messages(language)}
    assert contexts and "caseapp" not in contexts


@pytest.mark.parametrize("language", LANGUAGES)
def test_window_translations_keep_their_placeholders(language: str) -> None:
    wrong = []
    for context, message in window_messages(language):
        source = message.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        wrong += [(context, source, text) for text in window_texts(message)
                  if sorted(PLACEHOLDER.findall(text)) != wanted]
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_accelerators_survive_translation(language: str) -> None:
    lost = [(context, message.findtext("source"), window_texts(message))
            for context, message in window_messages(language)
            if ACCELERATOR.search(message.findtext("source") or "")
            and not all(ACCELERATOR.search(text) for text in window_texts(message))]
    assert lost == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_window_plural_messages_have_the_forms_qt_expects(language: str) -> None:
    counts = {(context, message.findtext("source")): len(window_texts(message))
              for context, message in window_messages(language)
              if message.get("numerus") == "yes"}
    assert counts, "the catalog has no plural messages"
    assert {key: n for key, n in counts.items() if n != PLURAL_FORMS[language]} == {}
