# SPDX-License-Identifier: GPL-3.0-or-later
"""Which date an event gets, and how sure it is: its own clause, then its sentence, then
the headline when it tells the same kind of event, then the latest day named earlier in
the paragraph or the news day. A date in a background phrase ("for taking part in the
January 2022 events", a Kazakh "-дағы" attribute, a relative clause) dates nothing else.

Each value comes with its source, which gives the event's confidence: "high" for its own
clause, "medium" for its sentence or the headline, "low" for an earlier sentence, the
news day, or no date at all; the review shows low-confidence dates as "check".
"""

from __future__ import annotations

from bisect import bisect_left

from caseapp.importer.date_words import kazakh_month_bare
from caseapp.importer.doc import Doc
from caseapp.importer.event_cues import Cue, cue_at, kinds_in
from caseapp.importer.event_dates import Dating, clauses, inherited, is_since, own_dates, pick
from caseapp.importer.event_words import EVENT_CUES, POSTPONED, RELATIVE_CLAUSE, SPEECH, STATE_CUES
from caseapp.importer.model import DateMention

_ATTRIBUTIVE = ("ғы", "гі", "қы", "кі")
_CALENDAR = ("айы", "айда", "жыл")
#: Where a date came from → the event's confidence.
CONFIDENCE = {"clause": "high", "sentence": "medium", "headline": "medium",
              "previous": "low", "news_day": "low", None: "low"}
Dated = tuple[str | None, str | None]  #: (ISO value or None, source or None)


def date_values(doc: Doc, dating: Dating, cue: Cue, headline: str | None = None) -> list[Dated]:
    """The dates of a cue with their sources; ``headline`` is the date the headline gives
    an event of the same kind about the same persons, if any."""
    offset = doc.tokens[cue.index].start
    own = [d for d in own_dates(doc, cue.clause, dating) if not _attributive(doc, d, cue.index)]
    if len({d.start for d in own}) > 1:
        own = [d for d in own if not _of_the_case(doc, cue.index, d)] or own
    values = [] if cue.dateless else pick(doc, own, offset, every_day=cue.kind != "protest")
    if cue.kind == "hearing" and len({d.start for d in own}) > 1 and _put_off(doc, cue.clause):
        # "On November 12 the court postponed the verdict to December 22": both are court days
        values = list(dict.fromkeys(d.value for d in own if d.precision == "day")) or values
    if values:
        return [(value, "clause") for value in values]
    if cue.dateless or _in_relative_clause(doc, cue.clause, cue.index) \
            or _state_cue(doc, cue.index, cue.kind):
        return [(None, None)]
    values = next((found for dates in (_neighbour_dates(doc, dating, cue),
                                       _fronted(doc, dating, cue))
                   if (found := pick(doc, [d for d in dates if not is_since(doc, d)], offset))),
                  [])
    if values:
        return [(value, "sentence") for value in values]
    if headline:
        return [(headline, "headline")]
    if any(doc.tokens[i].text.lower() in EARLIER for i in cue.clause):
        return [(None, None)]  # "Ол бұрын да ұсталған": before the story, no day of it
    return [inherited(doc, dating, offset, cue.kind)]


#: Words that put an undated event before the story ("He had been detained before").
EARLIER = frozenset("бұрын бұған ранее прежде previously earlier before once".split())


#: Words for the case an event concerns: a date after one describes the case ("огласил
#: приговор по «делу о массовых беспорядках» 10 августа 2020 года").
_CASE_NOUNS = frozenset("делу деле дело case ісі ісін ісіне ісі".split())


def _of_the_case(doc: Doc, cue: int, mention: DateMention) -> bool:
    first = bisect_left(doc.starts, mention.start)
    return any(doc.tokens[i].text.lower() in _CASE_NOUNS for i in range(cue + 1, first))


def _put_off(doc: Doc, clause: range) -> bool:
    return any(doc.tokens[i].text.lower() in POSTPONED for i in clause)


