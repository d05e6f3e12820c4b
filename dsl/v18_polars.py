"""Polars builders of the DSL 1.8 ops, registered into :data:`dsl.compile_polars.POLARS_OPS`.

``title_case``: the text split into its characters (``str.split("")``: code points; ``""`` gives no item and
joins back to ``""``), each mapped by the table of :mod:`dsl.unicase` inside ``list.eval`` (a word character
whose previous character is none or no word character takes its upper case, every other character its lower
case, characters without a pair unchanged), joined again. Native expressions only, no Python per row."""

from __future__ import annotations

from typing import Any

import polars as pl

from dsl import unicase

Env = dict[str, pl.Expr]


def _title_case(op: Any, env: Env) -> Env:
    ch = pl.element()
    word = ch.is_in(list(unicase.WORD_CHARS))
    start = word & ~word.shift(1).fill_null(False)
    up = ch.replace(list(unicase.LOWERS), list(unicase.UPPERS))
    low = ch.replace(list(unicase.UPPERS), list(unicase.LOWERS))
    mapped = pl.when(start).then(up).otherwise(low)
    return {op.output: env[op.input].str.split("").list.eval(mapped).list.join("")}


V18_POLARS: dict[str, Any] = {"title_case": _title_case}
