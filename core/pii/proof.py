"""Value proofs (issue 11, round 2): the short list of value evidence without which no column is stored in clear
on a vocabulary or a header.

Three blind sets in a row leaked 1,000-1,700 cells after the dev set was clean, each time through a rule that
cleared a column on its header or on "a small repeated vocabulary" alone: consignees' cities in Chinese (no letter
case, so "lower-case words" held), a clerk's logins (``m.wanjiru``, ``CLINIC\\yossi.a``), physicians' licence
numbers (``MR 38100``), code words (``мама1965``) and a card PIN under a header that read as a VAT number. The
proofs here are about the values only; a rule that clears a vocabulary or a header-named kind must pass one of
them (and the header must still not name personal data, :mod:`core.pii.decide`):

* :func:`vocabulary_proof` — a closed vocabulary of category labels: every distinct value repeats in at least
  :data:`K_MIN` rows (k-anonymity), and no value carries what a name, a place, a login, a secret or an identifier
  has (a run of four digits, a single-letter part joined to a word, a domain backslash, a word the name lexicons
  know, letters of a script without letter case — names and places there cannot be told from categories — and in
  a table of people a capitalised word or a lower-case word outside ASCII);
* :func:`magnitude_proof` — measurements and amounts: integers whose digit counts vary (no fixed-width code,
  PIN, CVV, phone or id has a modal length shared by fewer than :data:`MODAL_MAX` of its values).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Sequence

from core.pii.luhn import luhn_ok

#: Every value of a vocabulary cleared on its values alone is shared by at least this many rows.
K_MIN = 5
#: A measurement's most common digit count is shared by at most this share of its values.
MODAL_MAX = 0.75
DIGIT_RUN = re.compile(r"\d{4,}")
#: A single letter joined to a word by ``.``, ``_`` or ``\`` (``m.levi``, ``nadia_k``, ``Otieno.P``): a login.
LOGIN_PART = re.compile(r"(?:^|[._\\])[^\W\d_][._\\]|[._\\][^\W\d_](?:[._\\]|$)")
WORD = re.compile(r"[^\W\d_]{3,}")


def _uncased_letters(text: str) -> bool:
    """Whether ``text`` has two letters or more of a script without letter case (CJK, Arabic, Hebrew, Indic)."""
    return sum(1 for c in text if c.isalpha() and c.lower() == c.upper()) >= 2


def _name_words(values: set[str]) -> bool:
    """Whether a word of some value (four letters or more) is a personal name the lexicons know and do not mark
    ambiguous (``svetlana``, ``Wanjiru``)."""
    from core.pii.names import load_name_lexicon, name_keys

    lex = load_name_lexicon()
    names = lex.given | lex.surnames
    return any(len(w) >= 4 and name_keys(w) & names and not name_keys(w) & lex.ambiguous
               for v in values for w in WORD.findall(v))


def vocabulary_proof(texts: Sequence[str], *, person_table: bool, header_safe: bool = False) -> bool:
    """Whether ``texts`` (non-empty cells) are a closed vocabulary of category labels (module docstring).
    ``header_safe``: the header names a non-personal kind, which lifts only the two tests that cannot tell a
    category from a name or a place by themselves (capitalised words in a table of people, uncased scripts);
    k-anonymity, digit runs, logins and known names still apply."""
    counts = Counter(t.strip() for t in texts if t.strip())
    if len(counts) < 1 or min(counts.values()) < K_MIN:
        return False
    values = set(counts)
    for v in values:
        if DIGIT_RUN.search(v) or LOGIN_PART.search(v) or "\\" in v or "@" in v:
            return False
        if header_safe:
            continue
        if _uncased_letters(v):
            return False
        if person_table and any(w[0].isupper() and not w.isupper() or not w.isascii() for w in WORD.findall(v)):
            return False
    return not _name_words(values)


def magnitude_proof(texts: Sequence[str]) -> bool:
    """Whether ``texts`` are integers of varied magnitudes (measurements, amounts), not fixed-width codes."""
    digits = [t.strip().lstrip("-").replace(",", "").replace(".", "") for t in texts if t.strip()]
    if len(digits) < 10 or not all(d.isdecimal() for d in digits):
        return False
    if any(d.startswith("0") and len(d) > 1 for d in digits):
        return False  # zero-padded: a code of fixed width
    lengths = Counter(len(d) for d in digits)
    return len(lengths) >= 2 and max(lengths.values()) <= MODAL_MAX * len(digits)


#: A record key's numbers share their leading digits: (max - min) / max at most this (keys handed out from one
#: block, ``1000740``..``1009398``); ids people carry (national ids, PINs, accounts) span their whole range.
CLUSTER_MAX = 0.02
KEY_DIGITS_MIN = 6
KEY_DISTINCT_MIN = 20
KEY_PREFIX = re.compile(r"^[^\W\d_]{2,}[-_/]?")
#: Share of a coded key's bodies that carry a digit (random letters and digits: ``REF-HBPPC1``; words do not).
DIGITS_SHARE = 0.75
KEY_BODY = re.compile(r"^[^\W_][\w-]*$")
#: Share of numbers passing the Luhn check above which they are identifiers issued with a check digit (card numbers,
#: IMEIs, SIM ICCIDs), never record keys: keys handed out in a block pass it one time in ten.
LUHN_SHARE = 0.9


def record_key_proof(texts: Sequence[str]) -> bool:
    """Whether ``texts`` are keys a system handed out, by their values: at least :data:`KEY_DISTINCT_MIN` distinct
    values of one width and either (a) numbers of :data:`KEY_DIGITS_MIN` digits or more, none zero-padded, that
    share their leading digits (:data:`CLUSTER_MAX`) and do not carry a Luhn check digit (:data:`LUHN_SHARE`), or
    (b) codes that all begin with the same literal prefix of two letters or more (``BK40355921``, ``TX7D75EA…``,
    ``REF-6302O0``), followed by letters and digits of one length, three in four with a digit. Asked only under a
    header naming a record key, never alone."""
    values = {t.strip() for t in texts if t.strip()}
    if len(values) < KEY_DISTINCT_MIN or len({len(v) for v in values}) != 1:
        return False
    if all(v.isdecimal() for v in values):
        if len(next(iter(values))) < KEY_DIGITS_MIN or any(v.startswith("0") for v in values):
            return False
        if sum(luhn_ok(v) for v in values) >= LUHN_SHARE * len(values):
            return False  # a check digit on every value: cards, IMEIs, ICCIDs
        nums = [int(v) for v in values]
        return (max(nums) - min(nums)) / max(nums) <= CLUSTER_MAX
    m = KEY_PREFIX.match(os.path.commonprefix(sorted(values)))
    if m is None:
        return False
    bodies = [v[m.end():] for v in values]
    return all(KEY_BODY.match(b) for b in bodies) and sum(any(c.isdecimal() for c in b) for b in bodies) >= \
        DIGITS_SHARE * len(bodies)


def constant_proof(texts: Sequence[str], n_people: int, *, header_safe: bool = False) -> bool:
    """Whether one value fills the whole column (at least :data:`KEY_DISTINCT_MIN` rows) of a table whose rows are
    at least as many different people: a value every one of them shares (a pay period, a valuation date, an
    institution or currency code) singles out none of them. Only dates and periods, and, under a header naming a
    non-personal kind, numbers of six digits or fewer (a phone or an id has more; a town's postal code shared by all
    is not cleared under a header that says nothing); a name, login or longer number shared by all (the clerk,
    the physician) is never asked."""
    values = {t.strip() for t in texts if t.strip()}
    if len(values) != 1 or len(texts) < KEY_DISTINCT_MIN or n_people < KEY_DISTINCT_MIN:
        return False
    v = next(iter(values))
    if v.isdecimal():
        return header_safe and len(v) <= 6
    return bool(re.fullmatch(r"\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}", v))


def product_codes(texts: Sequence[str]) -> bool:
    """Product codes (``ZAB-8645-C``, ``C97123``): nine in ten values of one shape (letters -> ``A``, digits -> ``9``),
    with letters and digits; asked only under a header naming a product key (``sku``, ``Artikelnummer``), where a
    national id or a phone (digits only) does not pass."""
    from core.pii.shape import shape

    values = [t.strip() for t in texts if t.strip()]
    if len(values) < 10 or not all(any(c.isalpha() for c in v) and any(c.isdecimal() for c in v) for v in values):
        return False
    return Counter(shape(v) for v in values).most_common(1)[0][1] >= 0.9 * len(values)
