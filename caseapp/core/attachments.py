# SPDX-License-Identifier: GPL-3.0-or-later
"""Pictures kept inside the database (photos), named by the SHA-256 of their bytes.

Inside the database they are encrypted with an encrypted file, copied with every
backup and removed by a purge; nothing is left in a folder beside the file.
"""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp.domain import records
from caseapp.domain.errors import Invalid
from caseapp.i18n import _
from caseapp.store import attachments as attachment_store

if TYPE_CHECKING:
    from caseapp.core.journal import Journal

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp")
MAX_IMAGE_BYTES = 20 * 1024 * 1024


def read_picture(source: Path) -> records.Attachment:
    """The picture at ``source`` as an (unsaved) Attachment; Invalid for anything else."""
    if not source.is_file():
        raise Invalid(_("{path} does not exist").format(path=source), field="photo")
    if source.suffix.lower() not in IMAGE_SUFFIXES:
        raise Invalid(_("{path} is not a picture (use JPEG or PNG)").format(path=source),
                      field="photo")
    if source.stat().st_size > MAX_IMAGE_BYTES:
        raise Invalid(_("{path} is larger than 20 MB").format(path=source), field="photo")
    try:
        data = source.read_bytes()
    except OSError as error:
        raise Invalid(_("{path} cannot be read: {reason}").format(
            path=source, reason=error.strerror or error), field="photo") from error
    media_type = mimetypes.guess_type(source.name)[0] or ""
    return records.Attachment(sha256=hashlib.sha256(data).hexdigest(), media_type=media_type,
                              data=data)


def keep(journal: Journal, picture: records.Attachment | None) -> str:
    """Store ``picture`` inside the command (once per content); returns its name or ""."""
    if picture is None:
        return ""
    existing = attachment_store.by_sha256(picture.sha256)
    if existing is None:
        journal.insert(picture)
    elif existing.deleted_at is not None:
        journal.set_deleted("attachment", existing.pk, False)
    return picture.sha256
