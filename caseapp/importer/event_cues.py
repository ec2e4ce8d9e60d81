# SPDX-License-Identifier: GPL-3.0-or-later
"""Cue words found per clause, and the ones that are no events: a wish, a condition or a
negation ("прокурор просил 5 лет", "if released", "No one was detained"), a postponed
verdict, an infinitive ("ordered him to be held"), words in parentheses or in a long quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from caseapp.importer.doc import Doc
from caseapp.importer.event_dates import Dating, clauses, own_dates
from caseapp.importer.event_words import (
    ACCUSED_OF,
    CALLED_OFF,
    EVENT_CUES,
    EXAMINATION,
    EXTRADITION,
    FACTUAL_KINDS,
    MODALITY,
    NEGATION,
    NEGATION_AFTER,
    POSTPONED,
    QUASH,
    REASON,
    sentence_change,
)

#: A sentence length ("5 жылға", "к 3 годам", "seven years"), never "2024 жылғы" or
#: "41-летний".
TERM = re.compile(
    r"(?<![\d.,])(\d{1,2}|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|два|двух|три|трех|трёх|двум|трём|трем|четыр\w{0,4}|пят\w{0,4}|шест\w{0,4}|сем\w{0,4}|"
    r"восьм\w{0,4}|десят\w{0,4})[\s-]{1,3}(жыл|ай|тәулік|год|лет|месяц|сут|year|month|day)"
    r"(?!\w{0,12}-?летн)\w{0,8}", re.IGNORECASE)
_ENGLISH_ENDINGS = ("", "s", "es", "d", "ed", "ing")
_PARTICIPLE = ("ған", "ген", "қан", "кен")
_POSTPOSITIONS = frozenset("үшін соң кейін бері кезде еді болатын екен".split())


@dataclass(frozen=True)
class Cue:
    """A cue word found in a clause; ``dateless`` when another cue of the clause is its
    predicate and takes the clause's only date ("27 қарашада … митингісіне қатысқан …
    үкім жарияланды": the date is the verdict's, not the rally's)."""

    kind: str
    index: int
    clause: range
    number: int
    dateless: bool = False
    gapped: bool = False  #: repeats the cue of an earlier clause for its own person and date


def cues(doc: Doc, number: int, dating: Dating) -> list[Cue]:
    """Cues of each clause of the sentence; wishes, conditions and negations drop the
    factual kinds; a statement's "release" is its demand, not an event."""
    found: list[Cue] = []
    sentence = doc.sentence_tokens(number)
    sentence_words = {doc.tokens[i].text.lower() for i in sentence}
    parts = clauses(doc, sentence, dating)
    for clause in parts:
        words = {doc.tokens[i].text.lower() for i in clause}
        modal, postponed = bool(words & MODALITY), bool(words & POSTPONED)
        kinds = {kind: index for kind, index in kinds_in(doc, clause).items()
                 if not _accusation(doc, index)
                 and not (kind in FACTUAL_KINDS and (modal or _infinitive(doc, index))
                         or _negated(doc, index) or kind == "sentence" and (
                             postponed or _quashed(doc, index)))}
        if "sentence" in kinds and any(w.startswith(EXTRADITION) for w in words):
            kinds.setdefault("detention", kinds.pop("sentence"))  # "40 суток" pending extradition
        if "sentence" in kinds and "detention" in kinds and TERM.search(_text(doc, clause)):
            del kinds["detention"]  # "10 тәулікке қамауға алды": the arrest is the sentence
        if "protest" in kinds and (sentence_words & CALLED_OFF or _not_held(doc, sentence)):
            del kinds["protest"]  # "a rally that never took place", "митинг не состоялся"
        if any(w.startswith(EXAMINATION) for w in words) and any(
                w.startswith(("назнач", "order", "тағайында", "направ", "жіберу", "sent"))
                for w in words):
            kinds.pop("hearing", None)  # "the court ordered a psychiatric examination":
            # the order is no hearing the article reports
            kinds.pop("sentence", None)
        if not modal and not postponed and len(clause):
            kinds.update(_implicit(doc, clause, kinds))
        predicate = _predicate(doc, clause, kinds, dating)
        found += [Cue(kind, index, clause, number, predicate is not None and index != predicate)
                  for kind, index in kinds.items()]
    gapped = _gapped(doc, number, dating, found)
    if gapped and all(doc.tokens[c.clause.start - 1].text in ":,;" for c in gapped
                      if c.clause.start > found[0].clause.start):
        # "задержали в Нукусе: Турдыбаева — 4 июля, Юсупова — на следующий день": the
        # undated verb is told again by each part
        found = [c for c in found if own_dates(doc, c.clause, dating)
                 or c.clause.stop > gapped[0].clause.start]
    found += gapped
    if any(cue.kind == "statement" for cue in found):
        found = [cue for cue in found if cue.kind != "release"]
    return found


