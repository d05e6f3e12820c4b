"""Header token overlap that needs no curated alias list: exact tokens, and abbreviations found by
their spelling.

A token *abbreviates* another when it is at least :data:`ABBREV_MIN` characters, shorter, starts
with the same letter and is a prefix of it (``cust`` / ``customer``, ``desc`` / ``description``)
or its letters occur in it in order (``qty`` / ``quantity``, ``amt`` / ``amount``, ``dsc`` /
``discount``). Such a pair counts :data:`ABBREV_CREDIT` of an identical token in the soft Dice
overlap of two headers' token sets: each token scores its best partner on the other side (1 for
the same token, :data:`ABBREV_CREDIT` for an abbreviation), and the overlap is the sum of both
sides' scores over the sum of the set sizes (plain Dice when no abbreviation is involved).
:func:`with_compounds` adds the concatenations of adjacent words (``linked in`` -> ``linkedin``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

import numpy as np
from scipy.sparse import csr_matrix

from core.vocab.tokens import split_tokens

ABBREV_MIN = 3
ABBREV_CREDIT = 0.8
#: an abbreviation keeps at most this share of the word's letters... and at least one more
ABBREV_MAX_SHARE = 0.75


def abbreviates(short: str, long: str, words: frozenset[str] = frozenset()) -> bool:
    """Whether ``short`` is an abbreviation of ``long`` by spelling (see module docstring); ``short`` in
    ``words`` (known whole words: the glossary's English words) abbreviates only as a prefix or as the tail of a
    compound (``name`` in ``nachname``; ``city`` is a word, not ``commodity`` shortened)."""
    if len(short) < ABBREV_MIN or len(short) >= len(long) or short[0] != long[0]:
        return False
    if not (short.isalpha() and long.isalpha()):
        return False
    if long.startswith(short):
        return True
    if len(short) > ABBREV_MAX_SHARE * len(long) or (short in words and not long.endswith(short)):
        return False
    it = iter(long[1:])
    return all(ch in it for ch in short[1:])


def _incidence(sets: Sequence[frozenset[str]], vocab: dict[str, int]) -> csr_matrix:
    r = [i for i, t in enumerate(sets) for _ in t]
    c = [vocab[tok] for t in sets for tok in t]
    return csr_matrix((np.ones(len(c)), (r, c)), shape=(len(sets), max(len(vocab), 1)))


def _abbrev_pairs(a_vocab: dict[str, int], b_vocab: dict[str, int]) -> csr_matrix:
    """(a token, b token) pairs where one abbreviates the other (grouped by first letter)."""
    by_first: dict[str, list[str]] = defaultdict(list)
    for t in b_vocab:
        if t:
            by_first[t[0]].append(t)
    from core.mapping.glossary import glossary

    words = glossary().english_words
    rows, cols = [], []
    for a, i in a_vocab.items():
        if len(a) < ABBREV_MIN:
            continue
        for b in by_first.get(a[0], ()):
            if a != b and (abbreviates(a, b, words) or abbreviates(b, a, words)):
                rows.append(i)
                cols.append(b_vocab[b])
    return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(max(len(a_vocab), 1), max(len(b_vocab), 1)))


def with_compounds(header: str, tokens: frozenset[str]) -> frozenset[str]:
    """``tokens`` plus the concatenations of adjacent header words, so a compound meets its split
    spelling: ``LinkedIn`` (linked, in) and ``linkedin_url``, ``Kunden Nr`` and ``kundennr``."""
    words = split_tokens(header)
    return tokens | {a + b for a, b in zip(words, words[1:], strict=False)}


def soft_dice(rows: Sequence[frozenset[str]], cols: Sequence[frozenset[str]], *,
              abbreviations: bool = True) -> np.ndarray:
    """Soft Dice overlap (module docstring) of every (row set, column set) pair; shape rows x cols
    (``abbreviations=False``: plain Dice, e.g. over compounds, which their first word prefixes)."""
    out = np.zeros((len(rows), len(cols)))
    if not rows or not cols:
        return out
    r_vocab: dict[str, int] = {}
    c_vocab: dict[str, int] = {}
    for t in rows:
        for tok in t:
            r_vocab.setdefault(tok, len(r_vocab))
    for t in cols:
        for tok in t:
            c_vocab.setdefault(tok, len(c_vocab))
    rm, cm = _incidence(rows, r_vocab), _incidence(cols, c_vocab)
    both = [(i, c_vocab[t]) for t, i in r_vocab.items() if t in c_vocab]
    same = csr_matrix((np.ones(len(both)), ([i for i, _ in both], [j for _, j in both])),
                      shape=(max(len(r_vocab), 1), max(len(c_vocab), 1)))
    abbr = _abbrev_pairs(r_vocab, c_vocab) if abbreviations else csr_matrix(same.shape)
    # per row token and column set: 1 when the set holds it, ABBREV_CREDIT when it holds an abbreviation pair
    r_exact = (same @ cm.T).toarray() > 0
    r_abbr = (abbr @ cm.T).toarray() > 0
    r_best = np.where(r_exact, 1.0, np.where(r_abbr, ABBREV_CREDIT, 0.0))
    c_exact = (same.T @ rm.T).toarray() > 0
    c_abbr = (abbr.T @ rm.T).toarray() > 0
    c_best = np.where(c_exact, 1.0, np.where(c_abbr, ABBREV_CREDIT, 0.0))
    matched = np.asarray(rm @ r_best) + np.asarray(cm @ c_best).T
    sizes = (np.array([len(t) for t in rows], dtype=float)[:, None]
             + np.array([len(t) for t in cols], dtype=float)[None, :])
    return np.divide(matched, sizes, out=out, where=sizes > 0)


#: type prefixes of Hungarian notation (``strFirstName``, ``dtmCreated``, ``bIsActive``, ``lngCustomerID``)
TYPE_PREFIXES = frozenset({"str", "sz", "s", "int", "i", "n", "lng", "l", "dbl", "flt", "f", "dec", "cur", "b",
                           "bln", "bool", "dt", "dtm", "d", "txt", "chr", "c", "obj", "o", "by", "w", "dw", "u"})
#: columns of a table that must carry a type prefix before it reads as the table's convention
TYPE_PREFIX_MIN = 2
_PREFIXED = re.compile(r"^([a-z]{1,4})(?=[A-Z][a-z]|[A-Z]{2,}$|ID$)")


def _type_prefix(header: str) -> str | None:
    m = _PREFIXED.match(header.strip())
    return m.group(1) if m and m.group(1) in TYPE_PREFIXES and len(header.strip()) > m.end() + 1 else None


def without_type_prefixes(headers: Sequence[str], tables: Sequence[str]) -> list[str]:
    """``headers`` with a Hungarian type prefix removed (``strFirstName`` -> ``FirstName``) where the
    table follows that convention (at least :data:`TYPE_PREFIX_MIN` of its headers carry one): the
    prefix names a storage type, not the meaning, and reads as a word otherwise (``str`` street,
    ``lng`` longitude, ``cur`` currency)."""
    prefixed = [_type_prefix(h) for h in headers]
    counts: dict[str, int] = defaultdict(int)
    for p, t in zip(prefixed, tables, strict=True):
        counts[t] += p is not None
    return [h.strip()[len(p):] if p is not None and counts[t] >= TYPE_PREFIX_MIN else h
            for h, p, t in zip(headers, prefixed, tables, strict=True)]
