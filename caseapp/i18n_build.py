# SPDX-License-Identifier: GPL-3.0-or-later
"""Build and update the translation catalogs (a developer and set-up tool, not runtime).

``python -m caseapp.i18n_build``          compile .ts → .qm with Qt's lrelease (set-up).
``python -m caseapp.i18n_build update``   collect strings: tr() in caseapp/gui via
                                          Qt's lupdate, and _()/N_()/ngettext() elsewhere
                                          (context "caseapp"), merged into the .ts files.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from caseapp.i18n import CONTEXT, LANGUAGES, catalog_path

PACKAGE = Path(__file__).resolve().parent
MARKERS = {"_": 1, "N_": 1, "ngettext": 2}


def qt_tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def compile_catalogs() -> None:
    for language in LANGUAGES:
        source = catalog_path(language)
        if source.exists():
            subprocess.run([qt_tool("lrelease"), "-silent", str(source), "-qm",
                            str(source.with_suffix(".qm"))], check=True)


def python_strings() -> dict[str, bool]:
    """Every literal passed to _(), N_() or ngettext() outside gui/ → is it plural."""
    found: dict[str, bool] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            _collect(node, found)
    return found


def _collect(node: ast.AST, found: dict[str, bool]) -> None:
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
        return
    if node.func.id in MARKERS and node.args and isinstance(node.args[0], ast.Constant):
        if isinstance(node.args[0].value, str) and node.args[0].value:
            found[node.args[0].value] = node.func.id == "ngettext"


def update_catalogs() -> None:
    gui_files = [str(p) for p in sorted((PACKAGE / "gui").rglob("*.py"))]
    strings = python_strings()
    for language in LANGUAGES:
        path = catalog_path(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        if gui_files:
            subprocess.run([qt_tool("lupdate"), "-silent", *gui_files, "-ts", str(path)], check=True)
        merge_context(path, language, strings)


def merge_context(path: Path, language: str, strings: dict[str, bool]) -> None:
    """Add new strings of context "caseapp" as unfinished; mark vanished ones obsolete.

    lupdate, which sees only tr() in gui/, marks every message of this context vanished
    (and drops the untranslated ones); a string still in the code gets its translation
    back here, finished when it has one.
    """
    root = _load_or_new(path, language)
    context = _context(root)
    existing = {m.findtext("source"): m for m in context.iter("message")}
    for source, plural in sorted(strings.items()):
        if source not in existing:
            context.append(_new_message(source, plural))
    for source, message in existing.items():
        translation = message.find("translation")
        if translation is None:
            continue
        if source not in strings:
            translation.set("type", "vanished")
        elif translation.get("type") in ("vanished", "obsolete"):
            _revive(translation)
    ElementTree.indent(root)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ElementTree.tostring(root, encoding="unicode") + "\n", "utf-8")


def _revive(translation: ElementTree.Element) -> None:
    """A message back in the code: finished if translated, else unfinished."""
    forms = [form.text for form in translation.iter("numerusform")]
    translated = all(forms) if forms else bool(translation.text)
    if translated:
        translation.attrib.pop("type", None)
    else:
        translation.set("type", "unfinished")


def _load_or_new(path: Path, language: str) -> ElementTree.Element:
    if path.exists():
        return ElementTree.parse(path).getroot()
    return ElementTree.Element("TS", version="2.1", language=language)


def _context(root: ElementTree.Element) -> ElementTree.Element:
    for context in root.iter("context"):
        if context.findtext("name") == CONTEXT:
            return context
    context = ElementTree.SubElement(root, "context")
    ElementTree.SubElement(context, "name").text = CONTEXT
    return context


def _new_message(source: str, plural: bool) -> ElementTree.Element:
    message = ElementTree.Element("message", numerus="yes") if plural else ElementTree.Element("message")
    ElementTree.SubElement(message, "source").text = source
    translation = ElementTree.SubElement(message, "translation", type="unfinished")
    if plural:
        ElementTree.SubElement(translation, "numerusform")
    return message


if __name__ == "__main__":
    update_catalogs() if sys.argv[1:] == ["update"] else compile_catalogs()
