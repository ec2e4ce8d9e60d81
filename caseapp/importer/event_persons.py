# SPDX-License-Identifier: GPL-3.0-or-later
"""Who an event is about, following how news refers to people: those named in the cue's
clause (or in clauses sharing its verb), else in its sentence, who are neither court staff,
lawyers or officials (nor, for detainee kinds, relatives) nor merely quoted ("…, his wife
said"); "Олар …", "They …", "Белсенді …" continue the previous sentence of the paragraph;
a detainee-kind event naming nobody concerns the story's main person.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from caseapp.domain.names import match_key
from caseapp.importer.doc import Doc
from caseapp.importer.event_cues import Cue, kinds_in
from caseapp.importer.event_dates import Dating, block_start, clauses, own_dates
from caseapp.importer.event_lists import referenced
from caseapp.importer.event_words import (
    ABOUT_DETAINEE,
    GROUP_WORDS,
    PRONOUNS,
    RELEASE_WISH,
    SPEECH,
    role_of,
)
from caseapp.importer.lexicon import public_figures

if TYPE_CHECKING:
    from caseapp.importer.events import Context

_REFERENCE_ROLES = frozenset({"activist", "journalist"})
#: Roles that take part in a case without being its subject.
_SIDE_ROLES = frozenset({"judge", "lawyer", "official", "relative"})


def event_persons(doc: Doc, context: Context, dating: Dating, cue: Cue) -> list[str]:
    """Persons of the cue's clause (and of clauses sharing its verb), else of its sentence;
    "Олар …"/"Все они"/"Белсенді …" continue the sentence or list before, else mean the main
    person, as does any detainee-kind event that names nobody else — unless a head of state
    is its subject ("Мирзиёев … айыптады"). A protest names its own protesters only."""
    owner = _case_owner(doc, context, cue) if cue.kind in ABOUT_DETAINEE else None
    if owner is not None:
        return owner
    clause_names = [n for n in _clause_names(doc, context, dating, cue)
                    if not _speaks_about(doc, context, cue, n)]
    named = [n for n in context.persons_by_sentence.get(cue.number, [])
             if not _speaks_about(doc, context, cue, n)]
    core = _core(context, cue.number, cue.kind, clause_names) \
        or _related_subject(context, cue, clause_names) \
        or _core(context, cue.number, cue.kind, named)
    if core:
        return core
    reference = _opens_with_reference(doc, cue.number)
    if not reference and _object_pronoun(doc, cue) and _same_block(doc, cue.number - 1,
                                                                   cue.number):
        return _object_of(context, cue)
    if reference and _same_block(doc, cue.number - 1, cue.number):
        core = _core(context, cue.number - 1, cue.kind, referenced(doc, context, cue.number))
    if core or any(match_key(n) in public_figures() for n in named):
        return core
    if context.main_person and not _crowd(doc, cue) and (
            reference or cue.kind in ABOUT_DETAINEE or cue.kind == "protest"):
        return [context.main_person]
    return []


#: Object pronouns in the cue's clause ("Полиция оны ұстады", "задержали её", "detained
#: him"): the person is the one just named.
_OBJECT_PRONOUNS = frozenset("оны оларды его её ее их him her them".split())
def _object_pronoun(doc: Doc, cue: Cue) -> bool:
    return any(doc.tokens[i].text.lower() in _OBJECT_PRONOUNS for i in cue.clause)


def _object_of(context: Context, cue: Cue) -> list[str]:
    """Who "оны"/"её"/"him" is: the story's main person when one of the two sentences
    before names them, else the persons of the sentence before."""
    recent = context.persons_by_sentence.get(cue.number - 1, []) + \
        context.persons_by_sentence.get(cue.number - 2, [])
    if context.main_person and context.main_person in recent:
        return [context.main_person]
    before = _core(context, cue.number - 1, cue.kind,
                   context.persons_by_sentence.get(cue.number - 1, []))
    return before or ([context.main_person] if context.main_person else [])


#: Words of a crowd: a protest of "dozens of supporters" is not the main person's own, nor
#: is "около двадцати рабочих" detained.
_CROWD = ("supporter", "protester", "resident", "dozens", "hundreds", "thousands", "crowd",
          "colleagues", "workers", "сторонник", "жител", "десятк", "сотн", "тысяч", "коллег",
          "протестующ", "участник", "рабочих", "тұрғын", "наразылар", "жақтас", "белсенділер",
          "әріптес", "мыңдаған", "ондаған", "жүздеген")
#: People counted: "20-ға жуық адам", "40 человек", "30 people".
_COUNTED = frozenset("адам адамды адамның человек человека people persons".split())


def _crowd(doc: Doc, cue: Cue) -> bool:
    """The event's clause (a protest's sentence) is about many unnamed people."""
    tokens = doc.sentence_tokens(cue.number) if cue.kind == "protest" else cue.clause
    for index in tokens:
        word = doc.tokens[index].text.lower()
        if word.startswith(_CROWD) or word in _COUNTED and any(
                doc.tokens[j].kind == "n" or doc.tokens[j].text.lower() in _NUMBER_WORDS
                for j in range(max(tokens.start, index - 3), index)):
            return True
    return False


_NUMBER_WORDS = frozenset("двадцати тридцати сорока пятидесяти ста двадцать тридцать сорок "
                          "пятьдесят сто жиырма отыз қырық елу жүз twenty thirty forty fifty "
                          "hundred".split())


def _speaks_about(doc: Doc, context: Context, cue: Cue, name: str) -> bool:
    """"Правозащитница X назвала задержание незаконным", "X called the arrest unlawful":
    a person named before a speech verb that comes before the (noun) cue speaks about the
    event and is none of its persons."""
    sentence = doc.sentence_tokens(cue.number)
    verb = next((i for i in range(sentence.start, cue.index)
                 if doc.tokens[i].text.lower().startswith(_SPEAKING)), None)
    if verb is None:
        return False
    first = bisect_left(context.mention_starts, sentence.start)
    last = bisect_left(context.mention_starts, verb)
    before = context.mentions[first:last]
    return bool(before) and before[-1][1] == name  # the nearest name is the speaker


#: Verbs of saying and judging: their subject talks about an event, it is not in it.
_SPEAKING = SPEECH + ("назвал", "напомнил", "называ", "called", "described", "атады",
                      "бағалады", "осудил", "condemned", "criticised", "criticized")


#: Words for a criminal case, whose possessor is the person an event is about ("Х-тың ісі",
#: "по делу Утепова", "the case of X", "X's case").
_CASE_WORDS = ("ісі", "ісін", "ісіне", "ісінде", "ісіне", "дело", "делу", "деле", "дела",
               "case", "trial")
_POSSESSIVE_PRONOUNS = frozenset("оның олардың его её ее их his her their".split())


def _case_owner(doc: Doc, context: Context, cue: Cue) -> list[str] | None:
    """The possessor of "ісі"/"дело"/"case" in the cue's clause: a named person (not court
    staff), or after "оның"/"his" the persons of the sentence before; None when no case
    word has a possessor."""
    for index in cue.clause:
        word = doc.tokens[index].text.lower()
        if word not in _CASE_WORDS:
            continue
        before = doc.tokens[index - 1].text.lower() if index else ""
        if before in _POSSESSIVE_PRONOUNS:
            previous = _core(context, cue.number - 1, cue.kind,
                             context.persons_by_sentence.get(cue.number - 1, []))
            if previous and _same_block(doc, cue.number - 1, cue.number):
                return previous
            return [context.main_person] if context.main_person else None
        owner = _owner_at(doc, context, index, word)
        if owner and context.roles.get(owner) != "judge" \
                and match_key(owner) not in public_figures():  # "the case of lawyer X"
            return [owner]
    return None


def _owner_at(doc: Doc, context: Context, index: int, word: str) -> str | None:
    if doc.lang[index] == "kk" or (word in ("case", "trial") and index and
                                   doc.tokens[index - 1].text.lower() in ("'s", "’s", "s")):
        window = (index - 3, index)  # "Ерлан Сәрсенбаевтың ісі", "Sadykov's case"
    elif word in ("case", "trial"):
        following = [t.text.lower() for t in doc.tokens[index + 1:index + 2]]
        if following not in (["of"], ["against"]):
            return None
        window = (index + 2, index + 3)
    else:
        window = (index + 1, index + 2)  # "по делу Утепова"
    first = bisect_left(context.mention_starts, max(0, window[0]))
    last = bisect_left(context.mention_starts, window[1])
    found = [name for _, name in context.mentions[first:last]]
    return found[-1] if found else None


def _clause_names(doc: Doc, context: Context, dating: Dating, cue: Cue) -> list[str]:
    dated = bool(own_dates(doc, cue.clause, dating))
    parts = [cue.clause] + ([] if cue.gapped else [
        c for c in clauses(doc, doc.sentence_tokens(cue.number), dating)
        if c.start < cue.clause.start and not set(kinds_in(doc, c)) - {cue.kind}
        and not (dated and doc.lang[c.start] == "kk" and own_dates(doc, c, dating))])
    names: list[str] = []
    for part in parts:
        first = bisect_left(context.mention_starts, part.start)
        last = bisect_left(context.mention_starts, part.stop)
        names += [name for _, name in context.mentions[first:last] if name not in names]
    return names


def _core(context: Context, number: int, kind: str, names: list[str]) -> list[str]:
    """Persons an event of ``kind`` is about: not merely quoted, not court staff, lawyers or
    officials, and for detainee kinds not relatives."""
    speakers = context.speakers.get(number, set())
    side = _SIDE_ROLES if kind in ABOUT_DETAINEE else _SIDE_ROLES - {"relative"}
    return [p for p in names if context.roles.get(p) not in side and p not in speakers]


def _related_subject(context: Context, cue: Cue, names: list[str]) -> list[str]:
    """"Her father, Timur Yusupov, has been in detention": a relative who is the only person
    of the event's own clauses (and not merely quoted) is its subject."""
    speakers = context.speakers.get(cue.number, set())
    return [p for p in names if context.roles.get(p) == "relative" and p not in speakers]


