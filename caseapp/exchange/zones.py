# SPDX-License-Identifier: GPL-3.0-or-later
"""Time zones by IANA name, checked with the standard library only (light to import: the
settings check them at every start, long before any calendar is written)."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from caseapp.domain.errors import Invalid
from caseapp.i18n import _

DEFAULT_TIME_ZONE = "Asia/Almaty"


def time_zone(name: str) -> ZoneInfo:
    """The IANA time zone ``name`` ("Asia/Almaty"), or Invalid naming it."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise Invalid(_("Unknown time zone “{zone}” (use a name such as Asia/Almaty)").format(
            zone=name), field="time_zone") from None
