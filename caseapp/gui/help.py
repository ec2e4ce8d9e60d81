# SPDX-License-Identifier: GPL-3.0-or-later
"""Help ▸ Volunteer Guide and Help ▸ About CaseApp.

The guide (docs/guide/<language>.md, shipped in the bundle with its screenshots) opens
in a QTextBrowser inside the application: offline, with no browser and no network, in
the window's language. About names the version, the data folder (where the cases and
backups are, which a volunteer asks first when moving to a new computer) and the
licences of what the bundle carries.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caseapp import __version__, i18n, paths

# What the bundle carries and under which licence (component names stay untranslated).
LICENCES = (
    ("Qt 6", "LGPL-3.0", "https://www.qt.io/licensing/open-source-lgpl-obligations"),
    ("PySide6, Shiboken6", "LGPL-3.0", "https://pypi.org/project/PySide6-Essentials/"),
    ("Python", "PSF-2.0", "https://docs.python.org/3/license.html"),
    ("DejaVu fonts", "Bitstream Vera / public domain", "resources/fonts/LICENSE"),
    ("ReportLab, rl-accel", "BSD-3-Clause", "https://www.reportlab.com/"),
    ("peewee", "MIT", "https://github.com/coleifer/peewee"),
    ("SQLCipher, sqlcipher3", "BSD-3-Clause, zlib", "https://www.zetetic.net/sqlcipher/"),
    ("SQLite", "public domain", "https://sqlite.org/copyright.html"),
    ("platformdirs", "MIT", "https://pypi.org/project/platformdirs/"),
    ("RapidFuzz", "MIT", "https://pypi.org/project/RapidFuzz/"),
    ("pypdf", "BSD-3-Clause", "https://pypi.org/project/pypdf/"),
)


def guide_source(language: str) -> QUrl:
    """The guide in ``language``, else the English one."""
    guide = paths.guide_file(language)
    if not guide.is_file():
        guide = paths.guide_file(i18n.SOURCE_LANGUAGE)
    return QUrl.fromLocalFile(str(guide))


class GuideDialog(QDialog):
    """Attribute ``browser``: the guide, read from disk; links never leave the program."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GuideDialog")
        self.setWindowTitle(self.tr("Volunteer Guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        self.browser.setSource(guide_source(i18n.current_language()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 100, metrics.height() * 40)


class AboutDialog(QDialog):
    """Attributes: ``summary`` (version and data folder) and ``licences`` (the table)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About CaseApp"))
        self.summary = QLabel(self._summary_html(), self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.licences = QTextBrowser(self)
        self.licences.setOpenExternalLinks(False)
        self.licences.setHtml(self._licences_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.licences, buttons):
            layout.addWidget(widget)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 30)

    def _summary_html(self) -> str:
        return self.tr(
            "<h3>CaseApp {version}</h3><p>Offline case tracking for groups that defend "
            "political detainees.</p><p>Free software under the GNU GPL, version 3 or "
            "later.</p><p>Your data folder (database, backups, settings):<br><b>{folder}</b>"
            "</p>").format(version=__version__, folder=paths.data_dir())

    def _licences_html(self) -> str:
        rows = "".join(f"<tr><td>{name}</td><td>{licence}</td><td>{where}</td></tr>"
                       for name, licence, where in LICENCES)
        return self.tr(
            "<p>CaseApp carries these components, each under its own licence:</p>"
            "<table cellpadding='3'><tr><th>Component</th><th>Licence</th><th>Where</th>"
            "</tr>{rows}</table><p>Qt and PySide6 are used as shared libraries under the "
            "LGPL version 3: you may replace them with your own build of the same "
            "version.</p>").format(rows=rows)
