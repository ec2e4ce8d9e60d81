# SPDX-License-Identifier: GPL-3.0-or-later
"""Organisations: known bodies from data, courts by pattern, quoted media/NGO names by cue words.

Found before places and persons because a place or a given name inside an organisation's
name ("FC Atyrau", «Орал өңірі», "Adil Soz") is neither a place nor a person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from caseapp.domain.names import normalize
from caseapp.importer import org_patterns
from caseapp.importer.doc import Doc
from caseapp.importer.lexicon import organizations, places
from caseapp.importer.morphology import russian_adjective_nominative
from caseapp.importer.spans import Hit, match_phrase, word_forms

_OPEN_QUOTES = {"«": "»", "\"": "\"", "“": "”", "„": "“"}
_ORG_CUES = re.compile(
    r"^(газет|арна|бірлест|қор[ыға]|қозғалыс|партия|компания|тоб[ыа]|ұйым|орталы|басылым|"
    r"агенттіг|сайт|портал|издани|газет|фонд|центр|канал|YouTube-канал|партии|движени|"
    r"организаци|объединени|агентств|союз|клуб|журнал|телеканал|радио|сайт|newspaper|outlet|"
    r"channel|group|foundation|party|movement|site|magazine|club)", re.IGNORECASE)
_EN_KINDS = (
    ("court", frozenset({"Court"})),
    ("media", frozenset("Today News Times Post Radio TV".split())),
    ("party", frozenset("Party Movement".split())),
    ("state", frozenset("Ministry Department Office Police Prosecutor's Parliament Service "
                        "Agency Council Commission".split())),
)
_CALENDAR_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December".split())
_CUE_KINDS = (
    ("media", re.compile(r"^(газет|арна|басылым|агентт|сайт|портал|издани|канал|youtube|"
                         r"журнал|телеканал|радио|newspaper|outlet|channel|site|magazine)")),
    ("party", re.compile(r"^(партия|партии|party|қозғалыс|движени|movement)")),
    ("company", re.compile(r"^(компания|компании|company|клуб|club)")),
)
_EN_HEADS = frozenset(
    "Initiative Watch Foundation Committee Bureau Group Office Department Party Movement "
    "Union Centre Center Institute Agency Service Council Ministry Association Network "
    "Coalition Fund Today News Times Post Radio TV International Court Commission "
    "Parliament Prosecutor's Police".split())
_KK_COURT = re.compile(r"^сот(ы|ына|ының|ында|ынан|ымен|ыны)$", re.IGNORECASE)
_RU_COURT = re.compile(r"^суд(а|у|е|ом)?$", re.IGNORECASE)
_KK_QUALIFIERS = frozenset(
    "қалалық облыстық аудандық ауданаралық мамандандырылған әкімшілік тергеу қылмыстық "
    "азаматтық апелляциялық жоғарғы әскери ювеналдық экономикалық".split())


def find(doc: Doc) -> list[Hit]:
    """All organisation hits, longest first where they overlap."""
    hits: list[Hit] = []
    taken: set[int] = set()
    for finder in (_known, _quoted, _courts, org_patterns.find, _english_names):
        for hit in finder(doc):
            span = set(range(hit.first, hit.last + 1))
            if not span & taken:
                hits.append(hit)
                taken |= span
    hits += _requoted(doc, hits, taken)
    return _merge_short_forms(hits)


def _requoted(doc: Doc, hits: list[Hit], taken: set[int]) -> list[Hit]:
    """A quoted name met elsewhere without a cue word ("Суд над активистами «Атажурта»")
    joins the organisation found with one ("движения «Атажурт»")."""
    named = {normalize(h.name): h for h in hits if h.kind not in ("court", "state")}
    found = []
    for first, last in _quoted_spans(doc) if named else []:
        if first in taken:
            continue
        inner = doc.tokens[first + 1:last]
        head = " ".join(normalize(t.text) for t in inner[:-1])
        for form in word_forms(inner[-1].text, doc.lang[last - 1]):
            hit = named.get(f"{head} {form}".strip())
            if hit:
                found.append(Hit(first, last, hit.key, hit.name, hit.kind))
                break
    return found


def _merge_short_forms(hits: list[Hit]) -> list[Hit]:
    """"Working Group" after "UN Working Group on Arbitrary Detention" is the same body, and
    a headline's "Атырау соты" the first court named in full as "Атырау қалалық №2 соты"."""
    ordered = sorted(hits, key=lambda h: h.first)
    long_names = {f" {normalize(h.name)} ": h for h in ordered if len(h.name.split()) >= 3}
    found: dict[str, Hit | None] = {}
    out = []
    for hit in hits:
        short = f" {normalize(hit.name)} "
        if short not in found:
            found[short] = next((h for name, h in long_names.items()
                                 if short != name and _short_form(short, name, hit, h)), None) \
                if len(hit.name.split()) >= 2 else None
        longer = found[short]
        out.append(Hit(hit.first, hit.last, longer.key, longer.name, longer.kind) if longer
                   else hit)
    return out


