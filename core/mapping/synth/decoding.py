"""Decoding text that an earlier system escaped or mis-decoded, with fixed tables (no parameter but what the
examples show):

* **quoted fields** (CSV, SQL literals): a value between two quotes loses them and a doubled quote inside becomes
  one (``"He said ""hi""\"`` -> ``He said "hi"``); an unquoted value stays as it is. DSL: ``regex_extract`` of the
  inside, ``replace`` of the doubled quote, ``coalesce`` with the value as written;
* **mojibake** (UTF-8 bytes read as Windows-1252): ``MÃ¼ller`` -> ``Müller``, for every character of Latin-1,
  Latin Extended-A and the usual typographic punctuation (``â€™`` -> ``’``), so characters the examples do not
  show are repaired too. DSL: one literal ``replace`` per character (longest sequences first);
* **percent-encoding** of forms and query strings (``application/x-www-form-urlencoded``): ``+`` is a space (when
  some example writes one; else a ``+`` stays, as in URL paths),
  ``%XX`` an ASCII character or, as UTF-8 sequences, a character of Latin-1 / Latin Extended-A (``%C3%BC`` ->
  ``ü``; 3-byte sequences of ``€`` and typographic punctuation); ``%25`` last, so ``%2541`` is ``%41``; either hex
  case. DSL: one literal ``replace`` per sequence; an escape left undecoded (a character beyond the table) makes
  the value null (``regex_extract_all`` of what is left, DSL 1.4), never half-decoded.

Each decoder has a Python mirror (the same replacements in the same order), is proposed only when some example
needs it, checked on every example and confirmed by the DSL engine.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from core.mapping.synth.conversions import confirmed_proposals
from core.mapping.synth.models import Candidate

Fn = Callable[[str], str | None]
Proposal = tuple[str, list[dict[str, Any]], float, Fn]
OUT = "out"
#: characters whose UTF-8 bytes, read as Windows-1252, are repaired: Latin-1 and Latin Extended-A letters and signs,
#: typographic punctuation
REPAIRED = [chr(c) for c in range(0xA0, 0x180)] + list("–—‘’‚“”„†‡•…‰‹›€™")
#: characters decoded from percent-encoded UTF-8 beyond ASCII (Latin-1, Latin Extended-A, typographic punctuation and
#: the euro sign); an escape still left after them gives null, never a half-decoded value
PERCENT_CHARS = [chr(c) for c in range(0xA0, 0x180)] + list("–—‘’‚“”„†‡•…‰‹›€™")
ESCAPE = "%[0-9A-Fa-f]{2}"


def _cp1252(ch: str) -> str:
    """``ch``'s UTF-8 bytes as Windows-1252 text (a byte Windows-1252 leaves undefined reads as Latin-1)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in ch.encode("utf-8"))


#: (mojibake, character), longest first, then by the sequence
MOJIBAKE = sorted(((_cp1252(ch), ch) for ch in REPAIRED), key=lambda p: (-len(p[0]), p[0]))


def _replaces(pairs: list[tuple[str, str]], col: str) -> list[dict[str, Any]]:
    return [{"op": "replace", "input": col if k == 0 else OUT, "output": OUT, "pattern": re.escape(a),
             "replacement": b} for k, (a, b) in enumerate(pairs)]


def _apply(pairs: list[tuple[str, str]]) -> Fn:
    def fn(v: str) -> str:
        for a, b in pairs:
            v = v.replace(a, b)
        return v
    return fn


def _quoted(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    for q in ('"', "'"):
        if not any(len(v) >= 2 and v[0] == q == v[-1] for v in vals):
            continue
        inside = f"^{q}(.*){q}$"
        steps: list[dict[str, Any]] = [  # temp names an input column cannot have (``i`` could be one)
            {"op": "regex_extract", "input": col, "output": "__unq", "pattern": inside, "group": 1},
            {"op": "replace", "input": "__unq", "output": "__unq", "pattern": q + q, "replacement": q},
            # an empty quoted field (the extract of nothing is null) is the empty string
            {"op": "map_dict", "input": col, "output": "__empty", "mapping": {q + q: ""}},
            {"op": "coalesce", "inputs": ["__unq", "__empty", col], "output": OUT}]

        def fn(v: str, q: str = q) -> str:
            if len(v) >= 2 and v[0] == q == v[-1]:
                return v[1:-1].replace(q + q, q)
            return v
        yield "unquote", steps, 3.0, fn


def _mojibake(vals: list[str], col: str) -> Iterator[Proposal]:
    used = [p for p in MOJIBAKE if any(p[0] in v for v in vals)]
    if used:
        yield "mojibake", _replaces(MOJIBAKE, col), 4.0, _apply(MOJIBAKE)


def percent_pairs(upper: bool, lower: bool, plus: bool = True) -> list[tuple[str, str]]:
    """The replacements of form decoding, in order: ``+`` (when ``plus``), UTF-8 sequences, ASCII, ``%25`` last."""
    def codes(ch: str) -> list[str]:
        hexes = ["".join(f"%{b:02X}" for b in ch.encode("utf-8"))] if upper else []
        return hexes + (["".join(f"%{b:02x}" for b in ch.encode("utf-8"))] if lower else [])
    pairs: list[tuple[str, str]] = [("+", " ")] if plus else []
    pairs += [(c, ch) for ch in PERCENT_CHARS for c in codes(ch)]
    pairs += [(c, chr(b)) for b in range(0x20, 0x7F) if b != 0x25 for c in codes(chr(b))]
    pairs += [("%25", "%")]
    seen: set[str] = set()
    return [p for p in pairs if not (p[0] in seen or seen.add(p[0]))]  # type: ignore[func-returns-value]


def _percent_fn(pairs: list[tuple[str, str]]) -> Fn:
    head = _apply(pairs[:-1])

    def fn(v: str) -> str | None:
        w = head(v) or ""
        return None if re.search(ESCAPE, w.replace("%25", "")) else w.replace("%25", "%")
    return fn


def _percent(vals: list[str], col: str) -> Iterator[Proposal]:
    if not any(re.search(ESCAPE, v) for v in vals):
        return
    pairs = percent_pairs(True, True, any("+" in v for v in vals))  # either hex case, whatever the examples write
    steps = _replaces(pairs[:-1], col)
    # the guard before ``%25`` is decoded: an escape no pair decoded (a character beyond the table, a broken UTF-8
    # sequence) makes the value null
    steps += [{"op": "replace", "input": OUT, "output": "__rest", "pattern": "%25", "replacement": ""},
              {"op": "regex_extract_all", "input": "__rest", "output": "__rest", "pattern": ESCAPE},
              {"op": "map_dict", "input": "__rest", "output": "__rest", "mapping": {"": ""}},
              {"op": "replace", "input": OUT, "output": OUT, "pattern": "%25", "replacement": "%"},
              {"op": "concat", "inputs": [OUT, "__rest"], "output": OUT}]
    yield "percent_decode", steps, 4.0, _percent_fn(pairs)


def _proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    yield from _quoted(vals, outs, col)
    yield from _mojibake(vals, col)
    yield from _percent(vals, col)


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed decoding programs (quoted fields, mojibake, percent-encoding), DSL 1.2."""
    return confirmed_proposals(rows, outs, names, types, _proposals,
                               lambda steps: "1.4.0" if steps[-1]["op"] == "concat" else "1.2.0", skip_identity=True)
