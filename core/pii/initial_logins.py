"""Logins of an initial then a surname no lexicon knows (``kfarlow``, ``btaszudor``), h15-fixpii: a repeated few of
them under a header that says nothing are the accounts of the staff serving a table of people, not a vocabulary.

No word of the languages the golden sets hold starts with two consonants such as ``kf``, ``bt``, ``dp``; an initial
glued to a surname does (:data:`ONSETS` lists the two-letter starts words have)."""

from __future__ import annotations

import re
from collections.abc import Sequence

_VOWELS = set("aeiouy")
#: Two-consonant starts of words in English, German, Romance and Slavic languages written in Latin letters.
ONSETS = frozenset("bl br ch cl cr dr dv dw fl fr gl gn gr kl kn kr kv kw ph pl pn pr ps qu rh sc sh sk sl sm sn sp "
                   "sq st sv sw sz th tr ts tw tz vl vr wh wr zw zn zl zr cz dz rz sch gh hv hj kh ng nh mn pf ch "
                   "dl wl wz wsz gw".split())
_LOGIN = re.compile(r"[a-z]{5,16}")
#: Share of the distinct values that must start with an initial glued to a word.
SHARE_MIN = 0.5


def initial_logins(texts: Sequence[str]) -> bool:
    """Whether most distinct values are lower-case one-word logins starting with an initial then a consonant no
    word starts with (``kmika``, ``dperenmi``); at least three distinct values."""
    distinct = {t.strip() for t in texts if t.strip()}
    if len(distinct) < 3 or not all(_LOGIN.fullmatch(v) for v in distinct):
        return False
    glued = sum(v[0] not in _VOWELS and v[1] not in _VOWELS and v[:2] not in ONSETS for v in distinct)
    return glued >= SHARE_MIN * len(distinct)
