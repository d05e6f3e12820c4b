"""Fault points for the kill drills (§14 drills): ``MAPWRIGHT_FAULT_KILL=<point>:<n>``.

When the variable is set, the n-th time the process passes the named fault point it kills
itself with SIGKILL, exactly like an operator's ``kill -9`` or an OOM kill at that instant.
Unset (the default) a fault point costs one dictionary lookup.
"""

from __future__ import annotations

import os
import signal

_counts: dict[str, int] = {}


def point(name: str) -> None:
    """Pass the fault point ``name`` (kills the process if the drill asks for it here)."""
    spec = os.environ.get("MAPWRIGHT_FAULT_KILL")
    if not spec:
        return
    where, _, nth = spec.partition(":")
    if where != name:
        return
    _counts[name] = _counts.get(name, 0) + 1
    if _counts[name] == int(nth or "1"):
        os.kill(os.getpid(), signal.SIGKILL)
