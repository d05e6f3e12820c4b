"""Dialect-portable read queries for SQL sources, built as sqlglot trees and rendered per dialect.

Sampling (:func:`sample_query`) mirrors the file sampler: rows are ranked by
``MD5('<seed>|' || key columns as text)`` — deterministic, independent of physical order — and
the lowest ranks are kept (``ORDER BY rank LIMIT rows_max``). With strata, ``ROW_NUMBER() OVER
(PARTITION BY stratum ORDER BY hash)`` interleaves strata first. Date strata are bucketed by
month via the first 7 characters of the ISO text form. SQLite has no MD5: the adapter registers
a deterministic ``md5`` function on its connections.

Identifiers are always quoted sqlglot identifiers (the dialect's quoting: ``"..."`` with ``""``
doubling, MySQL backticks with doubled backticks, where a backslash is an ordinary character), so
a hostile name is read as a name. Values that come from the database or the user (schema and
table names in catalog look-ups) never become SQL literals: they are bound parameters
(:func:`bind`), which the driver sends apart from the statement — on MySQL/MariaDB, where a
backslash escapes inside a string literal, no quoting scheme is needed at all.
"""

from __future__ import annotations

from sqlglot import exp

from core.ingest.ports import SamplePlan

SQLGLOT_DIALECTS = {"postgresql": "postgres", "mysql": "mysql", "mariadb": "mysql", "sqlite": "sqlite"}


def sqlglot_dialect(sqlalchemy_name: str) -> str:
    """sqlglot dialect name for an SQLAlchemy dialect name."""
    return SQLGLOT_DIALECTS.get(sqlalchemy_name, sqlalchemy_name)


def _table(schema: str | None, table: str) -> exp.Table:
    return exp.table_(table, db=schema, quoted=True)


def _col(name: str) -> exp.Column:
    return exp.column(name, quoted=True)


def _text(e: exp.Expr) -> exp.Expr:
    return exp.func("COALESCE", exp.cast(e, "text"), exp.Literal.string(""))


def bind(name: str) -> exp.Expr:
    """A bound-parameter marker ``:name`` (SQLAlchemy ``text()`` syntax; sqlglot parses it as a
    placeholder in every dialect). ``name`` must be a plain word chosen by us, never data."""
    if not name.isidentifier() or not name.isascii():
        raise ValueError(f"bind parameter names are plain ASCII words, got {name!r}")
    return exp.var(":" + name)


def estimate_query(dialect: str, schema_param: str, table_param: str) -> str | None:
    """The catalog row-estimate look-up of ``dialect`` (None where there is none), with the schema
    and table names as the bound parameters ``schema_param`` / ``table_param``."""
    if dialect == "postgres":
        q = (exp.select(exp.column("reltuples", table="c"))
             .from_(exp.table_("pg_class", db="pg_catalog", alias="c"))
             .join(exp.table_("pg_namespace", db="pg_catalog", alias="n"),
                   on=exp.EQ(this=exp.column("oid", table="n"), expression=exp.column("relnamespace", table="c")))
             .where(exp.and_(exp.EQ(this=exp.column("nspname", table="n"), expression=bind(schema_param)),
                             exp.EQ(this=exp.column("relname", table="c"), expression=bind(table_param)))))
    elif dialect == "mysql":
        q = (exp.select(exp.column("table_rows")).from_(exp.table_("tables", db="information_schema"))
             .where(exp.and_(exp.EQ(this=exp.column("table_schema"), expression=bind(schema_param)),
                             exp.EQ(this=exp.column("table_name"), expression=bind(table_param)))))
    else:
        return None
    return q.sql(dialect=dialect)


def count_query(schema: str | None, table: str, dialect: str) -> str:
    """``SELECT COUNT(*) FROM table``."""
    return exp.select(exp.func("COUNT", exp.Star())).from_(_table(schema, table)).sql(dialect=dialect)


def stats_query(schema: str | None, table: str, columns: list[tuple[str, str]], dialect: str) -> str:
    """One aggregate SELECT: row count, then per column non-null count, distinct count, and
    (strings) min/max length or (others) min/max value as text. ``columns`` = (name, logical)."""
    sel: list[exp.Expr] = [exp.func("COUNT", exp.Star()).as_("n")]
    for i, (name, logical) in enumerate(columns):
        c = _col(name)
        sel += [exp.func("COUNT", c).as_(f"c{i}_nn"), exp.Count(this=exp.Distinct(expressions=[c])).as_(f"c{i}_d")]
        if logical == "string":
            ln = exp.Length(this=c)
            sel += [exp.func("MIN", ln).as_(f"c{i}_lmin"), exp.func("MAX", ln).as_(f"c{i}_lmax"),
                    exp.func("AVG", ln).as_(f"c{i}_lavg")]
        elif logical != "binary":
            sel += [exp.cast(exp.func("MIN", c), "text").as_(f"c{i}_min"),
                    exp.cast(exp.func("MAX", c), "text").as_(f"c{i}_max")]
    return exp.select(*sel).from_(_table(schema, table)).sql(dialect=dialect)


def sample_query(schema: str | None, table: str, columns: list[tuple[str, str]], plan: SamplePlan,
                 dialect: str) -> str:
    """The deterministic sampling SELECT. ``columns`` = (source name, output name)."""
    by_out = dict((o, s) for s, o in columns)
    keys = [by_out.get(k, k) for k in plan.key_columns] or [s for s, _ in columns]
    parts: list[exp.Expr] = [exp.Literal.string(f"{plan.seed}|")]
    for i, k in enumerate(keys):
        if i:
            parts.append(exp.Literal.string("|"))
        parts.append(_text(_col(k)))
    h = exp.func("MD5", exp.Concat(expressions=parts))
    inner_sel: list[exp.Expr] = [_col(s).as_(o, quoted=True) for s, o in columns]
    inner_sel.append(h.as_("mw_h"))
    order: list[exp.Expr] = []
    if plan.strata and plan.strata in by_out:
        s: exp.Expr = _col(by_out[plan.strata])
        if plan.strata_kind == "month":
            s = exp.Substring(this=exp.cast(s, "text"), start=exp.Literal.number(1), length=exp.Literal.number(7))
        rn = exp.Window(this=exp.RowNumber(), partition_by=[s],
                        order=exp.Order(expressions=[exp.Ordered(this=h.copy())]))
        inner_sel.append(rn.as_("mw_r"))
        order.append(exp.Ordered(this=exp.column("mw_r")))
    order.append(exp.Ordered(this=exp.column("mw_h")))
    inner = exp.select(*inner_sel).from_(_table(schema, table))
    outer = (exp.select(*[exp.column(o, quoted=True) for _, o in columns])
             .from_(inner.subquery("mw_s")).order_by(*order).limit(plan.rows_max))
    return outer.sql(dialect=dialect)
