"""Code parts by position: a decompose candidate for a target whose examples are characters ``i..i+L`` of a source's
codes.

Identifiers are built of fixed fields: a container number's owner prefix (``HLBU5131224`` -> ``HLBU``), a flight's
carrier (``AA 505`` -> ``AA``), a declaration number's customs office (``UA807000/2024/100004`` -> ``UA807000``), the
currency inside a SWIFT field (``240909EUR5795,89`` -> ``EUR``), a birth year inside a registration number
(``is2021237114`` -> ``2021``). No word of any language says so; the layout does. Each source value is read as its
letters and digits only, upper-cased (:func:`code_key`: ``OOLU 824363 7`` -> ``OOLU8243637``). A target without
allowed values whose examples (at least :data:`MIN_EXAMPLES`, from other records than the source's) all have one
*signature* (a letter or digit per character, 2-:data:`MAX_LEN` characters) fits a start position ``i`` of a source
when:

* :data:`LAYOUT_SHARE` of the source's keys have that signature at ``i`` (the field sits there in every code) and
  at most :data:`WHOLE_MAX` are that signature whole (a column of such values is the target's atomic feed);
* :data:`EXACT_MIN` of the distinct examples (and at least :data:`MIN_HITS`, for every signature) occur among the
  slices at ``i``, while those slices repeat across the sample (their distinct count at most :data:`REPEAT_MAX` of
  the sampled keys: owners, carriers, offices, currencies, years repeat, random digits of phone numbers do not) and
  are few against every string of that signature (at most :data:`CHANCE_MAX` of ``26^letters x 10^digits``), so
  that examples found there are no coincidence (two digits of an id hit any two-digit example).

The best position scores :data:`BASE` + :data:`GAIN` x exact share + :data:`HEADER_GAIN` x header similarity,
under the accept bar without header support (:mod:`core.mapping.unsupported`: a person confirms);
the assignment's decompose margin protects assignable atomic pairs, and the candidate is proposed only for a target
no other decompose mechanism found a part for (two code columns holding currencies at one position tie: the other
mechanisms tell them apart by their headers and parts). Dates, numbers with decimals, columns whose values are
mostly words and keys without digits (:data:`DIGIT_SHARE`) are no codes here (:mod:`core.mapping.date_parts`,
:mod:`core.mapping.number_parts`, the
part mechanisms). Values are read in memory only (data_mode).

Strategy (:func:`slice_proposals`): ``replace`` of every character but ASCII letters and digits by nothing, ``case``
upper, ``regex_extract`` of ``^.{i}(.{L})`` (group 1), a ``type_cast`` for a numeric target.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from core.mapping.features import magnitude
from core.mapping.side import MatchColumn
from core.mapping.strategies import Proposal
from core.mapping.target import TargetColumn
from core.mapping.unsupported import header_capped
from core.mapping.value_kinds import temporal_share
from dsl.models import Pipeline

MIN_EXAMPLES = 2
MAX_LEN = 10
LAYOUT_SHARE = 0.8
WHOLE_MAX = 0.2
EXACT_MIN = 0.5
CHANCE_MAX = 0.05
BASE = 0.35
GAIN = 0.3
HEADER_GAIN = 0.2
#: a source whose values are this share of words (a letter run of 4+ with a space) is text, not codes
TEXT_SHARE = 0.5
#: share of a code column's keys carrying a digit
DIGIT_SHARE = 0.8
#: distinct examples found among a position's slices at least, for every signature (one is a coincidence)
MIN_HITS = 2
#: a position's distinct slices at most this share of the sampled keys: a field repeats, random digits do not
REPEAT_MAX = 0.35
_SAMPLE = 500
_NOT_CODE = re.compile(r"[^0-9A-Za-z]")
NOT_CODE = "[^0-9A-Za-z]"
_WORDS = re.compile(r"[^\W\d_]{4,}\s+[^\W\d_]{2,}")
DSL_NEEDED = "1.5.0"


def code_key(value: str) -> str:
    """A code's letters and digits only, upper-cased (ASCII; other characters dropped)."""
    return _NOT_CODE.sub("", value).upper()


def signature(key: str) -> str:
    """``A`` per letter, ``9`` per digit (``HLBU`` -> ``AAAA``, ``2021`` -> ``9999``)."""
    return "".join("9" if c.isdigit() else "A" for c in key)


def _example_signature(d: MatchColumn) -> tuple[str, set[str]] | None:
    """(signature, distinct keys) of a target's examples when they share one signature."""
    if d.allowed or d.logical_type not in ("string", "int"):
        return None
    ex = [code_key(v) for v in d.values or [] if v and v.strip()]
    if len(ex) < MIN_EXAMPLES or any(len(k) != len(v.strip()) for k, v in zip(ex, [v for v in d.values or []
                                                                                   if v and v.strip()],
                                                                              strict=True)):
        return None  # an example with other characters is no field of a code (``9061-103``)
    sigs = {signature(k) for k in ex}
    if len(sigs) != 1:
        return None
    sig = sigs.pop()
    if not 2 <= len(sig) <= MAX_LEN:
        return None
    return sig, set(ex)


def _codes(c: MatchColumn) -> list[str] | None:
    """A source column's keys when it reads as codes (module docstring), else None."""
    if c.logical_type != "string" or not c.values:
        return None
    vals = [v.strip() for v in c.values[:_SAMPLE] if v and v.strip()]
    if len(vals) < 5 or (temporal_share(vals) or 0.0) >= 0.5 or magnitude(vals) is not None:
        return None
    if sum(bool(_WORDS.search(v)) for v in vals) >= TEXT_SHARE * len(vals):
        return None
    keys = [code_key(v) for v in vals]
    if sum(any(ch.isdigit() for ch in k) for k in keys) < DIGIT_SHARE * len(keys):
        return None  # words (colours, names) are no codes: a code carries digits
    return keys


