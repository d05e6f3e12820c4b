"""Whether a non-personal header fits the values under it (issue 11, deny by default).

A safe header word (``status``, ``type``, ``amount``, ``code``) is evidence only for the values such a header
holds. Over many distinct values that look like names, identifiers or codes it proves nothing (a ``Status``
column of people's names, an ``amount`` column of nine-digit phone numbers is a mislabelled or misaligned
column), so :mod:`core.pii.decide` clears such values under a safe header only when :func:`header_fits`:

* names or words, many distinct (not a small repeated vocabulary): the header names a thing or a business
  (``store_name``, ``product``, ``merchant``: :func:`core.pii.business.business_header`) or a non-personal
  catalog domain of named things (:data:`NAMED_DOMAINS`: ``person.job_title``, ``address.state_province``);
* codes, many distinct: the header names a catalog domain of codes (:data:`CODE_DOMAINS`) or holds a safe word
  other than the generic attribute words of
  :data:`ATTRIBUTE_WORDS` (``auth_cd``, ``referral_code``, ``sku`` fit; ``status`` or ``type`` over
  thousands of distinct codes does not);
* long integers (:func:`core.pii.kinds.number_kind` ``number_id``: seven digits or more, or zero-padded):
  a record-key header (``customer_id``, ``KUNNR``), or amounts whose widths vary (``900000``, ``2061000``);
  digit strings of one fixed width under any other header are identifiers (phones that lost their
  leading zero, national ids) and stay masked.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.pii.header_words import SAFE_TOKENS
from core.pii.headers import HeaderSignal, id_header

#: Generic attribute and measure words: safe over a small vocabulary or a number, no evidence over many
#: distinct names or codes.
ATTRIBUTE_WORDS = frozenset(
    "type kind category cat class segment tier level grade rating score priority rank status state stat flag "
    "source medium channel mode method reason outcome result group typ tipo tipologia art gruppe grupo groupe "
    "gruppo soort tyyppi kategori kategorie categoria categorie estado etat stato durum tila sts "
    "amount amt price total subtotal sum net gross value code cd codigo codice kod kode".split())


#: Non-personal catalog domains whose values are names or words (a state, a department, a job title, a company).
NAMED_DOMAINS = frozenset({"address.country_name", "address.state_province", "org.company_name", "org.department",
                           "org.industry", "org.legal_form", "person.job_title", "text.product_name", "geo.timezone"})
#: Prefixes of non-personal catalog domains whose values are codes (record keys, ISO codes, cost centres).
CODE_DOMAINS = ("id.", "iso.", "web.", "org.")


def _tokens(header: str) -> list[str]:
    from core.vocab.tokens import split_tokens

    return [t for t in split_tokens(header) if not t.isdecimal()]


def header_fits(kind: str, h: HeaderSignal, texts: Sequence[str], *, enum: bool) -> bool:
    """Whether the safe header ``h`` may clear values of ``kind`` (module docstring); ``enum``: the values are
    a small repeated vocabulary (always fit)."""
    if enum or kind not in ("names", "words", "code", "number_id"):
        return True
    if kind in ("names", "words"):
        from core.pii.business import business_header

        return h.domain in NAMED_DOMAINS or business_header(h.text)
    if kind == "code":
        return h.domain in NAMED_DOMAINS or (h.domain or "").startswith(CODE_DOMAINS) or any(
            t in SAFE_TOKENS and t not in ATTRIBUTE_WORDS for t in _tokens(h.text))
    if (h.domain or "").startswith("id.") or id_header(h.text):
        return True
    widths = {len(t.lstrip("-").split(".")[0].split(",")[0]) for t in texts}
    return len(widths) >= 2 and not any(t.startswith("0") and len(t) > 1 for t in texts)


#: Words that name a code and nothing else (``code``, ``cd``, ``Kode``, ``zone``): a header of these words alone says
#: nothing of what the code is of.
CODE_WORDS = frozenset("code codes cd codigo codice kod kode koodi kood zone zona".split())


def bare_code_header(header: str) -> bool:
    """Whether every word of ``header`` names a code and nothing else (:data:`CODE_WORDS`; ``code``, ``Code 2``,
    ``zone``). Integers of varied widths under it prove no measure (session 13: round postal codes of two countries,
    ``1000`` and ``75000``, or Italian codes without leading zeros, cleared under a header named plain ``code``)."""
    from core.pii.numbered import NUMBER_MARKS, header_tokens

    tokens = header_tokens(header)  # ``Code no``, ``Code #``, ``Code nr`` say no more than ``code`` (review F4)
    return any(t in CODE_WORDS for t in tokens) and all(t in CODE_WORDS or t in NUMBER_MARKS for t in tokens)
