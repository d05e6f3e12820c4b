"""Kinds of number and text columns: keys handed out in sequence, amounts, counts, number identifiers,
codes, user names, words (:func:`core.pii.detect.profile_values` uses them)."""

from __future__ import annotations

import re
from collections.abc import Sequence

KEYED = re.compile(r"^(?P<p>[A-Za-z]{0,4}[-_/ ]?)(?P<n>\d{1,12})$")
USERNAME = re.compile(r"^(?=.*[A-Za-z])[A-Za-z0-9][A-Za-z0-9._\-]{2,31}$")
WORD = re.compile(r"^[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?$")


def share(texts: Sequence[str], pred) -> float:  # type: ignore[no-untyped-def]
    """Share of ``texts`` for which ``pred`` holds."""
    return sum(1 for t in texts if pred(t)) / len(texts) if texts else 0.0


def sequence_keys(texts: Sequence[str]) -> bool:
    """Unique numbers (with one shared prefix, ``K-400687``, ``M00001313``) packed in a narrow range: keys a
    system handed out in order (customer, order, member numbers), not numbers people carry (ids, accounts, PINs
    are spread over their whole range)."""
    nums, prefixes = [], set()
    for t in texts:
        m = KEYED.match(t)
        if not m:
            return False
        prefixes.add(m["p"])
        nums.append(int(m["n"]))
    span = max(nums) - min(nums)
    return len(prefixes) == 1 and span <= 20 * len(nums) and not _drawn_over_width(texts, nums, span)


def _drawn_over_width(texts: Sequence[str], nums: list[int], span: int) -> bool:
    """Numbers of one width spread over most of that width's whole range and sparse in it (50 three-digit numbers
    from 104 to 987): drawn at random (card security codes, PINs), not handed out in order (h15-fixpii)."""
    widths = {len(m["n"]) for t in texts if (m := KEYED.match(t))}
    if len(widths) != 1:
        return False
    width = widths.pop()
    whole = 10 ** width - 10 ** (width - 1) if width > 1 else 10
    return span >= 0.5 * whole and len(nums) < 0.5 * span


def number_kind(texts: Sequence[str], *, typed: bool = False) -> str:
    """``amount`` (fractions), ``count`` (small integers that repeat) or ``number_id`` (long or unique integers,
    zero-padded digit strings: identifiers a reader typed as numbers). Three digits after a separator are read as
    a thousands group (``1.234``), unless ``typed``: the reader typed the cells numbers with a fraction, so
    ``53.553`` and ``0.838`` are fractions (no thousands separator survives a reader's typing)."""
    digits = [sum(c.isdecimal() for c in t.split(".")[0].split(",")[0]) for t in texts]
    frac = sum(1 for t in texts if re.search(r"[.,]\d{1,4}$", t) and (typed or not re.search(r"[.,]\d{3}$", t))
               ) / len(texts)
    if frac >= 0.3 and max(digits) <= 9:
        return "amount"
    padded = sum(t.startswith("0") and len(t) > 1 and t.isdecimal() for t in texts) / len(texts)
    if max(digits) >= 7 or padded >= 0.3:
        return "number_id"
    if len(set(texts)) / len(texts) >= 0.9 and len(texts) >= 10:
        return "number_unique"
    return "count"


def text_kind(texts: Sequence[str]) -> str:
    """``code`` (upper-case/digit tokens without spaces), ``words`` (one to four words), ``text`` (longer)."""
    if share(texts, lambda t: bool(re.match(r"^[A-Z0-9][A-Z0-9_\-./#]*$", t)) and any(c.isalpha() for c in t)) >= 0.9:
        return "code"
    if share(texts, lambda t: bool(USERNAME.match(t)) and t == t.lower() and " " not in t) >= 0.9 and \
            share(texts, lambda t: any(c.isdecimal() or c in "._" for c in t)) >= 0.3:
        return "username"
    words = [t.split() for t in texts]
    if share(texts, lambda t: 1 <= len(t.split()) <= 4 and all(WORD.match(w.strip(",")) for w in t.split())) >= 0.8:
        caps = sum(all(w[:1].isupper() for w in ws) for ws in words) / len(words)
        return "names" if caps >= 0.8 else "words"
    return "text"
