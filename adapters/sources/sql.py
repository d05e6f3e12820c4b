"""SQL source adapter: read-only introspection and sampling over SQLAlchemy, queries by sqlglot.

Schemas: ``schema_ref`` (``schema`` or ``schema.table``) narrows what is read; without it the
allow-list (``allowed_schemas``) is read, else the connection's default schema. A schema outside
a non-empty allow-list is a POLICY_BLOCK. Tables of the default schema are named ``table``,
others ``schema.table``. Every statement this adapter writes goes through
:func:`core.ingest.sqlguard.ensure_select_only` and runs on a read-only session
(:mod:`adapters.sources.sql_session`); SQLAlchemy's inspector queries run on that same session.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import polars as pl
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from adapters.sources.sql_session import classify_db_error, read_only_engine, safe_url
from core.catalog import ColumnSchema, ColumnStats, ForeignKey, TableSchema
from core.errors import DeterministicFailure, MapwrightError, PolicyBlock
from core.ingest.ports import SamplePlan
from core.ingest.sqlgen import count_query, estimate_query, sample_query, sqlglot_dialect, stats_query
from core.ingest.sqlguard import ensure_select_only
from core.ingest.standardize import logical_type_of_sql, standardize_headers


@dataclass
class _Table:
    schema: str | None
    table: str
    columns: list[tuple[str, str]]  # (source name, standardized name)


class SqlSource:
    """A :class:`core.ingest.ports.SourcePort` over a SQL database (PostgreSQL, MySQL/MariaDB, SQLite)."""

    def __init__(self, location: str, *, allowed_schemas: list[str] | None = None,
                 schema_ref: str | None = None) -> None:
        self.engine: Engine = read_only_engine(location)
        self._location = safe_url(self.engine.url)
        self._dialect = sqlglot_dialect(self.engine.dialect.name)
        self.allowed_schemas = list(allowed_schemas or [])
        self.schema_ref = schema_ref
        self._tables: dict[str, _Table] = {}

    @property
    def source_type(self) -> Literal["file", "sql"]:
        """Always ``sql``."""
        return "sql"

    @property
    def location(self) -> str:
        """The URL, password hidden."""
        return self._location

    @property
    def dialect(self) -> str | None:
        """sqlglot dialect name (postgres, mysql, sqlite)."""
        return self._dialect

    # -- guarded execution -------------------------------------------------------------------
    def query(self, sql: str, conn: Connection | None = None, params: Mapping[str, Any] | None = None,
              ) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run one guarded read-only SELECT; returns (column names, rows).

        ``params`` binds the ``:name`` markers of :func:`core.ingest.sqlgen.bind` (the driver sends
        the values apart from the statement). Every other colon is escaped, so a colon inside a
        quoted identifier is never taken for a parameter; bind names are fresh random words
        (:func:`_bind_names`), so no identifier read from the database can contain one."""
        ensure_select_only(sql, self._dialect)
        if conn is None:
            with self._connect() as c:
                return self.query(sql, c, params)
        stmt = sql.replace(":", "\\:")
        for name in params or {}:
            stmt = stmt.replace("\\:" + name, ":" + name)
        try:
            res = conn.execute(text(stmt), dict(params or {}))
            return list(res.keys()), [tuple(r) for r in res.fetchall()]
        except SQLAlchemyError as exc:
            raise classify_db_error(exc, self._location, "query") from exc

    def _connect(self) -> Connection:
        try:
            return self.engine.connect()
        except SQLAlchemyError as exc:
            raise classify_db_error(exc, self._location, "connect to") from exc

    # -- SourcePort ---------------------------------------------------------------------------
    def introspect(self, *, with_stats: bool) -> list[TableSchema]:
        """Tables of the allowed schemas with columns, keys, row estimates (and stats if asked)."""
        with self._connect() as conn:
            try:
                return self._introspect(conn, with_stats)
            except MapwrightError:
                raise
            except SQLAlchemyError as exc:
                raise classify_db_error(exc, self._location, "introspect") from exc

    def sample(self, table: str, plan: SamplePlan) -> pl.DataFrame:
        """Deterministic sample via a sqlglot-generated, guarded SELECT."""
        t = self._tables.get(table)
        if t is None:
            self.introspect(with_stats=False)
            t = self._tables.get(table)
        if t is None:
            raise DeterministicFailure(f"no table {table!r} in {self._location}", table=table)
        sql = sample_query(t.schema, t.table, t.columns, plan, self._dialect)
        names, rows = self.query(sql)
        return pl.DataFrame(rows, schema=names, orient="row", infer_schema_length=None)

    # -- helpers ------------------------------------------------------------------------------
    def _schemas(self, conn: Connection) -> tuple[list[str | None], str | None]:
        insp = inspect(conn)
        default = insp.default_schema_name
        only_table: str | None = None
        if self.schema_ref:
            parts = self.schema_ref.split(".", 1)
            schemas: list[str | None] = [parts[0]]
            only_table = parts[1] if len(parts) == 2 else None
        elif self.allowed_schemas:
            schemas = list(self.allowed_schemas)
        else:
            schemas = [default]
        if self.allowed_schemas:
            for s in schemas:
                if s not in self.allowed_schemas:
                    raise PolicyBlock(f"schema {s!r} is not on the allow-list {self.allowed_schemas}",
                                      stage="INGEST", rule="sql.schema_allowlist", schema=s)
        existing = set(insp.get_schema_names())
        # duckdb_engine lists schemas as ``catalog.schema`` (``mydb.main``) while the default schema and
        # every table lookup use the bare name: a bare name exists when some catalog has it
        if self._dialect == "duckdb":
            existing |= {n.rsplit(".", 1)[-1] for n in existing}
        missing = [s for s in schemas if s is not None and s not in existing]
        if missing:
            raise DeterministicFailure(f"schema(s) {missing} do not exist in {self._location}", stage="INGEST")
        return schemas, only_table

    def _introspect(self, conn: Connection, with_stats: bool) -> list[TableSchema]:
        insp = inspect(conn)
        schemas, only_table = self._schemas(conn)
        default = insp.default_schema_name
        out: list[TableSchema] = []
        for schema in schemas:
            names = sorted(insp.get_table_names(schema=schema))
            if only_table is not None:
                if only_table not in names:
                    raise DeterministicFailure(f"table {schema}.{only_table} does not exist", stage="INGEST")
                names = [only_table]
            for name in names:
                out.append(self._table(conn, insp, schema, name, default, with_stats))
        if not out:
            raise DeterministicFailure(f"no tables found in schema(s) {schemas} of {self._location}", stage="INGEST")
        return out

    def _table(self, conn: Connection, insp: Any, schema: str | None, name: str, default: str | None,
               with_stats: bool) -> TableSchema:
        if self._dialect == "duckdb":
            cols, pk_cols, reflected_fks = _duckdb_reflect(conn, schema or default, name)
        else:
            cols = insp.get_columns(name, schema=schema)
            pk_cols = (insp.get_pk_constraint(name, schema=schema) or {}).get("constrained_columns") or []
            reflected_fks = insp.get_foreign_keys(name, schema=schema)
        col = self._column_name
        raw = [col(c["name"]) for c in cols]
        std, steps = standardize_headers(raw)
        rename = dict(zip(raw, std, strict=True))
        pk = [rename[col(c)] for c in pk_cols]
        fks = [
            ForeignKey(columns=[rename.get(col(c), col(c)) for c in fk["constrained_columns"]],
                       ref_table=(f"{fk['referred_schema']}.{fk['referred_table']}"
                                  if fk.get("referred_schema") not in (None, default) else fk["referred_table"]),
                       ref_columns=[col(c) for c in fk["referred_columns"]])
            for fk in reflected_fks
        ]
        table_name = name if schema in (None, default) else f"{schema}.{name}"
        self._tables[table_name] = _Table(schema, name, list(zip(raw, std, strict=True)))
        logical = [logical_type_of_sql(str(c["type"])) for c in cols]
        rows = self._row_estimate(conn, schema or default, name)
        stats = self._stats(conn, schema, name, raw, logical) if with_stats else {}
        if with_stats and stats:
            rows = stats.pop("__rows")  # type: ignore[assignment]
        columns = [
            ColumnSchema(name=std[i], original_name=raw[i], position=i + 1, logical_type=logical[i],
                         physical_type=str(c["type"]), nullable=bool(c.get("nullable", True)),
                         is_key=len(pk) == 1 and std[i] in pk, stats=stats.get(raw[i]) or ColumnStats(row_count=rows))
            for i, c in enumerate(cols)
        ]
        steps += [{"op": "dtype", "column": c.name, "from": c.physical_type, "to": c.logical_type} for c in columns]
        return TableSchema(name=table_name, source_location=f"{self._location}#{schema or ''}.{name}",
                           columns=columns, primary_key=pk, foreign_keys=fks, row_estimate=rows,
                           format={"format": "sql", "dialect": self._dialect, "schema": schema, "table": name},
                           standardization=steps)

    def _column_name(self, reflected: str) -> str:
        """The real column name. SQLAlchemy's MySQL reflection reads columns and key columns from
        ``SHOW CREATE TABLE`` and leaves a backtick doubled (`` a``b `` for ``a`b``); undoing
        the doubling is its exact inverse (a real ``a``b`` is reflected as ``a````b``)."""
        return reflected.replace("``", "`") if self._dialect == "mysql" else reflected

    def _row_estimate(self, conn: Connection, schema: str | None, table: str) -> int:
        s_name, t_name = _bind_names(2)
        sql = estimate_query(self._dialect, s_name, t_name) if schema else None
        if sql is not None:
            _, rows = self.query(sql, conn, {s_name: schema, t_name: table})
            if rows and rows[0][0] is not None and float(rows[0][0]) > 0:
                return int(float(rows[0][0]))
        _, rows = self.query(count_query(schema, table, self._dialect), conn)
        return int(rows[0][0])

    def _stats(self, conn: Connection, schema: str | None, table: str, raw: list[str],
               logical: Sequence[str]) -> dict[str, Any]:
        names, rows = self.query(stats_query(schema, table, list(zip(raw, logical, strict=True)), self._dialect), conn)
        r = dict(zip(names, rows[0], strict=True))
        n = int(r["n"])
        out: dict[str, Any] = {"__rows": n}
        for i, c in enumerate(raw):
            avg = r.get(f"c{i}_lavg")
            out[c] = ColumnStats(
                row_count=n, null_count=n - int(r[f"c{i}_nn"]), distinct_count=int(r[f"c{i}_d"]),
                min_length=r.get(f"c{i}_lmin"), max_length=r.get(f"c{i}_lmax"),
                mean_length=round(float(avg), 3) if avg is not None else None,
                min=None if r.get(f"c{i}_min") is None else str(r[f"c{i}_min"]),
                max=None if r.get(f"c{i}_max") is None else str(r[f"c{i}_max"]),
            )
        return out


