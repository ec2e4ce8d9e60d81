# SPDX-License-Identifier: GPL-3.0-or-later
"""Tools ▸ Export Bundle…, Import Bundle… and the conflicts view with both values."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from caseapp.core.casebook import Casebook
from caseapp.domain import records


@pytest.fixture
def colleague(casebook: Casebook, tmp_path: Path):
    """A copy of the window's database, as a colleague's laptop holds it."""
    casebook.close()
    path = tmp_path / "colleague.sqlite"
    shutil.copyfile(casebook.path, path)
    with Casebook(path) as other:
        yield other


def _note(book: Casebook, text: str) -> int:
    pk = book.persons.resolve("Борис Ким")
    book.persons.edit(pk, notes=text)
    return pk


def test_import_asks_after_a_dry_run_and_shows_the_conflict(window, colleague, tmp_path,
                                                            monkeypatch):
    _note(colleague, "theirs")
    out = tmp_path / "from-colleague.caseapp"
    colleague.bundles.export(out)
    pk = _note(window.casebook, "mine")
    questions = []

    def yes(_parent, _title, text, *args):
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    window.menu_actions.import_bundle.trigger()
    assert "1 changed on both sides" in questions[0]
    dialog = window.exchange.conflicts_dialog
    assert dialog is not None and dialog.model.rowCount() == 1
    shown = [dialog.model.index(0, c).data() for c in range(4)]
    assert shown == ["Борис Ким", "notes", "mine", "theirs"]
    dialog.take_theirs.click()
    assert dialog.model.rowCount() == 0
    assert window.casebook.get(records.Person, pk).notes == "theirs"


def test_a_no_to_the_question_imports_nothing(window, colleague, tmp_path, monkeypatch):
    colleague.persons.add(records.Person(display_name="Новая Персона"))
    out = tmp_path / "b.caseapp"
    colleague.bundles.export(out)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.No)
    window.exchange.preview(out)
    assert window.casebook.persons.ids(text="Новая") == []


def test_export_bundle_writes_the_file(window, tmp_path, monkeypatch):
    out = tmp_path / "mine.caseapp"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.menu_actions.export_bundle.trigger()
    bundle = window.casebook.bundles.read(out)
    assert any(r.table == "person" for r in bundle.records)
