"""Headers that are codes of a published standard (``assets_config/lexicons/coded_headers.tsv``).

Some tables are written in a standard's codes rather than words: CDISC SDTM variables (``RFICDTC``,
``DTHFL``, ``VSORRES``), HL7 v2 field positions (``PID-5`` patient name, ``OBX-6`` units; also ``PID.5``,
``PID-5.1``), the boxes of the EU Single Administrative Document and the customs forms that
follow its numbering (``гр.35``, ``Box 38``, ``Feld 47 B00``). No header similarity reads them, and
the same code means nothing in an ordinary table (``ARM``, ``SEX``, ``Box 6``). So a standard counts
for a table only when at least :data:`MIN_CODES` of its headers, and :data:`MIN_SHARE` of them, are
its codes; each such header then reads as the standard's words for it (:func:`coded_words`).

A standard with *markers* writes its codes as numbers after one of the marker words (``гр.22``,
``Box 22``), optionally followed by a sub-code (``гр.47 020``: box 47, tax type 020); the sub-code's
words are taken where the file lists them, else the box's (an unlisted sub-code only for box 47, whose
tax types are each country's own). Some marker words are ordinary words too (``Box 1``, ``Ruta 2``, ``Case 3``
number any form's fields): a table whose only markers are those counts as the standard's only when its box
numbers are no plain run 1..k and include one of the standard's defining boxes (33 commodity code, 35 gross
mass, 38 net mass, 47 taxes...).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from core.vocab.tokens import split_tokens

CODED = Path(__file__).resolve().parents[2] / "assets_config" / "lexicons" / "coded_headers.tsv"
#: headers of a table that must be codes of one standard for it to count
MIN_CODES = 3
#: ... and the share of the table's headers they must be
MIN_SHARE = 0.2
#: a code's alternative wordings, each a set of English header words
Wordings = tuple[frozenset[str], ...]
#: boxes whose sub-codes are open lists (box 47: the tax types of each country's tariff)
OPEN_SUBCODES = frozenset({"47"})
#: the words of a published label that name nothing (``Date/Time of Death``: date, time, death)
_FUNCTION_WORDS = frozenset({"of", "the", "and", "or", "for", "to", "at", "in", "per", "by", "from", "a", "an"})
#: a segment's field position (``PID-5``, ``PID.5``, ``PID_5``, ``PID 5``, ``PID-5.1``: HL7 v2), its components after
_FIELD = re.compile(r"^\s*([A-Za-z][A-Za-z0-9]{2})[\s._-]?(\d{1,3})((?:[.^_-]\d{1,3})*)\s*$")
_NUMBERED = re.compile(r"^\s*([^\W\d_]+)\.?\s*(\d{1,3})(?:[\s./-]+(.*?))?\s*$")


@dataclass
class Standard:
    """One standard's codes (upper-case keys) and its marker words (lower-case; empty: whole headers)."""

    codes: dict[str, Wordings] = field(default_factory=dict)
    markers: frozenset[str] = frozenset()
    #: marker words that are ordinary words too (``box``, ``case``): they need the standard's context
    generic: frozenset[str] = frozenset()
    #: box numbers only this standard's tables hold (a numbering with one of them is no ordinary 1..k)
    defining: frozenset[int] = frozenset()

    def read(self, header: str) -> Wordings | None:
        """The standard's words for ``header`` (None: not one of its codes)."""
        hit = self.parse(header)
        return hit[2] if hit else None

    def parse(self, header: str) -> tuple[str, int, Wordings] | None:
        """(marker word, box number, words) of a numbered header; ("", 0, words) of a whole-header code; None:
        not one of the standard's codes. A sub-code (a token with a digit after the box) is read where the file
        lists it; an unlisted one only for the boxes of :data:`OPEN_SUBCODES` (another box with an unknown
        sub-code is no box of this standard: ``Box 1 2``)."""
        if not self.markers:
            got = self.codes.get(header.strip().upper())
            field_pos = _FIELD.match(header) if got is None else None
            if field_pos:  # a segment's field position written another way: PID.5, PID_5, PID-5.1
                got = self._field(field_pos)
            return ("", 0, got) if got is not None else None
        m = _NUMBERED.match(header)
        if not m or m.group(1).casefold() not in self.markers:
            return None
        box, rest = m.group(2).lstrip("0") or "0", (m.group(3) or "").strip()
        sub = rest.split()[0].upper() if rest else ""
        if sub and f"{box} {sub}" in self.codes:
            return m.group(1).casefold(), int(box), self.codes[f"{box} {sub}"]
        if sub and any(ch.isdigit() for ch in sub) and box not in OPEN_SUBCODES:
            return None
        got = self.codes.get(box)
        return (m.group(1).casefold(), int(box), got) if got is not None else None

    def _field(self, field_pos: re.Match[str]) -> Wordings | None:
        """Words of a field position: a listed component's (``PID-5.1`` family name) where the position names one
        (further sub-components 1 only), the field's for the field itself or its component 1 (a field with one
        component), else none (``PID-5.2`` of a file that lists no components is no patient name)."""
        code = f"{field_pos.group(1).upper()}-{field_pos.group(2).lstrip('0') or '0'}"
        comps = [c.lstrip("0") or "0" for c in re.findall(r"\d{1,3}", field_pos.group(3))]
        if comps and all(c == "1" for c in comps[1:]) and f"{code}.{comps[0]}" in self.codes:
            return self.codes[f"{code}.{comps[0]}"]
        return self.codes.get(code) if all(c == "1" for c in comps) else None

    def in_context(self, hits: Sequence[tuple[str, int, Wordings]]) -> bool:
        """Whether a table's numbered hits are this standard's and not an ordinary numbering (``Box 1``,
        ``Box 2``, ``Box 3``): a marker only this standard uses, or box numbers other than a run 1..k that
        include one of the standard's defining boxes."""
        if not self.markers:
            return True
        if any(marker not in self.generic for marker, _, _ in hits):
            return True
        boxes = {box for _, box, _ in hits}
        run = boxes == set(range(1, len(boxes) + 1))
        return not run and bool(boxes & self.defining)

