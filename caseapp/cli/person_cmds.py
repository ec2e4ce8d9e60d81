# SPDX-License-Identifier: GPL-3.0-or-later
"""`caseapp person add|list|show|edit|merge` (merge: cli/person_merge_cmd.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from caseapp.cli import common, person_merge_cmd
from caseapp.cli.common import out
from caseapp.core.persons import AliasInput
from caseapp.domain import records
from caseapp.domain.enums import (
    ActionKind,
    ActionStatus,
    DetentionKind,
    HearingKind,
    NameKind,
    PartyRole,
    PersonStatus,
)
from caseapp.domain.partial_date import parse_optional
from caseapp.domain.views import PersonDetails
from caseapp.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    person = sub.add_parser("person", help=_("add, list and show persons"))
    actions = person.add_subparsers(dest="person_command", required=True, metavar="ACTION")
    add = actions.add_parser("add", help=_("add a person"))
    add.add_argument("name", help=_("display name, e.g. “Ерлан Қуанышбаев”"))
    add.add_argument("--status", default="unknown", help=common.one_of(PersonStatus))
    add.add_argument("--alias", action="append", default=[],
                     help=_("another spelling (repeatable)"))
    add.add_argument("--birth", help=_("birth date: 1985, 04.1985 or 14.04.1985"))
    add.add_argument("--notes", default="")
    add.set_defaults(func=cmd_add)
    listing = actions.add_parser("list", help=_("list persons"))
    listing.add_argument("--status")
    listing.add_argument("--tag")
    listing.set_defaults(func=cmd_list)
    show = actions.add_parser("show", help=_("everything about one person"))
    show.add_argument("person", help=_("uid or a name that matches one person"))
    show.set_defaults(func=cmd_show)
    edit = actions.add_parser("edit", help=_("change a person's fields, names and tags"))
    edit.add_argument("person", help=_("uid or a name that matches one person"))
    edit.add_argument("--name", help=_("a new display name (the old one is kept as an alias)"))
    edit.add_argument("--status", help=common.one_of(PersonStatus))
    edit.add_argument("--birth", help=_("birth date: 1985, 04.1985 or 14.04.1985"))
    edit.add_argument("--notes")
    edit.add_argument("--add-alias", action="append", default=[], metavar="NAME",
                      help=_("another spelling (repeatable)"))
    edit.add_argument("--tag", action="append", default=[], help=_("add a tag (repeatable)"))
    edit.add_argument("--untag", action="append", default=[],
                      help=_("remove a tag (repeatable)"))
    photo = edit.add_mutually_exclusive_group()
    photo.add_argument("--photo", type=Path, metavar="IMAGE",
                       help=_("a JPEG or PNG picture of the person"))
    photo.add_argument("--no-photo", action="store_true", help=_("remove the photo"))
    edit.set_defaults(func=cmd_edit)
    merge = person_merge_cmd.register(actions)
    for parser in (add, listing, show, edit, merge):
        common.add_db_option(parser)


def cmd_add(args: argparse.Namespace) -> int:
    person = records.Person(display_name=args.name.strip(), notes=args.notes,
                            status=PersonStatus.parse(args.status).value,
                            birth_date=parse_optional(args.birth))
    aliases = [AliasInput(text, "transliteration") for text in args.alias]
    with common.open_book(args) as book:
        stored, _changes = book.persons.add(person, aliases)
        twins = book.persons.possible_duplicates([args.name, *args.alias], exclude=stored.id)
    out(_("Added {name} ({uid})").format(name=stored.display_name, uid=stored.uid))
    for twin in twins:
        sys.stderr.write(_("note: {name} ({uid}) has the same name; merge them with "
                           "`caseapp person merge` if they are one person").format(
            name=twin.row.display_name, uid=twin.row.uid) + "\n")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    """Fields and names in one command; each tag change is a command of its own."""
    values = _edited_values(args)
    aliases = [AliasInput(text, "transliteration") for text in args.add_alias]
    with common.open_book(args) as book:
        person_id = book.persons.resolve(args.person)
        if values or aliases:
            book.persons.edit(person_id, aliases=aliases, **values)
        for name in args.tag:
            book.tags.tag("person", person_id, name)
        for name in args.untag:
            book.tags.untag("person", person_id, name)
        if args.photo or args.no_photo:
            book.persons.set_photo(person_id, None if args.no_photo else args.photo)
        shown = book.persons.details(person_id)
    out(_("Saved {name} ({uid})").format(name=shown.person.display_name, uid=shown.person.uid))
    return 0


def _edited_values(args: argparse.Namespace) -> dict[str, object]:
    values: dict[str, object] = {}
    if args.name is not None:
        values["display_name"] = args.name.strip()
    if args.status is not None:
        values["status"] = PersonStatus.parse(args.status).value
    if args.birth is not None:
        values["birth_date"] = parse_optional(args.birth)
    if args.notes is not None:
        values["notes"] = args.notes.strip()
    return values


def cmd_list(args: argparse.Namespace) -> int:
    status = PersonStatus.parse(args.status).value if args.status else None
    with common.open_book(args) as book:
        rows = book.persons.rows(book.persons.ids(status=status, tag=args.tag))
    common.table([(r.uid[:8], r.display_name, PersonStatus(r.status).label(), r.facility,
                   r.articles) for r in rows],
                 (_("uid"), _("name"), _("status"), _("facility"), _("articles")))
    out(_("{count} persons").format(count=len(rows)))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with common.open_book(args) as book:
        details = book.persons.details(book.persons.resolve(args.person))
    for line in describe(details):
        out(line)
    return 0


def describe(details: PersonDetails) -> list[str]:
    """The person as plain text lines, section by section, empty sections left out."""
    person = details.person
    lines = [person.display_name, f"uid: {person.uid}",
             _("status: {status}").format(status=PersonStatus(person.status).label())]
    if person.birth_date:
        lines.append(_("born: {date}").format(date=person.birth_date.display()))
    lines += _section(_("Names"), [
        f"{a.text}  ({label(NameKind, a.kind)}, {a.language or a.script})"
        for a in details.aliases])
    lines += _section(_("Cases"), [_case_line(c) for c in details.cases])
    now = _("now")  # not inside the f-string, where Babel's extractor cannot see it
    lines += _section(_("Detentions"), [
        f"{d.start or '?'} – {d.end or now}  {label(DetentionKind, d.kind)}  {d.facility}"
        + (_("  ({days} days)").format(days=d.days) if d.days else "") for d in details.detentions])
    lines += _section(_("Hearings"), [
        f"{h.date} {h.court} {label(HearingKind, h.kind)} {h.outcome}".rstrip()
        for h in details.hearings])
    lines += _section(_("Sentences"), [
        f"{s.date} {s.term} {s.court}" + (_("; expected release {date}").format(
            date=s.expected_release) if s.expected_release else "")
        + "".join(f"\n    {line}" for line in s.note.splitlines())
        for s in details.sentences])
    lines += _section(_("Actions"), [
        f"{a.date} {label(ActionKind, a.kind)} {a.title} [{label(ActionStatus, a.status)}]"
        for a in details.actions])
    lines += _section(_("Reported in sources"), [
        f"{e.date or '?'} {e.title} ({e.source})" for e in details.events])
    lines += _section(_("Tags"), [", ".join(details.tags)] if details.tags else [])
    if person.notes:
        lines += _section(_("Notes"), [person.notes])
    return lines


def label(enum, value: str) -> str:
    """The translated label of a stored vocabulary value (the value itself if unknown)."""
    member = enum._value2member_map_.get(value)
    return member.label() if member is not None else value


def _case_line(case) -> str:
    charges = ", ".join(_("art. {article} {title}").format(
        article=f"{ch.article}.{ch.part}" if ch.part else ch.article, title=ch.title).strip()
        for ch in case.charges)
    head = f"{case.case_number} {case.title} [{label(PartyRole, case.role)}]"
    return f"{head}; {charges}" if charges else head


def _section(title: str, items: list[str]) -> list[str]:
    return ["", title + ":", *("  " + item for item in items)] if items else []
