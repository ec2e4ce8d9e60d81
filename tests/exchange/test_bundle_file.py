# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile and damaged bundles are refused with one line before anything is written."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caseapp.domain.errors import BadBundle
from caseapp.exchange import bundle_file
from caseapp.exchange.bundle_file import Bundle, BundleRecord

PERSON = BundleRecord("person", "0a1b2c3d-0000", {"display_name": "Әлия", "status": "detained",
                                                  "birth_date": "1984-04", "deleted_at": None},
                      {"display_name": ["c:2024-01-01T00:00:00.000000Z"]})
PICTURE = b"\x89PNG fake picture bytes"


def _good() -> bytes:
    import hashlib

    sha = hashlib.sha256(PICTURE).hexdigest()
    return bundle_file.to_bytes(Bundle("db-1", "2026-12-03T00:00:00Z", 6, (PERSON,),
                                       {sha: PICTURE}, {"since": ""}))


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(members: dict[str, bytes]) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return stream.getvalue()


def _rehashed(members: dict[str, bytes], **manifest_changes) -> bytes:
    """``members`` with a manifest whose hashes match them (a careful forger)."""
    import hashlib

    manifest = json.loads(members["manifest.json"])
    manifest["hashes"] = {n: hashlib.sha256(c).hexdigest() for n, c in members.items()
                          if n != "manifest.json"}
    manifest.update(manifest_changes)
    return _zip({**members, "manifest.json": json.dumps(manifest).encode()})


def _refused(data: bytes, match: str = "") -> str:
    with pytest.raises(BadBundle, match=match) as caught:
        bundle_file.from_bytes(data)
    message = str(caught.value)
    assert "\n" not in message and message
    return message


def test_a_sound_bundle_reads_back():
    bundle = bundle_file.from_bytes(_good())
    assert bundle.records == (PERSON,) and list(bundle.attachments.values()) == [PICTURE]


def test_not_a_zip_and_truncated_and_empty():
    _refused(b"this is a text file, not a bundle")
    _refused(_good()[:-40])
    _refused(_good()[: len(_good()) // 2])
    _refused(b"")


def test_tampered_records_fail_their_hash():
    members = _members(_good())
    members["records.json"] = members["records.json"].replace("Әлия".encode(), b"Evil")
    _refused(_zip(members), "hash")


def test_an_attachment_not_named_by_its_content_is_refused():
    members = _members(_good())
    name = next(n for n in members if n.startswith("attachments/"))
    members[name] = b"other bytes"
    _refused(_rehashed(members), "attachment")


def test_a_newer_bundle_version_is_refused_naming_it():
    message = _refused(_rehashed(_members(_good()), bundle_version=99), "newer")
    assert "99" in message


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "attachments/../../x",
                                  "attachments\\..\\x", "attachments/short", "readme.txt"])
def test_unexpected_or_traversing_member_names_are_refused(name):
    members = {**_members(_good()), name: b"x"}
    _refused(_zip(members), "")


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    members = _members(_good())
    members["records.json"] = b"{" + b" " * (50 * 1024 * 1024) + b"}"
    message = _refused(_rehashed(members))
    assert "bomb" in message


def test_a_member_larger_than_its_declared_size_is_refused():
    data = bytearray(_good())
    members = _members(bytes(data))
    assert "records.json" in members
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("records.json")
    # shrink the declared size in the central directory and the local header
    for old in (info.file_size.to_bytes(4, "little"),):
        index = bytes(data).rfind(old + len("records.json").to_bytes(2, "little"))
        if index > 0:
            data[index:index + 4] = (info.file_size - 5).to_bytes(4, "little")
    _refused(bytes(data))


@pytest.mark.parametrize("fields", [
    {"display_name": 5}, {"display_name": None}, {"birth_date": "not a date"},
    {"birth_date": 1984}, {"nickname": "x"}, {"sort_key": "injected"},
    {"deleted_at": True}, {"status": ["detained"]}])
def test_wrong_json_types_are_refused_naming_the_field(fields):
    members = _members(_good())
    document = json.loads(members["records.json"])
    document["records"][0]["fields"].update(fields)
    members["records.json"] = json.dumps(document).encode()
    _refused(_rehashed(members), "0a1b2c3d")


@pytest.mark.parametrize("document", [[], {"records": {}}, {"records": [1]},
                                      {"records": [{"table": "person"}]},
                                      {"records": [{"table": "secrets", "uid": "u", "fields": {},
                                                    "history": {}}]}])
def test_wrong_record_shapes_are_refused(document):
    members = {**_members(_good()), "records.json": json.dumps(document).encode()}
    _refused(_rehashed(members))


def test_integer_fields_take_no_booleans():
    record = BundleRecord("sentence", "s-1", {"years": True}, {})
    data = bundle_file.to_bytes(Bundle("db", "now", 6, (record,)))
    _refused(data, "years")


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_get_past_the_checks(noise):
    with pytest.raises(BadBundle):
        bundle_file.from_bytes(noise)


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=0), st.integers(min_value=0, max_value=255))
def test_a_flipped_byte_is_refused_or_harmless(position, value):
    data = bytearray(_good())
    data[position % len(data)] = value
    try:
        bundle = bundle_file.from_bytes(bytes(data))
    except BadBundle:
        return
    assert bundle.records == (PERSON,)  # only a byte outside every member changed


def test_a_bundle_on_disk_reads_like_bytes(tmp_path: Path):
    path = tmp_path / "x.caseapp"
    path.write_bytes(_good())
    with path.open("rb") as stream:
        assert bundle_file.read(stream).records == (PERSON,)


def test_a_record_twice_is_refused():
    data = bundle_file.to_bytes(Bundle("db", "now", 6, (PERSON, PERSON)))
    _refused(data, "twice")
