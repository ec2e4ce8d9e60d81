# SPDX-License-Identifier: GPL-3.0-or-later
"""Any list as a spreadsheet or JSON: the records a list shows, with its search and filters.

The export asks the list's own manager for its ids (``ListManager.ids``), so it holds
exactly what the window's list or the CLI's filter shows, in the same order. Columns are
the record's own fields by their stored names, links as the linked record's uid
(``case_uid``), plus a few readable extras (a person's other names and tags, a case's
defendants). ``public`` drops the columns the reports' redaction removes
(``reports.redact.PRIVATE_COLUMNS``) and persons who appear only as relatives.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from caseapp.core.manager import Manager
from caseapp.domain import queries, records
from caseapp.domain.errors import Invalid
from caseapp.exchange import output, sheets
from caseapp.i18n import _
from caseapp.reports.redact import PRIVATE_COLUMNS
from caseapp.store import tables
from caseapp.store.hearings import parties_by_case

#: Columns that hold bytes or a picture's hash, meaningless in a sheet.
LEFT_OUT = frozenset({"photo", "data"})
Extras = Callable[[list[int]], dict[str, dict[int, Any]]]


@dataclass(frozen=True)
class Entity:
    """One exportable list: its record class, the Casebook manager that lists it, its query
    class and which CLI filters (text, status, tag) that query takes."""

    record: type[records.Record]
    listing: str
    query: type | None
    filters: frozenset[str]


ENTITIES: dict[str, Entity] = {
    "persons": Entity(records.Person, "persons", queries.PersonQuery,
                      frozenset({"text", "status", "tag"})),
    "cases": Entity(records.Case, "cases", queries.CaseQuery, frozenset({"text", "status", "tag"})),
    "hearings": Entity(records.Hearing, "hearings", queries.HearingQuery, frozenset({"text"})),
    "actions": Entity(records.Action, "actions", queries.ActionQuery,
                      frozenset({"text", "status"})),
    "facilities": Entity(records.Facility, "custody", None, frozenset({"text"})),
    "sources": Entity(records.Source, "sources", queries.SourceQuery, frozenset({"text"})),
}
TABLE_ENTITY = {entity.record.TABLE: name for name, entity in ENTITIES.items()}


def entity(name: str) -> Entity:
    try:
        return ENTITIES[name]
    except KeyError:
        raise Invalid(_("Unknown list “{name}”: use one of {names}").format(
            name=name, names=", ".join(ENTITIES)), field="entity") from None


def _record_columns(cls: type[records.Record], public: bool) -> list[str]:
    hidden = LEFT_OUT | (PRIVATE_COLUMNS.get(cls.TABLE, frozenset()) if public else frozenset())
    return [f.name for f in fields(cls)
            if f.name in cls.editable_fields() and f.name not in hidden]


def _ref_table(cls: type[records.Record], column: str) -> str | None:
    spec = next(f for f in fields(cls) if f.name == column)
    return spec.metadata.get("ref")


class Exports(Manager):
    """Reads only: ``query`` builds a list's query from CLI filters, ``sheet`` reads it,
    ``write`` saves it as csv, xlsx or json."""

    def query(self, name: str, *, text: str = "", status: str | None = None,
              tag: str | None = None) -> Any:
        """The list ``name``'s query with these filters; Invalid for a filter it lacks."""
        spec = entity(name)
        given = {"text": text, "status": status, "tag": tag}
        for option, value in given.items():
            if value and option not in spec.filters:
                raise Invalid(_("--{option} does not apply to {entity}").format(
                    option=option, entity=name), field=option)
        wanted = {k: v for k, v in given.items() if k in spec.filters and v}
        return spec.query(**wanted) if spec.query is not None else wanted.get("text", "")

    def ids(self, name: str, query: Any) -> list[int]:
        spec = entity(name)
        if spec.query is None:
            return tables.facility_ids(query or "")
        return getattr(self.book, spec.listing).ids(query)

    def sheet(self, name: str, query: Any = None, *, public: bool = False) -> sheets.Sheet:
        """The records list ``name`` shows for ``query`` (None: the whole list)."""
        spec = entity(name)
        ids = self.ids(name, query if query is not None else self.query(name))
        if public and spec.record is records.Person:
            hidden = tables.relatives_only(ids)
            ids = [pk for pk in ids if pk not in hidden]
        return _build_sheet(name, spec.record, ids, public)

    def write(self, name: str, out: Path, fmt: str, query: Any = None, *,
              public: bool = False) -> int:
        """Save list ``name`` as ``fmt`` at ``out``; returns the number of records."""
        sheets.check_format(fmt)
        sheet = self.sheet(name, query, public=public)
        output.write_file(Path(out), sheets.encode(sheet, fmt))
        return len(sheet.rows)


