# SPDX-License-Identifier: GPL-3.0-or-later
"""Commands about the database file: init, demo, check, backups, encryption.

`caseapp init [--encrypted]`, `demo [--force]`, `check`, `backup [-o FILE [--force]]`,
`backup list|restore FILE|prune`, `encrypt`, `decrypt -o FILE`, `passphrase`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from caseapp.cli import common, passphrase
from caseapp.cli.common import action, out
from caseapp.core import settings as preferences
from caseapp.domain.errors import CaseAppError, Invalid
from caseapp.i18n import _, ngettext


def register(sub: argparse._SubParsersAction) -> None:
    init = action(sub, "init", _("create an empty database"), cmd_init)
    init.add_argument("--encrypted", action="store_true",
                      help=_("encrypt it with a passphrase (asked, or $CASEAPP_PASSPHRASE)"))
    demo = action(sub, "demo", _("create a database filled with fictional demo records"),
                    cmd_demo)
    demo.add_argument("--force", action="store_true", help=_("replace an existing demo file"))
    action(sub, "check", _("check the database for damage"), cmd_check)
    _register_backup(sub)
    action(sub, "encrypt", _("encrypt the database with a passphrase"), cmd_encrypt)
    decrypt = action(sub, "decrypt", _("write a decrypted copy of an encrypted database"),
                       cmd_decrypt)
    decrypt.add_argument("-o", "--output", type=Path, required=True)
    action(sub, "passphrase", _("change the passphrase of an encrypted database"),
             cmd_passphrase)


def _register_backup(sub: argparse._SubParsersAction) -> None:
    backup = action(sub, "backup", _("copy the database to the backup folder"), cmd_backup)
    backup.add_argument("-o", "--output", type=Path, help=_("write the copy here instead"))
    backup.add_argument("--force", action="store_true",
                        help=_("with -o: replace an existing file"))
    actions = backup.add_subparsers(dest="backup_command", metavar="ACTION")
    action(actions, "list", _("list the backups with their date, size and persons"),
           cmd_backup_list)
    restore = action(actions, "restore", _("replace the database with a backup"),
                     cmd_backup_restore)
    restore.add_argument("file", type=Path)
    restore.add_argument("--yes", action="store_true", help=_("do not ask"))
    action(actions, "prune", _("make a fresh backup and delete the older ones"),
           cmd_backup_prune)


def cmd_init(args: argparse.Namespace) -> int:
    path = common.database_path(args)
    if path.exists():
        raise CaseAppError(_("{path} already exists").format(path=path))
    key = passphrase.new() if args.encrypted else None
    common.open_book(args, create=True, passphrase=key, daily_backup=False).close()
    out(_("Created {path}").format(path=path) + (_(" (encrypted)") if key else ""))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    path = common.database_path(args)
    if path.exists():
        _replaceable(args, path)
    with common.open_book(args, create=True, daily_backup=False) as book:
        book.maintenance.build_demo()
        count = book.persons.page(book.persons.QUERY(), 0, 1).total
    out(_("Created demo database {path} with {count} persons").format(path=path, count=count))
    return 0


def _replaceable(args: argparse.Namespace, path: Path) -> None:
    """An existing file is replaced only with --force, never the volunteer's own database
    unless it is empty, and never without a backup of it first."""
    if not args.force:
        raise CaseAppError(_("{path} already exists; use --force to replace it").format(
            path=path))
    with common.open_book(args, daily_backup=False) as book:
        listed = book.persons.page(book.persons.QUERY(), 0, 1).total + len(book.trash.list())
        if listed and path.resolve() == common.default_path().resolve():
            raise CaseAppError(_("{path} is your database and holds records; the demo goes "
                                 "into another file (--db DEMO.sqlite)").format(path=path))
        kept = book.backups.make(keep=preferences.load().backups_to_keep)
    out(_("Backed up the old file to {path}").format(path=kept))
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def cmd_check(args: argparse.Namespace) -> int:
    """SQLite's full check; a file that fails the quick check is reported damaged (exit 2)."""
    with common.open_book(args, check=True, daily_backup=False) as book:
        for problem in book.problems or ():
            out(problem)
        book.ensure_sound()
        problems = book.maintenance.check()
    for problem in problems:
        out(problem)
    out(_("Database is healthy") if not problems else _("{count} problems found").format(
        count=len(problems)))
    return 1 if problems else 0


def cmd_backup(args: argparse.Namespace) -> int:
    with common.open_book(args, daily_backup=False) as book:
        if args.output:
            target = book.backups.copy_to(args.output, force=args.force)
        else:
            target = book.backups.make(keep=preferences.load().backups_to_keep)
    out(_("Backup written to {path}").format(path=target))
    return 0


def cmd_backup_list(args: argparse.Namespace) -> int:
    with common.open_book(args, daily_backup=False) as book:
        found = book.backups.list()
    common.table([(f.path.name, f"{f.size / 1_048_576:.1f} MB",
                   str(f.persons) if f.persons is not None else "?",
                   _("encrypted") if f.encrypted else _("plain"),
                   _("sound") if f.sound else _("damaged or unreadable")) for f in found],
                 (_("file"), _("size"), _("persons"), _("kind"), _("check")))
    out(ngettext("{count} backup in {folder}", "{count} backups in {folder}", len(found)).format(
        count=len(found), folder=book.backups.folder()))
    return 0


def cmd_backup_restore(args: argparse.Namespace) -> int:
    if not args.yes and not common.confirm(_("Replace the database with {file}? The current "
                                             "file is backed up first.").format(file=args.file)):
        out(_("Nothing was changed"))
        return 1
    with common.open_book(args, daily_backup=False) as book:
        before = book.backups.restore(args.file, keep=preferences.load().backups_to_keep)
    out(_("Restored {file}; the file as it was is in {backup}").format(file=args.file,
                                                                      backup=before))
    return 0


def cmd_backup_prune(args: argparse.Namespace) -> int:
    with common.open_book(args, daily_backup=False) as book:
        fresh, removed = book.backups.replace_with_fresh()
    out(_("Kept {path}; deleted {count} older backups").format(path=fresh, count=removed))
    return 0


def cmd_encrypt(args: argparse.Namespace) -> int:
    with common.open_book(args, daily_backup=False) as book:
        if book.encrypted:
            raise Invalid(_("{path} is encrypted already").format(path=book.path))
        plain = book.security.encrypt(passphrase.new())
    out(_("Encrypted {path}").format(path=book.path))
    if plain:
        out(_("{count} older backups are not encrypted; delete them with “caseapp backup "
              "prune” once you have checked the encrypted file").format(count=len(plain)))
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    with common.open_book(args, daily_backup=False) as book:
        target = book.security.decrypt_copy(args.output)
    out(_("Wrote a decrypted copy to {path}; keep it safe and delete it when done").format(
        path=target))
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    with common.open_book(args, daily_backup=False) as book:
        book.security.change_passphrase(passphrase.new("CASEAPP_NEW_PASSPHRASE"))
    out(_("Changed the passphrase of {path}").format(path=book.path))
    return 0
