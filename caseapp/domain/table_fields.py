# SPDX-License-Identifier: GPL-3.0-or-later
"""The fields a spreadsheet column can be imported into, and the column headings that name
them in Kazakh, Russian and English ("ФИО", "Аты-жөні", "Full name").

A mapping is ``{column heading: field}``; a heading not in it is an unmapped column.
Headings are compared after ``heading_key`` (case, ё/е, punctuation and spacing folded),
so "Дата рождения:" and "дата  рождения" name the same field.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

from caseapp.domain.errors import Invalid
from caseapp.i18n import _

ENTITIES = ("persons", "cases", "facilities", "detentions", "hearings")
#: A column of record uids (a list exported by caseapp) matches records before names do.
UID = "uid"
FIELDS: dict[str, tuple[str, ...]] = {
    "persons": ("name", "given_name", "family_name", "patronymic", "alias", "birth_date",
                "death_date", "gender", "citizenship", "status", "place", "notes",
                "source_url", "tags"),
    "facilities": ("name", "kind", "city", "region", "postal_address", "coordinates"),
    "cases": ("case_number", "person", "article", "jurisdiction", "opened", "status"),
    "detentions": ("person", "facility", "kind", "start", "end"),
    "hearings": ("case_number", "person", "court", "date", "time", "kind", "judge", "outcome"),
}
#: Headings per field, any entity; ``_ENTITY_WORDS`` adds words that differ by entity.
_WORDS: dict[str, tuple[str, ...]] = {
    "uid": ("uid", "uuid", "id записи", "жазба id"),
    "given_name": ("имя", "аты", "given name", "first name", "forename"),
    "family_name": ("фамилия", "тегі", "family name", "last name", "surname"),
    "patronymic": ("отчество", "әкесінің аты", "patronymic", "middle name"),
    "alias": ("другие имена", "псевдоним", "также известен как", "басқа аттары",
              "лақап аты", "alias", "aliases", "also known as", "aka", "other names",
              "имя латиницей", "name in latin", "латынша аты"),
    "birth_date": ("дата рождения", "год рождения", "туған күні", "туған жылы",
                   "date of birth", "dob", "birth date", "born", "year of birth", "birthdate",
                   "д р", "г р"),
    "death_date": ("дата смерти", "қайтыс болған күні", "date of death", "died", "death date"),
    "gender": ("пол", "жынысы", "gender", "sex"),
    "citizenship": ("гражданство", "азаматтығы", "citizenship", "nationality"),
    "status": ("статус", "мәртебесі", "жағдайы", "status", "текущий статус",
               "current status"),
    "place": ("место", "город", "регион", "место жительства", "мекенжайы", "қала", "өңір",
              "place", "city", "region", "location", "residence"),
    "notes": ("примечание", "примечания", "комментарий", "описание", "ескерту",
              "түсініктеме", "сипаттама", "notes", "note", "comment", "comments",
              "description", "details"),
    "source_url": ("источник", "ссылка", "дереккөз", "сілтеме", "source", "url", "link",
                   "source url"),
    "tags": ("метки", "теги", "тегтер", "белгілер", "tags", "labels"),
    "case_number": ("номер дела", "№ дела", "дело", "іс нөмірі", "іс", "case number",
                    "case no", "case"),
    "person": ("фио", "обвиняемый", "подсудимый", "задержанный", "аты жөні", "айыпталушы",
               "person", "defendant", "detainee", "full name", "prisoner"),
    "article": ("статья", "статьи", "статья ук", "обвинение", "бап", "баптар", "айып",
                "article", "articles", "charge", "charges"),
    "jurisdiction": ("страна", "юрисдикция", "ел", "country", "jurisdiction"),
    "opened": ("дата возбуждения", "возбуждено", "қозғалған күні", "opened", "case opened",
               "date opened"),
    "kind": ("вид", "тип", "түрі", "kind", "type"),
    "city": ("город", "населенный пункт", "қала", "city", "town"),
    "region": ("область", "регион", "облыс", "өңір", "region", "province", "oblast"),
    "postal_address": ("адрес", "почтовый адрес", "мекенжай", "пошта мекенжайы", "address",
                       "postal address"),
    "coordinates": ("координаты", "координаттар", "coordinates", "geo", "lat lon"),
    "facility": ("учреждение", "место содержания", "сизо", "колония", "мекеме",
                 "ұстау орны", "facility", "prison", "place of detention"),
    "start": ("дата задержания", "дата ареста", "задержан", "арест", "с", "начало",
              "ұсталған күні", "қамауға алынған күні", "басталуы", "detained", "arrested",
              "date of arrest", "date of detention", "start", "from", "since"),
    "end": ("дата освобождения", "освобожден", "по", "конец", "окончание", "босатылған күні",
            "аяқталуы", "released", "release date", "end", "until", "to"),
    "court": ("суд", "сот", "court"),
    "date": ("дата", "дата заседания", "күні", "отырыс күні", "date", "hearing date"),
    "time": ("время", "уақыты", "сағат", "time", "hour"),
    "judge": ("судья", "судья ф и о", "судья", "төреші", "судья аты", "judge"),
    "outcome": ("результат", "итог", "решение", "нәтижесі", "шешім", "outcome", "result",
                "decision"),
}
_ENTITY_WORDS: dict[tuple[str, str], tuple[str, ...]] = {
    ("persons", "name"): ("фио", "ф и о", "имя фамилия", "аты жөні", "аты-жөні", "толық аты",
                          "full name", "name", "display name", "prisoner", "political prisoner",
                          "политзаключенный", "имя", "person"),
    ("facilities", "name"): ("название", "наименование", "учреждение", "атауы", "мекеме",
                             "name", "facility", "title"),
    ("persons", "place"): ("город", "регион", "қала", "өңір", "city", "region"),
    ("cases", "status"): ("стадия", "статус дела", "сатысы", "stage", "case status"),
    ("cases", "opened"): ("дата", "date"),
    ("detentions", "person"): ("фио", "аты жөні", "name", "full name"),
    ("hearings", "person"): ("фио", "аты жөні", "name", "full name"),
}
_PUNCTUATION = re.compile(r"[\W_]+")


def heading_key(text: str) -> str:
    """A heading as compared: NFC, casefold, ё→е, punctuation and spacing folded."""
    folded = unicodedata.normalize("NFC", text or "").casefold().replace("ё", "е")
    return _PUNCTUATION.sub(" ", folded).strip()


def fields_of(entity: str) -> tuple[str, ...]:
    """The fields of ``entity`` a column may map to, the uid column first."""
    if entity not in FIELDS:
        raise Invalid(_("“{entity}” is not one of: {choices}").format(
            entity=entity, choices=", ".join(ENTITIES)), field="entity")
    return (UID, *FIELDS[entity])


@lru_cache(maxsize=64)
def _heading_fields(entity: str) -> dict[str, str]:
    """heading key → field for ``entity``; entity-specific words win, then field order."""
    found: dict[str, str] = {}
    for field in (*(f for (e, f) in _ENTITY_WORDS if e == entity), *fields_of(entity)):
        words = (*_ENTITY_WORDS.get((entity, field), ()), *_WORDS.get(field, ()), field,
                 field.replace("_", " "))
        for word in words:
            found.setdefault(heading_key(word), field)
    return found


def field_for_heading(entity: str, heading: str) -> str | None:
    """The field a heading names for ``entity``, or None."""
    key = heading_key(heading)
    return _heading_fields(entity).get(key) if key else None


def guess_mapping(entity: str, headings: Iterable[str]) -> dict[str, str]:
    """{heading: field} for the headings that name a field; each field taken once."""
    mapping: dict[str, str] = {}
    for heading in headings:
        field = field_for_heading(entity, heading)
        if field is not None and field not in mapping.values():
            mapping[heading] = field
    return mapping


def known_heading_count(headings: Iterable[str]) -> int:
    """How many cells of a row read as headings of any entity (finds the header row)."""
    return sum(1 for cell in headings
               if any(field_for_heading(entity, cell) for entity in ENTITIES))


def parse_map_options(entity: str, options: Iterable[str]) -> dict[str, str]:
    """``["Column=field", …]`` as a mapping; "Column=" leaves the column unmapped."""
    mapping: dict[str, str] = {}
    for option in options:
        column, sep, field = option.rpartition("=")
        if not sep or not column.strip():
            raise Invalid(_("--map needs “Column=field”, got “{value}”").format(value=option))
        mapping[column.strip()] = check_field(entity, field.strip()) if field.strip() else ""
    return mapping


def check_field(entity: str, field: str) -> str:
    if field not in fields_of(entity):
        raise Invalid(_("“{field}” is not a field of {entity}; use one of: {choices}").format(
            field=field, entity=entity, choices=", ".join(fields_of(entity))), field="map")
    return field


def merged_mapping(guessed: Mapping[str, str], *overrides: Mapping[str, str]) -> dict[str, str]:
    """The guess with each override applied in turn; a field keeps only its newest column
    and an empty field unmaps a column."""
    mapping = dict(guessed)
    for override in overrides:
        for column, field in override.items():
            for other in [c for c, f in mapping.items() if f == field and c != column]:
                del mapping[other]
            mapping[column] = field
    return {column: field for column, field in mapping.items() if field}