def _same_block(doc: Doc, previous: int, number: int) -> bool:
    if previous < 0:
        return False
    start = doc.sentences[number][0]
    return doc.sentences[previous][0] >= block_start(doc, start) and \
        doc.sentences[previous][1] > doc.title_end


def _opens_with_reference(doc: Doc, number: int) -> bool:
    """"Олар", "She", "Белсенді", "The activist": the sentence is about persons just named."""
    indices = doc.sentence_tokens(number)
    words = [doc.tokens[i].text.lower() for i in indices if doc.tokens[i].kind == "w"][:3]
    if words and words[0] in ("the", "a", "все", "all", "both", "оба", "обе", "барлық"):
        words = words[1:]
    return bool(words) and (words[0] in PRONOUNS or words[0] in GROUP_WORDS
                            or role_of(words[0]) in _REFERENCE_ROLES)


def release_wanted(doc: Doc, context: Context, cue: Cue) -> list[str]:
    """Persons a statement wants freed: named right before a Kazakh "босатуды" or right
    after "освободить"/"release"."""
    out: list[str] = []
    for index in doc.sentence_tokens(cue.number):
        if not doc.tokens[index].text.lower().startswith(RELEASE_WISH):
            continue
        window = (index - 3, index) if doc.lang[index] == "kk" else (index + 1, index + 5)
        first = bisect_left(context.mention_starts, window[0])
        last = bisect_left(context.mention_starts, window[1])
        out += [name for _, name in context.mentions[first:last] if name not in out]
    return out
