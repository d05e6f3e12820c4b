"""Random identifiers a program generated (issue 11, session 12: precision): a clearing proof for record keys whose
characters are drawn at random (``003rBhKUyu3PqWOrKE``, ``R_mhKKrH1kbjYwykl``, ``KF2GQ3``, ``uuid:495c7c4e-…``).

:func:`core.pii.proof.record_key_proof` clears keys handed out in a block or after one literal prefix; keys drawn at
random (Salesforce and Airtable ids, survey response ids, booking references, transaction ids, instance UUIDs wrapped
in a scheme) failed it and stayed masked under their record-key header. :func:`random_ids` proves randomness by the
values: every identifier a person carries is *structured* — a passport (``AB1234567``), a licence plate (``ABC 123``),
a postal code (``SW1A 1AA``), a national insurance number (``QQ123456C``), a staff or student number (``S00599``)
keeps a letter or a digit at each position, and all of them are written in capitals — while a generator of record
ids draws letters of both cases and digits at every position. So:

* at least :data:`ROWS_MIN` values, nearly all distinct (:data:`DISTINCT_SHARE`);
* after the prefix they all share (``uuid:``, ``R_``, ``gid://shopify/Order/``) and the suffix they all share, the
  bodies have one length (:data:`BODY_MIN` characters or more) and letters and digits only, except separators that
  stand at the same position in every value (a UUID's dashes);
* at every body position but a few (:data:`FIXED_SHARE`: a UUID's version nibble, the slowly moving first digits of a
  time-ordered id) both a letter and a digit occur over the values, and three in four values hold a letter;
* the letters are of both cases (``003rBhKUyu3PqWOrKE``: base-62 ids a program mints; no passport, licence or
  identity card number has a lower-case letter, and the upper-case random codes they resemble, ``KF2GQ3``,
  ``C01X00T47``, stay masked: ``tests/pii/test_leak_classes_deny.py``), unless every value holds a UUID;
* the letters go beyond ``a``-``f`` unless every value holds a UUID (``uuid:…``, ``urn:uuid:…``): bare hexadecimal
  strings are what a person's device or badge is known by (an Android id, an RFID tag or badge UID, a MAC address,
  a hash), and only the UUID shape says a program minted a record key;
* not vehicle identification numbers (:data:`VIN`: seventeen characters without ``I``, ``O``, ``Q``), which name a
  person's car.

Asked only under a header that names a record key and no personal data (:func:`core.pii.decide.record_key_header`)
and after the value detectors found no entity: a password, an API key or a hash is masked earlier by its header or
its detector (``sk_live_…``, 32 hex characters), and a credential prefix (:data:`core.pii.evidence.SECRET_PREFIXES`)
refuses the proof.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from core.pii.evidence import SECRET_PREFIXES

ROWS_MIN = 20
DISTINCT_SHARE = 0.95
BODY_MIN = 6
#: Share of body positions allowed a single character class (letter only or digit only).
FIXED_SHARE = 0.125
LETTER_SHARE = 0.75
_SEPARATORS = frozenset("-_.:")
_HEX = frozenset("0123456789abcdefABCDEF")
VIN = re.compile(r"[A-HJ-NPR-Z0-9]{17}")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _bodies(values: list[str]) -> list[str]:
    """The values without the prefix and the suffix they all share."""
    prefix = os.path.commonprefix(values)
    suffix = os.path.commonprefix([v[len(prefix):][::-1] for v in values])[::-1]
    return [v[len(prefix):len(v) - len(suffix)] for v in values]


def _credential(values: list[str]) -> bool:
    """Whether the values begin with a credential's prefix (``sk_``, ``ghp_``, ``token-``)."""
    head = re.match(r"[A-Za-z]+", os.path.commonprefix(values))
    return head is not None and head.group(0).lower() in SECRET_PREFIXES


def vin_like(texts: Sequence[str]) -> bool:
    """Whether every value is a vehicle identification number's shape (:data:`VIN`): a person's car, never a record
    key (also refuses :func:`core.pii.proof.record_key_proof` keys in :func:`core.pii.decide.decide_column`: a fleet of
    one make shares the VINs' first characters like keys after one literal prefix)."""
    values = [t.strip() for t in texts if t.strip()]
    return bool(values) and all(VIN.fullmatch(v) for v in values)


def random_ids(texts: Sequence[str]) -> bool:
    """Whether ``texts`` (non-empty cells) are identifiers drawn at random by a program (module docstring)."""
    values = [t.strip() for t in texts if t.strip()]
    if len(values) < ROWS_MIN or len(set(values)) < DISTINCT_SHARE * len(values) or _credential(values):
        return False
    if vin_like(values):
        return False
    bodies = _bodies(values)
    width = len(bodies[0])
    if width < BODY_MIN or any(len(b) != width for b in bodies):
        return False
    fixed = 0
    for i in range(width):
        column = {b[i] for b in bodies}
        if column <= _SEPARATORS and len(column) == 1:
            continue  # a separator at the same place in every value
        if not all(c.isascii() and c.isalnum() for c in column):
            return False
        if not (any(c.isalpha() for c in column) and any(c.isdecimal() for c in column)):
            fixed += 1
    if fixed > FIXED_SHARE * width:
        return False
    uuids = all(_UUID.search(v) for v in values)
    letters = {c for b in bodies for c in b if c.isalpha()}
    if not uuids and not (any(c.isupper() for c in letters) and any(c.islower() for c in letters)):
        return False  # capitals only: the random-looking codes of documents people carry (module docstring)
    if {c for b in bodies for c in b if c.isalnum()} <= _HEX and not uuids:
        return False  # bare hexadecimal: a device's, a badge's or a hash's (module docstring)
    return sum(any(c.isalpha() for c in b) for b in bodies) >= LETTER_SHARE * len(bodies)