def _short_form(short: str, name: str, hit: Hit, longer: Hit) -> bool:
    if short in name:
        return True
    if hit.kind != "court" or longer.kind != "court":
        return False
    words = iter(name.split())
    return all(word in words for word in short.split())  # the words in order


def _known(doc: Doc) -> list[Hit]:
    hits, index = [], 0
    while index < len(doc.tokens):
        token = doc.tokens[index]
        found = match_phrase(organizations(), doc.tokens, index, doc.lang[index]) \
            if token.kind == "w" else None
        if found:
            entry, spelling, last = found
            hits.append(Hit(index, last, f"org:{entry.uid}", spelling, entry.kind))
            index = last
        index += 1
    return hits


def _quoted(doc: Doc) -> list[Hit]:
    """«Name» (up to six words) with an organisation word just before or after it."""
    hits, tokens = [], doc.tokens
    for index, end in _quoted_spans(doc):
        if _has_cue(doc, index - 2, index) or _has_cue(doc, end + 1, end + 3):
            name = doc.text[tokens[index + 1].start:tokens[end - 1].end]
            hits.append(Hit(index, end, "org:" + normalize(name), name,
                            _quoted_kind(doc, index, end)))
    return hits


def _quoted_spans(doc: Doc) -> list[tuple[int, int]]:
    """(opening, closing) token indices of short quoted phrases starting with a capital."""
    spans, tokens = [], doc.tokens
    for index, token in enumerate(tokens):
        closing = _OPEN_QUOTES.get(token.text)
        if not closing:
            continue
        end = next((j for j in range(index + 1, min(index + 8, len(tokens)))
                    if tokens[j].text == closing), None)
        if end is not None and end > index + 1 and tokens[index + 1].is_cap:
            spans.append((index, end))
    return spans


def _quoted_kind(doc: Doc, first: int, last: int) -> str:
    """media, party, company or rights, by the organisation word beside the quotes."""
    for j in [*range(max(0, first - 2), first), *range(last + 1, min(len(doc.tokens), last + 3))]:
        word = doc.tokens[j].text.lower()
        for kind, pattern in _CUE_KINDS:
            if pattern.match(word):
                return kind
    return "rights"


def _has_cue(doc: Doc, first: int, stop: int) -> bool:
    """An organisation word in tokens [first, stop), also as a compound's last part
    ("интернет-издания")."""
    return any(0 <= j < len(doc.tokens) and _is_cue(doc.tokens[j].text)
               for j in range(first, stop))


@lru_cache(maxsize=8192)
def _is_cue(word: str) -> bool:
    return _ORG_CUES.match(word.split("-")[-1]) is not None


def _courts(doc: Doc) -> list[Hit]:
    hits = []
    for index, token in enumerate(doc.tokens):
        if _KK_COURT.match(token.text):
            hit = _kazakh_court(doc, index)
        elif _RU_COURT.match(token.text):
            hit = _russian_court(doc, index)
        else:
            hit = None
        if hit:
            hits.append(hit)
    return hits


def _kazakh_court(doc: Doc, index: int) -> Hit | None:
    first = index
    while first > 0 and (_kk_court_word(doc.tokens[first - 1].text)
                         or _court_number(doc, first - 1)) \
            and not _opening_word(doc, first - 1, first):
        first -= 1
    if first == index:
        return None
    name = doc.text[doc.tokens[first].start:doc.tokens[index].start] + "соты"
    return Hit(first, index, "org:" + normalize(name), name, "court")


def _opening_word(doc: Doc, candidate: int, first: int) -> bool:
    """"Кеше Атырау қалалық соты": a sentence's first word before a capitalised court word is
    the sentence's, not the court's, unless it opens a listed place ("Батыс Қазақстан")."""
    return (doc.starts_sentence(candidate) and doc.tokens[first].is_cap
            and not places().starting_with(normalize(doc.tokens[candidate].text)))


def _court_number(doc: Doc, index: int) -> bool:
    """"№2" is two tokens: the sign and the number after it."""
    token = doc.tokens[index]
    return token.text == "№" or (token.kind == "n" and index > 0
                                 and doc.tokens[index - 1].text == "№")


def _kk_court_word(word: str) -> bool:
    return (word.lower() in _KK_QUALIFIERS or word.startswith("№") or word[:1].isupper()
            or word.lower().startswith(("облыс", "қала", "аудан")))


