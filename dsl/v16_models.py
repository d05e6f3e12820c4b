"""Op models added in DSL 1.6 (minor, additive; ROADMAP §27): calendar parts of a date (ISO weekday,
ISO week and week-year, quarter, day of the year) and English number words. Semantics: dsl/README.md
(table "Ops").
"""

from __future__ import annotations

from typing import Literal

from dsl.op_base import OpBase

#: ops added in DSL 1.6: a pipeline using one must declare ``dsl_version >= 1.6.0``
V1_6_OPS: tuple[str, ...] = ("date_part", "int_to_words", "words_to_int")
#: the parts ``date_part`` reads (ISO 8601 weeks: Monday first, week 1 holds the year's first Thursday)
DATE_PARTS: tuple[str, ...] = ("isodow", "isoweek", "isoyear", "quarter", "dayofyear")
#: the largest value number words are defined for (nine hundred ninety-nine million ...)
WORDS_MAX = 999_999_999


class DatePart(OpBase):
    """v1.6: one calendar part of a date / datetime as an int: ``isodow`` (1 = Monday .. 7 = Sunday),
    ``isoweek`` (1..53), ``isoyear`` (the year the ISO week belongs to), ``quarter`` (1..4),
    ``dayofyear`` (1..366)."""

    op: Literal["date_part"] = "date_part"
    input: str
    output: str
    part: Literal["isodow", "isoweek", "isoyear", "quarter", "dayofyear"]


class IntToWords(OpBase):
    """v1.6: an int 0..999,999,999 -> English cardinal words, lower case, American style: tens and
    units joined by ``-``, no ``and``, groups ``million`` / ``thousand`` / ``hundred`` with empty
    groups left out (``1205`` -> ``"one thousand two hundred five"``, ``0`` -> ``"zero"``); else null."""

    op: Literal["int_to_words"] = "int_to_words"
    input: str
    output: str


class WordsToInt(OpBase):
    """v1.6: canonical English cardinal words (exactly what ``int_to_words`` writes) -> the int;
    anything else (``"One"``, ``"twenty one"``, ``"one hundred and five"``, ``"zero zero"``) -> null.
    Defined like ``roman_to_int``: a value read from the tokens is kept only when ``int_to_words``
    gives the text back (chain ``case`` lower / ``replace`` first for other spellings)."""

    op: Literal["words_to_int"] = "words_to_int"
    input: str
    output: str


V16_MODELS = (DatePart, IntToWords, WordsToInt)
assert tuple(m.model_fields["op"].default for m in V16_MODELS) == V1_6_OPS
