# SPDX-License-Identifier: GPL-3.0-or-later
"""peewee models, built from the domain records so that each entity is declared once.

``caseapp.domain.records`` declares every table as a dataclass; this module turns
each into a peewee model with the same name: a field's type picks the column type
(text, integer, boolean, partial date, date, time), its metadata adds foreign keys,
indexes and uniqueness. Every model's database is ``store.binding.BOUND``, the one
its Casebook bound for the current operation; nothing here opens a file.
"""

from __future__ import annotations

import dataclasses
import typing
from datetime import date, time
from typing import Any

from peewee import (
    BooleanField,
    CharField,
    Field,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from caseapp.domain import records
from caseapp.domain.partial_date import PartialDate
from caseapp.store.binding import BOUND
from caseapp.store.fields import BytesField, IsoDateField, IsoTimeField, PartialDateField


class BaseModel(Model):
    """The identity and life-cycle columns of ``records.Record``."""

    uid = CharField(unique=True)
    created_at = TextField()
    updated_at = TextField()
    #: Indexed only where set (``<table>_in_trash``): an index over a column that is
    #: NULL in nearly every row would lead SQLite's planner away from better ones.
    deleted_at = TextField(null=True)

    class Meta:
        database = BOUND

    @classmethod
    def live(cls, *fields: Any) -> Any:
        """SELECT over the records that are not in the trash: the one trash filter."""
        return cls.select(*fields).where(cls.deleted_at.is_null())

    @classmethod
    def is_live(cls) -> Any:
        """The "not in the trash" condition, for joins and subqueries."""
        return cls.deleted_at.is_null()


class AuditLog(Model):
    """Who changed which record when; field names only, never values."""

    at = TextField()
    operator = TextField(default="")
    command = TextField()
    table = TextField()
    uid = TextField()
    fields = TextField(default="")

    class Meta:
        database = BOUND
        table_name = "audit_log"


class ExchangeState(Model):
    """What this database last agreed with others about one record, for merging bundles:
    the record's fields as they stood at the last exchange (``snapshot``, JSON) and, per
    field, the changes that led there (``history``, JSON lists of change marks)."""

    target_table = TextField()
    target_uid = TextField()
    snapshot = TextField(default="{}")
    history = TextField(default="{}")

    class Meta:
        database = BOUND
        table_name = "exchange_state"
        indexes = ((("target_table", "target_uid"), True),)


class ExchangeConflict(Model):
    """A field changed here and in a colleague's database since they last agreed; both
    values are kept (JSON) until the volunteer takes one."""

    target_table = TextField()
    target_uid = TextField()
    field = TextField()
    mine = TextField()
    theirs = TextField()
    theirs_history = TextField(default="[]")
    peer = TextField(default="")
    found_at = TextField()

    class Meta:
        database = BOUND
        table_name = "exchange_conflict"
        indexes = ((("target_table", "target_uid", "field"), True),)


class ExchangeMeta(Model):
    """Settings of this database file for exchanges (its database id)."""

    key = TextField(unique=True)
    value = TextField(default="")

    class Meta:
        database = BOUND
        table_name = "exchange_meta"


#: Column classes for nullable values of each domain type.
_NULLABLE = {PartialDate: PartialDateField, date: IsoDateField, time: IsoTimeField,
             int: IntegerField, str: TextField}
_PLAIN = {str: TextField, int: IntegerField, bool: BooleanField, bytes: BytesField}


def _value_type(hint: Any) -> tuple[type, bool]:
    """(the value's type, whether None is allowed) of an annotation such as ``date | None``."""
    options = [t for t in typing.get_args(hint) if t is not type(None)]
    if options:
        return options[0], True
    return hint, False


def _column(spec: dataclasses.Field, hint: Any, models: dict[str, type[Model]]) -> Field:
    meta = spec.metadata
    value_type, nullable = _value_type(hint)
    if "ref" in meta:
        return ForeignKeyField(models[meta["ref"]], column_name=spec.name, null=nullable,
                               on_delete="SET NULL" if nullable else "CASCADE", backref="+")
    if nullable:
        return _NULLABLE[value_type](null=True, index=meta.get("index", False))
    return _PLAIN[value_type](default=spec.default, index=meta.get("index", False),
                              unique=meta.get("unique", False))


def _attribute(spec: dataclasses.Field) -> str:
    """``person_id`` is reached as ``Model.person`` (peewee's name for a foreign key)."""
    return spec.name[:-3] if spec.metadata.get("ref") else spec.name


def build_model(record: type[records.Record], models: dict[str, type[Model]]) -> type[BaseModel]:
    """The peewee model of one record class (the tables it points to must exist)."""
    hints = typing.get_type_hints(record)
    body: dict[str, Any] = {_attribute(spec): _column(spec, hints[spec.name], models)
                            for spec in record.own_fields()}
    body["Meta"] = type("Meta", (), {"table_name": record.TABLE, "indexes": record.INDEXES})
    body["__module__"] = __name__
    body["__doc__"] = record.__doc__
    model = typing.cast(type[BaseModel], type(record.__name__, (BaseModel,), body))
    model.add_index(model.deleted_at, where=model.deleted_at.is_null(False),
                    name=f"{record.TABLE}_in_trash")
    for column in record.LIVE_ORDERS:
        model.add_index(getattr(model, column), model.id, where=model.deleted_at.is_null(),
                        name=f"{record.TABLE}_live_{column}")
    return model


def _build_all() -> dict[str, type[BaseModel]]:
    models: dict[str, type[Model]] = {}
    for record in records.RECORD_TYPES:
        models[record.TABLE] = build_model(record, models)
    return typing.cast(dict[str, type[BaseModel]], models)


MODEL_BY_TABLE: dict[str, type[BaseModel]] = _build_all()
RECORD_MODELS: tuple[type[BaseModel], ...] = tuple(MODEL_BY_TABLE.values())
EXCHANGE_MODELS: tuple[type[Model], ...] = (ExchangeState, ExchangeConflict, ExchangeMeta)
ALL_MODELS: tuple[type[Model], ...] = RECORD_MODELS + (AuditLog,) + EXCHANGE_MODELS
#: Tables a command writes through the journal that are not records (no uid, no trash).
JOURNALED_TABLES: dict[str, type[Model]] = {"exchange_state": ExchangeState,
                                             "exchange_conflict": ExchangeConflict}

# The names the queries use, one per table.
Person: Any = MODEL_BY_TABLE["person"]
PersonName: Any = MODEL_BY_TABLE["person_name"]
Case: Any = MODEL_BY_TABLE["case_file"]
CaseParty: Any = MODEL_BY_TABLE["case_party"]
CodeArticle: Any = MODEL_BY_TABLE["code_article"]
Charge: Any = MODEL_BY_TABLE["charge"]
Facility: Any = MODEL_BY_TABLE["facility"]
Detention: Any = MODEL_BY_TABLE["detention"]
Hearing: Any = MODEL_BY_TABLE["hearing"]
Sentence: Any = MODEL_BY_TABLE["sentence"]
Action: Any = MODEL_BY_TABLE["action"]
ActionPerson: Any = MODEL_BY_TABLE["action_person"]
ActionCase: Any = MODEL_BY_TABLE["action_case"]
Source: Any = MODEL_BY_TABLE["source"]
ReportedEvent: Any = MODEL_BY_TABLE["reported_event"]
ReportedEventPerson: Any = MODEL_BY_TABLE["reported_event_person"]
Citation: Any = MODEL_BY_TABLE["citation"]
Organization: Any = MODEL_BY_TABLE["organization"]
Tag: Any = MODEL_BY_TABLE["tag"]
Tagging: Any = MODEL_BY_TABLE["tagging"]
Attachment: Any = MODEL_BY_TABLE["attachment"]
Addressee: Any = MODEL_BY_TABLE["addressee"]
LetterTemplate: Any = MODEL_BY_TABLE["letter_template"]
DeadlineMark: Any = MODEL_BY_TABLE["deadline_mark"]
