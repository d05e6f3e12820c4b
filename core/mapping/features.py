"""Pairwise evidence between a target column and a source column (or group).

Every component is in [0, 1] or ``None`` when it cannot be judged (no domain, no values):

* ``domain``: source assignment vs target domain (same 1.0; the target domain among the source's
  candidates: its score; same family 0.35);
* ``header``: best of token overlap (abbreviations expanded, variants of the domaining
  tokenizer), the target domain's catalog aliases, and character n-gram cosine;
* ``values`` (data_mode, target examples): overlap of value shapes and of value sets;
* ``type``: logical type compatibility.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

import numpy as np
from pydantic import BaseModel, Field
from scipy.sparse import csr_matrix

from core.mapping.date_grain import grain_matrix
from core.mapping.side import MatchColumn
from core.mapping.text_numbers import text_number_matrix
from core.mapping.time_groups import CLOCK_PENALTY, clock_matrix
from core.mapping.translit import romanized
from core.mapping.types import type_compat
from core.mapping.value_kinds import BOTH_TEMPORAL, ERA_PENALTY, MIXED_CAP, era_matrix, kind_matrix

WEIGHTS = {"domain": 0.40, "header": 0.40, "values": 0.20, "type": 0.08}
_DIGIT = re.compile(r"[0-9]+")
_UPPER = re.compile(r"[A-Z]+")
_LOWER = re.compile(r"[a-z]+")


class Evidence(BaseModel):
    """Components of one candidate's score."""

    domain: float | None = None
    header: float | None = None
    values: float | None = None
    type: float | None = None
    notes: list[str] = Field(default_factory=list)

    def score(self) -> float:
        """Weighted mean of the available components."""
        parts = [(WEIGHTS[k], v) for k, v in (("domain", self.domain), ("header", self.header),
                                                ("values", self.values), ("type", self.type)) if v is not None]
        total = sum(w for w, _ in parts)
        return round(sum(w * v for w, v in parts) / total, 4) if total else 0.0


def shape(value: str) -> str:
    """Masked shape of a value: digit runs -> 9, letter runs -> A/a (no raw content)."""
    s = _DIGIT.sub("9", value.strip())
    return _LOWER.sub("a", _UPPER.sub("A", s))[:24]


def shapes(values: Sequence[str]) -> Counter[str]:
    """Shape histogram of values."""
    return Counter(shape(v) for v in values)


def value_similarity(src: Sequence[str], dst: Sequence[str]) -> float:
    """Shape overlap (histogram intersection) and value-set overlap (case-folded)."""
    if not src or not dst:
        return 0.0
    a, b = shapes(src), shapes(dst)
    na, nb = sum(a.values()), sum(b.values())
    shape_sim = sum(min(a[k] / na, b[k] / nb) for k in a.keys() & b.keys())
    sa = {v.strip().casefold() for v in src}
    sb = {v.strip().casefold() for v in dst}
    set_sim = len(sa & sb) / min(len(sa), len(sb))
    return round(max(shape_sim, set_sim), 4)


_NUMBER = re.compile(r"^\s*[^\d\-+]{0,4}?\s*([-+]?\d[\d\s.,']*)\s*(%|[^\d\s][^\d]{0,5})?\s*$")
#: a number's digits: thousands groups of 3 after one separator kind, at most one decimal separator
_GROUPED = re.compile(r"^[-+]?(?:\d+|\d{1,3}(?:([.,' ])\d{3})(?:\1\d{3})*)(?:[.,]\d+)?$|^[-+]?\d*[.,]\d+$")
#: share of values that must read as numbers for a column to count as numeric
NUMERIC_SHARE = 0.8
#: log10 distance of the medians at which numeric similarity reaches 0 (a factor of ~30)
MAGNITUDE_SPAN = 1.5


