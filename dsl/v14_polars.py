"""Polars builders of the DSL 1.4 ops (registered into :data:`dsl.compile_polars.POLARS_OPS`).

Native expressions only (no Python UDFs). ``regex_extract_all`` with a group re-extracts the group
from each whole match: for the extent-safe flavor the first match inside a match is that match.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from dsl import roman
from dsl.regex import canonical

Env = dict[str, pl.Expr]
HEX_SHAPE = "^[0-9A-Fa-f]{1,15}$"
#: Unix seconds of 0001-01-01T00:00:00 and 9999-12-31T23:59:59 (the DSL's datetime range)
EPOCH_MIN_S, EPOCH_MAX_S = -62135596800, 253402300799
US_PER = {"s": 1_000_000, "ms": 1_000}


def epoch_bounds(unit: str) -> tuple[int, int]:
    """The accepted input range of ``epoch_to_datetime`` in ``unit``."""
    return (EPOCH_MIN_S, EPOCH_MAX_S) if unit == "s" else (EPOCH_MIN_S * 1000, EPOCH_MAX_S * 1000 + 999)


def _items(op: Any, env: Env) -> pl.Expr:
    return env[op.input].str.split(op.separator, literal=True)


def _list_sort(op: Any, env: Env) -> Env:
    return {op.output: _items(op, env).list.sort(descending=op.descending).list.join(op.separator)}


def _list_unique(op: Any, env: Env) -> Env:
    return {op.output: _items(op, env).list.unique(maintain_order=True).list.join(op.separator)}


def _regex_extract_all(op: Any, env: Env) -> Env:
    pat = canonical(op.pattern)
    found = env[op.input].str.extract_all(pat)
    if op.group:
        el = pl.element()
        found = found.list.eval(el.str.extract(pat, op.group)).list.eval(el.filter(el.is_not_null() & (el != "")))
    return {op.output: found.list.join(op.separator)}


def _hex_to_int(op: Any, env: Env) -> Env:
    e = env[op.input]
    return {op.output: pl.when(e.str.contains(HEX_SHAPE)).then(e.str.to_integer(base=16, strict=False))}


def _int_to_hex(op: Any, env: Env) -> Env:
    x = env[op.input]
    chars = "0123456789ABCDEF" if op.case == "upper" else "0123456789abcdef"
    table = {i: chars[i] for i in range(16)}
    digits = [((x // (16 ** k)) % 16).replace_strict(table, return_dtype=pl.String) for k in range(15, -1, -1)]
    text = pl.concat_str(digits).str.strip_chars_start("0")
    return {op.output: pl.when(x >= 0).then(pl.when(text == "").then(pl.lit("0")).otherwise(text))}


def _epoch_to_datetime(op: Any, env: Env) -> Env:
    x = env[op.input]
    lo, hi = epoch_bounds(op.unit)
    safe = pl.when((x >= lo) & (x <= hi)).then(x)  # out of range -> null before any multiplication
    return {op.output: (safe * US_PER[op.unit]).cast(pl.Datetime("us"))}


def _datetime_to_epoch(op: Any, env: Env) -> Env:
    us = env[op.input].cast(pl.Datetime("us")).dt.epoch("us")
    return {op.output: us // US_PER[op.unit]}  # floor division on Int64


def roman_value(e: pl.Expr) -> pl.Expr:
    """Weighted token counts (see :mod:`dsl.roman`)."""
    terms = [e.str.count_matches(tok, literal=True).cast(pl.Int64) * w for tok, w in roman.WEIGHTS.items()]
    return pl.sum_horizontal(terms)


def roman_render(v: pl.Expr) -> pl.Expr:
    """Canonical numeral of ``v`` in 1..3999 (null elsewhere)."""
    parts = [((v // place) % 10).replace_strict(dict(enumerate(table)), return_dtype=pl.String)
             for place, table in roman.DIGITS]
    return pl.when((v >= roman.MIN) & (v <= roman.MAX)).then(pl.concat_str(parts))


def _roman_to_int(op: Any, env: Env) -> Env:
    e = env[op.input]
    v = roman_value(e)
    return {op.output: pl.when(roman_render(v) == e).then(v)}


def _int_to_roman(op: Any, env: Env) -> Env:
    return {op.output: roman_render(env[op.input])}


def _normalize(op: Any, env: Env) -> Env:
    return {op.output: env[op.input].str.normalize(op.form)}


#: the combining diacritical marks block, deleted by ``strip_accents`` between NFD and NFC
MARKS = "[\u0300-\u036f]"


def _strip_accents(op: Any, env: Env) -> Env:
    return {op.output: env[op.input].str.normalize("NFD").str.replace_all(MARKS, "").str.normalize("NFC")}


V14_POLARS: dict[str, Any] = {
    "list_sort": _list_sort, "list_unique": _list_unique, "regex_extract_all": _regex_extract_all,
    "hex_to_int": _hex_to_int, "int_to_hex": _int_to_hex, "epoch_to_datetime": _epoch_to_datetime,
    "datetime_to_epoch": _datetime_to_epoch, "roman_to_int": _roman_to_int, "int_to_roman": _int_to_roman,
    "normalize": _normalize, "strip_accents": _strip_accents,
}
