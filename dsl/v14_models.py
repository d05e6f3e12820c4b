"""Op models added in DSL 1.4 (minor, additive; ROADMAP §27): lists, all regex matches, hex, Unix
epochs, Roman numerals and Unicode normalization. Semantics: dsl/README.md (table "Ops").
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from dsl.op_base import OpBase

#: ops added in DSL 1.4: a pipeline using one must declare ``dsl_version >= 1.4.0``
V1_4_OPS: tuple[str, ...] = (
    "list_sort", "list_unique", "regex_extract_all", "hex_to_int", "int_to_hex", "epoch_to_datetime",
    "datetime_to_epoch", "roman_to_int", "int_to_roman", "normalize", "strip_accents",
)


class ListSort(OpBase):
    """v1.4: split on the literal ``separator``, sort the items by code point (``descending``), join
    with the same separator. Items are compared byte-wise (UTF-8 order = code point order)."""

    op: Literal["list_sort"] = "list_sort"
    input: str
    output: str
    separator: str = Field(min_length=1, max_length=8)
    descending: bool = False


class ListUnique(OpBase):
    """v1.4: split on the literal ``separator``, keep the first occurrence of every item (exact,
    byte-wise equality) in their order, join with the same separator."""

    op: Literal["list_unique"] = "list_unique"
    input: str
    output: str
    separator: str = Field(min_length=1, max_length=8)


class RegexExtractAll(OpBase):
    """v1.4: every non-overlapping match of ``pattern`` (leftmost-first, scanning on after each
    match), group ``group`` of each (0 = whole match), joined with ``separator``. Empty or
    non-participating groups are left out; no match gives ``""``; null gives null."""

    op: Literal["regex_extract_all"] = "regex_extract_all"
    input: str
    output: str
    pattern: str
    group: int = Field(default=0, ge=0, le=9)
    separator: str = Field(default="", max_length=8)


class HexToInt(OpBase):
    """v1.4: hexadecimal digits ``^[0-9A-Fa-f]{1,15}$`` (no prefix, no sign) -> int; else null."""

    op: Literal["hex_to_int"] = "hex_to_int"
    input: str
    output: str


class IntToHex(OpBase):
    """v1.4: a non-negative int -> its hexadecimal digits without leading zeros (``0`` -> ``"0"``),
    upper or lower case; negative -> null."""

    op: Literal["int_to_hex"] = "int_to_hex"
    input: str
    output: str
    case: Literal["upper", "lower"] = "upper"


class EpochToDatetime(OpBase):
    """v1.4: Unix time (int seconds or milliseconds since 1970-01-01T00:00:00 UTC) -> datetime;
    null outside the years 0001-9999."""

    op: Literal["epoch_to_datetime"] = "epoch_to_datetime"
    input: str
    output: str
    unit: Literal["s", "ms"] = "s"


class DatetimeToEpoch(OpBase):
    """v1.4: date / datetime -> Unix time in whole seconds or milliseconds (rounded down, so
    ``1969-12-31T23:59:59.5`` -> ``-1``); a date is its midnight UTC."""

    op: Literal["datetime_to_epoch"] = "datetime_to_epoch"
    input: str
    output: str
    unit: Literal["s", "ms"] = "s"


class RomanToInt(OpBase):
    """v1.4: a canonical upper-case Roman numeral (``I``..``MMMCMXCIX``, subtractive pairs IV IX XL
    XC CD CM only) -> int; anything else (``IIII``, ``iv``, ``""``) -> null."""

    op: Literal["roman_to_int"] = "roman_to_int"
    input: str
    output: str


class IntToRoman(OpBase):
    """v1.4: an int 1..3999 -> its canonical upper-case Roman numeral; else null."""

    op: Literal["int_to_roman"] = "int_to_roman"
    input: str
    output: str


class Normalize(OpBase):
    """v1.4: Unicode normalization form ``NFC`` or ``NFKC`` (``NFKC`` folds full-width forms,
    ligatures and compatibility characters: ``"１２３ｆｉ"`` -> ``"123fi"``)."""

    op: Literal["normalize"] = "normalize"
    input: str
    output: str
    form: Literal["NFC", "NFKC"] = "NFKC"


class StripAccents(OpBase):
    """v1.4: decompose (NFD), delete the combining diacritical marks U+0300..U+036F, recompose (NFC):
    ``"Ångström"`` -> ``"Angstrom"``; letters without a decomposition (``ß``, ``Ø``, ``ł``) stay."""

    op: Literal["strip_accents"] = "strip_accents"
    input: str
    output: str


V14_MODELS = (ListSort, ListUnique, RegexExtractAll, HexToInt, IntToHex, EpochToDatetime, DatetimeToEpoch,
              RomanToInt, IntToRoman, Normalize, StripAccents)
assert tuple(m.model_fields["op"].default for m in V14_MODELS) == V1_4_OPS
