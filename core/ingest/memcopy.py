"""Working copies of source files held in memory, never on a filesystem (privacy at rest, §0 / issue 11).

A gzip'd, non-UTF-8 or lone-CR text file is read through a plain UTF-8 working copy (Polars scans a
file lazily and memory-maps it). Such a copy holds every value of the source in clear, so it is an
anonymous memory file (Linux ``memfd_create``): it has no name in any folder, is readable only by
this process through ``/proc/self/fd/<n>``, and disappears when closed (or when the process ends,
even on a kill -9). Its size is the decoded file's; the pages are the kernel's shared memory, not a
file at rest. A platform without anonymous memory files gets a clear error instead of a copy in a
temporary folder.
"""

from __future__ import annotations

import os
import weakref
from pathlib import Path

from core.errors import DeterministicFailure

__all__ = ["WorkingCopies"]


def _close_all(fds: dict[str, int]) -> None:
    for fd in fds.values():
        try:
            os.close(fd)
        except OSError:
            pass
    fds.clear()


class WorkingCopies:
    """The in-memory working copies of one reader (a file source, an analysis stream), closed together."""

    def __init__(self) -> None:
        self._fds: dict[str, int] = {}
        # a reader dropped without close() still frees its copies
        self._finalizer = weakref.finalize(self, _close_all, self._fds)

    def get(self, name: str) -> Path | None:
        """The path of the finished copy ``name`` (None when there is none)."""
        fd = self._fds.get(name)
        return None if fd is None else Path(f"/proc/self/fd/{fd}")

    def create(self, name: str) -> Path:
        """A new, empty memory file for copy ``name`` (replacing an earlier one of that name); write it by path."""
        create = getattr(os, "memfd_create", None)
        if create is None:
            raise DeterministicFailure(
                "this platform cannot hold a working copy in memory (no memfd_create), and mapwright never writes a "
                "decoded copy of a source to disk; give the file as plain UTF-8 CSV (not gzip'd) or as Parquet",
                file=name)
        self.discard(name)
        fd = create(f"mapwright-{name}", getattr(os, "MFD_CLOEXEC", 0))
        self._fds[name] = fd
        return Path(f"/proc/self/fd/{fd}")

    def discard(self, name: str) -> None:
        """Free copy ``name`` (a copy whose writing failed)."""
        fd = self._fds.pop(name, None)
        if fd is not None:
            os.close(fd)

    def close(self) -> None:
        """Free every copy."""
        _close_all(self._fds)

    def __enter__(self) -> WorkingCopies:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
