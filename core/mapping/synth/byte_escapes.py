"""Byte escapes of other formats than URLs (:mod:`.decoding` reads ``%XX``), decoded with fixed tables:

* **RTF hex escapes** (``M\\'fcller`` -> ``Müller``): ``\\'XX`` is one byte of the document's code page, Windows-1252
  (RTF writes other Unicode as ``\\uN``); every byte 0x80..0xFF of the code page is in the table, either hex case;
* **MIME encoded words** of e-mail headers (RFC 2047 ``Q``: ``=?UTF-8?Q?M=C3=BCller_GmbH?=``,
  ``=?ISO-8859-1?Q?Caf=E9?=``): inside the ``=?charset?Q?...?=`` wrapper ``_`` is a space and ``=XX`` a byte; UTF-8
  sequences of Latin-1, Latin Extended-A and typographic punctuation in a ``UTF-8`` word, single bytes of
  Windows-1252 (a superset of ISO-8859-1's printable bytes) in an ``ISO-8859-1`` or ``Windows-1252`` word, then ASCII,
  ``=3D`` (``=``) last. A word of another charset is null; a value without the wrapper is plain text as written.

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



def _word(charset: str) -> str:
    """An encoded word of ``charset`` (its name in either case), its text as group 1."""
    name = "".join(f"[{c.upper()}{c.lower()}]" if c.isalpha() else re.escape(c) for c in charset)
    return rf"^=\?{name}\?[Qq]\?(.*)\?=$"


Q_WORDS = {c: _word(c) for c in ("utf-8", "iso-8859-1", "windows-1252")}
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


def q_pairs(utf8: bool) -> list[tuple[str, str]]:
    """The replacements of a ``Q`` encoded word's text, in order: ``_``, UTF-8 sequences (``utf8``) or single bytes of
    Windows-1252, ASCII, ``=3D`` last."""
    pairs = [("_", " ")]
    if utf8:
        pairs += [("".join(f"={b:02X}" for b in ch.encode("utf-8")), ch) for ch in PERCENT_CHARS]
    else:
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


def _decoded(src: str, out: str, pairs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    return [*_replaces(pairs[:-1], src, out), *_guard(out, Q_ESCAPE),
            {"op": "replace", "input": out, "output": out, "pattern": "=3D", "replacement": "="}]


def _q_word(vals: list[str], col: str) -> Iterator[Proposal]:
    if not any(re.match(word, v) for v in vals for word in Q_WORDS.values()):
        return
    utf8, single = _guarded(q_pairs(True)[:-1], Q_ESCAPE), _guarded(q_pairs(False)[:-1], Q_ESCAPE)
    steps: list[dict[str, Any]] = [
        {"op": "regex_extract", "input": col, "output": "__u", "pattern": Q_WORDS["utf-8"], "group": 1},
        *_decoded("__u", "__u", q_pairs(True)),
        {"op": "regex_extract", "input": col, "output": "__l1", "pattern": Q_WORDS["iso-8859-1"], "group": 1},
        {"op": "regex_extract", "input": col, "output": "__l2", "pattern": Q_WORDS["windows-1252"], "group": 1},
        {"op": "coalesce", "inputs": ["__l1", "__l2"], "output": "__l"},
        *_decoded("__l", "__l", q_pairs(False)),
        # a value that is no encoded word is plain text (an encoded word of another charset, or left with an
        # escape, stays null)
        {"op": "regex_extract", "input": col, "output": "__plain", "pattern": PLAIN[0], "group": 1},
        {"op": "regex_extract", "input": col, "output": "__plain2", "pattern": PLAIN[1], "group": 1},
        {"op": "map_dict", "input": col, "output": "__short", "mapping": {"": "", "=": "="}},
        {"op": "coalesce", "inputs": ["__u", "__l", "__plain", "__plain2", "__short"], "output": OUT}]

    def fn(v: str) -> str | None:
        for charset, word in Q_WORDS.items():
            m = re.match(word, v)
            if m is not None:
                w = (utf8 if charset == "utf-8" else single)(m.group(1))
                return None if w is None else w.replace("=3D", "=")
        return None if v.startswith("=?") else v
    yield "mime_q_decode", steps, COST, fn


def _proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    yield from _rtf(vals, col)
    yield from _q_word(vals, col)


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed decoders of RTF hex escapes and MIME ``Q`` encoded words (DSL 1.4)."""
    return confirmed_proposals(rows, outs, names, types, _proposals, lambda steps: "1.4.0", skip_identity=True)