def parse_number(value: str) -> float | None:
    """A number written with currency/unit symbols, thousands separators, decimal comma or point, or a
    percent sign (``19 %`` -> 0.19); None when the value is not one number (dates, codes, text)."""
    m = _NUMBER.match(value)
    if not m:
        return None
    t = m.group(1).replace(" ", "").replace("'", "").rstrip(".,")
    if "," in t and "." in t:
        dec = "," if t.rfind(",") > t.rfind(".") else "."
        t = t.replace("." if dec == "," else ",", "").replace(",", ".")
    elif "," in t:
        t = t.replace(",", ".") if t.count(",") == 1 and len(t) - t.rfind(",") - 1 <= 2 else t.replace(",", "")
    elif t.count(".") > 1:
        t = t.replace(".", "")
    if not _GROUPED.match(m.group(1).strip().rstrip(".,")):
        return None  # separators that do not group thousands: a date (11.04.2024) or a code
    try:
        x = float(t)
    except ValueError:
        return None
    return x / 100 if (m.group(2) or "").strip() == "%" else x


#: agreement kept when a whole-number column matches a decimal one only as minor units (/ 100)
IMPLIED_SHARE = 0.9
_WHOLE = re.compile(r"^[0-9]+[{}A-R]?$")
#: COBOL zoned-decimal overpunch: the last digit and the sign in one letter (``{``/``A``-``I`` positive,
#: ``}``/``J``-``R`` negative)
_OVERPUNCH = {**{ch: (str(k), 1) for k, ch in enumerate("{ABCDEFGHI")},
              **{ch: (str(k), -1) for k, ch in enumerate("}JKLMNOPQR")}}


def overpunch(value: str) -> float | None:
    """A zoned-decimal number with an overpunched sign (``0001591005H`` = 15910058, ``76N`` = -765)."""
    v = value.strip()
    if len(v) < 2 or not v[:-1].isdigit() or v[-1] not in _OVERPUNCH:
        return None
    digit, sign = _OVERPUNCH[v[-1]]
    return sign * float(v[:-1] + digit)


def _number(value: str) -> float | None:
    """A zoned decimal (:func:`overpunch`: its sign letter is no unit), else :func:`parse_number`."""
    x = overpunch(value)
    return parse_number(value) if x is None else x


def implied_decimals(values: Sequence[str]) -> bool:
    """Whether a column holds only whole numbers of 3+ digits (zoned decimals included): amounts that may
    be written in minor units."""
    vals = [v.strip() for v in values[:200] if v.strip()]
    return bool(vals) and all(_WHOLE.match(v) for v in vals) and sum(len(v) >= 3 for v in vals) >= 0.8 * len(vals)


def magnitude(values: Sequence[str]) -> float | None:
    """Median log10 magnitude of a column's non-zero numbers (None when under :data:`NUMERIC_SHARE` are
    numbers, or all are zero: zeros say nothing about the scale)."""
    nums = [x for v in values[:200] if (x := _number(v)) is not None]
    if not values or len(nums) < NUMERIC_SHARE * min(len(values), 200):
        return None
    nonzero = np.abs(np.array([x for x in nums if x != 0.0]))
    if not nonzero.size:  # all zeros (a discount column of 0.00 examples): no magnitude to compare
        return None
    return float(np.median(np.log10(nonzero)))


def _vocab_matrix(docs: list[dict[str, float]], vocab: dict[str, int]) -> csr_matrix:
    rows, cols, vals = [], [], []
    for i, d in enumerate(docs):
        for k, v in d.items():
            rows.append(i)
            cols.append(vocab.setdefault(k, len(vocab)))
            vals.append(v)
    return csr_matrix((vals, (rows, cols)), shape=(len(docs), max(len(vocab), 1)))


