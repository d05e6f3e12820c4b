"""Python mirrors of the DSL's string semantics, used to evaluate candidate atoms fast.

Every function here must give exactly what the compiled DSL op gives (ASCII-only case maps,
ASCII whitespace, null for an empty regex_extract); the synthesizer still re-checks its final
programs with :func:`dsl.execute.run_sample`, so a mismatch costs a candidate, never a wrong answer.
"""

from __future__ import annotations

import re
from functools import lru_cache

WS = " \t\n\r\x0b\x0c"
_WS_RUN = re.compile(r"[\t-\r ]+")
_WORD = re.compile(r"[0-9A-Za-z]+")
_UP = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LOW = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def upper(s: str) -> str:
    """ASCII upper case (DSL ``case upper``)."""
    return s.translate(_UP)


def lower(s: str) -> str:
    """ASCII lower case (DSL ``case lower``)."""
    return s.translate(_LOW)


def title(s: str) -> str:
    """DSL ``case title``: each run of [0-9A-Za-z] gets its first char upper, the rest lower."""
    return _WORD.sub(lambda m: upper(m.group(0)[0]) + lower(m.group(0)[1:]), s)


def trim(s: str) -> str:
    """DSL ``trim`` (both sides, ASCII whitespace)."""
    return s.strip(WS)


def collapse(s: str) -> str:
    """DSL ``collapse_whitespace``."""
    return _WS_RUN.sub(" ", s)


@lru_cache(maxsize=16384)
def compiled(pattern: str) -> re.Pattern[str]:
    """Python regex for a pattern written in the DSL flavor subset the synthesizer emits."""
    return re.compile(pattern)


def extract(s: str | None, pattern: str, group: int) -> str | None:
    """DSL ``regex_extract``: group of the first match; None if no match or empty."""
    if s is None:
        return None
    m = compiled(pattern).search(s)
    if m is None:
        return None
    v = m.group(group)
    return v or None


def replace(s: str | None, pattern: str, replacement: str) -> str | None:
    """DSL ``replace`` (literal replacement of every match)."""
    if s is None:
        return None
    return compiled(pattern).sub(lambda _m: replacement, s)


def pad(s: str | None, width: int, fill: str = "0") -> str | None:
    """DSL ``pad`` (left): never truncates."""
    if s is None:
        return None
    return s if len(s) >= width else fill * (width - len(s)) + s
