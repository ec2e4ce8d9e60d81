# SPDX-License-Identifier: GPL-3.0-or-later
"""Which language the window speaks, and the Qt translators that make it so.

Our own widgets use ``tr()`` with catalogs in resources/translations/caseapp_<lang>.qm;
Qt's dialogs use the qtbase catalogs shipped with PySide6; the core's messages, undo
step names and enum labels use the gettext catalogs through ``caseapp.i18n``. All three
follow one language, chosen at start-up; a change in Settings takes effect on restart
(Settings says so). The welcome screen, before any window exists, switches at once
(``switch_language``).

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
#: The translators apply_language installed last, which switch_language replaces.
_installed: list[QTranslator] = []


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
    same_as_system = QLocale.system().name().split("_")[0] == language
    QLocale.setDefault(QLocale.system() if same_as_system
                       else QLocale(LOCALES.get(language, language)))
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
    _installed[:] = installed
    return installed


def switch_language(app: QApplication, language: str) -> list[QTranslator]:
    """Replace the installed translators with ``language``'s; every widget gets a
    LanguageChange event, and those that retranslate themselves change at once."""
    for translator in _installed:
        app.removeTranslator(translator)
    return apply_language(app, language)
