"""Headers that name a non-identifying attribute of a person (issue 11, session 10): what their values may prove.

A header naming personal data masks its column whatever the values (:mod:`core.pii.decide`), with two exceptions
on value evidence, each a class of the labelling policy (``assets_config/golden_pii/README.md``: sensitive but
non-identifying attributes, ages, booleans are ``pii: false``):

* :func:`attribute_values` — under a header whose entity is an **age** (``age``, ``Alter``, ``edad``): ages in
  years (integers 0 to 120) or age bands (``40-49``, ``80+``); a birth year (``1965``) or a birth date is none of
  them. Under a header whose entity is **sensitive** (diagnosis, blood group, medical): a closed vocabulary of codes
  or labels that passes the strictest vocabulary proof (:func:`core.pii.proof.vocabulary_proof` as in a table of
  people: every value on :data:`core.pii.proof.K_MIN` rows, no capitalised word, no known name, no run of four
  digits) — ICD-10 codes, blood groups; admission and visit dates, record numbers and notes that name people fail it.
* **booleans** under any header naming personal data (``totp``: two-factor on or off, ``ip``: an in-patient flag):
  one bit names nobody.

Values that look like personal data (``p.entity``) are never cleared here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.pii.detect import ValueProfile
from core.pii.proof import vocabulary_proof

#: Header entities of non-identifying attributes of a person.
ATTRIBUTE_ENTITIES = frozenset({"AGE", "SENSITIVE"})
AGE_MAX = 120
_AGE_BAND = re.compile(r"^(\d{1,3})\s?[-–]\s?(\d{1,3})$|^(\d{1,3})\s?\+$")
VALUES_MIN = 20


def _age(t: str) -> bool:
    if t.isdecimal():
        return int(t) <= AGE_MAX
    m = _AGE_BAND.match(t)
    return m is not None and all(int(g) <= AGE_MAX for g in m.groups() if g is not None)


def attribute_values(entity: str | None, p: ValueProfile, texts: Sequence[str]) -> bool:
    """Whether the values under a header naming ``entity`` prove a non-identifying attribute (module docstring)."""
    if p.entity is not None or len(texts) < VALUES_MIN:
        return False
    if p.kind == "bool":
        return True
    if entity == "AGE":
        return all(_age(t) for t in texts)
    if entity == "SENSITIVE":
        return vocabulary_proof(texts, person_table=True)
    return False