def value_matrix(src: Sequence[MatchColumn], dst: Sequence[MatchColumn]) -> np.ndarray:
    """:func:`value_similarity` for every (target, source) pair at once (NaN where either side has
    no values): shape-histogram intersection and value-set overlap via sparse products."""
    out = np.full((len(dst), len(src)), np.nan)
    si = [j for j, c in enumerate(src) if c.values]
    di = [i for i, c in enumerate(dst) if c.values]
    if not si or not di:
        return out
    def hist(c: MatchColumn) -> dict[str, float]:
        h = shapes(c.values or [])
        n = sum(h.values())
        return {k: v / n for k, v in h.items()}
    def vset(c: MatchColumn) -> dict[str, float]:  # Greek/Cyrillic values also in Latin (core.mapping.translit)
        out = {v.strip().casefold(): 1.0 for v in c.values or []}
        out.update({r: 1.0 for v in list(out) if (r := romanized(v))})
        return out
    sv: dict[str, int] = {}
    hs, hd = _vocab_matrix([hist(src[j]) for j in si], sv), _vocab_matrix([hist(dst[i]) for i in di], sv)
    hs.resize((len(si), len(sv)))
    hd.resize((len(di), len(sv)))
    a, b = hd.toarray(), hs.toarray()
    shape_sim = np.zeros((len(di), len(si)))
    step = max(1, 4_000_000 // max(1, len(si) * a.shape[1]))
    for k in range(0, len(di), step):  # bounded memory: chunks of targets
        shape_sim[k:k + step] = np.minimum(a[k:k + step, None, :], b[None, :, :]).sum(axis=2)
    vv: dict[str, int] = {}
    vs, vd = _vocab_matrix([vset(src[j]) for j in si], vv), _vocab_matrix([vset(dst[i]) for i in di], vv)
    vs.resize((len(si), len(vv)))
    vd.resize((len(di), len(vv)))
    inter = (vd @ vs.T).toarray()
    smaller = np.minimum(np.asarray(vd.sum(axis=1)).ravel()[:, None], np.asarray(vs.sum(axis=1)).ravel()[None, :])
    set_sim = np.divide(inter, smaller, out=np.zeros_like(inter), where=smaller > 0)
    both = np.maximum(shape_sim, set_sim)
    # numbers: the shapes of 0.19 and 4.162 agree, their magnitudes do not; 19 % and 0.19 do
    ms = np.array([np.nan if (m := magnitude(src[j].values or [])) is None else m for j in si])
    md = np.array([np.nan if (m := magnitude(dst[i].values or [])) is None else m for i in di])
    num = np.clip(1.0 - np.abs(md[:, None] - ms[None, :]) / MAGNITUDE_SPAN, 0.0, 1.0)
    # whole numbers in minor units (implied decimals: cents, COBOL amounts ``46810000`` = 468100.00)
    minor = np.array([implied_decimals(src[j].values or []) for j in si], dtype=bool)
    dec = np.array([dst[i].logical_type in ("decimal", "float") for i in di], dtype=bool)
    shifted = np.clip(1.0 - np.abs(md[:, None] - (ms[None, :] - 2)) / MAGNITUDE_SPAN, 0.0, 1.0)
    num = np.where(dec[:, None] & minor[None, :], np.maximum(num, IMPLIED_SHARE * shifted), num)
    numeric = ~np.isnan(num)
    both = np.where(numeric, np.maximum(set_sim, 0.3 * shape_sim + 0.7 * np.nan_to_num(num)), both)
    out[np.ix_(di, si)] = both
    numbers = np.zeros(out.shape, dtype=bool)
    numbers[np.ix_(di, si)] = numeric
    out = _formatting_free(out, src, dst, numbers)
    text = text_number_matrix(src, dst, [_example_numbers(d) for d in dst])  # ``Sales @ 18%`` for a rate of 0.18
    out = np.where(~np.isnan(text) & ~np.isnan(out), np.maximum(out, np.nan_to_num(text)), out)
    agree, disagree = kind_matrix(src, dst)  # dates read through their formats (core.mapping.value_kinds)
    judged = ~np.isnan(out)
    era = era_matrix(src, dst)  # dates decades apart (a birth date, a sign-up date) agree less
    era_factor = 1.0 - ERA_PENALTY * (1.0 - np.nan_to_num(era, nan=1.0))
    era_factor *= 1.0 - CLOCK_PENALTY * (1.0 - np.nan_to_num(clock_matrix(src, dst), nan=1.0))  # times of day
    era_factor *= np.nan_to_num(grain_matrix(src, dst), nan=1.0)  # bare dates vs timestamps (date_grain)
    out = np.where(judged & agree, np.maximum(out, BOTH_TEMPORAL) * era_factor, out)
    out = np.where(judged & disagree, np.minimum(out, MIXED_CAP), out)
    return np.round(out, 4)


def _example_numbers(d: MatchColumn) -> np.ndarray | None:
    """A numeric target's example numbers (None: not numeric, or under :data:`NUMERIC_SHARE` are numbers)."""
    if d.logical_type not in ("int", "decimal", "float") or not d.values:
        return None
    nums = [x for v in d.values[:200] if (x := _number(v)) is not None]
    return np.array(nums) if nums and len(nums) >= NUMERIC_SHARE * min(len(d.values), 200) else None


#: shape agreement kept for a categorical source whose values name none of a target's allowed values
ENUM_SHAPE_SHARE = 0.6


def _formatting_free(out: np.ndarray, src: Sequence[MatchColumn], dst: Sequence[MatchColumn],
                     numeric: np.ndarray) -> np.ndarray:
    """Where values were judged: the compact-shape agreement (formatting removed) may raise the
    score; for an enum target and a categorical source, coverage of the allowed values decides and
    bare shape agreement (one lowercase word is like any other) counts :data:`ENUM_SHAPE_SHARE`."""
    from core.mapping.value_evidence import compact_matrix, enum_matrix

    judged = ~np.isnan(out)
    if not judged.any():
        return out
    out = np.where(judged, np.maximum(np.nan_to_num(out), compact_matrix(src, dst, numeric)), np.nan)
    enum = enum_matrix(src, dst)
    has = judged & ~np.isnan(enum)
    return np.where(has, np.maximum(np.nan_to_num(enum), ENUM_SHAPE_SHARE * np.nan_to_num(out)), out)


#: an assigned source domain scored at least this agrees fully with the same target domain
CONFIDENT = 0.85


def domain_agreement(src: MatchColumn, dst: MatchColumn, siblings: dict[str, set[str]]) -> float | None:
    """How well the source's domain evidence supports the target's domain."""
    if not dst.domain:
        return None
    if src.domain == dst.domain:  # as sure as the source's assignment (a declared domain is sure)
        return min(1.0, (src.domain_candidates.get(src.domain) or src.domain_score or CONFIDENT) / CONFIDENT)
    cand = src.domain_candidates.get(dst.domain)
    best = max(cand or 0.0, dst.domain_candidates.get(src.domain, 0.0) * 0.9 if src.domain else 0.0)
    if src.domain and src.domain in siblings.get(dst.domain, set()):
        best = max(best, 0.75)
    if src.domain and _family(src.domain) == _family(dst.domain):
        best = max(best, 0.35)
    if not src.domain and not src.domain_candidates:
        return None
    return min(best, 0.95)


@cache
def _family(domain: str) -> str:
    return domain.split(".", 1)[0]


def token_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice overlap of two token sets."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def evidence(src: MatchColumn, dst: MatchColumn, *, ngram_sim: float, alias_hit: bool,
             siblings: dict[str, set[str]], src_tokens: frozenset[str], dst_tokens: frozenset[str]) -> Evidence:
    """Evidence for mapping the single source column ``src`` to ``dst``."""
    tok = token_similarity(src_tokens, dst_tokens)
    header = max(tok, ngram_sim, 0.9 if alias_hit else 0.0)
    if src.name == dst.name:
        header = 1.0
    notes = []
    if alias_hit:
        notes.append("source header is a catalog alias of the target domain")
    vals = value_similarity(src.values, dst.values) if src.values is not None and dst.values else None
    return Evidence(domain=domain_agreement(src, dst, siblings), header=round(header, 4), values=vals,
                    type=type_compat(src.logical_type, dst.logical_type), notes=notes)