def _attributive(doc: Doc, mention: DateMention, cue: int) -> bool:
    """"ақпан айындағы ереуілге", "2022 жылғы қаңтар оқиғаларына": a Kazakh -дағы/-ғы date
    describes the noun after it, so it dates only a cue standing right there; "sentenced for
    taking part in the January 2022 events": a date in a reason phrase is the reason's."""
    last = bisect_left(doc.starts, mention.end) - 1
    first = bisect_left(doc.starts, mention.start)
    if doc.lang[last] != "kk":
        return _in_reason(doc, first, cue)
    word = doc.tokens[last].text.lower()
    if kazakh_month_bare(word) and any(doc.tokens[i].text.lower().endswith(_ATTRIBUTIVE)
                                       for i in range(first, last)):
        return not 0 < cue - last <= 2  # "2022 жылғы қаңтар оқиғалары"
    if last + 1 < len(doc.tokens) and doc.tokens[last + 1].text.lower().startswith(_CALENDAR):
        last += 1
        word = doc.tokens[last].text.lower()
    return word.endswith(_ATTRIBUTIVE) and not 0 < cue - last <= 2


def _in_reason(doc: Doc, first: int, cue: int) -> bool:
    """"for taking part in the January 2022 events", "за участие в митинге 5 мая": a reason
    word up to five words before the date, with no number between (not "for 10 days"); it
    still dates a cue inside the phrase ("за участие в митинге 12 марта": the rally)."""
    for index in range(first - 1, max(-1, first - 6), -1):
        token = doc.tokens[index]
        if token.kind == "n" or token.text in ".;:":
            return False
        if token.text.lower() in ("for", "за", "of", "в") and index + 1 < first and \
                doc.tokens[index + 1].text.lower() in _REASON_NOUNS:
            return not index < cue < first
    return False


#: Nouns of a reason phrase: "for taking part", "за участие", "for organising".
_REASON_NOUNS = frozenset("taking participating participation organising organizing his her "
                          "their involvement участие организацию организации участии "
                          "причастность".split())


def _neighbour_dates(doc: Doc, dating: Dating, cue: Cue) -> list[DateMention]:
    """Dates of the clause just before or after, when it has no cue of its own ("кеше X-ті
    … деп танып, оған жаза тағайындады") or is chained by a Kazakh converb ("шілде айында
    сотталып, қамаудан босатылған"). "…, X said today" dates only a statement."""
    parts = clauses(doc, doc.sentence_tokens(cue.number), dating)
    position = parts.index(cue.clause)
    out = []
    for other in parts[max(0, position - 1):position + 2]:
        if other == cue.clause or cue.kind != "statement" and _attribution(doc, other):
            continue
        if not kinds_in(doc, other) or _converb(doc, other, cue.clause):
            out += [d for d in own_dates(doc, other, dating)
                    if not _attributive(doc, d, cue.index)]
    return out


#: How far into its sentence a date may start and still open it ("On Monday, May 16,").
_FRONT = 4


def _fronted(doc: Doc, dating: Dating, cue: Cue) -> list[DateMention]:
    """"In May 2016, during the protests, he was detained …, held … and released": a date
    that opens the sentence dates every event of it that has no date of its own."""
    sentence = doc.sentence_tokens(cue.number)
    if not len(sentence) or cue.clause.start == sentence.start:
        return []
    limit = sentence.start + _FRONT
    front = doc.tokens[min(limit, sentence.stop - 1)].end
    opening = [d for d in dating.between(doc.tokens[sentence.start].start, front)
               if d.start < doc.tokens[min(limit, sentence.stop - 1)].start]
    if any(doc.tokens[i].text.lower() in _THEN for i in range(sentence.start, cue.index)):
        return []  # "В июле 2024 года её задержали, а затем суд приговорил": a later day
    return [d for d in opening if not _attributive(doc, d, cue.index)]


#: Words that move a sentence on to a later time than the date that opens it.
_THEN = frozenset("затем потом позже впоследствии then later afterwards subsequently "
                  "кейін соң кейіннен".split())


def _attribution(doc: Doc, clause: range) -> bool:
    return any(doc.tokens[i].text.lower().startswith(SPEECH) for i in clause)


def _converb(doc: Doc, previous: range, clause: range) -> bool:
    last = doc.tokens[previous.stop - 1]
    return previous.stop <= clause.start and doc.lang[last.position] == "kk" \
        and last.text.lower().endswith(("ып", "іп", "п"))


def _state_cue(doc: Doc, cue: int, kind: str) -> bool:
    words = [t.text.lower() for t in doc.tokens[cue:cue + 3]]
    return any(cue_at(words, 0, state) for state in STATE_CUES if state in EVENT_CUES[kind])


def _in_relative_clause(doc: Doc, clause: range, cue: int) -> bool:
    return any(doc.tokens[i].text.lower() in RELATIVE_CLAUSE for i in clause if i < cue)
