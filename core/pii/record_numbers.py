"""Numbered business records in a table of people (session 14, issue 11 precision): ``rechnung_nr``, ``no_tiket``,
``k.kvittun_nr``, ``Nro. Boleto``, ``№ дог.``, ``Claim No``.

Since session 13's review a number word next to words no list knows proves no record key in a table of people
(:func:`core.pii.numbered.unknown_numbered`: ``CDC No``, ``N° CNSS`` number the person's own documents). The nouns
here name a *business record* in several languages — an invoice, a receipt, a ticket, a contract, a claim — never a
document a person carries (card, book, passport, policy, member or account numbers stay unknown: a health-insurance
policy, a social-security member number and a utility account are personal on the golden sets). Such a header
clears a column only with value evidence, :func:`segmented_keys`: keys a system handed out from one counter, whose
prefixes may vary (a branch, a year, a series: ``ЛВ-20000``, ``R-0207-50012``, ``HP2024-03001``, ``001-0001045``).
Measured on the PII dev set before building (both header modes): 12 non-personal columns of 9 authors pass header
and values, no personal column does; values alone would pass staff numbers and birth dates, so the header is needed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.pii.number_marks import NUMBER_MARKS
from core.pii.numbered import header_tokens

#: Nouns of business records (invoice, receipt, ticket, contract, claim) in the languages of the golden sets and
#: their neighbours; matched as whole header words (accents folded by the tokenizer).
RECORD_NOUNS = frozenset(
    # invoice
    "invoice rechnung faktura fatura factura facture fattura faktur "
    # receipt
    "receipt kvittun kvitto kvittering kvittung квитанция квитансия квитанція recibo recu ricevuta "
    # ticket
    "ticket tiket boleto billete bilet билет білет biglietto "
    # contract
    "agreement дог договор договір шартнома "
    # claim
    "claim".split())
#: A number word, or ``id`` (``Ticket ID``), must stand next to the noun.
_KEY_MARKS = NUMBER_MARKS | {"id"}
_TRAIL = re.compile(r"^(.*?)(\d{4,})$")
#: Keys of one counter: their numbers lie within this many times their count of each other (as
#: :func:`core.pii.evidence.packed_keys`).
SPREAD = 50
DISTINCT_MIN = 20
#: Share of distinct values whose numbers are distinct: a key's number is unique (a date's year is not).
UNIQUE_SHARE = 0.9


def record_noun_header(header: str) -> bool:
    """Whether ``header`` is a number word (or ``id``) next to a business record's noun (:data:`RECORD_NOUNS`)."""
    tokens = header_tokens(header)
    return any(t in RECORD_NOUNS for t in tokens) and any(t in _KEY_MARKS for t in tokens)


def segmented_keys(texts: Sequence[str]) -> bool:
    """Whether ``texts`` are keys from one counter: at least :data:`DISTINCT_MIN` distinct values, each ending in a
    run of four digits or more of one width, the runs (nine in ten distinct) within :data:`SPREAD` times their count
    of each other; whatever precedes the run (a series, a year, a branch) may vary."""
    values = {t.strip() for t in texts if t.strip()}
    if len(values) < DISTINCT_MIN:
        return False
    parts = [_TRAIL.match(v) for v in values]
    if not all(parts):
        return False
    runs = [m.group(2) for m in parts if m is not None]
    if len({len(r) for r in runs}) != 1:
        return False
    nums = [int(r) for r in runs]
    if len(set(nums)) < UNIQUE_SHARE * len(values):
        return False
    return max(nums) - min(nums) <= SPREAD * len(values)
