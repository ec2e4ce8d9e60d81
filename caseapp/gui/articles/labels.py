# SPDX-License-Identifier: GPL-3.0-or-later
"""The volunteer's words for the importer's vocabularies: roles, event kinds, decisions, reasons.

The importer speaks in fixed English keys ("detainee", "same transliteration key"); these
tables mark the labels for Qt's translation tools and look them up at display time.
A key the tables do not know is shown as it is rather than hidden.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ArticleLabels"

#: Decision values as PersonProposal.decision stores them.
NEW, LINK, REJECT = "new", "link", "reject"

DECISIONS = {
    NEW: QT_TRANSLATE_NOOP("ArticleLabels", "Create new person"),
    LINK: QT_TRANSLATE_NOOP("ArticleLabels", "Link to existing person"),
    REJECT: QT_TRANSLATE_NOOP("ArticleLabels", "Reject"),
}
ROLES = {
    "detainee": QT_TRANSLATE_NOOP("ArticleLabels", "detainee"),
    "lawyer": QT_TRANSLATE_NOOP("ArticleLabels", "lawyer"),
    "relative": QT_TRANSLATE_NOOP("ArticleLabels", "relative"),
    "activist": QT_TRANSLATE_NOOP("ArticleLabels", "activist"),
    "judge": QT_TRANSLATE_NOOP("ArticleLabels", "judge"),
    "official": QT_TRANSLATE_NOOP("ArticleLabels", "official"),
    "journalist": QT_TRANSLATE_NOOP("ArticleLabels", "journalist"),
    "other": QT_TRANSLATE_NOOP("ArticleLabels", "other"),
}
EVENT_KINDS = {
    "detention": QT_TRANSLATE_NOOP("ArticleLabels", "detention"),
    "charge": QT_TRANSLATE_NOOP("ArticleLabels", "charge"),
    "hearing": QT_TRANSLATE_NOOP("ArticleLabels", "hearing"),
    "sentence": QT_TRANSLATE_NOOP("ArticleLabels", "sentence"),
    "release": QT_TRANSLATE_NOOP("ArticleLabels", "release"),
    "protest": QT_TRANSLATE_NOOP("ArticleLabels", "protest"),
    "statement": QT_TRANSLATE_NOOP("ArticleLabels", "statement"),
    "other": QT_TRANSLATE_NOOP("ArticleLabels", "other event"),
}
#: What the import makes of an event (core.article_events.planned_record).
EVENT_RESULTS = {
    "custody": QT_TRANSLATE_NOOP("ArticleLabels", "a detention of this kind"),
    "charge": QT_TRANSLATE_NOOP("ArticleLabels", "a case and a charge"),
    "hearing": QT_TRANSLATE_NOOP("ArticleLabels", "a hearing"),
    "sentence": QT_TRANSLATE_NOOP("ArticleLabels", "a sentence"),
    "change": QT_TRANSLATE_NOOP("ArticleLabels", "a change to the stored sentence"),
    "release": QT_TRANSLATE_NOOP("ArticleLabels", "the end of an open detention"),
    "reported": QT_TRANSLATE_NOOP("ArticleLabels", "an event reported by the source"),
}
#: Custody kinds of an event (Event.detention_kind); "" is none.
CUSTODY_KINDS = {
    "": QT_TRANSLATE_NOOP("ArticleLabels", "not custody"),
    "police": QT_TRANSLATE_NOOP("ArticleLabels", "police detention (hours)"),
    "administrative": QT_TRANSLATE_NOOP("ArticleLabels", "administrative arrest (days)"),
    "pretrial": QT_TRANSLATE_NOOP("ArticleLabels", "pre-trial detention"),
    "house_arrest": QT_TRANSLATE_NOOP("ArticleLabels", "house arrest"),
}
#: Changes of an existing sentence (Event.sentence_change); "" is none.
SENTENCE_CHANGES = {
    "": QT_TRANSLATE_NOOP("ArticleLabels", "none"),
    "parole": QT_TRANSLATE_NOOP("ArticleLabels", "parole"),
    "pardon": QT_TRANSLATE_NOOP("ArticleLabels", "pardon"),
    "commutation": QT_TRANSLATE_NOOP("ArticleLabels", "commuted sentence"),
}
REASONS = {
    "same alias": QT_TRANSLATE_NOOP("ArticleLabels", "same name"),
    "same transliteration key": QT_TRANSLATE_NOOP("ArticleLabels", "same name in another script"),
    "fuzzy": QT_TRANSLATE_NOOP("ArticleLabels", "similar spelling"),
}
PRECISIONS = {
    "day": QT_TRANSLATE_NOOP("ArticleLabels", "day"),
    "month": QT_TRANSLATE_NOOP("ArticleLabels", "month"),
    "year": QT_TRANSLATE_NOOP("ArticleLabels", "year"),
}
#: Kinds the gazetteer and organisation finder give in English; others are words of the
#: article's own language ("көше", "район") and are shown as written.
ENTITY_KINDS = {
    "city": QT_TRANSLATE_NOOP("ArticleLabels", "city"),
    "country": QT_TRANSLATE_NOOP("ArticleLabels", "country"),
    "region": QT_TRANSLATE_NOOP("ArticleLabels", "region"),
    "place": QT_TRANSLATE_NOOP("ArticleLabels", "place"),
    "street": QT_TRANSLATE_NOOP("ArticleLabels", "street"),
    "court": QT_TRANSLATE_NOOP("ArticleLabels", "court"),
    "club": QT_TRANSLATE_NOOP("ArticleLabels", "club"),
    "known": QT_TRANSLATE_NOOP("ArticleLabels", "known organisation"),
    "named": QT_TRANSLATE_NOOP("ArticleLabels", "organisation"),
}
ARTICLE_LANGUAGES = {
    "auto": QT_TRANSLATE_NOOP("ArticleLabels", "Detect automatically"),
    "kk": QT_TRANSLATE_NOOP("ArticleLabels", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("ArticleLabels", "Russian"),
    "en": QT_TRANSLATE_NOOP("ArticleLabels", "English"),
}


def choices(table: Mapping[str, object]) -> list[tuple[str, str]]:
    """(key, translated label) pairs of a table, in its order (for a drop-down)."""
    return [(key, QCoreApplication.translate(CONTEXT, str(source)))
            for key, source in table.items()]


def label(table: Mapping[str, object], key: str | None) -> str:
    """The translated label of ``key`` in ``table``; unknown keys as they are, None as "".

    (The tables' values are QT_TRANSLATE_NOOP's, which PySide6 types as ``object``.)"""
    if not key:
        return ""
    source = table.get(key)
    return QCoreApplication.translate(CONTEXT, str(source)) if source else key