#: Verbs that give a term to someone: "were given between three and eight years",
#: "received five years", "получил 7 лет".
_GIVEN = frozenset("given received receive got handed получил получила получили".split())
_COURT = ("суд", "сот", "court")


def _implicit(doc: Doc, clause: range, kinds: dict[str, int]) -> dict[str, int]:
    """Cues no single word gives: a term someone is given is a sentence; a change to a
    sentence ("суд заменил … срок штрафом", "granted parole") decided by a court is a
    hearing."""
    out: dict[str, int] = {}
    text = _text(doc, clause)
    given = next((i for i in clause if doc.tokens[i].text.lower() in _GIVEN), None)
    if "sentence" not in kinds and given is not None and TERM.search(text):
        out["sentence"] = given
    lowered = text.lower()
    if not kinds and sentence_change(lowered) and any(w in lowered for w in _COURT):
        out["hearing"] = clause.start
    return out


def _gapped(doc: Doc, number: int, dating: Dating, found: list[Cue]) -> list[Cue]:
    """"Есенова отпустили 03.03.2025, Курмангалиеву – позавчера": a comma-separated part
    "Name – date" with no verb repeats the cue before it for its own person and date."""
    kinds = {cue.kind for cue in found}
    if len(kinds) != 1:
        return []
    kind, last = kinds.pop(), max(cue.clause.stop for cue in found)
    first = min(cue.clause.start for cue in found)
    out = []
    for part in _comma_parts(doc, number):
        if part.stop <= first and doc.lang[part.start] == "kk" and _verbless_name_date(
                doc, part, dating) and own_dates(doc, found[0].clause, dating):
            # "Есенов қыркүйекте, Байжанов қазанда ұсталған": the verb comes last in Kazakh
            out.append(Cue(kind, part.start, part, number, gapped=True))
            continue
        if part.start < last or len(part) > 8 or not doc.tokens[part.start].is_cap:
            continue
        if any(doc.tokens[i].text in "–—" for i in part) and own_dates(doc, part, dating) \
                and not kinds_in(doc, part):
            out.append(Cue(kind, part.start, part, number, gapped=True))
    return out


def _verbless_name_date(doc: Doc, part: range, dating: Dating) -> bool:
    """A short part that opens with a capitalised word and holds a date and no cue."""
    return len(part) <= 8 and doc.tokens[part.start].is_cap and bool(
        own_dates(doc, part, dating)) and not kinds_in(doc, part)


def _comma_parts(doc: Doc, number: int) -> list[range]:
    indices = doc.sentence_tokens(number)
    out, first = [], indices.start
    for index in indices:
        if doc.tokens[index].text in ",;:":
            out.append(range(first, index))
            first = index + 1
    out.append(range(first, indices.stop))
    return [part for part in out if len(part)]


def _text(doc: Doc, clause: range) -> str:
    return doc.text[doc.tokens[clause.start].start:doc.tokens[clause.stop - 1].end]


def _predicate(doc: Doc, clause: range, kinds: dict[str, int], dating: Dating) -> int | None:
    """In a clause with several cues and one date, a cue that only qualifies another — inside
    a Kazakh participle phrase ("27 қарашада … митингісіне қатысқан үш белсендінің … үкім
    жарияланды") or given as a reason ("признал виновным в организации митинга", "за
    участие в акции") — takes no date: the other cue (the verb) has it."""
    if len(kinds) < 2 or len({d.start for d in own_dates(doc, clause, dating)}) != 1:
        return None
    qualifying = [i for i in kinds.values() if _participial(doc, i) or _reason(doc, i)]
    verbs = [i for i in kinds.values() if i not in qualifying]
    return verbs[-1] if qualifying and verbs else None


