# SPDX-License-Identifier: GPL-3.0-or-later
"""peewee models: one per table, mirroring caseapp.domain.records field by field.

Every table has id, uid (uuid4, for merging between volunteers), created_at,
updated_at and deleted_at (trash). Models are bound to a database by
``caseapp.store.db.open_database``; nothing here opens a file.
"""

from __future__ import annotations

from peewee import (
    BooleanField, CharField, ForeignKeyField, IntegerField, Model, TextField,
)

from caseapp.store.fields import IsoDateField, IsoTimeField, PartialDateField


class BaseModel(Model):
    uid = CharField(unique=True)
    created_at = TextField()
    updated_at = TextField()
    deleted_at = TextField(null=True, index=True)


class Person(BaseModel):
    display_name = TextField()
    family_name = TextField(default="")
    given_name = TextField(default="")
    patronymic = TextField(default="")
    birth_date = PartialDateField(null=True)
    gender = TextField(default="unknown")
    citizenship = TextField(default="")
    status = TextField(default="unknown", index=True)
    notes = TextField(default="")
    contacts = TextField(default="")
    photo = TextField(default="")
    sort_key = TextField(default="", index=True)

    class Meta:
        table_name = "person"


class PersonName(BaseModel):
    person = ForeignKeyField(Person, backref="names", on_delete="CASCADE", column_name="person_id")
    text = TextField()
    script = TextField(default="")
    language = TextField(default="")
    kind = TextField(default="official")
    search_key = TextField(default="", index=True)

    class Meta:
        table_name = "person_name"


class Case(BaseModel):
    case_number = TextField(default="")
    title = TextField(default="")
    jurisdiction = TextField(default="KZ")
    opened = PartialDateField(null=True)
    status = TextField(default="investigation")
    pace_fundamental_rights = BooleanField(default=False)
    pace_political_reasons = BooleanField(default=False)
    pace_disproportionate = BooleanField(default=False)
    pace_discriminatory = BooleanField(default=False)
    pace_unfair_proceedings = BooleanField(default=False)
    pace_note = TextField(default="")
    notes = TextField(default="")

    class Meta:
        table_name = "case_file"


class CaseParty(BaseModel):
    case = ForeignKeyField(Case, backref="parties", on_delete="CASCADE", column_name="case_id")
    person = ForeignKeyField(Person, backref="parties", on_delete="CASCADE", column_name="person_id")
    role = TextField(default="defendant")
    note = TextField(default="")

    class Meta:
        table_name = "case_party"


class CodeArticle(BaseModel):
    country = TextField(default="KZ")
    code = TextField(default="criminal")
    article = TextField()
    part = TextField(default="")
    title_kk = TextField(default="")
    title_ru = TextField(default="")
    title_en = TextField(default="")

    class Meta:
        table_name = "code_article"
        indexes = ((("country", "code", "article", "part"), True),)


class Charge(BaseModel):
    case = ForeignKeyField(Case, backref="charges", on_delete="CASCADE", column_name="case_id")
    person = ForeignKeyField(Person, backref="charges", on_delete="CASCADE", column_name="person_id")
    article = ForeignKeyField(CodeArticle, null=True, on_delete="SET NULL", column_name="article_id")
    part = TextField(default="")
    wording = TextField(default="")

    class Meta:
        table_name = "charge"


class Facility(BaseModel):
    name = TextField()
    kind = TextField(default="other")
    city = TextField(default="")
    region = TextField(default="")
    postal_address = TextField(default="")

    class Meta:
        table_name = "facility"


class Detention(BaseModel):
    person = ForeignKeyField(Person, backref="detentions", on_delete="CASCADE", column_name="person_id")
    facility = ForeignKeyField(Facility, null=True, on_delete="SET NULL", column_name="facility_id")
    case = ForeignKeyField(Case, null=True, on_delete="SET NULL", column_name="case_id")
    kind = TextField(default="pretrial")
    start = PartialDateField(null=True, index=True)
    end = PartialDateField(null=True)
    note = TextField(default="")

    class Meta:
        table_name = "detention"


