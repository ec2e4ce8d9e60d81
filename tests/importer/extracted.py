# SPDX-License-Identifier: GPL-3.0-or-later
"""What an extraction found, as the tests compare it: each entity's name and mention texts."""

from __future__ import annotations

from datetime import date

from caseapp.importer import extract


def mentions_by_name(text: str, kind: str, published: date = date(2024, 3, 5)
                     ) -> dict[str, list[str]]:
    """Name → mention texts of the persons or places (``kind``) extracted from ``text``."""
    entities = getattr(extract(text, published=published), kind)
    return {e.name: [m.text for m in e.mentions] for e in entities}
