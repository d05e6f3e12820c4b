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
    if entity == "SENSITIVE" and vocabulary_proof(texts, person_table=True):
        return True
    return others_than_people(entity, texts)


#: Card brands (schemes): a column of them says which network a card belongs to, never whose card it is.
CARD_BRANDS = frozenset("visa mastercard master card mc amex american express discover jcb diners club unionpay china "
                        "maestro mir rupay elo hipercard verve troy cb carte bancaire cartes bancaires bancontact "
                        "interac eftpos dankort girocard uatp electron debit credit".split())


def others_than_people(entity: str | None, texts: Sequence[str]) -> bool:
    """Values that a header naming personal data cannot make personal (session 11): card brands under a card header
    (``Type de carte``: ``VISA``, ``MASTERCARD``), company names under a name header (``TruckingCoName``,
    ``NameOfAuditor``: nine in ten with a legal form or an organisation word,
    :func:`core.pii.value_tests.company_names`),
    and countries or nationalities under a header naming a person or a sensitive attribute (``DirectorNationality``:
    half the rows a country, :data:`core.pii.coarse.NATIONALITY_SHARE_MIN`; never under a place or a birth header)."""
    from core.pii.coarse import NATIONALITY_SHARE_MIN, country_share
    from core.pii.names import fold_name

    if entity == "CREDIT_CARD":
        return all(set(fold_name(t).replace("-", " ").split()) <= CARD_BRANDS for t in texts)
    if entity == "PERSON" and legal_entities(texts):
        return True
    # ethnicity, religion (SENSITIVE) are special categories: a country there says the person's origin
    return entity == "PERSON" and country_share(texts) >= NATIONALITY_SHARE_MIN


#: Legal forms of companies (folded): a person's own name carries none.
LEGAL_FORMS = frozenset(
    "inc ltd llc gmbh ag co corp corporation plc sa sas sarl srl spa bv nv kg oy ab llp lp pty pte limited "
    "incorporated kft zrt sro spol asa aps oyj ltda eireli a/s k/s i/s ivs amba s.r.o. a.s. gmbh&co sp.z.o.o. s.a. "
    "s.l. b.v. n.v. as sl sae sac sapi cv ooo оoo ооо тов llp".split())


def legal_entities(texts: Sequence[str]) -> bool:
    """Companies under a header naming a person (``TruckingCoName``, review of session 11): EVERY distinct value of
    the whole column carries a legal form (:data:`LEGAL_FORMS`), and none names a person the name lexicons know
    beside it (``John Smith Ltd`` is one man's company, his name). A column mixing companies and people stays
    masked."""
    from core.pii.names import fold_name, load_name_lexicon, name_keys

    distinct = {t.strip() for t in texts if t.strip()}
    if len(texts) < VALUES_MIN or not distinct:
        return False
    lex = load_name_lexicon()
    names = lex.given | lex.surnames
    def legal(word: str) -> bool:
        folded = fold_name(word)
        return folded in LEGAL_FORMS or folded.replace(".", "") in LEGAL_FORMS

    for value in distinct:
        words = [w.strip(",()'\"") for w in value.split()]
        if not any(legal(w) for w in words):
            return False
        if any(name_keys(w.strip(".")) & names and not name_keys(w.strip(".")) & lex.ambiguous for w in words
               if not legal(w) and len(w) >= 3):
            return False
    return True
