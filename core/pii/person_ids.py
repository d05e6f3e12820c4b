"""Identifiers of people written with letters and digits, recognised by their values (issue 11).

Under a header that says nothing (``f1..fN``), a column of Spanish DNI numbers (``12345678Z``), NIE numbers
(``X1234567L``), UK National Insurance numbers (``AB123456C``) or passport-like numbers (``AB1234567``) carried no
entity in the value profile: unique, it was masked for want of evidence, but repeated over the rows (a visit log of a
few patients, a ledger of a few customers) the closed-code rule (:mod:`core.pii.closed_codes`) cleared it as codes
of a closed list, and spaced NINOs (``AB 12 34 56 C``) were cleared as system-generated text.

Two classes, both read on the values with separators (space, ``-``, ``.``) removed:

* **national ids with a proof** (:func:`national_id_share`): a DNI or NIE whose check letter is right (one in 23 by
  chance), or a NINO of the official form (two prefix letters, six digits, suffix ``A``-``D``). A column where
  :data:`SHARE_MIN` of the values are such is ``NATIONAL_ID`` (:func:`with_national_ids` sets it on the profile, so
  it is masked and makes the table a table of people), whatever the header says.
* **letter+digit identifiers** (:func:`letter_digit_ids`): 1-3 letters before and/or after 6-10 digits, the
  letters varying from value to value (check letters, issuing-office prefixes: ``AB1234567``, ``CD7654321``). A
  column where :data:`SHARE_MIN` of the values are such is never cleared unless its header names a non-personal
  kind or a record key (:func:`mask_letter_digit_ids`): under ``f7`` it is masked. Keys a system hands out carry
  one literal prefix (``K-400000``, ``FAC-0015003``, ``M00001200``) and stay for the other rules to decide.

Each value is bounded (:data:`MAX_LEN`) before any pattern reads it; no pattern nests quantifiers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from core.pii.decision import ColumnDecision
from core.pii.detect import ValueProfile
from core.pii.headers import HeaderSignal, id_header
from core.pii.shape import cell_text

#: share of a column's non-blank values that makes it a column of such identifiers
SHARE_MIN = 0.8
#: different letter groups that make letter+digit values personal ids rather than keys after one prefix
LETTER_GROUPS_MIN = 3
#: longer values are no identifier of these forms (read no further)
MAX_LEN = 24
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_DNI = re.compile(r"\d{8}[A-Z]")
_NIE = re.compile(r"[XYZ]\d{7}[A-Z]")
#: HMRC's form: no D, F, I, Q, U, V in either prefix letter, no O second; BG, GB, NK, KN, TN, NT, ZZ never issued
_NINO = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
_NINO_BAD_PREFIX = frozenset({"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})
_SEPARATORS = str.maketrans("", "", " -.")
#: letters before and/or after one run of digits (letters inside the digits make a lot or programme code:
#: ``R2311B57``, ``6121BX002``)
_LETTER_DIGIT = re.compile(r"[A-Z]{0,3}\d{6,10}[A-Z]{0,3}")


def _compact(text: str) -> str | None:
    """The value upper-cased without separators, or None when too long or not ASCII letters and digits."""
    if len(text) > MAX_LEN:
        return None
    c = text.strip().translate(_SEPARATORS).upper()
    return c if c.isascii() and c.isalnum() else None


def national_id(text: str) -> bool:
    """Whether ``text`` is a DNI or NIE with a right check letter, or a NINO of the official form."""
    c = _compact(text)
    if c is None:
        return False
    if _DNI.fullmatch(c) or _NIE.fullmatch(c):
        number = int(str("XYZ".index(c[0])) + c[1:8] if c[0] in "XYZ" else c[:8])
        return DNI_LETTERS[number % 23] == c[8]
    return bool(_NINO.fullmatch(c)) and c[:2] not in _NINO_BAD_PREFIX


def letter_digit_id(text: str) -> bool:
    """Whether ``text`` is 1-3 letters before and/or after 6-10 digits (separators aside): ``AB1234567``,
    ``X1234567L``, ``12345678Z``; not ``6121BX002`` (letters inside the digits)."""
    c = _compact(text)
    if c is None:
        return False
    return bool(_LETTER_DIGIT.fullmatch(c)) and 1 <= sum(ch.isalpha() for ch in c) <= 3


def _texts(values: Sequence[object]) -> list[str]:
    return [t.strip() for v in values if (t := cell_text(v)) is not None and t.strip()]


def _share(texts: Sequence[str], test: object) -> float:
    seen: dict[str, bool] = {}
    hits = 0
    for t in texts:
        if t not in seen:
            seen[t] = test(t)  # type: ignore[operator]
        hits += seen[t]
    return hits / len(texts) if texts else 0.0


def national_id_share(values: Sequence[object]) -> float:
    """Share of the non-blank values that are national ids with a proof (:func:`national_id`)."""
    return _share(_texts(values), national_id)


def _letter_group(compact: str) -> tuple[str, str]:
    """The letters before and after the digits of a letter+digit identifier (``X1234567L`` -> ``("X", "L")``)."""
    core = compact.strip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    start = compact.index(core) if core else len(compact)
    return compact[:start], compact[start + len(core):]


def letter_digit_ids(values: Sequence[object]) -> bool:
    """Whether :data:`SHARE_MIN` of the non-blank values are letter+digit identifiers (:func:`letter_digit_id`)
    whose letters vary: at least :data:`LETTER_GROUPS_MIN` different letter groups (fewer only when there are
    fewer distinct values), none on more than half of the distinct values."""
    texts = _texts(values)
    if _share(texts, letter_digit_id) < SHARE_MIN:
        return False
    distinct = {c for t in set(texts) if letter_digit_id(t) and (c := _compact(t)) is not None}
    groups = Counter(_letter_group(c) for c in distinct)
    return len(groups) >= min(LETTER_GROUPS_MIN, len(distinct)) and (
        len(distinct) < LETTER_GROUPS_MIN or max(groups.values()) <= len(distinct) / 2)


def with_national_ids(profile: ValueProfile, values: Sequence[object]) -> ValueProfile:
    """``profile`` with the entity ``NATIONAL_ID`` when it has none and :data:`SHARE_MIN` of the values are national
    ids with a proof (the profile is updated in place and returned)."""
    if profile.entity is not None or profile.kind == "empty":
        return profile
    share = national_id_share(values)
    profile.shares["NATIONAL_ID"] = round(share, 3)
    if share >= SHARE_MIN:
        profile.entity, profile.entity_share, profile.kind = "NATIONAL_ID", share, "identifier"
    return profile


def mask_letter_digit_ids(decided: list[ColumnDecision], values: dict[str, list[object]],
                          signals: dict[str, HeaderSignal]) -> list[ColumnDecision]:
    """Mask a cleared column of letter+digit identifiers (:func:`letter_digit_ids`) whose header names neither a
    non-personal kind nor a record key."""
    out = []
    for d in decided:
        h = signals[d.column]
        if d.clear and not h.safe and not (h.domain or "").startswith("id.") and not id_header(h.text or d.column) \
                and letter_digit_ids(values[d.column]):
            d = ColumnDecision(column=d.column, clear=False, entity=None,
                               reason="letter+digit identifiers whose letters vary (a passport, a tax id, a member "
                                      "number: 1-3 letters around 6-10 digits) under a header naming neither a "
                                      "non-personal kind nor a record key (deny by default)")
        out.append(d)
    return out