def _reason(doc: Doc, cue: int) -> bool:
    """The cue is the object of a "for/за/в организации" phrase."""
    before = {t.text.lower() for t in doc.tokens[max(0, cue - 3):cue]}
    return bool(before & REASON) or "организации" in before


def _participial(doc: Doc, cue: int) -> bool:
    tokens = doc.tokens
    if doc.lang[cue] != "kk":
        return False
    for index in range(cue + 1, min(cue + 3, len(tokens) - 1)):
        word = tokens[index].text.lower()
        if word.endswith(_PARTICIPLE):
            after = tokens[index + 1]
            return after.kind == "w" and after.text.lower() not in _POSTPOSITIONS
    return False


def _not_held(doc: Doc, clause: range) -> bool:
    """"не состоялся", "did not take place", "не прошла"."""
    words = [doc.tokens[i].text.lower() for i in clause]
    return any(a in ("не", "not", "didn't", "wasn't") and b.startswith(
        ("состоял", "прош", "take", "happen", "go")) for a, b in pairwise(words))


def _negated(doc: Doc, cue: int) -> bool:
    """"No one was detained", "without charge", "не задержан"; "ұстаған жоқ" (after)."""
    after = doc.tokens[cue + 1:cue + 2]
    return any(t.text.lower() in NEGATION for t in doc.tokens[max(0, cue - 3):cue]) or (
        doc.lang[cue] == "kk" and bool(after) and after[0].text.lower() in NEGATION_AFTER)


def _accusation(doc: Doc, cue: int) -> bool:
    """"… жаппай тәртіпсіздікке шақырды деп тапты": the cue is what someone is found guilty
    of or accused of (a Kazakh quotative "деп" and a verb of finding or accusing follow)."""
    after = [t.text.lower() for t in doc.tokens[cue + 1:cue + 4]]
    if doc.lang[cue] != "kk" or "деп" not in after:
        return False
    position = after.index("деп")
    return position + 1 < len(after) and after[position + 1].startswith(ACCUSED_OF)


def _quashed(doc: Doc, cue: int) -> bool:
    """"urged the authorities to quash the verdict", "требуют отменить приговор"."""
    return any(t.text.lower() in QUASH for t in doc.tokens[max(0, cue - 3):cue])


def _infinitive(doc: Doc, cue: int) -> bool:
    """"ordered him to be held in custody", "urged them to release": a decision or wish."""
    before = [t.text.lower() for t in doc.tokens[max(0, cue - 2):cue]]
    return "to" in before


def kinds_in(doc: Doc, clause: range) -> dict[str, int]:
    words = [doc.tokens[i].text.lower() for i in clause]
    found: dict[str, int] = {}
    index = _cue_index()
    for position, word in enumerate(words):
        if doc.aside[clause[position]]:
            continue
        for kind, cue in index.get(word[:3], ()):
            if kind not in found and cue_at(words, position, cue):
                found[kind] = clause[position]
    return found


@lru_cache(maxsize=1)
def _cue_index() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """Cues by the first three letters of their first word, so a clause is read once."""
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for kind, cues in EVENT_CUES.items():
        for cue in cues:
            index.setdefault(cue[0][:3], []).append((kind, cue))
    return index


def cue_at(words: list[str], position: int, cue: tuple[str, ...]) -> bool:
    if position + len(cue) > len(words):
        return False
    return all(_word_matches(words[position + k], stem) for k, stem in enumerate(cue))


def _word_matches(word: str, stem: str) -> bool:
    """Cyrillic stems match as prefixes, but not a Kazakh agent noun made from them
    ("сотталушылар", the defendants, is no "сотталу"); English words only with inflection
    endings."""
    if stem.isascii():
        return any(word == stem + ending for ending in _ENGLISH_ENDINGS)
    return word.startswith(stem) and not word.startswith(("шы", "ші"), len(stem))
