# SPDX-License-Identifier: GPL-3.0-or-later
"""`caseapp person merge KEEP OTHER [--take FIELD=other|both ...] [--dry-run]`."""

from __future__ import annotations

import argparse

from caseapp.cli import common
from caseapp.cli.common import out
from caseapp.domain.errors import Invalid
from caseapp.domain.views import MergePreview
from caseapp.i18n import _


def register(actions: argparse._SubParsersAction) -> argparse.ArgumentParser:
    merge = actions.add_parser(
        "merge", help=_("merge two records of one person: everything of OTHER moves to KEEP"))
    merge.add_argument("keep", help=_("the person to keep: uid or a name that matches one"))
    merge.add_argument("other", help=_("the person merged into it, then moved to the trash"))
    merge.add_argument("--take", action="append", default=[], metavar="FIELD=other",
                       help=_("for a field both fill differently, take OTHER's value "
                              "(“other”) or, for notes and contacts, both (“both”); "
                              "repeatable"))
    merge.add_argument("--dry-run", action="store_true",
                       help=_("show both persons' fields and what would move; change nothing"))
    merge.set_defaults(func=cmd_merge)
    return merge


def parse_takes(values: list[str]) -> dict[str, str]:
    choices = {}
    for value in values:
        field, sep, choice = value.partition("=")
        if not sep or not field.strip() or not choice.strip():
            raise Invalid(_("--take needs FIELD=other or FIELD=both, got “{value}”").format(
                value=value))
        choices[field.strip()] = choice.strip()
    return choices


def cmd_merge(args: argparse.Namespace) -> int:
    choices = parse_takes(args.take)
    with common.open_book(args) as book:
        keep_id, other_id = book.persons.resolve(args.keep), book.persons.resolve(args.other)
        preview = book.persons.merge_preview(keep_id, other_id)
        _print_preview(preview, choices)
        if args.dry_run:
            return 0
        kept, _changes = book.persons.merge(keep_id, other_id, choices)
    out(_("Merged {other} into {name} ({uid}); {other} is in the trash").format(
        other=preview.other.display_name, name=kept.display_name, uid=kept.uid))
    return 0


def _print_preview(preview: MergePreview, choices: dict[str, str]) -> None:
    out(_("Keep:  {name} ({uid})").format(name=preview.keep.display_name, uid=preview.keep.uid))
    out(_("Other: {name} ({uid})").format(name=preview.other.display_name,
                                          uid=preview.other.uid))
    for item in preview.conflicts:
        taken = choices.get(item.name, "keep")
        out(f"  {item.name}: {_one_line(item.keep)} | {_one_line(item.other)}  → {taken}")
    if not preview.conflicts:
        out(_("No field differs; the other's filled fields fill the kept person's empty ones."))
    moved = ", ".join(f"{table} {count}" for table, count in sorted(preview.moves.items()))
    out(_("Moves to the kept person: {moved}").format(moved=moved or _("nothing")))


def _one_line(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= 40 else flat[:39] + "…"
