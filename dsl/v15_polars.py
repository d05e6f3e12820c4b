"""Polars builders of the DSL 1.5 ops (registered into :data:`dsl.compile_polars.POLARS_OPS`).

Native expressions only. The clock ops first check the whole shape (:data:`SHAPE_24`,
:data:`SHAPE_12`), then read the hour as the one or two characters before the first ``:``, exactly
as the SQL builders do (:mod:`dsl.v15_sql`).
"""

from __future__ import annotations

from typing import Any

import polars as pl

Env = dict[str, pl.Expr]
#: 24-hour clock text: hour of one or two digits, minutes, optional seconds (hour <= 23 checked apart)
SHAPE_24 = "^[0-9]{1,2}:[0-5][0-9](:[0-5][0-9])?$"
#: 12-hour clock text: hour of one or two digits, minutes, optional seconds, optional space, AM/PM any case
SHAPE_12 = "^[0-9]{1,2}:[0-5][0-9](:[0-5][0-9])? ?[AaPp][Mm]$"
#: digits then two lower-case letters: the shape an ordinal must have before its round trip is checked
ORDINAL_SHAPE = "^[0-9]{1,18}[a-z]{2}$"


def _list_count(op: Any, env: Env) -> Env:
    e = env[op.input]
    count = e.str.count_matches(op.separator, literal=True).cast(pl.Int64) + 1
    return {op.output: pl.when(e == "").then(pl.lit(0, pl.Int64)).otherwise(count)}


def _list_get(op: Any, env: Env) -> Env:
    e = env[op.input]
    item = e.str.split(op.separator, literal=True).list.get(op.index, null_on_oob=True)
    return {op.output: pl.when(e != "").then(item)}


def ordinal_text(x: pl.Expr) -> pl.Expr:
    """``x`` (>= 0) with its English suffix: ``th`` for 11..13 mod 100, else by the last digit."""
    last, tens = x % 10, x % 100
    suffix = (pl.when((tens >= 11) & (tens <= 13)).then(pl.lit("th"))
              .when(last == 1).then(pl.lit("st")).when(last == 2).then(pl.lit("nd"))
              .when(last == 3).then(pl.lit("rd")).otherwise(pl.lit("th")))
    return pl.when(x >= 0).then(pl.concat_str([x.cast(pl.String), suffix]))


def _int_to_ordinal(op: Any, env: Env) -> Env:
    return {op.output: ordinal_text(env[op.input])}


def _ordinal_to_int(op: Any, env: Env) -> Env:
    e = env[op.input]
    shaped = pl.when(e.str.contains(ORDINAL_SHAPE)).then(e)
    v = shaped.str.head(-2).cast(pl.Int64, strict=False)
    return {op.output: pl.when(ordinal_text(v) == e).then(v)}


def _hour_len(e: pl.Expr) -> pl.Expr:
    return pl.when(e.str.slice(1, 1) == ":").then(pl.lit(1)).otherwise(pl.lit(2))


def _two_digits(h: pl.Expr) -> pl.Expr:
    return pl.when(h < 10).then(pl.concat_str([pl.lit("0"), h.cast(pl.String)])).otherwise(h.cast(pl.String))


def _time_24_to_12(op: Any, env: Env) -> Env:
    e = env[op.input]
    shaped = pl.when(e.str.contains(SHAPE_24)).then(e)
    k = _hour_len(shaped)
    h = shaped.str.head(k).cast(pl.Int64, strict=False)
    h12 = (h + 11) % 12 + 1
    text = _two_digits(h12) if op.pad_hour else h12.cast(pl.String)
    am, pm = (" am", " pm") if op.lower else (" AM", " PM")
    marker = pl.when(h < 12).then(pl.lit(am)).otherwise(pl.lit(pm))
    return {op.output: pl.when(h <= 23).then(pl.concat_str([text, shaped.str.slice(k), marker]))}


def _time_12_to_24(op: Any, env: Env) -> Env:
    e = env[op.input]
    shaped = pl.when(e.str.contains(SHAPE_12)).then(e)
    k = _hour_len(shaped)
    h = shaped.str.head(k).cast(pl.Int64, strict=False)
    rest_len = pl.when(shaped.str.slice(k + 3, 1) == ":").then(pl.lit(6)).otherwise(pl.lit(3))
    pm = shaped.str.slice(-2, 1).is_in(["P", "p"])
    h24 = h % 12 + pl.when(pm).then(pl.lit(12)).otherwise(pl.lit(0))
    text = pl.concat_str([_two_digits(h24), shaped.str.slice(k, rest_len)])
    return {op.output: pl.when((h >= 1) & (h <= 12)).then(text)}


