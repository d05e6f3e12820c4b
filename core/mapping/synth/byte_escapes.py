"""Byte escapes of other formats than URLs (:mod:`.decoding` reads ``%XX``), decoded with fixed tables:

* **RTF hex escapes** (``M\\'fcller`` -> ``Müller``): ``\\'XX`` is one byte of the document's code page, Windows-1252
  (the code page every example shows: the decoder is proposed only when the examples' ``\\'XX`` read as
  Windows-1252 give their outputs); every byte 0x80..0xFF of the code page is in the table, either hex case. A value
  declaring ``\\ansicpg1252`` loses the declaration; any other backslash left after the table (``\\uN?``, ``\\par``,
  ``\\\\``, a declaration of another code page ``\\ansicpg1251``) makes the value null, never passed through;
* **MIME encoded words** of e-mail headers (RFC 2047 ``Q``: ``=?UTF-8?Q?M=C3=BCller_GmbH?=``,
  ``=?ISO-8859-1?Q?Caf=E9?=``): a value that is one ``=?charset?Q?...?=`` word (its text holds no ``?``) is
  decoded: ``_`` is a space and ``=XX`` (either hex case) a byte; UTF-8 sequences of Latin-1, Latin Extended-A and
  typographic punctuation in a ``UTF-8`` word, single bytes of Windows-1252 (a superset of ISO-8859-1's printable
  bytes) in an ``ISO-8859-1`` or ``Windows-1252`` word, then ASCII, ``=3D`` (``=``) last (the guard skips it). A
  word of another charset, a value of several words or with text around a word (any ``=?`` not read as one
  word) is null; a value without ``=?`` is plain text as written.

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
#: what is left of RTF after the table that makes a value null: any backslash (``\uN``, ``\par``, ``\\``)
RTF_LEFT = r"\\"
#: the code page declaration of the table's own code page, dropped before the table (a control word's space with it)
RTF_CPG = r"\\ansicpg1252 ?"
Q_ESCAPE = "=[0-9A-Fa-f]{2}"
#: ``=`` written as an escape: decoded last, so the guard reads the value without it
Q_EQUALS = ("=3D", "=3d")


def _word(charset: str) -> str:
    """An encoded word of ``charset`` (its name in either case), its text (no ``?``: RFC 2047) as group 1."""
    name = "".join(f"[{c.upper()}{c.lower()}]" if c.isalpha() else re.escape(c) for c in charset)
    return rf"^=\?{name}\?[Qq]\?([^?]*)\?=$"


Q_WORDS = {c: _word(c) for c in ("utf-8", "iso-8859-1", "windows-1252")}
#: a value that does not start with ``=?``, in three patterns (no lookahead or alternation: the backends' regex
#: dialects differ there) and the values too short for either; a ``=?`` anywhere in it makes it null (the guard)
PLAIN = (r"^([^=].*)$", r"^(=[^?].*)$")
WORD_START = r"=\?"


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


def _cases(seq: bytes) -> list[str]:
    """``seq`` as ``=XX`` escapes in upper and in lower case hex (one when they are the same)."""
    upper = "".join(f"={b:02X}" for b in seq)
    return list(dict.fromkeys([upper, upper.lower()]))


def q_pairs(utf8: bool) -> list[tuple[str, str]]:
    """The replacements of a ``Q`` encoded word's text, in order: ``_``, UTF-8 sequences (``utf8``) or single bytes of
    Windows-1252, ASCII, each in either hex case, ``=3D`` last."""
    pairs = [("_", " ")]
    if utf8:
        pairs += [(c, ch) for ch in PERCENT_CHARS for c in _cases(ch.encode("utf-8"))]
    else:
        pairs += [(c, ch) for b in range(0x80, 0x100) if (ch := _byte(b)) is not None  # type: ignore[misc]
                  for c in _cases(bytes([b]))]
    pairs += [(c, chr(b)) for b in range(0x20, 0x7F) if b != 0x3D for c in _cases(bytes([b]))]
    return [*pairs, *((e, "=") for e in Q_EQUALS)]


def _replaces(pairs: list[tuple[str, str]], col: str, out: str) -> list[dict[str, Any]]:
    return [{"op": "replace", "input": col if k == 0 else out, "output": out, "pattern": re.escape(a),
             "replacement": b} for k, (a, b) in enumerate(pairs)]


def _guard(col: str, escape: str, src: str | None = None) -> list[dict[str, Any]]:
    """Steps making ``col`` null when ``escape`` is found in ``src`` (default ``col``; ``concat`` with a null
    propagates)."""
    return [{"op": "regex_extract_all", "input": src or col, "output": "__rest", "pattern": escape},
            {"op": "map_dict", "input": "__rest", "output": "__rest", "mapping": {"": ""}},
            {"op": "concat", "inputs": [col, "__rest"], "output": col}]


def _guarded(pairs: list[tuple[str, str]], escape: str, skip: tuple[str, ...] = ()) -> Fn:
    """Python mirror: the replacements, null when ``escape`` is left (``skip`` removed first)."""
    head = _apply(pairs)

    def fn(v: str) -> str | None:
        w = head(v) or ""
        rest = w
        for k in skip:
            rest = rest.replace(k, "")
        return None if re.search(escape, rest) else w
    return fn


def _rtf_fn(v: str) -> str | None:
    w = _apply(rtf_pairs())(re.sub(RTF_CPG, "", v)) or ""
    return None if "\\" in w else w


def _rtf(vals: list[str], col: str) -> Iterator[Proposal]:
    if not any(re.search(RTF_ESCAPE, v) for v in vals):
        return
    steps = [{"op": "replace", "input": col, "output": OUT, "pattern": RTF_CPG, "replacement": ""},
             *_replaces(rtf_pairs(), OUT, OUT), *_guard(OUT, RTF_LEFT)]
    yield "rtf_unescape", steps, COST, _rtf_fn


def _decoded(src: str, out: str, pairs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """The replacements but ``=3D``, the guard on the text without ``=3D``, then ``=3D``."""
    body = pairs[:-len(Q_EQUALS)]
    skip = [{"op": "replace", "input": "__noeq" if k else out, "output": "__noeq", "pattern": re.escape(e),
             "replacement": ""} for k, e in enumerate(Q_EQUALS)]
    return [*_replaces(body, src, out), *skip, *_guard(out, Q_ESCAPE, "__noeq"),
            *({"op": "replace", "input": out, "output": out, "pattern": re.escape(e), "replacement": "="}
              for e in Q_EQUALS)]


def _q_fn(v: str) -> str | None:
    for charset, word in Q_WORDS.items():
        m = re.match(word, v)
        if m is not None:
            w = _guarded(q_pairs(charset == "utf-8")[:-len(Q_EQUALS)], Q_ESCAPE, Q_EQUALS)(m.group(1))
            if w is None:
                return None
            for e in Q_EQUALS:
                w = w.replace(e, "=")
            return w
    return None if "=?" in v else v


def _q_word(vals: list[str], col: str) -> Iterator[Proposal]:
    if not any(re.match(word, v) for v in vals for word in Q_WORDS.values()):
        return
    steps: list[dict[str, Any]] = [
        {"op": "regex_extract", "input": col, "output": "__u", "pattern": Q_WORDS["utf-8"], "group": 1},
        *_decoded("__u", "__u", q_pairs(True)),
        {"op": "regex_extract", "input": col, "output": "__l1", "pattern": Q_WORDS["iso-8859-1"], "group": 1},
        {"op": "regex_extract", "input": col, "output": "__l2", "pattern": Q_WORDS["windows-1252"], "group": 1},
        {"op": "coalesce", "inputs": ["__l1", "__l2"], "output": "__l"},
        *_decoded("__l", "__l", q_pairs(False)),
        # a value that is no encoded word is plain text (an encoded word of another charset, or left with an
        # escape, stays null), unless it writes ``=?`` somewhere (several words, text around a word): null
        {"op": "regex_extract", "input": col, "output": "__plain", "pattern": PLAIN[0], "group": 1},
        {"op": "regex_extract", "input": col, "output": "__plain2", "pattern": PLAIN[1], "group": 1},
        {"op": "map_dict", "input": col, "output": "__short", "mapping": {"": "", "=": "="}},
        {"op": "coalesce", "inputs": ["__plain", "__plain2", "__short"], "output": "__p"},
        *_guard("__p", WORD_START),
        {"op": "coalesce", "inputs": ["__u", "__l", "__p"], "output": OUT}]
    yield "mime_q_decode", steps, COST, _q_fn


def _proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    yield from _rtf(vals, col)
    yield from _q_word(vals, col)


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed decoders of RTF hex escapes and MIME ``Q`` encoded words (DSL 1.4)."""
    return confirmed_proposals(rows, outs, names, types, _proposals, lambda steps: "1.4.0", skip_identity=True)
