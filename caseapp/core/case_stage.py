# SPDX-License-Identifier: GPL-3.0-or-later
"""The stage a report gives a case: its stored status, moved on by what happened since.

An import creates a case "under investigation" and then records a sentence; nobody
edits the case's status, and a dossier would print "investigation" for a person serving
seven years. The stage follows the latest event already past: a hearing puts a case at
trial (an appeal or cassation hearing at appeal), a sentence makes it sentenced. A status
a volunteer moved further on, or a case closed or ended in acquittal, stays as it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from caseapp.domain import records

#: How far on each stage is; a closed or acquitted case never moves.
_ORDER = {"investigation": 0, "trial": 1, "sentenced": 2, "appeal": 3}
_FINAL = frozenset({"closed", "acquitted"})
_HEARING_STAGE = {"appeal": "appeal", "cassation": "appeal", "preliminary": "trial",
                  "trial": "trial", "verdict": "trial"}


def case_stage(case: records.Case, hearings: Iterable[records.Hearing],
               sentences: Iterable[records.Sentence], today: date) -> str:
    """The case's status, or the stage of its latest past event when that is further on."""
    if case.status in _FINAL:
        return case.status
    events = [(h.date, _HEARING_STAGE[h.kind]) for h in hearings
              if h.case_id == case.id and h.date and h.date <= today and h.kind in _HEARING_STAGE]
    events += [(s.date, "sentenced") for s in sentences
               if s.case_id == case.id and s.date and s.date <= today]
    if not events:
        return case.status
    latest = max(events, key=lambda event: (event[0], _ORDER[event[1]]))[1]
    return latest if _ORDER[latest] > _ORDER.get(case.status, 0) else case.status
