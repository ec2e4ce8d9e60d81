# SPDX-License-Identifier: GPL-3.0-or-later
"""Tools ▸ Export Bundle…, Import Bundle… and Exchange Conflicts…

Import first runs the merge as a dry run and says what it would do; only when the
volunteer agrees does the core's "Import Bundle" command run (one undo step). An
encrypted database's bundles are encrypted with a passphrase asked here (twice).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from caseapp.core.bundle_merge import MergeReport

from caseapp.gui.exchange.conflicts_dialog import ConflictsDialog
from caseapp.gui.ops import CasebookOp, QueryOp
from caseapp.gui.safety.passphrase_dialogs import ask_passphrase

if TYPE_CHECKING:
    from caseapp.gui.mainwindow import MainWindow

#: What exchange bundles are called (`caseapp bundle export`, the desktop files' MIME type).
SUFFIX = ".caseapp"
FILTER = f"*{SUFFIX}"


class BundleExchange(QObject):
    """``conflicts_dialog`` is the conflicts window opened last (tests look at it)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.conflicts_dialog: ConflictsDialog | None = None

    def export_bundle(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export Bundle"), str(Path.home() / f"caseapp-bundle{SUFFIX}"),
            self.tr("caseapp bundles ({pattern})").format(pattern=FILTER))
        if chosen:
            self.write_bundle(Path(chosen))

    def write_bundle(self, out: Path) -> None:
        key = None
        if self.window.casebook.encrypted:
            key = self._new_passphrase()
            if key is None:
                return
        QueryOp(self.window, lambda book: book.bundles.export(out, passphrase=key),
                parent=self.window).success(lambda summary: self.window.show_message(self.tr(
                    "Wrote {count} records to {path}").format(count=summary.records, path=out))
        ).run_in_background()

    def _new_passphrase(self) -> str | None:
        first, ok = QInputDialog.getText(
            self.window, self.tr("Bundle Passphrase"), self.tr(
                "This database is encrypted, so the bundle is too. Passphrase for the bundle "
                "(tell it to your colleague another way):"), QLineEdit.EchoMode.Password)
        if not ok or not first:
            return None
        again, ok = QInputDialog.getText(self.window, self.tr("Bundle Passphrase"),
                                         self.tr("The same passphrase again:"),
                                         QLineEdit.EchoMode.Password)
        if not ok:
            return None
        if again != first:
            QMessageBox.warning(self.window, self.tr("Bundle Passphrase"),
                                self.tr("The two passphrases differ; nothing was written."))
            return None
        return first

    def import_bundle(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import Bundle"), str(Path.home()),
            self.tr("caseapp bundles ({pattern})").format(pattern=FILTER))
        if chosen:
            self.preview(Path(chosen))

    def preview(self, path: Path) -> None:
        """Dry run, then ask; the import itself follows only a Yes."""
        key = None
        if self.window.casebook.bundles.needs_passphrase(path):
            key = ask_passphrase(self.window, path)
            if key is None:
                return
        QueryOp(self.window, lambda book: book.bundles.import_bundle(
            path, dry_run=True, passphrase=key)[0], parent=self.window).success(
            lambda report: self._ask_and_import(path, key, report)).run_in_background()

    def _ask_and_import(self, path: Path, key: str | None, report: MergeReport) -> None:
        summary = report.as_dict()
        text = self.tr("{name}: {created} new, {updated} changed, {unchanged} unchanged, "
                       "{conflicts} changed on both sides, {skipped} skipped. Import it? Undo "
                       "takes it back.").format(name=path.name, **{
                           **summary, "conflicts": len(summary["conflicts"]),
                           "skipped": len(summary["skipped"])})
        answer = QMessageBox.question(self.window, self.tr("Import Bundle"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        CasebookOp(self.window, lambda book: book.bundles.import_bundle(path, passphrase=key),
                   parent=self.window).success(self._imported).run_in_background()

    def _imported(self, result: tuple[MergeReport, object]) -> None:
        report = result[0]
        self.window.show_message(self.tr("Imported the bundle: {created} new, {updated} "
                                         "changed").format(**report.as_dict()))
        if report.conflicts:
            self.show_conflicts()

    def show_conflicts(self) -> ConflictsDialog:
        if self.conflicts_dialog is not None:
            self.conflicts_dialog.deleteLater()
        self.conflicts_dialog = ConflictsDialog(self.window, self.window)
        self.conflicts_dialog.open()
        return self.conflicts_dialog