class CodeKeys:
    """A source's keys with their signatures, computed once, and the candidate positions per signature (cached)."""

    def __init__(self, keys: Sequence[str]) -> None:
        self.keys = list(keys)
        self.sigs = [signature(k) for k in self.keys]
        self.whole = Counter(self.sigs)
        self.width = max((len(k) for k in self.keys), default=0)
        self._positions: dict[str, list[tuple[int, Counter[str]]]] = {}

    def positions(self, sig: str) -> list[tuple[int, Counter[str]]]:
        """(start, slice counter) of every position where ``sig`` is a field (layout, repeats, chance guard)."""
        if sig in self._positions:
            return self._positions[sig]
        n, length = len(self.keys), len(sig)
        out: list[tuple[int, Counter[str]]] = []
        space = float(26 ** sig.count("A") * 10 ** sig.count("9"))
        if self.whole[sig] <= WHOLE_MAX * n:
            for i in range(0, self.width - length + 1):
                if sum(s[i:i + length] == sig for s in self.sigs) < LAYOUT_SHARE * n:
                    continue
                distinct = Counter(k[i:i + length] for k in self.keys if len(k) >= i + length)
                # a field repeats across the sample (owners, offices, currencies, years); random digits do not
                if len(distinct) > CHANCE_MAX * space or len(distinct) > REPEAT_MAX * n:
                    continue
                out.append((i, distinct))
        self._positions[sig] = out
        return out


_CACHE: dict[tuple[str, ...], CodeKeys | None] = {}


def code_keys(c: MatchColumn) -> CodeKeys | None:
    """A source's :class:`CodeKeys` when it reads as codes, cached per sample (repeated matches, eval sweeps)."""
    key = (c.logical_type, *(c.values or [])[:_SAMPLE])
    if key not in _CACHE:
        if len(_CACHE) > 512:
            _CACHE.clear()
        keys = _codes(c)
        _CACHE[key] = None if keys is None else CodeKeys(keys)
    return _CACHE[key]


def best_slice(sig: str, examples: set[str], keys: Sequence[str] | CodeKeys) -> tuple[int, float] | None:
    """(start, exact share) of the position where the examples read as a field of ``keys`` (module docstring)."""
    ck = keys if isinstance(keys, CodeKeys) else CodeKeys(keys)
    best: tuple[int, float] | None = None
    for i, distinct in ck.positions(sig):
        hits = sum(e in distinct for e in examples)
        exact = hits / len(examples)
        if hits >= MIN_HITS and exact >= EXACT_MIN and (best is None or exact > best[1]):
            best = (i, round(exact, 4))
    return best


def slice_score(exact: float, header: float) -> float:
    """The candidate's score; without header support it stays under the accept bar (a person confirms)."""
    sc = round(BASE + GAIN * exact + HEADER_GAIN * header, 4)
    return header_capped(sc, header)


def slice_decomposes(src: Sequence[MatchColumn], dst: Sequence[MatchColumn],
                     header: np.ndarray) -> dict[int, tuple[int, float]]:
    """Per target row (source index, score) of the module docstring (``header``: target x source similarity)."""
    targets = [(i, t) for i, d in enumerate(dst) if (t := _example_signature(d)) is not None]
    out: dict[int, tuple[int, float]] = {}
    if not targets:
        return out
    for j, c in enumerate(src):
        ck = code_keys(c)
        if ck is None:
            continue
        for i, (sig, ex) in targets:
            found = best_slice(sig, ex, ck)
            if found is None:
                continue
            sc = slice_score(found[1], float(np.nan_to_num(header[i, j])))
            if i not in out or sc > out[i][1]:
                out[i] = (j, sc)
    return out


def slice_steps(inp: str, out: str, start: int, length: int, numeric: bool) -> list[dict[str, object]]:
    """DSL steps taking characters ``start..start+length`` of ``inp``'s letters and digits (upper-cased)."""
    steps: list[dict[str, object]] = [
        {"op": "replace", "input": inp, "output": "_cs", "pattern": NOT_CODE, "replacement": ""},
        {"op": "case", "input": "_cs", "output": "_cs", "mode": "upper"},
        {"op": "regex_extract", "input": "_cs", "output": out if not numeric else "_cs",
         "pattern": f"^.{{{start}}}(.{{{length}}})" if start else f"^(.{{{length}}})", "group": 1}]
    if numeric:
        steps.append({"op": "type_cast", "input": "_cs", "output": out, "to": "int"})
    return steps


def slice_proposals(target: TargetColumn, src: MatchColumn, examples: Sequence[str] | None) -> list[Proposal]:
    """The slice the target's examples read as in ``src``'s codes, as a proposal (none when no slice fits)."""
    probe = MatchColumn(table="", name=target.name, original_name=target.name, logical_type=target.logical_type,
                        values=[str(v) for v in examples or [] if v is not None],
                        allowed=target.constraints.allowed_values)
    found_sig = _example_signature(probe)
    keys = _codes(src)
    if found_sig is None or keys is None:
        return []
    sig, ex = found_sig
    found = best_slice(sig, ex, CodeKeys(keys))
    if found is None:
        return []
    pipe = Pipeline.model_validate({
        "dsl_version": DSL_NEEDED, "inputs": [src.name], "outputs": [target.name],
        "steps": slice_steps(src.name, target.name, found[0], len(sig), target.logical_type == "int"),
        "input_types": {src.name: src.logical_type}})
    return [Proposal(strategy="decompose", pipeline=pipe, rationale=(
        f"characters {found[0] + 1}-{found[0] + len(sig)} of {src.name}'s codes (letters and digits only)"))]
