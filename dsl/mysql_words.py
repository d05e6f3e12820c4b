"""``words_to_int`` on MariaDB (dialect ``mysql``): the candidate of :mod:`dsl.words_sql`, bound by ``JSON_TABLE``.

PostgreSQL, DuckDB and SQLite bind the cuts and the candidate once each in nested one-row derived tables; a
MariaDB derived table cannot read the outer row. A ``JSON_TABLE`` can: inside a correlated scalar subquery
its document may name the outer row's columns, and a later ``JSON_TABLE`` in the same ``FROM`` may name the
columns of an earlier one (they are lateral). So each level is ``JSON_TABLE(JSON_ARRAY(e1, e2, ..), '$'
COLUMNS (c1 LONGTEXT PATH '$[0]', ..))``: one row whose columns are the values (``LONGTEXT`` takes the
connection's ``utf8mb4`` text back unchanged, a JSON ``null`` is SQL ``NULL``). The candidate is kept when the
``int_to_words`` builder writes the text back, compared as bytes (the collation would ignore case and trailing
spaces). ``INSTR`` follows the collation (``' MILLION'`` is found in ``' million'``), which changes the
candidate only for texts that are not canonical words, whose candidates the round trip rejects anyway.
"""

from __future__ import annotations

from typing import Any

from sqlglot import exp

from dsl import sql_ops as so
from dsl.mysql_bytes import binary
from dsl.words_sql import SCALE_WORDS, _c, _cut, scaled_total, words_text

Env = so.Env


def _bind(cols: dict[str, tuple[exp.Expression, str]], alias: str) -> exp.Table:
    """``JSON_TABLE(JSON_ARRAY(..), '$' COLUMNS (name type PATH '$[i]', ..)) AS alias``: one row of ``cols``."""
    defs = [exp.JSONColumnDef(this=exp.to_identifier(name, quoted=True), kind=exp.DataType.build(kind, dialect="mysql"),
                              path=so.s(f"$[{i}]")) for i, (name, (_, kind)) in enumerate(cols.items())]
    table = exp.JSONTable(this=so.fn("JSON_ARRAY", *[e for e, _ in cols.values()]),
                          schema=exp.JSONSchema(expressions=defs), path=so.s("$"))
    return exp.Table(this=table, alias=exp.TableAlias(this=exp.to_identifier(alias, quoted=True)))


def words_to_int(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``words_to_int``: cuts and candidate bound by lateral ``JSON_TABLE``s, kept when its words are the text."""
    e = env[op.input]
    (million, _), (thousand, _) = SCALE_WORDS
    text = "LONGTEXT"
    m_head, m_tail = _cut(e, million, ctx)
    level1 = _bind({"_dsl_g1": (m_head, text), "_dsl_r": (m_tail, text)}, "_dsl_w1")
    k_head, k_tail = _cut(_c("_dsl_r", "_dsl_w1"), thousand, ctx)
    level2 = _bind({"_dsl_g2": (k_head, text), "_dsl_g3": (k_tail, text)}, "_dsl_w2")
    groups = {"_dsl_g1": _c("_dsl_g1", "_dsl_w1"), "_dsl_g2": _c("_dsl_g2", "_dsl_w2"),
              "_dsl_g3": _c("_dsl_g3", "_dsl_w2")}
    cuts: dict[str, tuple[exp.Expression, str]] = {}
    for g, col in groups.items():
        head, tail = _cut(col, " hundred", ctx)
        cuts[g + "h"], cuts[g + "t"] = (head, text), (tail, text)
    level3 = _bind(cuts, "_dsl_w3")
    total = scaled_total(ctx)
    level4 = _bind({"_dsl_x": (total, "BIGINT")}, "_dsl_u")
    v = _c("_dsl_x", "_dsl_u")
    check = so.case((exp.EQ(this=binary(words_text(v, ctx)), expression=binary(e.copy())), v.copy()))
    sel = exp.select(check).from_(level1, copy=False)
    for level in (level2, level3, level4):
        sel = sel.join(level, copy=False)
    return {op.output: exp.Subquery(this=sel)}
