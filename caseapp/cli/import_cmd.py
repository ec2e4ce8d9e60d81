# SPDX-License-Identifier: GPL-3.0-or-later
"""`caseapp import-article`: show an article's draft with candidates, or apply it."""

from __future__ import annotations

import argparse
from datetime import date

from caseapp.cli import common
from caseapp.cli.common import out
from caseapp.domain.errors import Invalid
from caseapp.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("import-article", help=_("propose (or apply) what an article says"))
    parser.add_argument("file", help=_("a .txt or .html file, or - for standard input"))
    parser.add_argument("--published", help=_("publication date YYYY-MM-DD (resolves “yesterday”)"))
    parser.add_argument("--lang", default="auto", choices=("auto", "kk", "ru", "en"))
    parser.add_argument("--apply", action="store_true", help=_("store the source and the records"))
    parser.add_argument("--link", action="append", default=[], metavar="NAME=UID",
                        help=_("link an extracted person to an existing one (repeatable)"))
    common.add_db_option(parser)
    parser.set_defaults(func=cmd_import)


def parse_links(values: list[str]) -> dict[str, str]:
    links = {}
    for value in values:
        name, sep, uid = value.partition("=")
        if not sep or not name.strip() or not uid.strip():
            raise Invalid(_("--link needs NAME=UID, got “{value}”").format(value=value))
        links[name.strip()] = uid.strip()
    return links


def parse_published(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        raise Invalid(_("--published needs YYYY-MM-DD, got “{value}”").format(value=value)) from None


def cmd_import(args: argparse.Namespace) -> int:
    from caseapp.cli.extract_cmd import read_article

    text = read_article(args.file)
    links = parse_links(args.link)
    with common.open_book(args) as book:
        draft = book.articles.draft(text, published=parse_published(args.published),
                                    language=args.lang)
        _print_draft(draft)
        if draft.duplicate_source_id is not None:
            out(_("This article was imported before; nothing new was created."))
            return 0
        if args.apply:
            book.articles.auto_link(draft, links)
            report, _changes = book.articles.apply(draft)
            _print_report(report)
    return 0


def _print_draft(draft) -> None:
    out(_("Language: {language}").format(language=draft.language))
    for proposal in draft.persons:
        out(f"* {proposal.name}" + (f" [{proposal.role}]" if proposal.role else ""))
        for candidate in proposal.candidates:
            out(f"    ? {candidate.display_name}  {candidate.uid}  "
                f"{candidate.score:.0f}  ({candidate.reason})")
    for event in draft.extraction.events:
        out(f"- {event.kind} {event.date or ''} {event.place or ''} "
            f"{', '.join(event.persons)}".rstrip())


def _print_report(report) -> None:
    out(_("Stored the article as source {uid}").format(uid=report.source_uid))
    for name, uid, reason in report.linked:
        out(_("Linked {name} to {uid} ({reason})").format(name=name, uid=uid, reason=reason))
    for name, uid in report.created:
        out(_("Created {name} ({uid})").format(name=name, uid=uid))
    for name, candidates in report.unlinked_candidates:
        listed = ", ".join(f"{c.display_name} {c.uid} {c.score:.0f}" for c in candidates)
        out(_("Not linked {name}; candidates: {listed} (use --link NAME=UID)").format(
            name=name, listed=listed))
    out(_("{count} records created").format(count=report.records))
