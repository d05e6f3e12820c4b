"""Personal data under headers that hide it (issue 11, the four leak classes of the blind PII set).

A table-level pass over the decisions of :func:`core.pii.decide.decide_table` that only masks columns it cleared:

1. **Record numbers in a health table** (:func:`record_numbers`): in a table with health context
   (:func:`core.pii.health.health_context`) and person columns, an identifier-shaped column (mostly distinct codes
   with digits: ``PF/2024/1084``) is a medical record number whatever its header says (``sku`` in a stock app kept as
   a register); the table's plain integer or UUID row key is not identifier-shaped here.
2. **Roman-numeral districts** (:func:`roman_vocabulary`): a small vocabulary of Roman numerals in a table of people
   is a district of residence (arrondissements, kerületek, distritos) unless the header names a non-personal kind
   (grade, class, level, stage, chapter, phase, tier...).
3. **Address-part headers** (:func:`address_part_header`): words naming a part of an address that the header
   lexicon lacks — Arabic with or without the article (قطعة block, جادة avenue, منزل house, شقة flat, ص.ب P.O. box)
   and the same parts in other languages (``bloque``, ``квартира``, ``arrondissement``, ``postfach``). Parts that
   also name things of a business (block, floor, building, district) count in a table of people, or beside another
   part of an address (a street, a house: the table splits an address into its parts). The words are the header
   lexicon's (:mod:`core.pii.header_words`); a column masked without an entity under one is labelled ``LOCATION``.
4. **Surname plus initials** (:func:`initial_names`): ``Бобоев Ф.``, ``Иванов И. И.``, ``J. Smith`` in any cased
   script are person names under any header; one word with changing letters (``Block A.``, ``Model X.``) is a code.
   A column masked without an entity (deny by default) is labelled ``PERSON`` too, so the table counts as one of
   people for the other classes (and for domaining).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.pii.decision import ColumnDecision
from core.pii.detect import parse_date
from core.pii.header_words import (
    ADDRESS_PARTS,
    ADDRESS_PARTS_WEAK,
    ARABIC_ADDRESS_PARTS,
    ARABIC_ADDRESS_PARTS_WEAK,
    ARABIC_ADDRESS_STEMS,
)
from core.pii.health import health_context
from core.pii.shape import cell_text
from core.vocab.tokens import split_tokens

#: Share of the cells that must have the shape of a class.
SHAPE_MIN = 0.9
#: Identifier-shaped: mostly distinct (one per row).
DISTINCT_MIN = 0.8
_ID = re.compile(r"[^\W_]+(?:[/\-.#:][^\W_]+)+|[^\W\d_]{1,6}\d{3,}|\d{3,}[^\W\d_]{1,3}|0\d{3,}")
_DATE = re.compile(r"\d{1,4}[/\-.]\d{1,2}[/\-.]\d{1,4}")
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?")
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
#: Most distinct Roman numerals of a district vocabulary (Paris has 20 arrondissements, Budapest 23 kerületek).
ROMAN_DISTINCT_MAX = 30
#: Fewest distinct numerals, two of them of two letters or more: ``M``/``V`` is a sex, ``X`` a deletion flag.
ROMAN_DISTINCT_MIN = 3
#: Header words naming a non-personal kind a Roman numeral counts (besides a safe header of the lexicon).
ROMAN_KINDS = frozenset(
    "grade class level stage chapter phase tier part volume vol book act round semester term series edition "
    "klasse stufe niveau nivel fase etapa capitulo kapitel chapitre capitolo grado classe categoria category "
    "degree rank century siglo jahrhundert siecle secolo quarter trimestre quartal year form division league cat "
    "kategorie klasa razred evfolyam osztaly".split())
_ARABIC_WORD = re.compile(r"[\u0600-\u06FF]+")
#: Words that, capitalised before an initial, name a thing and not a person (``Block A.``, ``Model X.``).
CODE_WORDS = frozenset(
    "block model type class section unit building phase grade level zone row gate plan option series version part "
    "room ward bed hall wing tower sector lot area bay dock line group team form table figure appendix annex item "
    "site plot door floor stage tier category size route platform exhibit schedule article case annex".split())


def _texts(values: Sequence[object]) -> list[str]:
    return [t.strip() for v in values if (t := cell_text(v)) is not None and t.strip()]


def _mask(d: ColumnDecision, entity: str | None, reason: str) -> ColumnDecision:
    return ColumnDecision(column=d.column, clear=False, entity=entity, reason=reason)


def identifier_shaped(texts: Sequence[str]) -> bool:
    """Whether the cells are record numbers: nine in ten codes with digits (``PF/2024/1084``, ``MRN00412``,
    ``004512``) and not dates or decimal numbers, mostly distinct. A plain integer or a UUID (a row key) is not."""
    if len(texts) < 3:
        return False
    ok = [t for t in texts if any(c.isdigit() for c in t) and _ID.fullmatch(t) and not _DATE.match(t)
          and parse_date(t) is None
          and not (_NUMBER.fullmatch(t) and not t.startswith("0")) and not _TIME.fullmatch(t) and len(t) <= 24
          and not _uuid(t)]
    return len(ok) >= SHAPE_MIN * len(texts) and len(set(texts)) >= DISTINCT_MIN * len(texts)


def _uuid(text: str) -> bool:
    return bool(re.fullmatch(r"[0-9a-fA-F]{8}-?(?:[0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}", text))


def roman_vocabulary(texts: Sequence[str]) -> bool:
    """Whether nine in ten cells are Roman numerals (upper case) of a small vocabulary that repeats, with
    :data:`ROMAN_DISTINCT_MIN` values or more, two of them of several letters (one-letter flags are no numerals)."""
    romans = [t for t in texts if t and _ROMAN.fullmatch(t.rstrip("."))]
    distinct = set(romans)
    return (len(texts) >= 3 and len(romans) >= SHAPE_MIN * len(texts) and ROMAN_DISTINCT_MIN <= len(distinct)
            <= ROMAN_DISTINCT_MAX and len(distinct) < len(romans) and sum(len(r) > 1 for r in distinct) >= 2)


def roman_kind_header(header: str) -> bool:
    """Whether the header names a non-personal kind a Roman numeral counts (grade, stage, chapter...): words of
    :data:`ROMAN_KINDS`, not any safe header (``arr``, an amount, counts no Roman numeral)."""
    return bool(set(split_tokens(header)) & ROMAN_KINDS)


def address_part_header(header: str, person_table: bool) -> bool:
    """Whether the header names a part of an address the header lexicon lacks (module docstring, class 3); the
    parts of :data:`core.pii.header_words.ADDRESS_PARTS_WEAK` (and their Arabic) only when ``person_table``; the
    lists are the header lexicon's (:mod:`core.pii.header_words`), one list for every reader."""
    tokens = set(split_tokens(header))
    arabic = {w[2:] if w.startswith("ال") and len(w) > 3 else w for w in _ARABIC_WORD.findall(header)}
    if tokens & ADDRESS_PARTS or arabic & ARABIC_ADDRESS_PARTS or any(s in header for s in ARABIC_ADDRESS_STEMS):
        return True
    return person_table and bool(tokens & ADDRESS_PARTS_WEAK or arabic & ARABIC_ADDRESS_PARTS_WEAK)


