# SPDX-License-Identifier: GPL-3.0-or-later
"""`caseapp import-article`: show an article's draft with candidates, or apply it.

A script reviews like a volunteer: ``--write-draft D.json`` writes the draft (persons
with role, side and decision, events with kind, date, place and persons), the script
edits it, and ``--draft D.json --apply`` imports what it left.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from caseapp.cli import common
from caseapp.cli.common import out
from caseapp.core.article_draft import draft_to_json
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
    parser.add_argument("--write-draft", metavar="DRAFT.json", type=Path,
                        help=_("write the draft as JSON, to edit and give back with --draft"))
    parser.add_argument("--draft", metavar="DRAFT.json", type=Path,
                        help=_("use this edited draft of the article instead of a new one"))
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
        raise Invalid(_("--published needs YYYY-MM-DD, got “{value}”").format(
            value=value)) from None


def read_draft_file(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise Invalid(_("{file} is not JSON: line {line}, column {column}: {problem}").format(
            file=path, line=exc.lineno, column=exc.colno, problem=exc.msg)) from None
    except UnicodeDecodeError:
        raise Invalid(_("{file} is not UTF-8 text").format(file=path)) from None


def cmd_import(args: argparse.Namespace) -> int:
    from caseapp.cli.extract_cmd import read_article

    text = read_article(args.file)
    links = parse_links(args.link)
    edited = read_draft_file(args.draft) if args.draft else None
    with common.open_book(args) as book:
        if edited is not None:
            draft = book.articles.edited_draft(edited, text)
        else:
            draft = book.articles.draft(text, published=parse_published(args.published),
                                        language=args.lang)
        if edited is None or links:
            book.articles.auto_link(draft, links)
        _print_draft(draft)
        if args.write_draft:
            _write_draft(args.write_draft, draft)
        if draft.duplicate_source_id is not None:
            out(_("This article was imported before; nothing new was created."))
            return 0
        if args.apply:
            report, _changes = book.articles.apply(draft)
            _print_report(report)
    return 0


def _write_draft(path: Path, draft) -> None:
    path.write_text(json.dumps(draft_to_json(draft), ensure_ascii=False, indent=1) + "\n",
                    encoding="utf-8")
    out(_("Wrote the draft to {file}; edit it, then import it with --draft {file} --apply")
        .format(file=path))


def _print_draft(draft) -> None:
    out(_("Language: {language}").format(language=draft.language))
    for proposal in draft.persons:
        side = _("target") if proposal.target else _("not a target")
        out(f"* {proposal.name} [{proposal.role or '?'}; {side}] {_decision(proposal)}")
        for candidate in proposal.candidates:
            out(f"    ? {candidate.display_name}  {candidate.uid}  "
                f"{candidate.score:.0f}  ({candidate.reason})")
    for event in draft.extraction.events:
        check = _(" (check the date)") if event.confidence == "low" and event.date else ""
        out(f"- {event.kind} {event.date or ''}{check} {event.place or ''} "
            f"{', '.join(event.persons)}".rstrip())


def _decision(proposal) -> str:
    if proposal.decision == "link":
        check = _(" — check it") if proposal.confirm else ""
        return _("→ link to {uid}{check}").format(uid=proposal.link_uid, check=check)
    if proposal.decision == "reject":
        return _("→ not imported (a surname or given name alone)") if proposal.name_is_partial \
            else _("→ not imported")
    return _("→ new person")


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