def _russian_court(doc: Doc, index: int) -> Hit | None:
    tokens, first = doc.tokens, index
    while first > 0 and tokens[first - 1].kind == "w" and \
            tokens[first - 1].text.lower().endswith(("ый", "ий", "ой", "ого", "ом", "ому", "ым")):
        first -= 1
    last = _russian_court_tail(doc, index)
    if first == index and last == index or not _named_court(doc, first, index, last):
        return None
    adjectives = [russian_adjective_nominative(t.text) for t in tokens[first:index]]
    adjectives = [a if not t.is_cap else a[:1].upper() + a[1:]
                  for a, t in zip(adjectives, tokens[first:index], strict=True)]
    tail = doc.text[tokens[index].end:tokens[last].end] if last > index else ""
    head = "суд" if adjectives else tokens[index].text[:1] + "уд"
    name = " ".join(adjectives + [head]) + tail
    return Hit(first, last, "org:" + normalize(name), name, "court")


def _named_court(doc: Doc, first: int, head: int, last: int) -> bool:
    """"областной суд" alone is generic: a court's name has a capital (not the sentence's)
    or a number."""
    tokens = doc.tokens
    return any(tokens[j].text == "№" or (tokens[j].is_cap and j != head
                                         and not doc.starts_sentence(j))
               for j in range(first, last + 1))


def _russian_court_tail(doc: Doc, index: int) -> int:
    """"№2", "по уголовным делам", "Енбекшинского района", "Шымкента" after суд."""
    tokens, last = doc.tokens, index
    position = index + 1
    while position < len(tokens) and position <= index + 6:
        token = tokens[position]
        if token.text == "по" and _matters_phrase(tokens, position):
            position += 3
            last = position - 1
            continue
        if token.text == "№" or (token.kind == "n" and tokens[position - 1].text == "№") \
                or _genitive_name(token):
            last = position
        else:
            break
        position += 1
    return last


def _matters_phrase(tokens, position: int) -> bool:
    """"по уголовным делам", "по административным делам" inside a court's name."""
    return position + 2 < len(tokens) and tokens[position + 2].text.lower() == "делам"


def _genitive_name(token) -> bool:
    """A genitive place after суд ("Шымкента", "Енбекшинского района") or an indeclinable
    listed one ("Алматы", "Атырау")."""
    if token.kind != "w" or not (token.is_cap or token.text in ("района", "области")):
        return False
    return token.text.endswith(("а", "ого", "ой", "и", "ы", "я", "района", "области")) \
        or bool(places().starting_with(normalize(token.text)))


def _english_names(doc: Doc) -> list[Hit]:
    """Capitalised runs ending in an organisation word: "Caspian Legal Initiative", "FC X"."""
    hits, tokens, index = [], doc.tokens, 0
    while index < len(tokens):
        if doc.lang[index] != "en" or not tokens[index].is_cap:
            index += 1
            continue
        last = index
        while last + 1 < len(tokens) and _en_name_word(doc, last + 1):
            last += 1
        hit = _english_org(doc, index, last)
        if hit:
            hits.append(hit)
        index = last + 1
    return hits


def _en_name_word(doc: Doc, position: int) -> bool:
    tokens = doc.tokens
    token = tokens[position]
    if doc.text[tokens[position - 1].end:token.start] not in ("", " "):
        return False  # names run on one line, with single spaces
    if token.text == "and" and tokens[position - 1].text in _EN_HEADS:
        return False  # "the Prosecutor's Office and Atyrau City Court": two bodies
    if token.text in ("on", "in") and position + 1 < len(tokens) \
            and tokens[position + 1].text in _CALENDAR_WORDS:
        return False  # "the Bishkek City Court on Thursday"
    if token.is_cap or token.text in ("of", "on", "for", "to", "and") and \
            position + 1 < len(tokens) and tokens[position + 1].is_cap:
        return True
    return token.kind == "n" and tokens[position - 1].text in (".", "No")


def _english_org(doc: Doc, first: int, last: int) -> Hit | None:
    tokens = doc.tokens
    if tokens[first].text in ("FC", "FK") and last > first:
        return _hit(doc, first, last, "club")
    heads = [j for j in range(first, last + 1) if tokens[j].text in _EN_HEADS]
    if not heads:
        return None
    if last > heads[-1] and tokens[heads[-1] + 1].text not in ("of", "on", "for", "to"):
        last = heads[-1]
    last = _number_after(tokens, last)
    if heads[0] == first and last == first:
        return None
    start = first + 1 if tokens[first].text in ("The", "A", "An") and last > first else first
    return _hit(doc, start, last, _english_kind({t.text for t in tokens[first:last + 1]}))


def _number_after(tokens, last: int) -> int:
    """"Atyrau City Court No. 2": the number is part of the name."""
    if last + 3 < len(tokens) and tokens[last + 1].text == "No" and tokens[last + 2].text == "." \
            and tokens[last + 3].kind == "n":
        return last + 3
    return last


def _english_kind(words: set[str]) -> str:
    """court, media, state, party or rights, by the head words of an English name."""
    for kind, heads in _EN_KINDS:
        if words & heads:
            return kind
    return "rights"


def _hit(doc: Doc, first: int, last: int, kind: str) -> Hit:
    name = doc.text[doc.tokens[first].start:doc.tokens[last].end]
    return Hit(first, last, "org:" + normalize(name), name, kind)