def _build_sheet(name: str, cls: type[records.Record], ids: list[int],
                 public: bool) -> sheets.Sheet:
    stored = tables.raw_by_ids(cls.TABLE, ids)
    own = _record_columns(cls, public)
    refs = {c: _ref_table(cls, c) for c in own}
    uid_maps = {table: _uids(table, stored.values(), column)
                for column, table in refs.items() if table}
    extras = EXTRAS.get(name, _no_extras)(ids)
    columns = ("uid", *(_column_name(c, refs[c]) for c in own), *extras, "created_at",
               "updated_at")
    rows = [_row(stored[pk], own, refs, uid_maps, extras, pk) for pk in ids if pk in stored]
    return sheets.Sheet(name, columns, rows)


def _uids(table: str, raws: Any, column: str) -> dict[int, str]:
    wanted = [raw[column] for raw in raws if raw.get(column)]
    found = tables.raw_by_ids(table, sorted(set(wanted)))
    return {pk: raw["uid"] for pk, raw in found.items()}


def _column_name(column: str, ref: str | None) -> str:
    return column[:-3] + "_uid" if ref else column


def _row(raw: dict[str, Any], own: Sequence[str], refs: dict[str, str | None],
         uid_maps: dict[str, dict[int, str]], extras: dict[str, dict[int, Any]],
         pk: int) -> list[Any]:
    values: list[Any] = [raw["uid"]]
    for column in own:
        table = refs[column]
        value = raw.get(column)
        values.append(uid_maps[table].get(value, "") if table and value else value)
    values.extend(extras[name].get(pk, []) for name in extras)
    values.extend((raw["created_at"], raw["updated_at"]))
    return values


def _no_extras(_ids: list[int]) -> dict[str, dict[int, Any]]:
    return {}


def _person_extras(ids: list[int]) -> dict[str, dict[int, Any]]:
    return {"aliases": tables.alias_texts(ids), "tags": tables.tag_names("person", ids)}


def _parties(case_ids: list[int]) -> dict[int, dict[str, list[str]]]:
    found: dict[int, dict[str, list[str]]] = {}
    for part in tables.chunks(sorted(set(case_ids))):
        found.update(parties_by_case(set(part)))
    return found


def _case_extras(ids: list[int]) -> dict[str, dict[int, Any]]:
    parties = _parties(ids)
    return {"defendants": {pk: roles.get("defendant", []) for pk, roles in parties.items()},
            "tags": tables.tag_names("case_file", ids)}


def _hearing_extras(ids: list[int]) -> dict[str, dict[int, Any]]:
    stored = tables.raw_by_ids("hearing", ids)
    case_of = {pk: raw["case_id"] for pk, raw in stored.items()}
    cases = tables.raw_by_ids("case_file", sorted(set(case_of.values())))
    parties = _parties(list(case_of.values()))
    return {"case_number": {pk: cases[c]["case_number"] for pk, c in case_of.items() if c in cases},
            "defendants": {pk: parties.get(c, {}).get("defendant", [])
                           for pk, c in case_of.items()}}


def _action_extras(ids: list[int]) -> dict[str, dict[int, Any]]:
    return {"tags": tables.tag_names("action", ids)}


EXTRAS: dict[str, Extras] = {"persons": _person_extras, "cases": _case_extras,
                             "hearings": _hearing_extras, "actions": _action_extras}
