"""Vehicle identification numbers (issue 11, session 12): a person's car, never a record key.

A VIN is seventeen characters over the digits and the capitals without ``I``, ``O`` and ``Q`` (ISO 3779); fleet,
insurance and dealer tables write them in capitals or in lower case alike, so the shape is matched without regard to
case. :func:`vin_like` only adds masking: it refuses the literal-prefix key proof
(:func:`core.pii.proof.record_key_proof`) in :func:`core.pii.decide.decide_column`, because a fleet of one make shares
the VINs' first characters like keys after one literal prefix.

(The session's ``random_ids`` proof, which cleared keys drawn at random under a record-key header, was removed after
its privacy review: short credentials, identity-document numbers and device serials have the same random shape.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: A VIN's shape, any case (``WBAJNWTYZ9YE6Y2U6``, ``wbajnwtyz9ye6y2u6``).
VIN = re.compile(r"[A-HJ-NPR-Z0-9]{17}", re.IGNORECASE)


def vin_like(texts: Sequence[str]) -> bool:
    """Whether every non-empty value has a vehicle identification number's shape (:data:`VIN`, any case)."""
    values = [t.strip() for t in texts if t.strip()]
    return bool(values) and all(VIN.fullmatch(v) for v in values)
