"""Codes of a closed list (issue 11, precision of deny by default): cost centres, tool ids, reagent lots, error
codes, programme codes, product numbers (``KST-4420``, ``ORD-4471-C``, ``R2311B57``, ``6121BX002``).

**The proof.** A column is such a list when every value is a machine code (upper-case letters and digits, each
value with both, separators ``- _ . / # :`` and spaces allowed; no lower-case letter, so no name, login, e-mail or
free text), at least :data:`DISTINCT_MIN` different codes share the rows, each code on :data:`K_MIN` rows or more
(k-anonymity over the rows), and the list is small (:data:`DISTINCT_MAX`, or one code per twenty rows).

**Why it cannot clear a personal column.** The shapes personal data takes among upper-case codes are ruled out
one by one: postal codes (:func:`core.pii.evidence.postal_like`: ``H2X 1Y4``, ``SW1A 1AA``), street addresses
(``APT 9C``), vehicle registration plates (letters and digits whose letter parts vary: ``SAJ 2934``,
``SCH 3016``), and identifiers of people, which repeat over rows only when the rows are that person's (a
physician's licence number ``MP 133203`` on each of the physician's appointments, a badge id on each of an
operator's shifts): such a column is bound one to one (:func:`bound`) to another column of the table that is
masked and may be personal (the physician's name, the operator's login, names written in lower case or in a script
without letter case), and it stays masked. A single code on every row
is left to :func:`core.pii.proof.constant_proof`, which counts the people of the table (an export of one
person's rows repeats that person's id). Names in any script, dates, phone numbers, national ids (no letters, or
unique per person) and free text naming people never have this form.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from core.pii.evidence import postal_like
from core.pii.proof import K_MIN

#: A machine code: upper-case letters (any cased script) and digits, both present, separators allowed.
CODE = re.compile(r"^(?=.*\d)(?=.*[^\W\d_a-z])[^\W_a-z](?:[^\W_a-z]|[ #./:\-])*$")
DISTINCT_MIN = 2
DISTINCT_MAX = 12
#: Rows per code above which a longer list still counts as closed (one code per twenty rows).
ROWS_PER_CODE = 20
#: A registration plate: a letter group and a digit group (a second letter group allowed), in either order.
PLATE = re.compile(r"^(?P<a>[^\W\d_]{1,3})[ -]?\d{1,4}[ -]?(?P<b>[^\W\d_]{0,3})$|^\d{1,3}[ -]?(?P<c>[^\W\d_]{1,3})"
                   r"[ -]?\d{1,4}$")
#: Distinct letter groups that make a plate-shaped column a column of plates (one prefix is a code family).
PLATE_LETTERS_MIN = 3
#: Share of rows on which two columns determine each other for them to be one entity's two names.
BOUND_SHARE = 0.9
APARTMENT = re.compile(r"^(?:APT|APARTMENT|UNIT|FLAT|SUITE|STE|APTO|DPTO|PISO|WOHNUNG|LGH|KV)\b", re.I)


def _cased(text: str) -> bool:
    """Whether every letter of ``text`` is upper case (letters of a script without case are no code)."""
    return all(c.isupper() for c in text if c.isalpha())


def plates(values: Sequence[str]) -> bool:
    """Whether half the distinct values have a plate's shape and their letter groups vary (:data:`PLATE`)."""
    letters: set[str] = set()
    shaped = 0
    for v in values:
        m = PLATE.match(v)
        if m:
            shaped += 1
            letters.add((m["a"] or m["c"] or "") + "|" + (m["b"] or ""))
    return shaped * 2 >= len(values) and len(letters) >= PLATE_LETTERS_MIN


def closed_code_list(texts: Sequence[str]) -> bool:
    """Whether ``texts`` (non-empty cells) are codes of a closed list (module docstring), binding aside."""
    counts = Counter(t.strip() for t in texts if t.strip())
    if len(counts) < DISTINCT_MIN or len(counts) > max(DISTINCT_MAX, len(texts) // ROWS_PER_CODE):
        return False
    if min(counts.values()) < K_MIN:
        return False
    values = list(counts)
    if not all(CODE.match(v) and _cased(v) for v in values):
        return False
    if postal_like(values) or plates(values) or any(APARTMENT.match(v) for v in values):
        return False
    return True


def _functional(a: Sequence[str | None], b: Sequence[str | None]) -> bool:
    """Whether ``b`` is (nearly) a function of ``a`` over the rows where both are present."""
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for x, y in zip(a, b, strict=False):
        if x is not None and y is not None:
            groups[x][y] += 1
    total = sum(sum(c.values()) for c in groups.values())
    return total > 0 and sum(c.most_common(1)[0][1] for c in groups.values()) >= BOUND_SHARE * total


def bound(a: Sequence[str | None], b: Sequence[str | None]) -> bool:
    """Whether two columns (cells aligned by row, None for empty) determine each other on nine rows in ten: two
    names of one thing (a licence number and its physician, a badge and its operator)."""
    return len({x for x in b if x is not None}) >= DISTINCT_MIN and _functional(a, b) and _functional(b, a)


def uncased_text(cells: Sequence[str | None]) -> bool:
    """Whether half the present cells have two letters or more of a script without letter case (names there look
    like any other text)."""
    present = [c for c in cells if c is not None]
    return bool(present) and sum(sum(ch.isalpha() and ch.lower() == ch.upper() for ch in c) >= 2
                                 for c in present) * 2 >= len(present)
