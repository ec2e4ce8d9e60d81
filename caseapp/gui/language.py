# SPDX-License-Identifier: GPL-3.0-or-later
"""Which language the window speaks, and the Qt translators that make it so.

Our own widgets use ``tr()`` with catalogs in resources/translations/caseapp_<lang>.qm;
Qt's dialogs use the qtbase catalogs shipped with PySide6; the core's messages, undo
step names and enum labels use the gettext catalogs through ``caseapp.i18n``. All three
follow one language, chosen at start-up; a change takes effect on restart (Settings says so).

Qt ships no qtbase_kk: the Qt words our windows show are listed in gui/qt_strings.py,
so caseapp_kk covers them. caseapp's translator is installed last and is asked first;
what it has not translated falls through to qtbase.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from caseapp import i18n, paths
from caseapp.core import settings as preferences

#: Languages picked automatically from the system locale; anything else gets English.
SYSTEM_LANGUAGES = ("kk", "ru")
LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_US"}


def choose_language() -> str:
    """The saved choice, else the system language when we have it, else English."""
    saved = preferences.load().ui_language
    if saved in i18n.LANGUAGES:
        return saved
    system = QLocale.system().name().split("_")[0]
    return system if system in SYSTEM_LANGUAGES else "en"


def apply_language(app: QApplication, language: str) -> list[QTranslator]:
    """Install translators for ``language``; returns those that found a catalog."""
    i18n.set_language(language)
    if QLocale.system().name().split("_")[0] != language:
        QLocale.setDefault(QLocale(LOCALES.get(language, language)))
    catalogs = (
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"caseapp_{language}", str(paths.resource_path("translations"))),
    )
    installed = []
    for name, directory in catalogs:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
