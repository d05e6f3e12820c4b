"""DuckDB's regex-free fast paths (dsl/duckdb_sql.py) agree with Polars on adversarial text.

The fast paths lean on what DuckDB's casts and strptime accept; these tests feed each one a few
thousand strings built to hit exactly the places where DuckDB is laxer than the DSL (spaces,
digit separators, signs, exponents, inf/nan, short fields padded back to full width, year 0000,
missing or extra literals) and compare the to_sql (layered) and compile_pipeline (inlined, the
ELT form) results with the Polars reference, row by row.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import duckdb
import polars as pl
import pytest

from dsl import dates
from dsl.compile_sql import compile_pipeline, to_sql
from dsl.models import Pipeline
from tests.dsl.dsl_harness import norm, run_polars

PIECES = ["", " ", "\t", "\n", "\x0b", "\xa0", "+", "-", "+-", "_", "0", "00", "x", "e", "e0", "E5", "e005", ".",
          "inf", "nan", "Z", "|", "/", "١"]


def _mutations(base: str) -> set[str]:
    """Every one-character replacement, deletion and insertion of a few troublemakers, plus affixes."""
    out = {base}
    chars = [" ", "\t", "0", "9", "/", "-", ".", "_", "x", "+", "e", ":", "T"]
    for i in range(len(base) + 1):
        for ch in chars:
            out.add(base[:i] + ch + base[i:])
            if i < len(base):
                out.add(base[:i] + ch + base[i + 1:])
        if i < len(base):
            out.add(base[:i] + base[i + 1:])
            out.add(base[:i] + base[i + 1:] + " ")  # a field one digit short, padded back to full width
            out.add(" " + base[:i] + base[i + 1:])
    for a, b in itertools.product(PIECES, repeat=2):
        out.add(a + base + b)
    return out


def _run_duckdb(pipe: Pipeline, values: list[str | None], inlined: bool) -> list[Any]:
    con = duckdb.connect()
    try:
        frame = pl.DataFrame({"_rn": list(range(len(values))), "a": values}, schema={"_rn": pl.Int64, "a": pl.String})
        con.register("frame", frame.to_arrow())
        con.execute("CREATE TABLE t AS SELECT * FROM frame")
        if inlined:
            expr = compile_pipeline(pipe, "duckdb", {"a": "string"})["o"]
            sql = f"SELECT _rn, {expr.sql(dialect='duckdb')} FROM t ORDER BY 1"
        else:
            aug = pipe.model_copy(update={"inputs": ["a", "_rn"], "outputs": ["_rn", "o"]})
            sql = f"SELECT * FROM ({to_sql(aug, 'duckdb', 't', {'a': 'string', '_rn': 'int'})}) q ORDER BY 1"
        return [norm(r[1]) for r in con.execute(sql).fetchall()]
    finally:
        con.close()


def _check(pipe: Pipeline, values: set[str]) -> None:
    vals: list[str | None] = sorted(values) + [None]
    ref = [r[0] for r in run_polars(pipe, [{"a": v} for v in vals], {"a": "string"})]
    for inlined in (False, True):
        got = _run_duckdb(pipe, vals, inlined)
        bad = [(v, r, g) for v, r, g in zip(vals, ref, got, strict=True) if r != g]
        assert not bad, f"{len(bad)} values differ from Polars (inlined={inlined}), e.g. {bad[:5]}"


def _cast(to: str) -> Pipeline:
    return Pipeline.from_json({"inputs": ["a"], "outputs": ["o"], "input_types": {"a": "string"},
                               "steps": [{"op": "type_cast", "input": "a", "output": "o", "to": to}]})


def test_parse_float_fast_path_agrees() -> None:
    values: set[str] = set()
    for base in ["62.45", "5", "5.", ".5", "0.5", "1e5", "1E05", "1.e5", "007", "12_3.4", "1e99", "9" * 30]:
        values |= _mutations(base)
    values |= {"9" * 31, "1" * 29 + ".5", "1." + "0" * 28, "0" * 30, "Infinity", "-nan", "1e-400", "١٢"}
    _check(_cast("float"), values)


def test_parse_int_agrees() -> None:
    values: set[str] = set()
    for base in ["5", "123", "007", "0", "9" * 18, "1e2", "0x10", "0b11", "1_000"]:
        values |= _mutations(base)
    values |= {"9" * 19, "-" + "9" * 18, "+" + "9" * 18, "1.5", "2.5", "-0"}
    _check(_cast("int"), values)


def _render(fmt: str, when: dt.datetime) -> str:
    return fmt.replace("%Y", f"{when.year:04d}").replace("%m", f"{when.month:02d}").replace(
        "%d", f"{when.day:02d}").replace("%H", f"{when.hour:02d}").replace("%M", f"{when.minute:02d}").replace(
        "%S", f"{when.second:02d}")


@pytest.mark.parametrize("fmt", dates.FORMATS)
def test_date_parse_fast_path_agrees(fmt: str) -> None:
    pipe = Pipeline.from_json({"inputs": ["a"], "outputs": ["o"], "input_types": {"a": "string"},
                               "steps": [{"op": "date_parse", "input": "a", "output": "o", "format": fmt}]})
    values: set[str] = set()
    for when in (dt.datetime(2000, 2, 29, 23, 59, 58), dt.datetime(1, 1, 1), dt.datetime(999, 5, 6, 7, 8, 9),
                 dt.datetime(9999, 12, 31, 1, 2, 3), dt.datetime(2001, 10, 5, 12, 30, 5)):
        values |= _mutations(_render(fmt, when))
    values |= {_render(fmt, dt.datetime(2000, 1, 1)).replace("2000", "0000"),
               _render(fmt, dt.datetime(2001, 1, 1)).replace("01", "00", 1),
               _render(fmt, dt.datetime(2001, 1, 1)).replace("2001", "12001"), "", "2001-02-29", "29/02/2001"}
    _check(pipe, values)


def test_date_fast_path_is_taken() -> None:
    """The fast formats compile to the sentinel form (a change that silently dropped it would slow DuckDB)."""
    for fmt in dates.FORMATS:
        pipe = Pipeline.from_json({"inputs": ["a"], "outputs": ["o"], "input_types": {"a": "string"},
                                   "steps": [{"op": "date_parse", "input": "a", "output": "o", "format": fmt}]})
        sql = compile_pipeline(pipe, "duckdb")["o"].sql(dialect="duckdb")
        assert ("'|'" in sql) == (" " not in fmt), (fmt, sql)


@pytest.mark.parametrize("side", ["both", "left", "right"])
def test_trim_fast_path_agrees(side: str) -> None:
    """One-argument trim stands in for the whitespace set only where both give the same text."""
    pipe = Pipeline.from_json({"inputs": ["a"], "outputs": ["o"], "input_types": {"a": "string"},
                               "steps": [{"op": "trim", "input": "a", "output": "o", "side": side}]})
    ends = ["", " ", "  ", "\t", "\r\n", "\n", "\x0b", "\x0c", "\r", "\xa0", "\u2003", "\u3000", " \t ", "\x85", "!",
            "\x7f", "\x1f", "é", "\u200b"]
    cores = ["", "us", "a b", "a\tb", "x\r\ny", "é", "\u00e9t\u00e9", "!", "~", "\x00"]
    values = {a + c + b for a in ends for b in ends for c in cores}
    _check(pipe, values)


def test_literal_split_parts_agree() -> None:
    """A literal split gives NULL for a missing part and '' for an empty one, as Polars."""
    pipe = Pipeline.from_json({"inputs": ["a"], "outputs": ["x", "y", "z"], "input_types": {"a": "string"},
                               "steps": [{"op": "regex_split", "input": "a", "outputs": ["x", "y", "z"],
                                          "pattern": ", "}]})
    values = {"".join(p) for n in range(5) for p in itertools.product(["a", ", ", ",", " ", "é"], repeat=n)}
    vals: list[str | None] = sorted(values) + [None]
    ref = run_polars(pipe, [{"a": v} for v in vals], {"a": "string"})
    con = duckdb.connect()
    try:
        frame = pl.DataFrame({"_rn": list(range(len(vals))), "a": vals}, schema={"_rn": pl.Int64, "a": pl.String})
        con.register("frame", frame.to_arrow())
        con.execute("CREATE TABLE t AS SELECT * FROM frame")
        exprs = compile_pipeline(pipe, "duckdb")
        sql = ", ".join(exprs[o].sql(dialect="duckdb") for o in ("x", "y", "z"))
        got = [tuple(r[1:]) for r in con.execute(f"SELECT _rn, {sql} FROM t ORDER BY 1").fetchall()]
    finally:
        con.close()
    assert got == ref


def test_collapse_fast_path_agrees() -> None:
    """Runs of 1..9 spaces (the fast path stops at four), every other whitespace character, NBSP and
    U+0085 (not DSL whitespace), at the ends and inside, alone and mixed."""
    pipe = Pipeline.from_json({"inputs": ["a"], "outputs": ["o"], "input_types": {"a": "string"},
                               "steps": [{"op": "collapse_whitespace", "input": "a", "output": "o"}]})
    runs = [" " * n for n in range(1, 10)] + ["\t", "\n", "\r\n", "\x0b", "\x0c", "\r", " \t ", "\xa0", "\x85",
                                              "  \xa0  ", "\t\t", "\x01", ""]
    words = ["", "a", "ab c", "é"]
    values = {w1 + r1 + w2 + r2 + w3 for w1 in words for w2 in ("x", "yz") for w3 in words
              for r1 in runs for r2 in ("", " ", "   ", "\n", "     ")}
    _check(pipe, values)