class Hearing(BaseModel):
    case = ForeignKeyField(Case, backref="hearings", on_delete="CASCADE", column_name="case_id")
    court = TextField(default="")
    date = IsoDateField(null=True, index=True)
    time = IsoTimeField(null=True)
    kind = TextField(default="trial")
    judge = TextField(default="")
    outcome = TextField(default="")
    observers = TextField(default="")
    notes = TextField(default="")

    class Meta:
        table_name = "hearing"


class Sentence(BaseModel):
    person = ForeignKeyField(Person, backref="sentences", on_delete="CASCADE", column_name="person_id")
    case = ForeignKeyField(Case, null=True, on_delete="SET NULL", column_name="case_id")
    date = IsoDateField(null=True)
    court = TextField(default="")
    kind = TextField(default="prison")
    years = IntegerField(default=0)
    months = IntegerField(default=0)
    days = IntegerField(default=0)
    credited_days = IntegerField(default=0)
    term_start = IsoDateField(null=True)
    fine = TextField(default="")
    note = TextField(default="")

    class Meta:
        table_name = "sentence"


class Action(BaseModel):
    kind = TextField(default="letter")
    title = TextField(default="")
    date = PartialDateField(null=True, index=True)
    due_date = IsoDateField(null=True)
    status = TextField(default="planned")
    outcome = TextField(default="")
    responsible = TextField(default="")
    notes = TextField(default="")

    class Meta:
        table_name = "action"


class ActionPerson(BaseModel):
    action = ForeignKeyField(Action, on_delete="CASCADE", column_name="action_id")
    person = ForeignKeyField(Person, on_delete="CASCADE", column_name="person_id")

    class Meta:
        table_name = "action_person"


class ActionCase(BaseModel):
    action = ForeignKeyField(Action, on_delete="CASCADE", column_name="action_id")
    case = ForeignKeyField(Case, on_delete="CASCADE", column_name="case_id")

    class Meta:
        table_name = "action_case"


class Source(BaseModel):
    kind = TextField(default="news")
    title = TextField(default="")
    url = TextField(default="")
    publisher = TextField(default="")
    language = TextField(default="")
    published = PartialDateField(null=True)
    full_text = TextField(default="")
    content_hash = TextField(default="", index=True)

    class Meta:
        table_name = "source"


class Citation(BaseModel):
    source = ForeignKeyField(Source, backref="citations", on_delete="CASCADE", column_name="source_id")
    target_table = TextField()
    target_uid = TextField(index=True)
    quote = TextField(default="")
    start = IntegerField(null=True)
    end = IntegerField(null=True)

    class Meta:
        table_name = "citation"


class Organization(BaseModel):
    name = TextField()
    kind = TextField(default="")
    country = TextField(default="")
    notes = TextField(default="")

    class Meta:
        table_name = "organization"


class Tag(BaseModel):
    name = TextField(unique=True)
    color = TextField(default="")

    class Meta:
        table_name = "tag"


class Tagging(BaseModel):
    """A tag on a person, case or action (target_table + target_id)."""

    tag = ForeignKeyField(Tag, on_delete="CASCADE", column_name="tag_id")
    target_table = TextField()
    target_id = IntegerField()

    class Meta:
        table_name = "tagging"
        indexes = ((("target_table", "target_id"), False),)


class AuditLog(Model):
    """Who changed which record when; field names only, never values."""

    at = TextField()
    operator = TextField(default="")
    command = TextField()
    table = TextField()
    uid = TextField()
    fields = TextField(default="")

    class Meta:
        table_name = "audit_log"


RECORD_MODELS: tuple[type[BaseModel], ...] = (
    Person, PersonName, Case, CaseParty, CodeArticle, Charge, Facility, Detention,
    Hearing, Sentence, Action, ActionPerson, ActionCase, Source, Citation,
    Organization, Tag, Tagging,
)
ALL_MODELS: tuple[type[Model], ...] = RECORD_MODELS + (AuditLog,)
MODEL_BY_TABLE: dict[str, type[BaseModel]] = {m._meta.table_name: m for m in RECORD_MODELS}
