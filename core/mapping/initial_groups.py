"""Initials inside names: a decompose candidate for a target whose examples are initials (``P``, ``Л``, ``ரா``)
from a source whose names carry one (``NGUYEN PHILIPPA G``, ``Jelle K. Dijkstra``, ``П.Оюунчимэг``,
``தா.ராஜா``), in any script.

Only a target that is a name's part takes one (:func:`name_part_target`: a name domain, or a header agreeing
with an initial or name word of the catalog's aliases): one-letter codes (a grade, a size, a sex, a section)
are among a name column's initials too, so the letters alone prove nothing.

An *initial* is one letter with its combining marks (a Tamil or Devanagari syllable is a consonant and its vowel
sign), optionally followed by a dot. A target whose examples are all initials (at least :data:`MIN_EXAMPLES`)
meets a source column of words with letters in which at least :data:`SHARE` of the values hold an initial
beside a longer word (:func:`initial_of`: a token on its own, or one closed by a dot) and whose longer words
vary like names (no word in :data:`NAME_VARIETY` of them: ``Zone A`` is a label and a letter), when the
examples' letters occur among the source's initials (:data:`FIT` of them, case-folded); scored :data:`BASE` +
:data:`GAIN` x the share of values holding an initial + :data:`HEADER_GAIN` x header similarity. Among several
name columns with initials the header, then the share, then the earlier column decides. Values are read in
memory only (data_mode). Strategy: :func:`initial_proposals` / :func:`initial_steps` (the dotted initial, else
the lone letter).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np

from core.mapping.side import MatchColumn, header_tokens
from core.mapping.strategies import Proposal
from core.mapping.target import TargetColumn
from core.vocab.models import DomainCatalog
from dsl.models import Pipeline

MIN_EXAMPLES = 1
SHARE = 0.25
FIT = 0.6
BASE = 0.35
GAIN = 0.3
HEADER_GAIN = 0.3
_SAMPLE = 500
#: in a column of names no longer word occurs in this share of the values (``Zone`` in ``Zone A`` does)
NAME_VARIETY = 0.3
_SPLIT = re.compile(r"[\s.]+")
#: the domains of a name's parts: a target of initials is one of them (a grade, a size, a sex is none)
NAME_DOMAINS = ("person.first_name", "person.middle_name", "person.last_name", "person.full_name")
#: header words of an initial besides the name domains' aliases
INITIAL_WORDS = frozenset({"initial", "initials", "init", "inits"})
#: header tokens shorter than this say nothing (``nm``, ``mi``)
MIN_TOKEN = 3
#: :func:`name_words` per catalog object (the catalog is kept with its words, so an id is never reused)
_WORDS: dict[int, tuple[DomainCatalog | None, frozenset[str]]] = {}
#: DSL patterns (portable flavor, read on the value padded with a space each side): a short token closed by a
#: dot, or a lone character between spaces (group 1)
DOTTED = r"[ .]([^ .0-9]{1,2})[.]"
LONE = r"[ ]([^ .0-9])[ ]"


def is_initial(token: str) -> bool:
    """One letter followed only by combining marks (``K``, ``Б``, ``ரா``, ``कि``)."""
    t = token.strip().rstrip(".")
    return (bool(t) and len(t) <= 3 and unicodedata.category(t[0]).startswith("L")
            and all(unicodedata.category(c).startswith("M") for c in t[1:]))


def initial_of(value: str) -> str | None:
    """The initial a name carries beside a longer word (None when it has none)."""
    tokens = [t for t in _SPLIT.split(value.strip()) if t]
    if len(tokens) < 2:
        return None
    inits = [t for t in tokens if is_initial(t)]
    if not inits or len(inits) == len(tokens) or not any(len(t) >= 2 and not is_initial(t) for t in tokens):
        return None
    return inits[0]


def _names(vals: Sequence[str]) -> bool:
    """The longer words vary like names (``Zone A``, ``Block B``: one label word and a letter are no names)."""
    words = Counter(t.casefold() for v in vals for t in _SPLIT.split(v) if len(t) >= 2 and not is_initial(t))
    return bool(words) and words.most_common(1)[0][1] < NAME_VARIETY * len(vals)


def _examples(d: MatchColumn) -> list[str] | None:
    ex = [v.strip().rstrip(".") for v in d.values or [] if v and v.strip()]
    if d.logical_type != "string" or len(ex) < MIN_EXAMPLES or d.allowed:
        return None
    return ex if all(is_initial(v) for v in ex) else None


def name_words(catalog: DomainCatalog | None) -> frozenset[str]:
    """Header words of a name's parts: :data:`INITIAL_WORDS` and the tokens of the name domains' aliases that no
    other domain's aliases hold (``customer``, ``card``, ``name`` name other things too)."""
    key = id(catalog)
    if key in _WORDS and _WORDS[key][0] is catalog:
        return _WORDS[key][1]
    own: set[str] = set()
    other: set[str] = set()
    for d in catalog.domains if catalog else []:
        toks = {t.casefold() for a in d.aliases for t in header_tokens(a) if len(t) >= MIN_TOKEN}
        (own if d.id in NAME_DOMAINS else other).update(toks)
    words = frozenset(INITIAL_WORDS | (own - other))
    _WORDS[key] = (catalog, words)
    return words


