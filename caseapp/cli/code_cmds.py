# SPDX-License-Identifier: GPL-3.0-or-later
"""`caseapp codes search|counts`: the shipped criminal and administrative codes."""

from __future__ import annotations

import argparse

from caseapp.cli import common
from caseapp.cli.common import action, command_group, out
from caseapp.domain.codes import CODE_KINDS
from caseapp.i18n import _, ngettext

#: The countries whose codes ship (store/data/codes).
COUNTRIES = ("KZ", "RU", "BY")


def register(sub: argparse._SubParsersAction) -> None:
    actions = command_group(sub, "codes", _("find articles of the shipped codes"))
    search = action(actions, "search", _("articles by number or words of the title, in any "
                                         "script"), cmd_codes_search)
    search.add_argument("text", help=_("e.g. 274, 207.3 or “заведомо ложн”"))
    add_code_options(search, country_default=None)
    search.add_argument("--limit", type=int, default=30)
    action(actions, "counts", _("how many articles each shipped code has"), cmd_codes_counts)


def add_code_options(parser: argparse.ArgumentParser, *, country_default: str | None) -> None:
    """--country and --code, as `codes search` and `case charge` take them."""
    parser.add_argument("--country", type=str.upper, choices=COUNTRIES, default=country_default,
                        help=_("KZ, RU or BY"))
    parser.add_argument("--code", choices=CODE_KINDS,
                        help=_("criminal or administrative (default: both)"))


def cmd_codes_search(args: argparse.Namespace) -> int:
    with common.open_book(args) as book:
        found = book.codes.search(args.text, country=args.country, code=args.code,
                                  limit=args.limit)
    common.table([(row.country, _code_label(row.code), row.reference(), row.title)
                  for row in found], (_("country"), _("code"), _("article"), _("title")))
    out(ngettext("{count} article", "{count} articles", len(found)).format(count=len(found)))
    return 0


def cmd_codes_counts(args: argparse.Namespace) -> int:
    with common.open_book(args) as book:
        counts = book.codes.counts()
    common.table([(country, _code_label(code), str(count))
                  for (country, code), count in sorted(counts.items())],
                 (_("country"), _("code"), _("articles")))
    return 0


def _code_label(code: str) -> str:
    return _("administrative") if code == "administrative" else _("criminal")
