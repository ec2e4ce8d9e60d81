# SPDX-License-Identifier: GPL-3.0-or-later
"""Writing an exported file where the volunteer chose, whole or not at all.

The bytes go to a hidden temporary file beside the target, are fsynced and then take
its name, so a crash or a full disk never leaves half a calendar, sheet or bundle under
the name a colleague will open. The folder itself is left as it is (no permission
change: it is the volunteer's Desktop or a USB stick, not caseapp's data folder).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_file(out: Path, data: bytes) -> Path:
    out = Path(out)
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return out
