# SPDX-License-Identifier: GPL-3.0-or-later
"""The lazy person model: Qt's model rules, paging, SQL sorting, row-level updates."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.domain.views import PersonRow

from caseapp.gui.common.id_diff import missing_ranges
from caseapp.gui.persons.table_model import (
    PAGE_SIZE,
    ROW_ID_ROLE,
    STATUS_ROLE,
    Column,
    PersonQuery,
    PersonTableModel,
)


def book_model(book) -> PersonTableModel:
    def load(query: PersonQuery, deliver) -> None:
        deliver(book.persons.ids(text=query.text, status=query.status, sort=query.sort,
                                 descending=query.descending))

    model = PersonTableModel(book.persons.rows, load)
    model.reload()
    return model


def names(model: PersonTableModel) -> list[str]:
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester, casebook):
    model = book_model(casebook)
    assert model.rowCount() == 3
    qtmodeltester.check(model, force_py=True)


def test_rows_show_status_facility_and_articles(casebook, people):
    model = book_model(casebook)
    row = model.row_of(people["erlan"])
    assert model.index(row, Column.STATUS).data() == "detained"
    assert model.index(row, Column.FACILITY).data() == "SIZO No. 1"
    assert model.index(row, Column.ARTICLES).data() == "174.2"
    assert model.index(row, 0).data(ROW_ID_ROLE) == people["erlan"]
    assert model.index(row, 0).data(STATUS_ROLE) == "detained"
    assert model.index(row, Column.STATUS).data(Qt.ItemDataRole.DecorationRole) is not None


def test_rows_are_fetched_one_page_at_a_time():
    fetched: list[list[int]] = []

    def fetch(ids: list[int]) -> list[PersonRow]:
        fetched.append(list(ids))
        return [PersonRow(pk, f"uid{pk}", f"Person {pk}", "unknown", "", "", "") for pk in ids]

    model = PersonTableModel(fetch, lambda _query, deliver: deliver(list(range(1, 1001))))
    model.reload()
    assert model.rowCount() == 1000 and fetched == []
    assert model.index(150, Column.NAME).data() == "Person 151"
    assert model.index(199, Column.NAME).data() == "Person 200"
    assert fetched == [list(range(PAGE_SIZE + 1, 2 * PAGE_SIZE + 1))]


def test_sort_requeries_in_sql_and_ignores_unsortable_columns(casebook):
    model = book_model(casebook)
    ascending = names(model)
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert model.query.descending and names(model) == list(reversed(ascending))
    model.sort(Column.FACILITY, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == "name" and model.query.descending


def test_filters_by_text_and_status(casebook):
    model = book_model(casebook)
    model.set_query(PersonQuery(text="KUANYSHBAYEV"))
    assert names(model) == ["Ерлан Қуанышбаев"]
    model.set_query(PersonQuery(status="released"))
    assert names(model) == ["Айгүл Сейітова"]


def test_a_delete_removes_one_row_instead_of_resetting(qtbot, casebook, people):
    model = book_model(casebook)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    row = model.row_of(people["boris"])
    with qtbot.waitSignal(model.rowsRemoved) as removed:
        model.on_changes(casebook.trash.delete(records.Person, people["boris"]))
    assert removed.args[1:] == [row, row] and not resets
    with qtbot.waitSignal(model.rowsInserted):
        model.on_changes(casebook.undo_step())
    assert model.rowCount() == 3 and not resets


def test_changes_to_other_tables_leave_the_list_alone(casebook):
    calls: list[PersonQuery] = []
    model = PersonTableModel(casebook.persons.rows,
                             lambda q, deliver: calls.append(q) or deliver([]))
    model.reload()
    model.on_changes(Changes(frozenset({"source"})))
    model.on_changes(Changes(frozenset({"charge"})))
    assert len(calls) == 2


def test_late_answers_to_overtaken_queries_are_dropped():
    pending = []
    model = PersonTableModel(lambda ids: [], lambda q, deliver: pending.append(deliver))
    model.set_query(PersonQuery(text="a"))
    model.set_query(PersonQuery(text="ab"))
    pending[1]([7])
    pending[0]([1, 2, 3])
    assert model.ids() == (7,)


def test_missing_ranges():
    assert missing_ranges([1, 2, 3, 4, 5], [1, 4]) == [(1, 2), (4, 4)]
    assert missing_ranges([1, 2, 3], [1, 2, 3]) == []
    assert missing_ranges([1, 2, 3], [3, 1]) is None
    assert missing_ranges([1, 2], [1, 9]) is None