def _initials(token: str) -> bool:
    parts = [p for p in token.split(".") if p]
    return token.endswith(".") and 1 <= len(parts) <= 2 and all(len(p) == 1 and p.isupper() for p in parts)


def _surname(token: str) -> bool:
    parts = token.split("-")
    return all(len(p) >= 2 and p[0].isupper() and p[1:].islower() and p.isalpha() for p in parts)


def initial_name(text: str) -> str | None:
    """The surname of a ``Surname I.`` / ``Surname I. O.`` / ``I. Surname`` / ``И.И. Иванов`` value, else None."""
    toks = text.split()
    if not 2 <= len(toks) <= 3:
        return None
    if _surname(toks[0]) and all(_initials(t) for t in toks[1:]) and sum(t.count(".") for t in toks[1:]) <= 2:
        return toks[0]
    if _surname(toks[-1]) and all(_initials(t) for t in toks[:-1]) and sum(t.count(".") for t in toks[:-1]) <= 2:
        return toks[-1]
    return None


def initial_names(texts: Sequence[str]) -> bool:
    """Whether nine in ten cells are a surname with one or two initials, under two surnames or more, no one word
    carrying most of the distinct values and no word of :data:`CODE_WORDS` (``Block A.``, ``Model X.``)."""
    words = [initial_name(t) for t in texts]
    named = [w for w in words if w]
    if len(texts) < 2 or len(named) < SHAPE_MIN * len(texts):
        return False
    if any(w.casefold() in CODE_WORDS for w in named):
        return False
    per_word: dict[str, set[str]] = {}
    for t, w in zip(texts, words, strict=True):
        if w:
            per_word.setdefault(w, set()).add(t)
    distinct = len(set(texts))
    return len(per_word) >= 2 and max(len(s) for s in per_word.values()) <= max(1, distinct // 2)


def disguised_columns(decided: list[ColumnDecision], columns: Sequence[str], values: dict[str, list[object]],
                      names: dict[str, str], table: str | None,
                      person_entities: frozenset[str]) -> list[ColumnDecision]:
    """Mask the cleared columns of the four classes (module docstring); ``person_entities``: the entities of a masked
    column that make the table a table of people."""
    texts = {c: _texts(values[c]) for c in columns}
    out = [_mask(d, "PERSON", "values are surnames with initials (Бобоев Ф., J. Smith): person names under any "
                 "header") if (d.clear or d.entity is None) and initial_names(texts[d.column]) else d for d in decided]
    person = any(not d.clear and d.entity in person_entities for d in out)
    located = {d.column for d in out if address_part_header(names[d.column], False) or (
        not d.clear and d.entity == "LOCATION")}
    health = None
    result = []
    for d in out:
        c = d.column
        if (d.clear or d.entity is None) and address_part_header(names[c], person or bool(located - {c})):
            d = _mask(d, "LOCATION", "header names a part of an address (block, avenue, house, flat, district)")
        elif not person:
            pass
        elif d.clear and roman_vocabulary(texts[c]) and not roman_kind_header(names[c]):
            d = _mask(d, "LOCATION", "Roman numerals in a table of people under a header naming no grade or stage: "
                      "a district of residence (arrondissement, kerület)")
        elif d.clear and identifier_shaped(texts[c]):
            health = health_context(columns, names, values, table) if health is None else health
            if health - {c}:
                d = _mask(d, "MEDICAL_RECORD", "identifier-shaped values in a health table of people (a patient's "
                          "record number, whatever the header says)")
        result.append(d)
    return result

