"""The DSL's own Unicode letter table (DSL 1.8 ``title_case``): which characters make up a word and the
one-to-one case pairs, fixed here so that every engine maps exactly the same characters (no engine's locale,
collation or Unicode version is read).

Word characters: ASCII letters and digits, the combining diacritical marks U+0300..U+036F, and the letters
(general category L*) of Latin-1 Supplement, Latin Extended-A and -B (U+00C0..U+024F), Greek and Coptic
(U+0370..U+03FF) and Cyrillic with its Supplement (U+0400..U+052F). Case pairs: an upper-case word character
``U`` and a lower-case ``l`` with ``U.lower() == l`` and ``l.upper() == U``, each one character (``ß``, ``ı``,
``İ``, final ``ς`` and ``ſ`` have no pair: they are never changed). The tables are computed once from
Python's Unicode 14 data; the blocks were complete long before, and ``tests/dsl`` pins their size and hash.
"""

from __future__ import annotations

import hashlib
import unicodedata

_BLOCKS = ((0x00C0, 0x024F), (0x0370, 0x03FF), (0x0400, 0x052F))
_MARKS = (0x0300, 0x036F)


def _word_chars() -> str:
    out = [chr(c) for c in range(0x30, 0x3A)] + [chr(c) for c in range(0x41, 0x5B)] + \
        [chr(c) for c in range(0x61, 0x7B)]
    out += [chr(c) for c in range(_MARKS[0], _MARKS[1] + 1) if unicodedata.category(chr(c)) == "Mn"]
    out += [chr(c) for lo, hi in _BLOCKS for c in range(lo, hi + 1) if unicodedata.category(chr(c)).startswith("L")]
    return "".join(out)


#: every word character, in code point order
WORD_CHARS = _word_chars()
_WORD = frozenset(WORD_CHARS)


def _pairs() -> tuple[str, str]:
    ups, lows = [], []
    for ch in WORD_CHARS:
        up = ch.upper()
        if up != ch and len(up) == 1 and up in _WORD and up.lower() == ch:
            ups.append(up)
            lows.append(ch)
    return "".join(ups), "".join(lows)


#: the case pairs: ``UPPERS[i]`` is the upper case of ``LOWERS[i]`` (ASCII included)
UPPERS, LOWERS = _pairs()
TO_UPPER = dict(zip(LOWERS, UPPERS, strict=True))
TO_LOWER = dict(zip(UPPERS, LOWERS, strict=True))
#: a fingerprint of the tables (tests pin it: a Python whose Unicode data changed them would be noticed)
TABLE_HASH = hashlib.sha256(f"{WORD_CHARS}|{UPPERS}|{LOWERS}".encode()).hexdigest()[:16]


def is_word(ch: str) -> bool:
    """``ch`` is a word character of the table."""
    return ch in _WORD


def title_case(v: str) -> str:
    """Reference semantics of ``title_case``: the first character of every run of word characters in upper
    case, every other character of the table in lower case; characters without a pair unchanged."""
    out: list[str] = []
    prev = False
    for ch in v:
        word = ch in _WORD
        out.append(TO_UPPER.get(ch, ch) if word and not prev else TO_LOWER.get(ch, ch))
        prev = word
    return "".join(out)