V15_POLARS: dict[str, Any] = {
    "list_count": _list_count, "list_get": _list_get, "int_to_ordinal": _int_to_ordinal,
    "ordinal_to_int": _ordinal_to_int, "time_24_to_12": _time_24_to_12, "time_12_to_24": _time_12_to_24,
}


#: degrees-minutes-seconds text (ASCII ``'`` and ``"``; one optional space after each mark)
DMS_SHAPE = "^[0-9]{1,3}° ?[0-9]{1,2}' ?[0-9]{1,2}(\\.[0-9]{1,3})?\" ?[NSEW]$"
#: one capture group each, unambiguous once :data:`DMS_SHAPE` matched (same text in every engine)
DMS_PARTS = {"deg": "^([0-9]+)°", "min": "° ?([0-9]+)'", "sec": "' ?([0-9]+)[.\"]", "frac": "\\.([0-9]+)\"",
             "hem": "([NSEW])$"}
MS_PER_DEGREE = 3_600_000
HEM_LIMIT = {"N": 90 * MS_PER_DEGREE, "S": 90 * MS_PER_DEGREE, "E": 180 * MS_PER_DEGREE, "W": 180 * MS_PER_DEGREE}
HEM_SIGN = {"N": 1.0, "S": -1.0, "E": 1.0, "W": -1.0}


#: :data:`DMS_SHAPE` with one group per part, read in a single regex pass by Polars
DMS_GROUPS = ("^(?<deg>[0-9]{1,3})° ?(?<min>[0-9]{1,2})' ?(?<sec>[0-9]{1,2})(?:\\.(?<frac>[0-9]{1,3}))?\" ?"
              "(?<hem>[NSEW])$")


def _dms_to_decimal(op: Any, env: Env) -> Env:
    parts = env[op.input].str.extract_groups(DMS_GROUPS)
    part = {k: parts.struct.field(k) for k in DMS_PARTS}
    d, m, s = (part[k].cast(pl.Int64, strict=False) for k in ("deg", "min", "sec"))
    frac_ms = part["frac"].fill_null("").str.pad_end(3, "0").cast(pl.Int64, strict=False)
    num = d * MS_PER_DEGREE + m * 60_000 + s * 1000 + frac_ms
    hem = part["hem"]
    limit = hem.replace_strict(HEM_LIMIT, default=None, return_dtype=pl.Int64)
    sign = hem.replace_strict(HEM_SIGN, default=None, return_dtype=pl.Float64)
    x = num.cast(pl.Float64)
    value = x / (x * 0.0 + pl.lit(float(MS_PER_DEGREE), pl.Float64))  # a true division (see exact_div)
    ok = (m <= 59) & (s <= 59) & (num <= limit)
    return {op.output: pl.when(ok).then(value * sign)}


V15_POLARS["dms_to_decimal"] = _dms_to_decimal


#: 24-hour clock time, an optional space, then ``Z`` or an offset ``±HH:MM`` / ``±HHMM``
SHAPE_UTC = "^[0-9]{1,2}:[0-5][0-9](:[0-5][0-9])? ?(Z|[+-][0-9]{2}:?[0-9]{2})$"
DAY_MINUTES = 1440


def _clock_to_utc(op: Any, env: Env) -> Env:
    e = env[op.input]
    shaped = pl.when(e.str.contains(SHAPE_UTC)).then(e)
    k = _hour_len(shaped)
    h = shaped.str.head(k).cast(pl.Int64, strict=False)
    m = shaped.str.slice(k + 1, 2).cast(pl.Int64, strict=False)
    secs = pl.when(shaped.str.slice(k + 3, 1) == ":").then(shaped.str.slice(k + 3, 3)).otherwise(pl.lit(""))
    n = shaped.str.len_chars()
    colon = shaped.str.slice(n - 3, 1) == ":"
    sign = pl.when(colon).then(shaped.str.slice(n - 6, 1)).otherwise(shaped.str.slice(n - 5, 1))
    oh = pl.when(colon).then(shaped.str.slice(n - 5, 2)).otherwise(shaped.str.slice(n - 4, 2)).cast(pl.Int64,
                                                                                                      strict=False)
    om = shaped.str.slice(n - 2, 2).cast(pl.Int64, strict=False)
    zulu = shaped.str.slice(n - 1, 1) == "Z"
    offset = pl.when(zulu).then(pl.lit(0)).when(sign == "-").then(-(oh * 60 + om)).otherwise(oh * 60 + om)
    t = ((h * 60 + m - offset) % DAY_MINUTES + DAY_MINUTES) % DAY_MINUTES
    text = pl.concat_str([_two_digits(t // 60), pl.lit(":"), _two_digits(t % 60), secs])
    ok = (h <= 23) & (zulu | ((oh <= 23) & (om <= 59)))
    return {op.output: pl.when(ok).then(text)}


V15_POLARS["clock_to_utc"] = _clock_to_utc
