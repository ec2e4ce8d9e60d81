# SPDX-License-Identifier: GPL-3.0-or-later
"""Writing a report file so that nobody ever sees half of it, and no run leaves litter.

The report is written to a hidden temporary file beside the target (the same folder, so
the final rename is atomic), flushed to the disk and renamed over the target. A failed
or cancelled run removes its own temporary file. A run that was killed cannot, so every
run first removes the temporary files in its folder that no live run is writing: a
writer holds a lock on its file (POSIX ``flock``; on Windows a file another process has
open cannot be deleted at all), and a file nobody holds is a killed run's leftover.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

if sys.platform != "win32":
    import fcntl

#: Temporary names: ``.caseapp-<target name>.<random>.part``. The prefix keeps other
#: programs' ``.part`` files (downloads in progress) out of the clean-up.
PREFIX = ".caseapp-"
SUFFIX = ".part"


@contextmanager
def replacing(out: Path) -> Iterator[BinaryIO]:
    """A locked temporary file beside ``out``, renamed over ``out`` when the block ends
    normally and removed when it raises (cancelled, failed or interrupted)."""
    remove_leftovers(out.parent)
    handle, temporary = _locked_temporary(out)
    try:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())
        _rename_and_close(handle, temporary, out)
    except BaseException:
        handle.close()
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(out.parent)


def remove_leftovers(folder: Path) -> list[Path]:
    """Delete the temporary files of killed runs in ``folder``; returns what was deleted."""
    removed = []
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        if _abandoned(path):
            with suppress(OSError):  # gone already, or (Windows) its writer still has it open
                path.unlink()
                removed.append(path)
    return removed


def _abandoned(path: Path) -> bool:
    """True when no live process writes ``path`` (we could take its lock)."""
    try:
        with path.open("rb") as handle:
            return _try_lock(handle)
    except OSError:
        return False


def _locked_temporary(out: Path) -> tuple[BinaryIO, Path]:
    """A new temporary file, locked; made again if another run's clean-up removed it in
    the moment between its creation and the lock."""
    while True:
        descriptor, name = tempfile.mkstemp(prefix=f"{PREFIX}{out.name}.", suffix=SUFFIX,
                                            dir=out.parent)
        handle = os.fdopen(descriptor, "wb")
        if _try_lock(handle) and os.fstat(descriptor).st_nlink > 0:
            return handle, Path(name)
        handle.close()
        Path(name).unlink(missing_ok=True)


def _try_lock(handle: BinaryIO) -> bool:
    """Take the writer's lock on an open file without waiting; False when it is held."""
    if sys.platform == "win32":
        return True
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _rename_and_close(handle: BinaryIO, temporary: Path, out: Path) -> None:
    """POSIX renames while still holding the lock; Windows cannot rename an open file."""
    if sys.platform == "win32":
        handle.close()
        os.replace(temporary, out)
        return
    os.replace(temporary, out)
    handle.close()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if sys.platform == "win32":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