def load_standards(path: Path = CODED) -> dict[str, Standard]:
    """The standards of a coded-header file."""
    out: dict[str, Standard] = {}
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        if not line.strip() or line.startswith("#") or line.count("\t") < 2:
            continue
        name, code, words = (x.strip() for x in line.split("\t", 2))
        if name.startswith("@"):
            std = out.setdefault(name[1:], Standard())
            listed = frozenset(w.strip().casefold() for w in words.split(";") if w.strip())
            if code == "markers":
                std.markers = listed
            elif code == "generic":
                std.generic = listed
            elif code == "defining":
                std.defining = frozenset(int(w) for w in listed)
            continue
        out.setdefault(name, Standard()).codes[code.upper()] = tuple(
            frozenset(t for t in split_tokens(w) if t not in _FUNCTION_WORDS) for w in words.split(";") if w.strip())
    return out


@cache
def standards() -> dict[str, Standard]:
    """The shipped standards, loaded once."""
    return load_standards()


def coded_words(headers: Sequence[str], table: dict[str, Standard] | None = None) -> list[Wordings]:
    """Per header: the wordings of the standard whose codes the table's headers are (empty where none is, or
    the header is no code of it)."""
    out: list[Wordings] = [()] * len(headers)
    if not headers:
        return out
    for std in (table if table is not None else standards()).values():
        parsed = [std.parse(h) for h in headers]
        found = [p for p in parsed if p is not None]
        hits = len(found)
        if hits >= MIN_CODES and hits >= MIN_SHARE * len(headers) and std.in_context(found):
            out = [o + p[2] if p is not None else o for o, p in zip(out, parsed, strict=True)]
    return out


def coded_similarity(d_tok: Sequence[frozenset[str]], s_tok: Sequence[frozenset[str]], d_codes: Sequence[Wordings],
                     s_codes: Sequence[Wordings]) -> np.ndarray:
    """Target x source header similarity through coded headers: the best soft Dice of a coded header's wordings
    with the other side's header words (either side may be coded; 0 where neither is)."""
    from core.mapping.headers import soft_dice

    out = np.zeros((len(d_tok), len(s_tok)))
    s_alts = [(j, w) for j, ws in enumerate(s_codes) for w in ws]
    if s_alts and d_tok:
        m = soft_dice(list(d_tok), [w for _, w in s_alts])
        for k, (j, _) in enumerate(s_alts):
            out[:, j] = np.maximum(out[:, j], m[:, k])
    d_alts = [(i, w) for i, ws in enumerate(d_codes) for w in ws]
    if d_alts and s_tok:
        m = soft_dice([w for _, w in d_alts], list(s_tok))
        for k, (i, _) in enumerate(d_alts):
            out[i] = np.maximum(out[i], m[k])
    return out
