"""One value shared by every row of a table of people (issue 11, session 13): table-level evidence no single value
gives.

A column that holds the same value on (nearly) every row of a table whose rows are at least
:data:`core.pii.proof.KEY_DISTINCT_MIN` different people describes the batch, not the people: the currency of an
acquirer's log (``566``), the institution of a credit union (``815``), a pay period (``KB2025-03``), a form's button
(``Trimite cererea``). Every person of the table shares it (k-anonymity with k = the table), so it singles out none
of them. :func:`core.pii.proof.constant_proof` already clears dates and, under a header naming a non-personal kind,
numbers of six digits or fewer; :func:`shared_code_proof` adds what it can clear under ANY header that does not name
personal data, on the value alone:

* a number of at most :data:`SHORT_NUMBER_MAX` digits (a currency, institution or country code, a tax rate); a
  postal code, a staff number, a phone, a licence or an account number, a PIN or a card's last four digits shared
  by all is longer and stays masked;
* a code whose only digits are a period (``KB2025-03``, ``2025-03-06T00:00:00Z``);
* a phrase of two words or more, one of them a lower-case word of four letters or more that is no surname particle
  and no name the lexicons know (``Trimite cererea``, ``Pago en efectivo``).

The one person a constant can belong to is the clerk, the physician or the officer who made the extract: a name
(``Rasmus Kvist``, ``RASMUS KVIST``, ``María de la Cruz``), a login (``rkvist``, ``r.kvist``, ``amm_ods``), an
e-mail, a phone, a staff code (``EMP-0042``) or an upper-case short code (``RK``, initials) is never cleared here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.pii.decision import ColumnDecision
from core.pii.headers import HeaderSignal
from core.pii.proof import KEY_DISTINCT_MIN, LOGIN_PART, _name_words
from core.pii.shape import cell_text
from core.pii.vocab import SURNAME_PARTICLES

#: A number shared by every row is cleared only with this many digits or fewer (codes of a closed list).
SHORT_NUMBER_MAX = 3
#: The share of the table's rows the constant must fill (a value filled for a few rows may be one person's).
FILL_MIN = 0.5
#: A period: a year and a month (and a day, a time at the second): the only digits a shared code may carry.
PERIOD = re.compile(r"(?:19|20)\d\d[-/.]?(?:0[1-9]|1[0-2])(?:[-/.]?\d\d(?:[T ]\d\d:\d\d(?::\d\d)?Z?)?)?")
LOWER_WORD = re.compile(r"^[^\W\d_A-Z]{4,}$")


def _phrase(value: str) -> bool:
    """Two words or more, one a lower-case word of four letters or more that is no surname particle."""
    words = value.split()
    if len(words) < 2 or any(not w.isalpha() for w in words):
        return False
    return any(LOWER_WORD.match(w) and w.islower() and w not in SURNAME_PARTICLES for w in words)


def shared_code_proof(texts: Sequence[str], rows: int, n_people: int) -> bool:
    """Whether ``texts`` (the non-empty cells of one column of a table of ``rows`` rows whose rows are ``n_people``
    different people) are one value that every person shares and that is no one's own (module docstring)."""
    values = {t.strip() for t in texts if t.strip()}
    if len(values) != 1 or n_people < KEY_DISTINCT_MIN or len(texts) < max(KEY_DISTINCT_MIN, FILL_MIN * rows):
        return False
    v = next(iter(values))
    if "@" in v or "\\" in v or LOGIN_PART.search(v):
        return False
    if v.isdecimal():
        return len(v) <= SHORT_NUMBER_MAX
    rest = PERIOD.sub("", v)
    if rest != v:  # a period: nothing else may carry a digit, and some letter or separator names the batch
        return not any(c.isdecimal() for c in rest) and not _name_words({rest})
    if any(c.isdecimal() for c in v):
        return False
    return _phrase(v) and not _name_words({v})


def shared_codes(decisions: list[ColumnDecision], values: dict[str, list[object]],
                 signals: dict[str, HeaderSignal], people: int) -> list[ColumnDecision]:
    """Clear the masked columns whose header names no personal data and whose cells pass :func:`shared_code_proof`
    in a table of ``people`` different people (the distinct values of its person key)."""
    out = []
    for d in decisions:
        cells = values[d.column]
        texts = [t.strip() for v in cells if (t := cell_text(v)) is not None and t.strip()]
        if not d.clear and not signals[d.column].pii and shared_code_proof(texts, len(cells), people):
            d = ColumnDecision(column=d.column, clear=True, reason=f"one short code, period or phrase shared by every "
                               f"row of {people}+ people (describes the batch, singles out none of them)")
        out.append(d)
    return out