_TOKEN = re.compile(r"[^\W_]+")
#: a target value counts only with a token of at least this many characters (``3`` is in every address)
CONTAIN_MIN_TOKEN = 3


def containment_matrix(src: Sequence[MatchColumn], dst: Sequence[MatchColumn]) -> np.ndarray:
    """Share of each target column's example values whose every word occurs among a source column's
    words, for sources whose values hold several words (a part inside a larger value: the city inside
    an address line, a store code inside "Marseille La Joliette (013)"); 0 where not judged."""
    out = np.zeros((len(dst), len(src)))
    si = [j for j, c in enumerate(src) if c.values and _multi_word(c.values)]
    rows: list[tuple[int, frozenset[str]]] = []
    for i, c in enumerate(dst):
        for v in (c.values or [])[:50]:
            toks = frozenset(t.casefold() for t in _TOKEN.findall(v))
            if toks and any(len(t) >= CONTAIN_MIN_TOKEN for t in toks):
                rows.append((i, toks))
    if not si or not rows:
        return out
    vocab: dict[str, int] = {}
    r_i, r_c = [], []
    for k, (_, toks) in enumerate(rows):
        for t in toks:
            r_i.append(k)
            r_c.append(vocab.setdefault(t, len(vocab)))
    s_i, s_c = [], []
    for n, j in enumerate(si):
        for t in {t.casefold() for v in (src[j].values or [])[:1000] for t in _TOKEN.findall(v)}:
            if t in vocab:
                s_i.append(n)
                s_c.append(vocab[t])
    width = max(len(vocab), 1)
    tv = csr_matrix((np.ones(len(r_c)), (r_i, r_c)), shape=(len(rows), width))
    sv = csr_matrix((np.ones(len(s_c)), (s_i, s_c)), shape=(len(si), width))
    hits = (tv @ sv.T).toarray()
    sizes = np.array([len(t) for _, t in rows], dtype=float)[:, None]
    full = (hits >= sizes).astype(float)
    owner = np.array([i for i, _ in rows])
    for i in set(owner.tolist()):
        out[i, si] = full[owner == i].mean(axis=0)
    return out