def name_part_target(d: MatchColumn, words: frozenset[str]) -> bool:
    """Whether a target is a name's part: its domain (declared or assigned) is a name domain, or a header token
    agrees with a word of ``words`` (equal, or one a prefix of the other of at least four letters)."""
    if d.domain in NAME_DOMAINS:
        return True
    toks = [t.casefold() for t in d.tokens if len(t) >= MIN_TOKEN]
    return any(t == w or (min(len(t), len(w)) >= 4 and (t.startswith(w) or w.startswith(t)))
               for t in toks for w in words)


def initial_target(examples: Sequence[str] | None) -> bool:
    """Whether a target's example values are all initials (at least :data:`MIN_EXAMPLES`)."""
    ex = [v.strip().rstrip(".") for v in examples or [] if v and v.strip()]
    return len(ex) >= MIN_EXAMPLES and all(is_initial(v) for v in ex)


def initial_decomposes(src: Sequence[MatchColumn], dst: Sequence[MatchColumn], header: np.ndarray,
                       catalog: DomainCatalog | None = None) -> dict[int, tuple[int, float]]:
    """Per target row (source index, score) of the module docstring (``header``: target x source similarity);
    only targets that are a name's part (:func:`name_part_target`; ``catalog``: its name domains' aliases)."""
    lettered = [(i, d, ex) for i, d in enumerate(dst) if (ex := _examples(d)) is not None]
    words = name_words(catalog) if lettered else INITIAL_WORDS
    targets = [(i, ex) for i, d, ex in lettered if name_part_target(d, words)]
    out: dict[int, tuple[int, float]] = {}
    if not targets:
        return out
    best_key: dict[int, tuple[float, float, int]] = {}
    for j, c in enumerate(src):
        if c.logical_type != "string" or not c.values:
            continue
        vals = [v for v in c.values[:_SAMPLE] if v and v.strip()]
        if len(vals) < 5 or sum(any(ch.isdigit() for ch in v) for v in vals) > 0.2 * len(vals):
            continue  # codes and addresses are no names
        found = [x for v in vals if (x := initial_of(v))]
        share = len(found) / len(vals)
        if share < SHARE or not _names(vals):
            continue
        letters = {x.casefold() for x in found}
        for i, ex in targets:
            fit = sum(e.casefold() in letters for e in ex) / len(ex)
            if fit < FIT:
                continue
            key = (round(float(header[i, j]), 2), round(share, 1), -j)
            if i in best_key and best_key[i] >= key:
                continue
            best_key[i] = key
            out[i] = (j, round(BASE + GAIN * share + HEADER_GAIN * float(header[i, j]), 4))
    return out


def initial_steps(inp: str, out: str) -> list[dict[str, Any]]:
    """DSL steps taking a name's initial: the first short token closed by a dot, else the first lone letter."""
    return [{"op": "template", "inputs": [inp], "output": "_ip", "template": " {0} "},
            {"op": "regex_extract", "input": "_ip", "output": "_i1", "pattern": DOTTED, "group": 1},
            {"op": "regex_extract", "input": "_ip", "output": "_i2", "pattern": LONE, "group": 1},
            {"op": "coalesce", "inputs": ["_i1", "_i2"], "output": out}]


def initial_proposals(target: TargetColumn, src: MatchColumn) -> list[Proposal]:
    """The initial of ``src``'s names for a string target, when its values carry initials (module docstring)."""
    vals = [v for v in (src.values or [])[:_SAMPLE] if v and v.strip()]
    if target.logical_type != "string" or src.logical_type != "string" or not vals:
        return []
    if sum(bool(initial_of(v)) for v in vals) < SHARE * len(vals):
        return []
    pipe = Pipeline.model_validate({"dsl_version": "1.5.0", "inputs": [src.name], "outputs": [target.name],
                                    "steps": initial_steps(src.name, target.name),
                                    "input_types": {src.name: src.logical_type}})
    return [Proposal(strategy="decompose", pipeline=pipe, rationale=f"the initial in {src.name}'s names")]
