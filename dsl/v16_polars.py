"""Polars builders of the DSL 1.6 ops (registered into :data:`dsl.compile_polars.POLARS_OPS`).

Native expressions only. ``words_to_int`` reads the value the way :func:`dsl.numwords.from_words` does
(the groups before `` million`` / `` thousand`` and the rest, each split at `` hundred``, token values
summed) and keeps it only when every group (0..999) written as words gives the text back, which is
``int_to_words`` of the value.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from dsl import numwords

Env = dict[str, pl.Expr]


def _date_part(op: Any, env: Env) -> Env:
    d = env[op.input].dt
    part = {"isodow": d.weekday(), "isoweek": d.week(), "isoyear": d.iso_year(), "quarter": d.quarter(),
            "dayofyear": d.ordinal_day()}[op.part]
    return {op.output: part.cast(pl.Int64)}


def _word(x: pl.Expr, table: dict[int, str]) -> pl.Expr:
    return x.replace_strict(table, default=None, return_dtype=pl.String)


def _below_100(x: pl.Expr) -> pl.Expr:
    ones = dict(enumerate(numwords.ONES))
    tens = {i: w for i, w in enumerate(numwords.TENS) if w}
    compound = pl.concat_str([_word(x // 10, tens), pl.when(x % 10 > 0).then(pl.lit("-") + _word(x % 10, ones))],
                             ignore_nulls=True)
    return pl.when(x < 20).then(_word(x, ones)).otherwise(compound)


def _group(x: pl.Expr) -> pl.Expr:
    """1..999 as words; null for 0."""
    hundreds = pl.when(x >= 100).then(_word(x // 100, dict(enumerate(numwords.ONES))) + pl.lit(" hundred"))
    rest = pl.when(x % 100 > 0).then(_below_100(x % 100))
    return pl.when(x > 0).then(pl.concat_str([hundreds, rest], separator=" ", ignore_nulls=True))


def words_text(x: pl.Expr) -> pl.Expr:
    """``x`` (0..999,999,999) as English words; null outside."""
    parts = [pl.when(x // mult % 1000 > 0).then(_group(x // mult % 1000) + pl.lit(f" {word}"))
             for word, mult in numwords.SCALES]
    text = pl.concat_str([*parts, _group(x % 1000)], separator=" ", ignore_nulls=True)
    return (pl.when(x.is_null() | (x < 0) | (x > numwords.MAX)).then(pl.lit(None, pl.String))
            .when(x == 0).then(pl.lit("zero")).otherwise(text))


def _int_to_words(op: Any, env: Env) -> Env:
    return {op.output: words_text(env[op.input])}


def _token_sum(text: pl.Expr) -> pl.Expr:
    tokens = text.str.replace_all("-", " ", literal=True).str.split(" ")
    values = tokens.list.eval(pl.element().replace_strict(numwords.TOKEN_VALUES, default=0, return_dtype=pl.Int64))
    return values.list.sum().cast(pl.Int64)


def _group_value(text: pl.Expr) -> pl.Expr:
    """100 x the token before `` hundred`` + the sum of the tokens after it (or of all tokens)."""
    hundreds = text.str.extract("^([a-z]*) hundred", 1).fill_null("")
    rest = text.str.replace("^[a-z]* hundred ?", "")
    return 100 * _token_sum(hundreds) + _token_sum(rest)


def _words_to_int(op: Any, env: Env) -> Env:
    e = env[op.input]
    shaped = pl.when(e.str.contains("^[a-z -]{1,200}$")).then(e)
    texts = [shaped.str.extract("^([a-z -]*?) million", 1).fill_null(""),
             shaped.str.extract("^(?:.* million )?([a-z -]*?) thousand", 1).fill_null(""),
             shaped.str.replace("^.*(million|thousand)( |$)", "")]
    groups = [_group_value(t) for t in texts]
    # the round trip per group (each 0..999), so the text is exactly what int_to_words writes
    words = [pl.when(g > 0).then(_group(g) + pl.lit(f" {word}")) for g, (word, _) in zip(groups, numwords.SCALES,
                                                                                        strict=False)]
    rendered = pl.concat_str([*words, _group(groups[2])], separator=" ", ignore_nulls=True)
    rendered = pl.when(groups[0] + groups[1] + groups[2] == 0).then(pl.lit("zero")).otherwise(rendered)
    value = groups[0] * 1_000_000 + groups[1] * 1000 + groups[2]
    small = (groups[0] < 1000) & (groups[1] < 1000) & (groups[2] < 1000)
    return {op.output: pl.when(small & (rendered == shaped)).then(value)}


V16_POLARS: dict[str, Any] = {"date_part": _date_part, "int_to_words": _int_to_words, "words_to_int": _words_to_int}