def whole_values(src: Sequence[MatchColumn], dst: Sequence[MatchColumn]) -> np.ndarray:
    """Target x source: the target's examples are about as long as the source's values (mean word counts within
    :data:`PART_SHARE`), so examples found inside them are whole values of the same kind (a breeder's name among
    owners' names, a category among categories), not parts of larger ones."""
    t_len = np.array([_mean_tokens(d.values or []) for d in dst])[:, None]
    s_len = np.array([_mean_tokens(s.values or []) for s in src])[None, :]
    return (t_len > 0) & (t_len >= PART_SHARE * s_len)


#: examples whose mean word count reaches this share of a source's are no parts of its values
PART_SHARE = 0.8


def _mean_tokens(values: Sequence[str]) -> float:
    sample = [v for v in values[:200] if v]
    return sum(len(set(_TOKEN.findall(v))) for v in sample) / len(sample) if sample else 0.0


#: a container's values hold this many space-separated words on average (``Dr. Hanife Kurt``, ``HASAN
#: KILIÇ``, an address line); an e-mail or a code whose tokens are glued by punctuation is none
CONTAINER_WORDS = 1.5


def _multi_word(values: Sequence[str]) -> bool:
    """Values of several space-separated words, most with letters (dates and numbers do not count)."""
    sample = values[:200]
    words = sum(len(v.split()) for v in sample) >= CONTAINER_WORDS * len(sample)
    return words and sum(any(ch.isalpha() for ch in v) for v in sample) >= 0.5 * len(sample)
