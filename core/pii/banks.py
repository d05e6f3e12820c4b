"""Bank identifier codes are no personal data (issue 11, precision): a BIC (ISO 9362, ``COBADEFFXXX``,
``GENODEF1S04``) names a bank or one of its branches, which thousands of customers share; the labelling policy
keeps bank routing data in clear (BIC, sort code, bank code).

:func:`bic_codes` is the value proof: nine in ten values have a BIC's form (four letters for the bank, an ISO 3166
country code, two letters or digits for the location, optionally three for the branch) AND half of them show what
only a BIC shows, a digit in the location or branch or the branch ``XXX`` of a head office. An upper-case surname of
eight or eleven letters can have the form by chance (``SCHMIDTA``: ``ID`` is a country), never those marks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from core.paths import ASSETS_CONFIG

BIC = re.compile(r"^(?P<bank>[A-Z]{4})(?P<country>[A-Z]{2})(?P<loc>[A-Z0-9]{2})(?P<branch>[A-Z0-9]{3})?$")
#: Share of values of a BIC's form, and of those with a BIC's marks (a digit, or the ``XXX`` head-office branch).
FORM_MIN = 0.9
MARKED_MIN = 0.5


@lru_cache(maxsize=1)
def _alpha2() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes of ``assets_config/lexicons/countries.tsv``."""
    path = ASSETS_CONFIG / "lexicons" / "countries.tsv"
    return frozenset(line.split("\t")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


def bic_codes(texts: Sequence[str]) -> bool:
    """Whether ``texts`` (non-empty cells) are BICs (module docstring); five values at least."""
    values = [t.strip() for t in texts if t.strip()]
    if len(values) < 5:
        return False
    formed = [m for v in values if (m := BIC.match(v)) and m["country"] in _alpha2()]
    marked = [m for m in formed if any(c.isdecimal() for c in m["loc"] + (m["branch"] or ""))
              or m["branch"] == "XXX"]
    return len(formed) >= FORM_MIN * len(values) and len(marked) >= MARKED_MIN * len(formed)
