# SPDX-License-Identifier: GPL-3.0-or-later
"""`caseapp letter PERSON --to … --template … -o FILE` and `caseapp addressee add|list|remove`.

A letter is written as PDF or plain text (by the output's suffix; ``-o -`` prints the
text) and logged as a campaign action "sent" unless ``--no-log``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from caseapp.cli import common
from caseapp.cli.common import action, command_group, one_of, out
from caseapp.core import settings as preferences
from caseapp.core.casebook import Casebook
from caseapp.domain import records
from caseapp.domain.enums import LetterKind, LetterLanguage
from caseapp.domain.errors import Invalid
from caseapp.domain.letters import BUILT_IN_TARGETS, Letter
from caseapp.i18n import _

_SUFFIXES = (".pdf", ".txt")


def register(sub: argparse._SubParsersAction) -> None:
    _register_letter(sub)
    _register_addressees(sub)


def _register_letter(sub: argparse._SubParsersAction) -> None:
    help_text = _("write an Urgent Action letter about a person and log it as an action")
    letter = sub.add_parser("letter", help=help_text, description=help_text)
    letter.add_argument("person", help=_("uid or a name that matches one person"))
    letter.add_argument("--to", help=_("{built_in}, or the name of an addressee book entry "
                                       "(default for --template support: detainee)").format(
        built_in="|".join(BUILT_IN_TARGETS)))
    letter.add_argument("--template", required=True, help=one_of(LetterKind))
    letter.add_argument("--lang", help=_("kk, ru or en (default: the addressee's language)"))
    letter.add_argument("--case", help=_("the case it is about: number or uid "
                                         "(default: the person's latest)"))
    letter.add_argument("-o", "--output", required=True,
                        help=_("FILE.pdf or FILE.txt to write; - prints the text"))
    letter.add_argument("--organisation", help=_("who signs (default: the settings' group)"))
    letter.add_argument("--no-log", action="store_true",
                        help=_("do not record the letter as a campaign action"))
    common.add_db_option(letter)
    letter.set_defaults(func=cmd_letter)


def _register_addressees(sub: argparse._SubParsersAction) -> None:
    book = command_group(sub, "addressee", _("the addressee book of letters"))
    add = action(book, "add", _("add an addressee (an embassy, an official)"), cmd_add)
    add.add_argument("name")
    add.add_argument("--title", default="", help=_("e.g. “Ambassador”"))
    add.add_argument("--address", default="", help=_("postal address (\\n for a new line)"))
    add.add_argument("--email", default="")
    add.add_argument("--lang", default="ru", help=one_of(LetterLanguage))
    add.add_argument("--salutation", default="", help=_("e.g. “Your Excellency,”"))
    action(book, "list", _("list the addressee book"), cmd_list)
    remove = action(book, "remove", _("move an addressee to the trash"), cmd_remove)
    remove.add_argument("name", help=_("the entry's name or uid"))


def cmd_letter(args: argparse.Namespace) -> int:
    output = _output(args.output)
    target = args.to or ("detainee" if args.template.strip() == "support" else None)
    if not target:
        raise Invalid(_("say whom the letter is to with --to"), field="to")
    organisation = args.organisation
    if organisation is None:
        organisation = os.environ.get("CASEAPP_ORGANISATION") or preferences.load().organisation
    with common.open_book(args) as book:
        person = book.persons.resolve(args.person)
        case = book.cases.resolve(args.case) if args.case else None
        letter = book.letters.compose(person, to=target, kind=args.template,
                                      language=args.lang, case_id=case,
                                      organisation=organisation)
        _write(book, letter, output, organisation)
        logged = None if args.no_log else book.letters.log(letter, person_id=person,
                                                           case_id=case)[0]
    _report(letter, output, logged)
    return 0


def _output(given: str) -> Path | None:
    if given == "-":
        return None
    path = Path(given)
    if path.suffix.lower() not in _SUFFIXES:
        raise Invalid(_("the output file should end in .pdf or .txt: {path}").format(path=path),
                      field="output")
    return path


def _write(book: Casebook, letter: Letter, output: Path | None, organisation: str) -> None:
    if output is None:
        sys.stdout.write(letter.plain_text())
    elif output.suffix.lower() == ".pdf":
        book.letters.write_pdf(letter, output, organisation=organisation)
    else:
        book.letters.write_text(letter, output)


def _report(letter: Letter, output: Path | None, logged: records.Action | None) -> None:
    """What was done, on stderr when the letter itself went to standard output."""
    say = out if output is not None else (lambda text: print(text, file=sys.stderr))
    if output is not None:
        say(_("Wrote {path}").format(path=output))
    if letter.gaps:
        say(_("Not in the records, marked in the letter: {names}").format(
            names=", ".join(letter.gaps)))
    if logged is not None:
        say(_("Logged as action “{title}” ({uid}), follow up on {day}").format(
            title=logged.title, uid=logged.uid[:8], day=logged.follow_up_on))


def cmd_add(args: argparse.Namespace) -> int:
    entry = records.Addressee(name=args.name.strip(), title=args.title.strip(),
                              postal_address=args.address.replace("\\n", "\n").strip(),
                              email=args.email.strip(),
                              language=LetterLanguage.parse(args.lang).value,
                              salutation=args.salutation.strip())
    with common.open_book(args) as book:
        stored, _changes = book.addressees.add(entry)
    out(_("Added addressee “{name}” ({uid})").format(name=stored.name, uid=stored.uid[:8]))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with common.open_book(args) as book:
        entries = book.addressees.entries()
    common.table([(e.uid[:8], e.name, e.title, e.language, e.email,
                   e.postal_address.replace("\n", ", ")) for e in entries],
                 (_("uid"), _("name"), _("title"), _("language"), _("e-mail"), _("address")))
    out(_("{count} addressees").format(count=len(entries)))
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with common.open_book(args) as book:
        pk = book.addressees.resolve(args.name)
        name = book.get(records.Addressee, pk).name
        book.addressees.remove(pk)
    out(_("Moved “{name}” to the trash").format(name=name))
    return 0
