# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading pictures kept inside the database, and dropping those nobody uses any more."""

from __future__ import annotations

from caseapp.domain import records
from caseapp.store import rows
from caseapp.store.models import Attachment, Person


def by_sha256(sha256: str) -> records.Attachment | None:
    """The attachment with this content, in the trash or not."""
    pk = Attachment.select(Attachment.id).where(Attachment.sha256 == sha256).scalar()
    return rows.get(records.Attachment, pk) if pk is not None else None


def data(sha256: str) -> bytes | None:
    """The bytes of a live attachment, or None."""
    return Attachment.live(Attachment.data).where(Attachment.sha256 == sha256).scalar()


def unused() -> list[int]:
    """Attachments no person points to (after a purge)."""
    used = Person.select(Person.photo).where(Person.photo != "")
    return [pk for (pk,) in Attachment.select(Attachment.id)
            .where(Attachment.sha256.not_in(used)).tuples()]
