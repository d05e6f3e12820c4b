"""Helpers of the stage: example pairs joined on the key, lineage, summaries, what a person reads."""

from __future__ import annotations

import re
from typing import Any

import sqlglot
import sqlglot.errors
from sqlglot import exp

from core.display import Code, Table
from core.mapping.models import MatchReport
from core.mapping.plan import ColumnPlan, LineageEdge, MappingPlan
from core.mapping.side import MatchColumn
from core.mapping.target import TargetTable


def example_pairs(report: MatchReport, table: TargetTable, raw_examples: list[dict[str, Any]],
                  rows: list[dict[str, Any]]) -> tuple[dict[str, list[tuple[list[str | None], str | None]]],
                                                        dict[str, dict[int, Any]]]:
    """Target example rows joined to sample rows on the key: pairs and expected values per column."""
    keys = [c.name for c in table.columns if c.constraints.key]
    a = report.assigned(keys[0]) if len(keys) == 1 else None
    if not raw_examples or not rows or a is None or a.kind != "atomic":
        return {}, {}
    src_key = a.sources[0]
    index = {str(r.get(src_key)).strip(): i for i, r in enumerate(rows) if r.get(src_key) is not None}
    pairs: dict[str, list[tuple[list[str | None], str | None]]] = {}
    expected: dict[str, dict[int, Any]] = {}
    for e in raw_examples:
        i = index.get(str(e.get(keys[0])).strip())
        if i is None:
            continue
        for asg in report.assignment:
            ins = [None if rows[i].get(s) is None else str(rows[i].get(s)) for s in asg.sources]
            out = e.get(asg.target)
            pairs.setdefault(asg.target, []).append((ins, None if out is None else str(out)))
            expected.setdefault(asg.target, {})[i] = out
    return pairs, expected


def lineage(columns: list[ColumnPlan], sources: dict[str, MatchColumn], target_table: str) -> list[LineageEdge]:
    """Column-level lineage edges of the plan."""
    return [LineageEdge(source_table=sources[s].table if s in sources else "", source_column=sources[s].name
                        if s in sources else s, target_table=target_table, target_column=c.target,
                        pipeline_hash=c.pipeline_hash) for c in columns for s in c.sources]


def summary(columns: list[ColumnPlan]) -> dict[str, int]:
    """Counts by decision and kind."""
    out = {d: sum(c.decision == d for c in columns) for d in ("accept", "hold", "fix")}
    out |= {f"kind_{k}": sum(c.kind == k for c in columns) for k in ("atomic", "compose", "decompose", "empty")}
    out["columns"] = len(columns)
    out["overrides"] = sum(c.provenance.startswith("override") for c in columns)
    out["remembered"] = sum(c.provenance.startswith("remembered") for c in columns)
    return out


_CONTROL = re.compile(r"[\x00-\x1f]")
_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r", "\b": "\\b", "\f": "\\f"}


def _visible(node: exp.Expression) -> exp.Expression:
    """A string literal holding control characters (a tab, a line break: a trim set, a regex class) as the
    same string in escape syntax (``E' \\t\\n'``), so the listing shows them instead of breaking its lines."""
    if not (isinstance(node, exp.Literal) and node.is_string and _CONTROL.search(node.this)):
        return node
    text = node.this.replace("\\", "\\\\").replace("'", "''")
    text = _CONTROL.sub(lambda m: _ESCAPES.get(m.group(), f"\\x{ord(m.group()):02x}"), text)
    return exp.Var(this=f"E'{text}'")


def readable_sql(sql: str, dialect: str) -> str:
    """``sql`` laid out one clause a line (for reading; the plan keeps the compiled text). In DuckDB and
    PostgreSQL (both read ``E'...'`` escape strings) control characters in literals are written as escapes."""
    try:
        tree = sqlglot.parse_one(sql, read=dialect)
        if dialect in ("duckdb", "postgres"):
            tree = tree.transform(_visible, copy=False)  # a tree of our own: no copies
        return tree.sql(dialect=dialect, pretty=True, max_text_width=65, copy=False)
    except sqlglot.errors.SqlglotError:
        return sql


def _before(value: Any) -> str:
    """The masked inputs of an example: the value alone for one input, ``name: value`` pairs for several."""
    if not isinstance(value, dict):
        return str(value)
    if len(value) == 1:
        return str(next(iter(value.values())))
    return "; ".join(f"{k}: {v}" for k, v in value.items())


def _ops(column: ColumnPlan) -> str:
    """The pipeline's ops in order, a run of the same op written once with its count (``regex_extract x3``)."""
    runs: list[list[Any]] = []
    for step in (column.pipeline or {}).get("steps", []):
        if runs and runs[-1][0] == step["op"]:
            runs[-1][1] += 1
        else:
            runs.append([step["op"], 1])
    return " > ".join(op if n == 1 else f"{op} x{n}" for op, n in runs) or "-"


def plan_tables(plan: MappingPlan) -> dict[str, Table]:
    """What a person reads: the plan (one row per target column) and masked before/after samples."""
    table = Table.of(["target", "source(s)", "kind", "ops", "confidence", "decision", "reasons"], [
        [c.target, " + ".join(c.sources) or "-", c.kind, _ops(c), f"{c.confidence:.2f}", c.decision,
         "; ".join(c.reasons)] for c in plan.columns])
    diffs = Table.of(["target", "status", "before (masked)", "after (masked)"], [
        [c.target, e["status"], _before(e["before"]), e["after"]] for c in plan.columns for e in c.examples])
    return {"plan": table, **({"samples": diffs} if diffs.rows else {})}


def plan_code(plan: MappingPlan) -> dict[str, Code]:
    """The SQL each target column compiles to, laid out for reading, keyed ``SQL: <target>``."""
    return {f"SQL: {c.target}": Code(language="sql", text=readable_sql(c.compiled_sql, plan.dialect))
            for c in plan.columns if c.compiled_sql}
