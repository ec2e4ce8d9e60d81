# SPDX-License-Identifier: GPL-3.0-or-later
"""The exchange bundle on disk: a zip of a manifest, the records as JSON and attachments.

``write`` packs a ``Bundle``; ``read`` unpacks one and refuses, with a one-line
``BadBundle`` and before the caller writes anything, whatever is not exactly a bundle
this caseapp understands: not a zip or cut short, a member name other than the three
kinds below (so no ``../`` or absolute path ever reaches the disk), more data than a
bundle can hold or a member that expands far beyond its packed size (a zip bomb), a
content hash that does not match the manifest (damage or tampering), a newer bundle
version, or JSON of the wrong shape (see ``exchange.bundle_checks``).

Members: ``manifest.json``, ``records.json``, ``attachments/<sha256 of the content>``.
The hashes detect damage and careless edits; they are not a signature (anyone who can
rewrite the file can rewrite the manifest), so bundles travel between people who trust
each other.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import IO, Any

from caseapp.domain.errors import BadBundle
from caseapp.exchange.bundle_checks import check_manifest, check_records
from caseapp.i18n import _

FORMAT = "caseapp-bundle"
#: The version of the bundle layout; a bundle with a higher one is refused.
BUNDLE_VERSION = 1
MANIFEST, RECORDS = "manifest.json", "records.json"
ATTACHMENT = re.compile(r"attachments/[0-9a-f]{64}")
#: The most a bundle may hold unpacked, in all, and the most one member may expand.
MAX_TOTAL_BYTES = 2 * 1024 ** 3
MAX_RATIO = 200
#: Members smaller than this are not checked for their ratio (tiny JSON packs very well).
RATIO_FLOOR = 1024 * 1024
MAX_MEMBERS = 100_000


@dataclass(frozen=True)
class BundleRecord:
    """One record as it travels: ``fields`` in exchange form (links as uids, ``deleted_at``
    included), ``history`` the change marks of each field."""

    table: str
    uid: str
    fields: dict[str, Any]
    history: dict[str, list[str]]


@dataclass(frozen=True)
class Bundle:
    database_id: str
    created_at: str
    app_schema: int
    records: tuple[BundleRecord, ...]
    attachments: dict[str, bytes] = field(default_factory=dict)
    scope: dict[str, Any] = field(default_factory=dict)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _records_json(bundle: Bundle) -> bytes:
    rows = [{"table": r.table, "uid": r.uid, "fields": r.fields, "history": r.history}
            for r in bundle.records]
    return json.dumps({"records": rows}, ensure_ascii=False, separators=(",", ":")).encode()


def to_bytes(bundle: Bundle) -> bytes:
    """The zip of ``bundle``."""
    members = {RECORDS: _records_json(bundle)}
    members.update({f"attachments/{sha}": data for sha, data in bundle.attachments.items()})
    manifest = {"format": FORMAT, "bundle_version": BUNDLE_VERSION,
                "app_schema": bundle.app_schema, "database_id": bundle.database_id,
                "created_at": bundle.created_at, "scope": bundle.scope,
                "hashes": {name: _digest(data) for name, data in members.items()}}
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        for name, data in members.items():
            archive.writestr(name, data)
    return stream.getvalue()


def from_bytes(data: bytes) -> Bundle:
    """The bundle in ``data``; BadBundle naming the reason when it is not a sound one."""
    return read(io.BytesIO(data))


def read(stream: IO[bytes]) -> Bundle:
    try:
        with zipfile.ZipFile(stream) as archive:
            return _read_archive(archive)
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, NotImplementedError,
            OSError, zlib.error, ValueError):  # what a damaged archive makes zipfile raise
        raise BadBundle(_("This is not a caseapp bundle, or the file is damaged or cut "
                          "short")) from None


def _read_archive(archive: zipfile.ZipFile) -> Bundle:
    members = archive.infolist()
    _check_members(members)
    manifest = _json(_member(archive, archive.getinfo(MANIFEST)), MANIFEST)
    check_manifest(manifest, FORMAT, BUNDLE_VERSION)
    hashes: dict[str, str] = manifest["hashes"]
    if set(hashes) != {m.filename for m in members} - {MANIFEST}:
        raise BadBundle(_("The bundle's list of contents does not match what it holds"))
    contents = {m.filename: _member(archive, m) for m in members if m.filename != MANIFEST}
    for name, content in contents.items():
        if _digest(content) != hashes[name]:
            raise BadBundle(_("“{name}” in the bundle was changed or damaged (its hash does "
                              "not match)").format(name=name))
    records = check_records(_json(contents[RECORDS], RECORDS))
    attachments = {name.split("/", 1)[1]: content for name, content in contents.items()
                   if name != RECORDS}
    for sha, content in attachments.items():
        if _digest(content) != sha:
            raise BadBundle(_("An attachment in the bundle is not what its name says"))
    return Bundle(manifest["database_id"], manifest["created_at"], manifest["app_schema"],
                  tuple(BundleRecord(**r) for r in records), attachments, manifest["scope"])


def _check_members(members: list[zipfile.ZipInfo]) -> None:
    names = [m.filename for m in members]
    if len(members) > MAX_MEMBERS or len(set(names)) != len(names):
        raise BadBundle(_("The bundle holds too many or repeated files"))
    for member in members:
        if member.filename not in (MANIFEST, RECORDS) and not ATTACHMENT.fullmatch(
                member.filename):
            raise BadBundle(_("The bundle holds a file caseapp does not expect: “{name}”").format(
                name=member.filename[:80]))
    if MANIFEST not in names or RECORDS not in names:
        raise BadBundle(_("The bundle has no manifest or no records"))
    if sum(m.file_size for m in members) > MAX_TOTAL_BYTES or any(map(_bomb_like, members)):
        raise BadBundle(_("The bundle would unpack to far more data than it holds (refused as "
                          "a possible zip bomb)"))


def _bomb_like(member: zipfile.ZipInfo) -> bool:
    return (member.file_size > RATIO_FLOOR
            and member.file_size > MAX_RATIO * max(member.compress_size, 1))


def _member(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bytes:
    """The member's bytes, read no further than the size the archive declares for it."""
    with archive.open(member) as handle:
        data = handle.read(member.file_size + 1)
    if len(data) != member.file_size:
        raise BadBundle(_("“{name}” in the bundle is not the size the bundle says").format(
            name=member.filename))
    return data


def _json(data: bytes, name: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BadBundle(_("“{name}” in the bundle is not valid JSON").format(name=name)) from None
