# SPDX-License-Identifier: GPL-3.0-or-later
"""The lazy person model: Qt's model rules, paging of ids and rows, SQL sorting, updates."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.domain.queries import PersonQuery
from caseapp.domain.views import Page, PersonRow

from caseapp.gui.persons.table_model import (
    PAGE_SIZE,
    ROW_ID_ROLE,
    STATUS_ROLE,
    Column,
    PersonTableModel,
)


class CountingSource:
    """A list of ``total`` made-up persons that counts what the model asks for."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.first: list[PersonQuery] = []
        self.pages: list[int] = []
        self.fetched: list[list[int]] = []
        self.pending: list = []
        self.answer_later = False

    def load_first(self, query, limit, deliver) -> None:
        self.first.append(query)
        page = Page(tuple(range(1, min(limit, self.total) + 1)), self.total)
        if self.answer_later:
            self.pending.append((deliver, page))
        else:
            deliver(page)

    def page(self, query, offset, limit) -> Page:
        self.pages.append(offset)
        return Page(tuple(range(offset + 1, min(offset + limit, self.total) + 1)), self.total,
                    offset)

    def position(self, query, record_id):
        return record_id - 1 if 1 <= record_id <= self.total else None

    def rows(self, ids):
        self.fetched.append(list(ids))
        return [PersonRow(pk, f"uid{pk}", f"Person {pk}", "unknown", "", "", "") for pk in ids]


def book_model(book, book_source) -> PersonTableModel:
    model = PersonTableModel(book_source(book.persons))
    model.reload()
    return model


def names(model: PersonTableModel) -> list[str]:
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester, casebook, book_source):
    model = book_model(casebook, book_source)
    assert model.rowCount() == 3
    qtmodeltester.check(model, force_py=True)


def test_rows_show_status_facility_and_articles(casebook, people, book_source):
    model = book_model(casebook, book_source)
    row = model.row_of(people["erlan"])
    assert model.index(row, Column.STATUS).data() == "detained"
    assert model.index(row, Column.FACILITY).data() == "SIZO No. 1"
    assert model.index(row, Column.ARTICLES).data() == "174.2"
    assert model.index(row, 0).data(ROW_ID_ROLE) == people["erlan"]
    assert model.index(row, 0).data(STATUS_ROLE) == "detained"
    assert model.index(row, Column.STATUS).data(Qt.ItemDataRole.DecorationRole) is not None


def test_ids_and_rows_are_read_one_page_at_a_time():
    source = CountingSource(100_000)
    model = PersonTableModel(source)
    model.reload()
    assert model.rowCount() == 100_000 and source.pages == [] and source.fetched == []
    assert model.index(150, Column.NAME).data() == "Person 151"
    assert model.index(199, Column.NAME).data() == "Person 200"
    assert source.pages == [PAGE_SIZE]
    assert source.fetched == [list(range(PAGE_SIZE + 1, 2 * PAGE_SIZE + 1))]
    assert model.index(99_999, Column.NAME).data() == "Person 100000"
    assert source.pages == [PAGE_SIZE, 99_900]


def test_a_record_beyond_the_pages_read_is_found_by_its_position():
    source = CountingSource(5_000)
    model = PersonTableModel(source)
    model.reload()
    assert model.row_of(4_321) == 4_320 and model.row_of(9_999_999) is None
    assert model.id_at(4_320) == 4_321


def test_sort_requeries_in_sql_and_ignores_unsortable_columns(casebook, book_source):
    model = book_model(casebook, book_source)
    ascending = names(model)
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert model.query.descending and names(model) == list(reversed(ascending))
    model.sort(Column.FACILITY, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == "name" and model.query.descending


def test_filters_by_text_and_status(casebook, book_source):
    model = book_model(casebook, book_source)
    model.set_query(PersonQuery(text="KUANYSHBAYEV"))
    assert names(model) == ["Ерлан Қуанышбаев"]
    model.set_query(PersonQuery(status="released"))
    assert names(model) == ["Айгүл Сейітова"]


def test_a_delete_and_its_undo_show_at_once(casebook, people, book_source):
    model = book_model(casebook, book_source)
    model.on_changes(casebook.trash.delete(records.Person, people["boris"]))
    assert "Борис Ким" not in names(model) and model.rowCount() == 2
    model.on_changes(casebook.undo_step())
    assert "Борис Ким" in names(model) and model.rowCount() == 3


def test_an_edit_that_keeps_the_order_does_not_reset_the_list(casebook, people, book_source):
    model = book_model(casebook, book_source)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    _person, changes = casebook.persons.edit(people["boris"], status="detained")
    model.on_changes(changes)
    assert not resets
    assert model.index(model.row_of(people["boris"]), Column.STATUS).data() == "detained"


def test_changes_to_other_tables_leave_the_list_alone():
    source = CountingSource(3)
    model = PersonTableModel(source)
    model.reload()
    model.on_changes(Changes(frozenset({"source"})))
    model.on_changes(Changes(frozenset({"charge"})))
    assert len(source.first) == 2


def test_late_answers_to_overtaken_queries_are_dropped():
    source = CountingSource(3)
    source.answer_later = True
    model = PersonTableModel(source)
    model.set_query(PersonQuery(text="a"))
    model.set_query(PersonQuery(text="ab"))
    deliver_new, _page = source.pending[1]
    deliver_new(Page((7,), 1))
    deliver_old, page = source.pending[0]
    deliver_old(page)
    assert model.loaded_ids() == (7,) and model.rowCount() == 1
