# SPDX-License-Identifier: GPL-3.0-or-later
"""Build and update the two sets of catalogs (a developer and set-up tool, not runtime).

``python -m caseapp.i18n_build``          compile: the window's .ts → .qm (Qt's lrelease)
                                          and the gettext .po → .mo (Babel); `make
                                          translations` runs it before `make run`/`test`.
``python -m caseapp.i18n_build update``   extract: ``tr()`` in caseapp/gui into the .ts
                                          files (Qt's lupdate); ``_``, ``N_``, ``ngettext``
                                          and ``pgettext`` in caseapp into caseapp.pot, then
                                          merged into each language's .po (Babel), keeping
                                          existing translations.

Babel is needed here only; at run time the standard ``gettext`` module reads the .mo.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from xml.etree import ElementTree

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from caseapp import __version__
from caseapp.i18n import DOMAIN, LANGUAGES
from caseapp.paths import resource_path

PACKAGE = Path(__file__).resolve().parent
#: What marks a string for the gettext catalogs (Babel's keyword specification).
KEYWORDS: Mapping[str, tuple[int | tuple[int, str], ...] | None] = {
    "_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}
#: A comment starting so, on the line before a marked string, reaches the translator.
COMMENT_TAGS = ("Translators:",)
#: What every catalog says about itself.
HEADER = ("# The gettext catalog of caseapp: every string below the window\n"
          "# (docs/translations.md). Distributed under the same license as caseapp.")
TEAM = "caseapp translators"


def translations_dir() -> Path:
    return resource_path("translations")


def ts_path(language: str) -> Path:
    """The window's Qt Linguist catalog of ``language``."""
    return translations_dir() / f"caseapp_{language}.ts"


def po_path(language: str) -> Path:
    """The gettext catalog of ``language``, where ``gettext.translation`` looks for its .mo."""
    return translations_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def template_path() -> Path:
    return translations_dir() / f"{DOMAIN}.pot"


def qt_tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def compile_catalogs() -> None:
    for language in LANGUAGES:
        if ts_path(language).exists():
            subprocess.run([qt_tool("lrelease"), "-silent", str(ts_path(language)), "-qm",
                            str(ts_path(language).with_suffix(".qm"))], check=True)
        if po_path(language).exists():
            compile_po(po_path(language), language)


def compile_po(source: Path, language: str) -> Path:
    """Write ``source``'s .mo beside it (translated, not fuzzy messages only)."""
    catalog = read_catalog(source, language)
    target = source.with_suffix(".mo")
    with target.open("wb") as out:
        write_mo(out, catalog, use_fuzzy=False)
    return target


def read_catalog(path: Path, language: str | None = None) -> Catalog:
    with path.open("rb") as source:
        return read_po(source, locale=language, domain=DOMAIN)


def write_catalog(path: Path, catalog: Catalog) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        write_po(out, catalog, width=100, include_lineno=False)


def update_catalogs() -> None:
    update_window_catalogs()
    template = extract_template(PACKAGE)
    write_catalog(template_path(), template)
    for language in LANGUAGES:
        update_po(po_path(language), language, template)


def update_window_catalogs() -> None:
    """lupdate over caseapp/gui only: the window's widgets and their contexts."""
    gui_files = [str(p) for p in sorted((PACKAGE / "gui").rglob("*.py"))]
    for language in LANGUAGES:
        subprocess.run([qt_tool("lupdate"), "-silent", *gui_files, "-ts", str(ts_path(language))],
                       check=True)
        tidy_ts(ts_path(language))


def tidy_ts(path: Path) -> None:
    """Re-indent lupdate's output the one way the repository keeps it, so that a catalog
    update shows only the messages that changed."""
    root = ElementTree.parse(path).getroot()
    ElementTree.indent(root)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ElementTree.tostring(root, encoding="unicode") + "\n", "utf-8")


def extract_template(directory: Path) -> Catalog:
    """Every marked string in the Python files under ``directory``, as a .pot catalog."""
    template = new_catalog(None)
    found = extract_from_dir(str(directory), method_map=[("**.py", "python")], keywords=KEYWORDS,
                             comment_tags=COMMENT_TAGS, strip_comment_tags=True)
    for filename, lineno, message, comments, context in found:
        location = f"{directory.name}/{Path(filename).as_posix()}"
        template.add(message, None, [(location, lineno)], auto_comments=comments, context=context)
    return template


def new_catalog(language: str | None) -> Catalog:
    """An empty catalog of ``language`` (None: the template)."""
    return Catalog(locale=language, domain=DOMAIN, header_comment=HEADER, project="caseapp",
                   version=__version__, last_translator=TEAM, language_team=TEAM, fuzzy=False)


def update_po(path: Path, language: str, template: Catalog) -> None:
    """Merge ``template`` into ``path``: translations kept, new strings empty, gone ones
    obsolete (``#~``); a changed string gets its old translation marked fuzzy."""
    catalog = read_catalog(path, language) if path.exists() else new_catalog(language)
    catalog.update(template)
    write_catalog(path, catalog)


def main(argv: list[str]) -> int:
    if argv == ["update"]:
        update_catalogs()
    elif not argv:
        compile_catalogs()
    else:
        print("usage: python -m caseapp.i18n_build [update]", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
