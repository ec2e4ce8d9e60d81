# SPDX-License-Identifier: GPL-3.0-or-later
"""The sections about one person, shared by the dossier and the campaign brief.

Each builder returns a list of flowables, empty when there is nothing to say, so
a report never prints a heading over an empty section.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus import Flowable

from caseapp.reports import facts
from caseapp.reports.blocks import (
    KEEP_BELOW,
    Context,
    data_table,
    fact_table,
    heading,
    kept_with_next,
    para,
)
from caseapp.reports.data import (
    ActionEntry,
    CaseEntry,
    ChargeEntry,
    DeadlineEntry,
    DetentionEntry,
    HearingEntry,
    PersonFile,
    Relative,
    SentenceEntry,
    SourceRef,
)
from caseapp.reports.markup import bold, cite, esc, italic, join, url
from caseapp.reports.styles import UPCOMING_INK, WARNING_INK


def summary_markup(file: PersonFile, ctx: Context) -> str:
    """The generated summary: status, custody, charges, sentence, next hearing."""
    labels = ctx.labels
    status = labels.enum("status", file.identity.status)
    sentences = [labels.pgettext("report", "Current status: {status}").format(status=status)]
    sentences += [s for s in (_custody(file, ctx), _charges(file, ctx),
                              _sentence(file, ctx), _next(file, ctx)) if s]
    return " ".join(esc(_capital(s)) + "." for s in sentences)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _custody(file: PersonFile, ctx: Context) -> str:
    row = facts.current_detention(file)
    if row is None:
        return ""
    first = facts.custody_start(file, row)
    held = facts.days_held(replace(first, end=None), ctx.today)
    text = ctx.labels.pgettext("report", "Detained since {date} ({days} days)").format(
        date=ctx.labels.partial(first.start), days=_days(held))
    place = facts.facility_place(row)
    if not place:
        return text
    return f"{text}, " + ctx.labels.pgettext("report", "held at {place}").format(place=place)


def _days(held: tuple[int, bool] | None) -> str:
    if held is None:
        return ""
    return f"≈{held[0]}" if held[1] else str(held[0])


def _charges(file: PersonFile, ctx: Context) -> str:
    refs = facts.article_refs(file)
    if not refs:
        return ""
    charged = ctx.labels.pgettext("report", "charged under article {articles} of the Criminal Code")
    return charged.format(articles=", ".join(refs))


def _sentence(file: PersonFile, ctx: Context) -> str:
    row = facts.latest_sentence(file)
    if row is None or row.term.is_empty:
        return ""
    term = f"{ctx.labels.term(row.term)} ({ctx.labels.enum('sentence', row.kind)})"
    text = ctx.labels.pgettext("report", "Sentenced on {date}: {term}").format(
        date=ctx.labels.day(row.date), term=term)
    if not row.expected_release:
        return text
    release = ctx.labels.pgettext("report", "expected release {date}")
    return f"{text}; {release.format(date=ctx.labels.day(row.expected_release))}"


def _next(file: PersonFile, ctx: Context) -> str:
    row = facts.next_hearing(file, ctx.today)
    if row is None:
        return ""
    when = " ".join(p for p in (ctx.labels.day(row.date), ctx.labels.clock(row.time)) if p)
    return ctx.labels.pgettext("report", "Next hearing: {date}, {court}").format(
        date=when, court=row.court or "—")


def identity_section(file: PersonFile, ctx: Context) -> list[Flowable]:
    """Names, birth date, citizenship and (when not public) contacts and relatives."""
    person, labels = file.identity, ctx.labels
    pairs = [(labels.pgettext("report", "Name"), esc(person.name_in(labels.language))),
             (labels.pgettext("report", "Also written"),
              join(person.other_names(labels.language), "; ")),
             (labels.pgettext("report", "Date of birth"), esc(labels.partial(person.birth_date))),
             (labels.pgettext("report", "Gender"), esc(labels.enum("gender", person.gender))
              if person.gender != "unknown" else ""),
             (labels.pgettext("report", "Citizenship"), esc(person.citizenship)),
             (labels.pgettext("report", "Status"), esc(labels.enum("status", person.status))),
             (labels.pgettext("report", "Contacts"), esc(person.contacts)),
             (labels.pgettext("report", "Address"), esc(person.address)),
             (labels.pgettext("report", "Relatives"),
              "<br/>".join(_relative(r) for r in person.relatives))]
    shown = [(label, value) for label, value in pairs if value]
    return [heading(labels.pgettext("report", "Identity"), ctx, "identity"), fact_table(shown, ctx)]


def _relative(relative: Relative) -> str:
    name = esc(relative.name)
    extra = join((relative.relation, relative.contact))
    return f"{name} ({extra})" if extra else name


def detention_section(file: PersonFile, ctx: Context) -> list[Flowable]:
    if not file.detentions:
        return []
    labels, count = ctx.labels, len(file.sources)
    header = [labels.pgettext("report", "Facility"), labels.pgettext("report", "Type"),
              labels.pgettext("report", "From"), labels.pgettext("report", "To"),
              labels.pgettext("report", "Days held")]
    rows = [_detention_row(d, ctx, count) for d in facts.sorted_detentions(file)]
    return [heading(labels.pgettext("report", "Detention timeline"), ctx, "detentions"),
            data_table(header, rows, (0.38, 0.2, 0.15, 0.15, 0.12), ctx)]


def _detention_row(row: DetentionEntry, ctx: Context, count: int) -> list[str]:
    labels = ctx.labels
    kind = labels.enum("facility", row.facility_kind) if row.facility_kind != "other" else ""
    place = bold(esc(row.facility or "—")) + cite(row.sources, count)
    detail = join((kind, row.city))
    ongoing = italic(esc(labels.pgettext("report", "ongoing")))
    end = esc(labels.partial(row.end)) if row.end else ongoing
    return [f"{place}<br/>{detail}" if detail else place, esc(labels.enum("detention", row.kind)),
            esc(labels.partial(row.start)), end, _days(facts.days_held(row, ctx.today))]


def cases_section(file: PersonFile, ctx: Context) -> list[Flowable]:
    if not file.cases:
        return []
    title = ctx.labels.pgettext("report", "Cases and charges")
    story: list[Flowable] = [heading(title, ctx, "cases")]
    for case in file.cases:
        story += _case(case, ctx, len(file.sources))
    return story


def _case(case: CaseEntry, ctx: Context, count: int) -> list[Flowable]:
    labels = ctx.labels
    number = _case_ref(case.case_number, ctx) if case.case_number else ""
    title = " — ".join(p for p in (number, case.title) if p)
    facts_line = join((labels.enum("case", case.status), case.court,
                       labels.partial(case.opened)), " · ")
    shown = title or labels.pgettext("report", "Case")
    story: list[Flowable] = [kept_with_next(
        para(bold(esc(shown)) + cite(case.sources, count), ctx.styles.body), 2 * KEEP_BELOW)]
    if facts_line:
        stage = labels.pgettext("report", "Stage")
        story.append(para(f"{esc(stage)}: {facts_line}", ctx.styles.small))
    charges = [c for c in case.charges if c.article or c.title or c.wording]
    if charges:
        rows = [[bold(esc(c.article or "—")), _charge_text(c, count, ctx)] for c in charges]
        header = [labels.pgettext("report", "Article"), labels.pgettext("report", "Charge")]
        story.append(data_table(header, rows, (0.16, 0.84), ctx))
    return story


def _charge_text(charge: ChargeEntry, count: int, ctx: Context) -> str:
    lines = [esc(charge.title)] if charge.title else []
    if charge.wording:
        lines.append(italic(esc(charge.wording)))
    if charge.penalty is not None:
        catalog = ctx.labels.catalog
        lines.append(esc(charge.penalty.describe(catalog.gettext, catalog.ngettext)))
    return "<br/>".join(lines) + cite(charge.sources, count)


def hearings_section(file: PersonFile, ctx: Context) -> list[Flowable]:
    """Every hearing in date order; upcoming ones tinted and marked."""
    if not file.hearings:
        return []
    labels, hearings = ctx.labels, facts.sorted_hearings(file)
    header = [labels.pgettext("report", "Date"), labels.pgettext("report", "Court"),
              labels.pgettext("report", "Type"), labels.pgettext("report", "Case"),
              labels.pgettext("report", "Outcome")]
    rows = [_hearing_row(h, ctx, len(file.sources)) for h in hearings]
    upcoming = [i for i, h in enumerate(hearings) if facts.is_upcoming(h, ctx.today)]
    return [heading(labels.pgettext("report", "Hearings"), ctx, "hearings"),
            data_table(header, rows, (0.17, 0.27, 0.16, 0.12, 0.28), ctx, highlight=upcoming)]


def _hearing_row(row: HearingEntry, ctx: Context, count: int) -> list[str]:
    labels = ctx.labels
    when = esc(labels.day(row.date))
    if row.time:
        when += f"<br/>{esc(labels.clock(row.time))}"
    return [when, esc(row.court), esc(labels.enum("hearing", row.kind)), esc(row.case_number),
            _outcome(row, ctx) + cite(row.sources, count)]


def _outcome(row: HearingEntry, ctx: Context) -> str:
    if facts.is_upcoming(row, ctx.today):
        mark = esc(ctx.labels.pgettext("report", "upcoming"))
        return f'<font color="{UPCOMING_INK.hexval()}"><b>{mark}</b></font>'
    if row.outcome:
        return esc(row.outcome)
    missing = esc(ctx.labels.pgettext("report", "Outcome missing"))
    return f'<font color="{WARNING_INK.hexval()}"><i>{missing}</i></font>'


def sentence_section(file: PersonFile, ctx: Context) -> list[Flowable]:
    if not file.sentences:
        return []
    story: list[Flowable] = [heading(ctx.labels.pgettext("report", "Sentence"), ctx, "sentences")]
    for row in sorted(file.sentences, key=lambda s: s.date.isoformat() if s.date else ""):
        story.append(fact_table(_sentence_pairs(row, ctx, len(file.sources)), ctx))
    return story


def _sentence_pairs(row: SentenceEntry, ctx: Context, count: int) -> list[tuple[str, str]]:
    labels = ctx.labels
    number = _case_ref(row.case_number, ctx) if row.case_number else ""
    verdict = join((labels.day(row.date), row.court, number), " · ")
    pairs = [(labels.pgettext("report", "Date"), verdict + cite(row.sources, count)),
             (labels.pgettext("report", "Type"), esc(labels.enum("sentence", row.kind))),
             (labels.pgettext("report", "Term"), bold(esc(labels.term(row.term)))),
             (labels.pgettext("report", "Term counted from"), esc(labels.day(row.term_start))),
             (labels.pgettext("report", "Credited days"),
              str(row.credited_days) if row.credited_days else ""),
             (labels.pgettext("report", "Expected release"),
              bold(esc(labels.day(row.expected_release)))),
             (labels.pgettext("report", "Fine"), esc(row.fine))]
    return [(label, value) for label, value in pairs if value]


def deadlines_section(file: PersonFile, ctx: Context) -> list[Flowable]:
    """Procedural deadlines: the day, what falls due, the rule's article (starred when
    its figure was not checked against the code) and what the group marked."""
    if not file.deadlines:
        return []
    labels = ctx.labels
    header = [labels.pgettext("report", "Date"), labels.pgettext("report", "Deadline"),
              labels.pgettext("report", "Rule"), labels.pgettext("report", "State")]
    rows = [_deadline_row(d, ctx) for d in sorted(file.deadlines, key=lambda d: d.due)]
    story: list[Flowable] = [heading(labels.pgettext("report", "Procedural deadlines"), ctx,
                                     "deadlines"),
                             data_table(header, rows, (0.22, 0.36, 0.26, 0.16), ctx)]
    if not all(d.checked for d in file.deadlines):
        story.append(para(esc(labels.pgettext(
            "report", "* The figure of this rule was not checked against the code's text.")),
            ctx.styles.small))
    return story


def _deadline_row(row: DeadlineEntry, ctx: Context) -> list[str]:
    labels = ctx.labels
    article = esc(row.article) + ("" if row.checked else " *")
    return [esc(labels.day(row.due)), esc(labels.enum("deadline", row.kind)), article,
            esc(labels.enum("deadline_state", row.state))]


def pace_section(file: PersonFile, ctx: Context) -> list[Flowable]:
    cases = [c for c in file.cases if c.pace_criteria]
    if not cases:
        return []
    title = ctx.labels.pgettext("report", "PACE Resolution 1900 criteria met")
    story: list[Flowable] = [heading(title, ctx, "pace")]
    for case in cases:
        if len(cases) > 1 and case.case_number:
            story.append(para(bold(esc(_case_ref(case.case_number, ctx))), ctx.styles.body))
        story += [para(esc(ctx.labels.enum("pace", key)), ctx.styles.body, bullet="✓")
                  for key in case.pace_criteria]
        if case.pace_note:
            story.append(para(italic(esc(case.pace_note)), ctx.styles.body))
    return story


def actions_section(file: PersonFile, ctx: Context) -> list[Flowable]:
    if not file.actions:
        return []
    labels = ctx.labels
    header = [labels.pgettext("report", "Date"), labels.pgettext("report", "Type"),
              labels.pgettext("report", "Action"), labels.pgettext("report", "Outcome"),
              labels.pgettext("report", "Responsible")]
    rows = [_action_row(a, ctx, len(file.sources))
            for a in sorted(file.actions, key=lambda a: a.date.iso() if a.date else "")]
    if not any(a.responsible for a in file.actions):
        header, rows = header[:-1], [row[:-1] for row in rows]
    widths = (0.15, 0.16, 0.37, 0.32) if len(header) == 4 else (0.13, 0.13, 0.3, 0.25, 0.19)
    return [heading(labels.pgettext("report", "Campaign actions"), ctx, "actions"),
            data_table(header, rows, widths, ctx)]


def _action_row(row: ActionEntry, ctx: Context, count: int) -> list[str]:
    labels = ctx.labels
    status = labels.enum("action_status", row.status)
    outcome = join((status, row.outcome), " — ")
    return [esc(labels.partial(row.date)), esc(labels.enum("action", row.kind)),
            esc(row.title) + cite(row.sources, count), outcome, esc(row.responsible)]


def sources_section(file: PersonFile, ctx: Context) -> list[Flowable]:
    if not file.sources:
        return []
    story: list[Flowable] = [heading(ctx.labels.pgettext("report", "Sources"), ctx, "sources")]
    story += [para(_reference(i, s, ctx), ctx.styles.reference) for i, s in enumerate(file.sources)]
    return story


def _reference(index: int, source: SourceRef, ctx: Context) -> str:
    published = ctx.labels.partial(source.published)
    details = join((source.publisher, published))
    parts = [bold(esc(source.title)) if source.title else "", details, url(source.url)]
    text = ""
    for part in (p for p in parts if p):
        text += (" " if text.endswith(".") else ". ") + part if text else part
    return f"<b>[{index + 1}]</b>\u00a0{text}"


def private_section(file: PersonFile, ctx: Context) -> list[Flowable]:
    """Every private note in one clearly marked place (absent in public reports)."""
    notes = _private_notes(file, ctx)
    if not notes:
        return []
    title = ctx.labels.pgettext("report", "Private notes")
    story: list[Flowable] = [heading(title, ctx, "private")]
    return story + [para(note, ctx.styles.body) for note in notes]


def _private_notes(file: PersonFile, ctx: Context) -> list[str]:
    pairs = [("", file.identity.private_notes)]
    pairs += [(_case_ref(c.case_number, ctx), c.private_notes) for c in file.cases]
    pairs += [(d.facility, d.private_notes) for d in file.detentions]
    pairs += [(ctx.labels.day(h.date), h.private_notes) for h in file.hearings]
    pairs += [(ctx.labels.day(s.date), s.private_notes) for s in file.sentences]
    pairs += [(a.title, a.private_notes) for a in file.actions]
    return [f"{bold(esc(label))}: {esc(note)}" if label else esc(note)
            for label, note in pairs if note]


def _case_ref(number: str, ctx: Context) -> str:
    """"Case № 2-117/2025" in the report's language."""
    return ctx.labels.pgettext("report", "Case") + f"\u00a0№\u00a0{number}"


PERSON_SECTIONS = (identity_section, detention_section, cases_section, hearings_section,
                   sentence_section, deadlines_section, pace_section, actions_section,
                   private_section, sources_section)
