# SPDX-License-Identifier: GPL-3.0-or-later
"""Files kept with the database (photos): copied into the attachments folder by content."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from caseapp.domain.errors import Invalid
from caseapp.i18n import _

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp")
MAX_IMAGE_BYTES = 20 * 1024 * 1024


def store_file(source: Path, folder: Path) -> Path:
    """Copy an image to ``folder/<sha256>.<ext>`` (once) and return the stored path."""
    if source.suffix.lower() not in IMAGE_SUFFIXES:
        raise Invalid(_("{path} is not a picture (use JPEG or PNG)").format(path=source),
                      field="photo")
    if source.stat().st_size > MAX_IMAGE_BYTES:
        raise Invalid(_("{path} is larger than 20 MB").format(path=source), field="photo")
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    target = folder / f"{digest}{source.suffix.lower()}"
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    return target
