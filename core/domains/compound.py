"""Splitting glued lower-case header words against the catalog vocabulary.

Legacy and low-code systems glue words without separators or case changes (``firstname``,
``gendercode``, ``createdon``, ``websiteurl``, ``donotemail``, Dynamics ``stateorprovince``). The
camelCase/snake_case tokenizer cannot see those boundaries, so :func:`split_glued` segments such a
token into words of a known vocabulary (catalog alias words, abbreviation table keys and
expansions, qualifier prefixes): the segmentation with the fewest parts wins, ties going to the one
with the longest shortest part. Every part must be at least :data:`MIN_PART` characters long, except
the few closed-class words of :data:`SHORT_PARTS` (``id``, ``on``, ``by``, ``or``, ``do``...), so a
word is never cut into arbitrary two-letter fragments. Tokens that are themselves vocabulary words,
shorter than :data:`MIN_TOKEN` or containing digits are never split. Chinese, Japanese and Korean tokens
use :data:`MIN_PART_CJK` and :data:`MIN_TOKEN_CJK` instead (their words are one or two characters long).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

MIN_PART = 3
MIN_TOKEN = 6
#: Chinese/Japanese/Korean words are mostly two characters and headers glue them (``客户名称``, ``電話番号``).
MIN_PART_CJK = 2
MIN_TOKEN_CJK = 3
MAX_TOKEN = 40
#: Two-letter words allowed as parts of a glued header (function words and universal class words).
SHORT_PARTS = frozenset({"id", "on", "at", "by", "of", "or", "to", "do", "no", "nr", "cd", "dt", "ts", "ip", "is"})


def build_vocabulary(words: Iterable[str]) -> frozenset[str]:
    """Vocabulary for :func:`split_glued`: alphabetic words of length >= :data:`MIN_PART` plus
    :data:`SHORT_PARTS` (``words`` may contain multi-word strings; they are split on spaces)."""
    out = set(SHORT_PARTS)
    for w in words:
        for part in w.split():
            if part.isalpha() and len(part) >= (MIN_PART_CJK if is_cjk(part) else MIN_PART):
                out.add(part)
    return frozenset(out)


def is_cjk(text: str) -> bool:
    """Whether ``text`` holds Chinese, Japanese or Korean characters (scripts written without spaces)."""
    return any(0x3040 <= ord(c) <= 0x30FF or 0x3400 <= ord(c) <= 0x9FFF or 0xAC00 <= ord(c) <= 0xD7AF
               or 0xF900 <= ord(c) <= 0xFAFF for c in text)


def split_glued(token: str, vocab: frozenset[str]) -> tuple[str, ...] | None:
    """Parts of a glued token (``gendercode`` -> ``(gender, code)``), or None when the token is a
    vocabulary word itself, too short/long, not purely alphabetic, or has no full segmentation."""
    n = len(token)
    cjk = is_cjk(token)
    min_part = MIN_PART_CJK if cjk else MIN_PART
    if n < (MIN_TOKEN_CJK if cjk else MIN_TOKEN) or n > MAX_TOKEN or not token.isalpha() or token in vocab:
        return None
    # best[i]: (parts, -shortest part) of the best segmentation of token[:i]
    best: list[tuple[int, int, int] | None] = [None] * (n + 1)  # (parts, -min_len, previous cut)
    best[0] = (0, -n, -1)
    for i in range(1, n + 1):
        for j in range(max(0, i - 24), i):
            prev = best[j]
            if prev is None:
                continue
            part = token[j:i]
            if part not in vocab or (len(part) < min_part and part not in SHORT_PARTS):
                continue
            cand = (prev[0] + 1, max(prev[1], -len(part)), j)
            cur = best[i]
            if cur is None or (cand[0], cand[1]) < (cur[0], cur[1]):
                best[i] = cand
    end = best[n]
    if end is None or end[0] < 2:
        return None
    parts: list[str] = []
    i = n
    while i > 0:
        cut = best[i]
        assert cut is not None
        parts.append(token[cut[2]:i])
        i = cut[2]
    return tuple(reversed(parts))


def rewrite_tokens(text: str, rewrite: Callable[[str], tuple[str, ...] | None]) -> str | None:
    """``text`` (space-separated tokens) with each token replaced by ``rewrite(token)`` where that is not
    None, or None when no token was rewritten."""
    out: list[str] = []
    changed = False
    for t in text.split():
        parts = rewrite(t)
        if parts:
            out.extend(parts)
            changed = True
        else:
            out.append(t)
    return " ".join(out) if changed else None


def split_glued_text(text: str, vocab: frozenset[str]) -> str | None:
    """``text`` (space-separated tokens) with every glued token split, or None when nothing split."""
    return rewrite_tokens(text, lambda t: split_glued(t, vocab))