def _bind_names(n: int) -> list[str]:
    """``n`` fresh, unguessable bind-parameter names."""
    token = uuid.uuid4().hex
    return [f"mwb{token}_{i}" for i in range(n)]


_DUCK_COLUMNS = text(
    "SELECT column_name, data_type, is_nullable FROM duckdb_columns() WHERE database_name = current_database() "
    "AND schema_name = :schema AND table_name = :table ORDER BY column_index")
_DUCK_CONSTRAINTS = text(
    "SELECT constraint_type, constraint_column_names, referenced_table, referenced_column_names "
    "FROM duckdb_constraints() WHERE database_name = current_database() AND schema_name = :schema "
    "AND table_name = :table AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY') ORDER BY constraint_index")


def _duckdb_reflect(conn: Connection, schema: str | None, name: str,
                    ) -> tuple[list[dict[str, Any]], list[str], list[dict[str, Any]]]:
    """Columns, primary key and foreign keys of a DuckDB table from DuckDB's own catalog functions.

    duckdb_engine's SQLAlchemy reflection queries ``pg_catalog`` views DuckDB 1.x/2.x no longer has
    (``pg_collation``, ``regclass``); ``duckdb_columns()``/``duckdb_constraints()`` are DuckDB's API."""
    params = {"schema": schema or "main", "table": name}
    cols = [{"name": r[0], "type": _DuckType(r[1]), "nullable": bool(r[2])}
            for r in conn.execute(_DUCK_COLUMNS, params)]
    pk: list[str] = []
    fks: list[dict[str, Any]] = []
    for kind, names, ref_table, ref_cols in conn.execute(_DUCK_CONSTRAINTS, params):
        if kind == "PRIMARY KEY" and not pk:
            pk = list(names)
        elif kind == "FOREIGN KEY" and ref_table:
            fks.append({"constrained_columns": list(names), "referred_schema": None, "referred_table": ref_table,
                        "referred_columns": list(ref_cols or [])})
    return cols, pk, fks


class _DuckType:
    """A reflected DuckDB type: its SQL name (what ``str(type)`` gives for SQLAlchemy types)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __str__(self) -> str:
        return self.name
