"""Byte escapes of other formats than URLs (:mod:`.decoding` reads ``%XX``), decoded with fixed tables:

* **RTF hex escapes** (``M\\'fcller`` -> ``Müller``): ``\\'XX`` is one byte of the document's code page, Windows-1252
  (RTF writes other Unicode as ``\\uN``); every byte 0x80..0xFF of the code page is in the table, either hex case;
* **MIME encoded words** of e-mail headers (RFC 2047 ``Q``: ``=?UTF-8?Q?M=C3=BCller_GmbH?=``,
  ``=?ISO-8859-1?Q?Caf=E9?=``): inside the ``=?charset?Q?...?=`` wrapper ``_`` is a space and ``=XX`` a byte; UTF-8
  sequences of Latin-1, Latin Extended-A and typographic punctuation are decoded first, then single bytes as
  Windows-1252 (a superset of ISO-8859-1's printable bytes), then ASCII, ``=3D`` (``=``) last. A value without the
  wrapper is plain text and stays as written.

An escape the table leaves (a character beyond it, a broken sequence) makes the value null, never half-decoded (the
guard of :mod:`.decoding`). Proposed only when some example writes such an escape; checked on every example and
confirmed by the engine (DSL 1.4: ``regex_extract_all`` in the guard).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from core.mapping.synth.conversions import confirmed_proposals
from core.mapping.synth.decoding import OUT, PERCENT_CHARS, Fn, Proposal, _apply
from core.mapping.synth.models import Candidate

#: decoders of a whole format cost like the other table decoders
COST = 4.0
RTF_ESCAPE = r"\\'[0-9A-Fa-f]{2}"
Q_ESCAPE = "=[0-9A-F]{2}"
Q_WORD = r"^=\?[A-Za-z0-9_.:-]+\?[Qq]\?(.*)\?=$"
#: a value that does not start with ``=?``, in three patterns (no lookahead or alternation: the backends' regex
#: dialects differ there) and the values too short for either
PLAIN = (r"^([^=].*)$", r"^(=[^?].*)$")


def _byte(b: int) -> str | None:
    ch = bytes([b]).decode("cp1252", errors="ignore")
    return ch or None


def rtf_pairs() -> list[tuple[str, str]]:
    """``\\'xx`` -> its Windows-1252 character for every byte 0x80..0xFF the code page defines, either hex case."""
    out: list[tuple[str, str]] = []
    for b in range(0x80, 0x100):
        ch = _byte(b)
        if ch is not None:
            out += [(f"\\'{b:02x}", ch), (f"\\'{b:02X}", ch)]
    return list(dict(out).items())


def q_pairs() -> list[tuple[str, str]]:
    """The replacements of a ``Q`` encoded word's text, in order: UTF-8 sequences, single bytes, ASCII, ``=3D``."""
    pairs = [("_", " ")]
    pairs += [("".join(f"={b:02X}" for b in ch.encode("utf-8")), ch) for ch in PERCENT_CHARS]
    pairs += [(f"={b:02X}", ch) for b in range(0x80, 0x100) if (ch := _byte(b)) is not None]  # type: ignore[misc]
    pairs += [(f"={b:02X}", chr(b)) for b in range(0x20, 0x7F) if b != 0x3D]
    return [*pairs, ("=3D", "=")]


def _replaces(pairs: list[tuple[str, str]], col: str, out: str) -> list[dict[str, Any]]:
    return [{"op": "replace", "input": col if k == 0 else out, "output": out, "pattern": re.escape(a),
             "replacement": b} for k, (a, b) in enumerate(pairs)]


def _guard(col: str, escape: str) -> list[dict[str, Any]]:
    """Steps making ``col`` null when an escape is left in it (``concat`` with a null propagates)."""
    return [{"op": "regex_extract_all", "input": col, "output": "__rest", "pattern": escape},
            {"op": "map_dict", "input": "__rest", "output": "__rest", "mapping": {"": ""}},
            {"op": "concat", "inputs": [col, "__rest"], "output": col}]


def _guarded(pairs: list[tuple[str, str]], escape: str) -> Fn:
    head = _apply(pairs)

    def fn(v: str) -> str | None:
        w = head(v) or ""
        return None if re.search(escape, w) else w
    return fn


def _rtf(vals: list[str], col: str) -> Iterator[Proposal]:
    if not any(re.search(RTF_ESCAPE, v) for v in vals):
        return
    pairs = rtf_pairs()
    yield "rtf_unescape", [*_replaces(pairs, col, OUT), *_guard(OUT, RTF_ESCAPE)], COST, _guarded(pairs, RTF_ESCAPE)


def _q_word(vals: list[str], col: str) -> Iterator[Proposal]:
    if not any(re.match(Q_WORD, v) for v in vals):
        return
    pairs = q_pairs()
    inner = _guarded(pairs[:-1], Q_ESCAPE)
    steps: list[dict[str, Any]] = [
        {"op": "regex_extract", "input": col, "output": "__q", "pattern": Q_WORD, "group": 1},
        *_replaces(pairs[:-1], "__q", "__q"), *_guard("__q", Q_ESCAPE),
        {"op": "replace", "input": "__q", "output": "__q", "pattern": "=3D", "replacement": "="},
        # a value that is no encoded word is plain text (an encoded word left with an escape stays null)
        {"op": "regex_extract", "input": col, "output": "__plain", "pattern": PLAIN[0], "group": 1},
        {"op": "regex_extract", "input": col, "output": "__plain2", "pattern": PLAIN[1], "group": 1},
        {"op": "map_dict", "input": col, "output": "__short", "mapping": {"": "", "=": "="}},
        {"op": "coalesce", "inputs": ["__q", "__plain", "__plain2", "__short"], "output": OUT}]

    def fn(v: str) -> str | None:
        m = re.match(Q_WORD, v)
        if m is None:
            return None if v.startswith("=?") else v
        w = inner(m.group(1))
        return None if w is None else w.replace("=3D", "=")
    yield "mime_q_decode", steps, COST, fn


def _proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    yield from _rtf(vals, col)
    yield from _q_word(vals, col)


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed decoders of RTF hex escapes and MIME ``Q`` encoded words (DSL 1.4)."""
    return confirmed_proposals(rows, outs, names, types, _proposals, lambda steps: "1.4.0", skip_identity=True)
