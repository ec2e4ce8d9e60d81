# SPDX-License-Identifier: GPL-3.0-or-later
"""Help ▸ Volunteer Guide (offline, in the window's language, with its pictures) and
Help ▸ About (version, data folder, licences)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QTextDocument

from caseapp import __version__, i18n, paths

from caseapp.gui.help import AboutDialog, GuideDialog, guide_source

GUIDE_LANGUAGES = ("en", "ru", "kk")
#: The sections the issue asks for, in order, by the pictures each shows (in the guide's
#: language where `make screenshots` takes one).
PICTURES = ("welcome", "main-window", "paste-article", "report-dialog", "backups-dialog",
            "lock-screen")
SECTIONS = 5


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_each_guide_has_five_sections_with_pictures_that_exist(language):
    guide = paths.guide_file(language)
    text = guide.read_text("utf-8")
    assert text.count("\n## ") == SECTIONS
    shown = re.findall(r"\]\(\.\./screenshots/([a-z-]+)\.png\)", text)
    assert [re.sub(f"-{language}$", "", name) for name in shown] == list(PICTURES)
    for name in shown:
        assert (guide.parent.parent / "screenshots" / f"{name}.png").is_file()


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_the_guide_opens_in_the_window_language_with_its_images(qtbot, language, monkeypatch):
    monkeypatch.setattr(i18n, "current_language", lambda: language)
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    source = dialog.browser.source().toLocalFile()
    assert source.endswith(f"{language}.md")
    document = dialog.browser.document()
    image = document.resource(QTextDocument.ResourceType.ImageResource,
                              dialog.browser.source().resolved("../screenshots/lock-screen.png"))
    assert image is not None and not image.isNull()
    assert document.toPlainText().startswith("CaseApp")


def test_an_unknown_language_falls_back_to_english():
    assert guide_source("xx").toLocalFile().endswith("en.md")


def test_about_names_version_data_folder_and_licences(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.summary.text()
    assert str(paths.data_dir()) in dialog.summary.text()
    licences = dialog.licences.toPlainText()
    for component in ("Qt 6", "PySide6", "DejaVu", "ReportLab", "peewee", "LGPL-3.0"):
        assert component in licences


def test_the_help_menu_has_the_guide_on_f1(window):
    actions = window.menu_actions
    assert actions.guide in actions.help_menu.actions()
    assert actions.guide.shortcut().toString() == "F1"
