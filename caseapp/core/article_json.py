# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading the parts of an edited article draft back from JSON, each value checked.

The importer writes its model as JSON (``Extraction.to_json``); a script or a person
may change it before the import. Every value read here is checked, and a wrong one is
refused with ``Invalid`` naming where it is ("events[2].date"), never a traceback.
"""

from __future__ import annotations

from typing import Any

from caseapp.domain.enums import ReportedEventKind
from caseapp.domain.errors import Invalid
from caseapp.domain.partial_date import PartialDate
from caseapp.i18n import _
from caseapp.importer.matching import Candidate
from caseapp.importer.model import DateMention, Entity, Event, Mention

FORMAT = "caseapp-article-draft"
VERSION = 1
EVENT_KINDS = tuple(kind.value for kind in ReportedEventKind)
CUSTODY_KINDS = ("police", "administrative", "pretrial", "house_arrest")
SENTENCE_CHANGES = ("parole", "pardon", "commutation")
CONFIDENCES = ("high", "medium", "low")


def event_to_json(event: Event) -> dict[str, Any]:
    return {**event.to_json(), "release_demanded": list(event.release_demanded)}


def event_from_json(item: Any, where: str, person_keys: set[str], text_length: int) -> Event:
    """An event of the draft; its persons must be persons of the draft (by ``key``)."""
    if not isinstance(item, dict):
        raise Invalid(_("{where} must be an object").format(where=where), field=where)
    kind = _choice(item, "kind", EVENT_KINDS, where, required=True) or "other"
    persons = _names(item, "persons", person_keys, where)
    start, end = _quote(item.get("quote"), where, text_length)
    texts = {key: text_field(item, key, where) or None
             for key in ("place", "term", "article", "date_source", "court")}
    return Event(
        kind, _partial(item, "date", where), texts["place"], persons, texts["term"],
        texts["article"], start, end, _names(item, "release_demanded", person_keys, where),
        _choice(item, "confidence", CONFIDENCES, where) or "low", texts["date_source"],
        _choice(item, "detention_kind", CUSTODY_KINDS, where), _partial(item, "end", where),
        bool(item.get("over")), texts["court"],
        _choice(item, "sentence_change", SENTENCE_CHANGES, where), bool(item.get("of_others")),
        _terms(item, person_keys, where))


def mention_from_json(item: Any, where: str) -> Mention:
    if not isinstance(item, dict):
        raise Invalid(_("{where}: a mention must be an object").format(where=where), field=where)
    return Mention(str(item.get("text") or ""), _int(item, "start", where),
                   _int(item, "end", where), bool(item.get("partial")))


def candidate_from_json(item: Any, where: str) -> Candidate:
    if not isinstance(item, dict) or not item.get("uid"):
        raise Invalid(_("{where}: a candidate needs a “uid”").format(where=where), field=where)
    try:
        score = float(item.get("score") or 0)
    except (TypeError, ValueError):
        raise Invalid(_("{where}: a candidate's score must be a number").format(where=where),
                      field=where) from None
    return Candidate(str(item["uid"]), str(item.get("display_name") or ""), score,
                     str(item.get("reason") or ""))


def proposal_flags(item: dict[str, Any], where: str) -> tuple[bool, bool, bool]:
    """``target``, ``partial_name`` and ``confirm`` of a person proposal."""
    return (_flag(item, "target", where), _flag(item, "partial_name", where),
            _flag(item, "confirm", where))


def extraction_parts(data: dict[str, Any]) -> tuple[list[DateMention], list[Entity], list[Entity]]:
    """The dates, places and organisations shown beside the draft (not checked closely:
    the import uses the events' own dates and places)."""
    dates = [DateMention(str(d.get("text", "")), _int(d, "start", "dates"), _int(d, "end", "dates"),
                         str(d.get("value", "")), str(d.get("precision", "")))
             for d in list_field(data, "dates", "draft") if isinstance(d, dict)]
    return dates, _entities(data, "places"), _entities(data, "organizations")


def _entities(data: dict[str, Any], key: str) -> list[Entity]:
    return [Entity(str(e.get("name", "")), [mention_from_json(m, key)
                                             for m in list_field(e, "mentions", key)])
            for e in list_field(data, key, "draft") if isinstance(e, dict)]


def list_field(item: dict[str, Any], key: str, where: str) -> list[Any]:
    """The list at ``key`` ([] when absent); Invalid when it is something else."""
    value = item.get(key) or []
    if not isinstance(value, list):
        raise Invalid(_("{where}.{key} must be a list").format(where=where, key=key), field=key)
    return value


def text_field(item: dict[str, Any], key: str, where: str) -> str:
    """The text at ``key`` (stripped; "" when absent); Invalid when it is no text."""
    value = item.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise Invalid(_("{where}.{key} must be text").format(where=where, key=key), field=key)
    return value.strip()


def _flag(item: dict[str, Any], key: str, where: str) -> bool:
    value = item.get(key, False)
    if not isinstance(value, bool):
        raise Invalid(_("{where}.{key} must be true or false").format(where=where, key=key),
                      field=key)
    return value


def _int(item: dict[str, Any], key: str, where: str) -> int:
    value = item.get(key, 0)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise Invalid(_("{where}.{key} must be a whole number").format(where=where, key=key),
                      field=key)
    return value


def _choice(item: dict[str, Any], key: str, choices: tuple[str, ...], where: str,
            required: bool = False) -> str | None:
    value = item.get(key)
    if value is None and not required:
        return None
    if value not in choices:
        raise Invalid(_("{where}.{key} must be one of: {choices}").format(
            where=where, key=key, choices=", ".join(choices)), field=key)
    return value


def _partial(item: dict[str, Any], key: str, where: str) -> str | None:
    value = text_field(item, key, where)
    if not value:
        return None
    try:
        return PartialDate.parse(value).iso()
    except (Invalid, ValueError):
        raise Invalid(_("{where}.{key}: “{value}” is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
                      .format(where=where, key=key, value=value), field=key) from None


def _names(item: dict[str, Any], key: str, known: set[str], where: str) -> list[str]:
    value = list_field(item, key, where)
    unknown = [name for name in value if not isinstance(name, str) or name not in known]
    if unknown:
        raise Invalid(_("{where}.{key}: “{name}” is not a person of the draft (use a person's "
                        "“key”)").format(where=where, key=key, name=unknown[0]), field=key)
    return list(dict.fromkeys(value))


def _terms(item: dict[str, Any], known: set[str], where: str) -> dict[str, str]:
    value = item.get("person_terms") or {}
    if not isinstance(value, dict):
        raise Invalid(_("{where}.person_terms must be an object").format(where=where),
                      field="person_terms")
    _names({"person_terms": list(value)}, "person_terms", known, where)
    return {name: text_field(value, name, f"{where}.person_terms") for name in value}


def _quote(value: Any, where: str, text_length: int) -> tuple[int, int]:
    quote = value if isinstance(value, dict) else {}
    start, end = _int(quote, "start", where), _int(quote, "end", where)
    if start > end or end > text_length:
        raise Invalid(_("{where}.quote must lie inside the article ({length} characters)")
                      .format(where=where, length=text_length), field="quote")
    return start, end
