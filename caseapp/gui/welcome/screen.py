# SPDX-License-Identifier: GPL-3.0-or-later
"""The welcome screen: the first thing a volunteer sees when there is no database yet.

A language row (Kazakh, Russian, English) that changes the screen's language at once,
and one button per way to begin: create a new database (plain or encrypted, with File ▸
New Database's dialog), open the demo, or open an existing file. The choice and the
language are remembered (settings), so the next start goes straight to the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from caseapp import paths

from caseapp.gui.language import switch_language
from caseapp.gui.safety.new_database import NewDatabaseDialog, database_filter
from caseapp.gui.welcome.choice import StartChoice, demo_database, remember, remember_language

# Each language in its own name: a volunteer finds theirs whatever the screen speaks.
LANGUAGE_NAMES = (("kk", "Қазақша"), ("ru", "Русский"), ("en", "English"))


class WelcomeDialog(QDialog):
    """Attributes: ``languages`` (one radio button per language, keyed by code),
    ``create_button``, ``import_button``, ``demo_button``, ``open_button``; ``choice`` once
    accepted."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WelcomeDialog")
        self.language = language
        self.choice: StartChoice | None = None
        self.title = QLabel(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.language_label = QLabel(self)
        self.languages = self._language_buttons()
        self.create_button = self._button(self.create_database)
        self.import_button = self._button(self.import_spreadsheet)
        self.demo_button = self._button(self.open_demo)
        self.open_button = self._button(self.open_existing)
        self._lay_out()
        self.retranslate()

    # -- building

    def _language_buttons(self) -> dict[str, QRadioButton]:
        group = QButtonGroup(self)
        buttons = {}
        for code, name in LANGUAGE_NAMES:
            button = QRadioButton(name, self)
            button.setChecked(code == self.language)
            button.toggled.connect(lambda on, code=code: self._language_toggled(on, code))
            group.addButton(button)
            buttons[code] = button
        return buttons

    def _language_toggled(self, on: bool, language: str) -> None:
        if on:
            self.choose_language(language)

    def _button(self, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(self)
        button.setMinimumHeight(button.sizeHint().height() * 2)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _lay_out(self) -> None:
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.title.setFont(font)
        languages = QHBoxLayout()
        languages.addWidget(self.language_label)
        for radio in self.languages.values():
            languages.addWidget(radio)
        languages.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.intro):
            layout.addWidget(widget)
        layout.addLayout(languages)
        layout.addSpacing(self.fontMetrics().height())
        for button in (self.create_button, self.import_button, self.demo_button,
                       self.open_button):
            layout.addWidget(button)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to CaseApp"))
        self.title.setText(self.tr("Welcome to CaseApp"))
        self.intro.setText(self.tr(
            "CaseApp keeps the cases of detained people on this computer and never goes "
            "online. Choose your language, then how to begin."))
        self.language_label.setText(self.tr("Language:"))
        self.create_button.setText(self.tr("&Create a new database…"))
        self.create_button.setToolTip(self.tr("An empty file, encrypted with a passphrase "
                                              "if you wish"))
        self.import_button.setText(self.tr("&Import a list you keep in a spreadsheet…"))
        self.import_button.setToolTip(self.tr(
            "Create a new database, then take persons, cases, facilities, detentions or "
            "hearings from a CSV or Excel file"))
        self.demo_button.setText(self.tr("Open the &demo"))
        self.demo_button.setToolTip(self.tr("Try CaseApp on fictional people"))
        self.open_button.setText(self.tr("&Open an existing file…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the volunteer's choices

    def choose_language(self, language: str) -> None:
        """Speak ``language`` now (this screen, the window after it) and from now on."""
        if language == self.language:
            return
        self.language = language
        app = QApplication.instance()
        if isinstance(app, QApplication):
            switch_language(app, language)
        remember_language(language)

    def create_database(self) -> NewDatabaseDialog:
        dialog = NewDatabaseDialog(None, paths.data_dir(), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self.finish(StartChoice(
            dialog.chosen[0], create=True, passphrase=dialog.chosen[1])))
        dialog.open()
        return dialog

    def import_spreadsheet(self) -> NewDatabaseDialog:
        """A new database first (the list needs somewhere to go), then the import wizard."""
        dialog = self.create_database()
        dialog.accepted.disconnect()
        dialog.accepted.connect(lambda: self.finish(StartChoice(
            dialog.chosen[0], create=True, passphrase=dialog.chosen[1], import_table=True)))
        return dialog

    def open_demo(self) -> None:
        self.finish(StartChoice(demo_database(), create=True, demo=True))

    def open_existing(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open Database"), str(Path.home()), database_filter())
        if chosen:
            self.finish(StartChoice(Path(chosen)))

    def finish(self, choice: StartChoice) -> None:
        self.choice = choice
        self.accept()

    def accept(self) -> None:
        if self.choice is not None:
            remember(self.choice)
        super().accept()


def ask_start(language: str) -> StartChoice | None:
    """Show the welcome screen; the volunteer's choice, or None when they closed it."""
    dialog = WelcomeDialog(language)
    dialog.exec()
    return dialog.choice
