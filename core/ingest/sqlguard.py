"""First read-only guard for generated SQL: only a single plain SELECT of known functions may run.

Every statement a SQL source executes passes :func:`ensure_select_only` first. A refusal is a
**POLICY_BLOCK** (not a DETERMINISTIC_FAILURE): the statement may be well-formed, it is the
read-only policy of §20 that forbids it, and like every policy refusal it is never retried.

Refused: anything that does not parse; more than one statement; a root that is not a SELECT
(or UNION/INTERSECT/EXCEPT of SELECTs); ``SELECT ... INTO``; locking clauses (``FOR UPDATE``,
``FOR SHARE``, ``LOCK IN SHARE MODE``); any DML/DDL/session node anywhere in the tree (so a CTE
wrapping ``DELETE ... RETURNING`` is refused); server variables (``@@x``); schema-qualified
function calls; and **every function not on the dialect's allow-list**
(:data:`ALLOWED_FUNCTIONS`). The allow-list holds exactly the functions mapwright's own SQL uses:
catalog look-ups, sampling and statistics (:mod:`core.ingest.sqlgen`) and the Transform DSL's SQL
backend (``dsl/sql_ops.py``, per dialect). Anything else — ``query_to_xml``, ``pg_read_file``,
``pg_sleep_for``, ``lo_from_bytea``, ``pg_notify``, ``load_file``, ``read_csv``, a user-defined
function — is refused, whatever new function a database release adds. Names are compared as
sqlglot reads them (its canonical name for functions it knows, e.g. ``time_to_str`` for
``to_char``/``strftime``; the written name otherwise). The second guard — a read-only
session/transaction — lives in the SQL adapter and holds even if this check were bypassed.
"""

from __future__ import annotations

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError

from core.errors import PolicyBlock

_FORBIDDEN_NODES: tuple[type[exp.Expr], ...] = (
    exp.Insert, exp.Update, exp.Delete, exp.Merge, exp.Create, exp.Drop, exp.Alter, exp.Command,
    exp.Into, exp.Lock, exp.Set, exp.Transaction, exp.Commit, exp.Rollback, exp.Use, exp.Copy,
    exp.TruncateTable, exp.Grant, exp.Revoke, exp.Pragma, exp.Attach, exp.Detach, exp.Analyze, exp.LoadData,
    exp.SessionParameter,
)

#: Functions of the catalog, sampling and statistics queries (every dialect), plus the boolean
#: connectors and conditionals sqlglot models as functions.
_INGEST = frozenset({
    "and", "or", "case", "if", "cast", "coalesce", "nullif", "count", "min", "max", "avg",
    "row_number", "length", "substring", "md5", "concat",
})
#: Functions the Transform DSL's SQL backend emits that every verified dialect shares.
_DSL_COMMON = frozenset({"abs", "floor", "trunc", "trim", "lower", "upper", "replace"})
#: DSL 1.2 ops (pad, format_number) on the dialects that compile them
_DSL_V12 = frozenset({"pad", "reverse"})

#: DSL 1.4 ops (lists, regex_extract_all, hex, epochs, Roman numerals, normalize) per dialect, as sqlglot
#: reads them back (``instr`` is ``str_position``, DuckDB's ``make_timestamp(us)`` is ``unix_to_time``,
#: ``list_sort`` is ``array_sort``, ``list_filter`` is ``filter``, ``lower(hex(x))`` is ``lower_hex``)
_DSL_V14 = {
    "postgres": frozenset({"array", "array_to_string", "extract", "hex", "make_interval", "normalize", "regexp_matches",
                           "string_to_array", "unnest"}),
    "duckdb": frozenset({"array_sort", "epoch_us", "filter", "hex", "list_position", "lower_hex", "nfc_normalize",
                         "split", "str_position", "unix_to_time"}),
    "sqlite": frozenset({"printf", "str_position"}),
}

#: dialect -> the only functions a statement may call (sqlglot names, lower case)
ALLOWED_FUNCTIONS: dict[str, frozenset[str]] = {
    "postgres": _INGEST | _DSL_COMMON | _DSL_V12 | _DSL_V14["postgres"] | {
        "collate", "concat_ws", "initcap", "make_date", "regexp_like", "regexp_match", "regexp_replace",
        "regexp_split_to_array", "time_to_str", "timestamp_from_parts", "translate",
        "str_position",  # strpos(): words_to_int cuts the text at its scale words (dsl/words_sql.py)
    },
    "duckdb": _INGEST | _DSL_COMMON | _DSL_V12 | _DSL_V14["duckdb"] | {
        # the regex-free fast paths of dsl/duckdb_sql.py: a list literal of powers of ten (parse_int) and the
        # digit-separator test of parse_float
        "array", "contains",
        "array_to_string", "concat_ws", "regexp_extract", "regexp_extract_all", "regexp_like",
        "regexp_full_match", "regexp_replace", "regexp_split", "split_part", "strlen", "time_to_str", "transform",
        "translate", "try_cast", "try_strptime",
    },
    "sqlite": _INGEST | _DSL_COMMON | _DSL_V14["sqlite"],
    "mysql": _INGEST,
}
_ALIASES = {"postgresql": "postgres", "mariadb": "mysql"}


def allowed_functions(dialect: str | None) -> frozenset[str]:
    """The allow-list of ``dialect`` (SQLAlchemy or sqlglot name); an unknown dialect gets only the
    functions of the ingest queries."""
    d = _ALIASES.get(dialect or "", dialect or "")
    return ALLOWED_FUNCTIONS.get(d, _INGEST)


def function_name(node: exp.Func) -> str:
    """The name the allow-list is keyed by: the written name of an unknown function, sqlglot's
    canonical name of a known one."""
    return (node.name if isinstance(node, exp.Anonymous) else node.sql_name()).lower()


def _block(sql: str, reason: str, dialect: str | None) -> PolicyBlock:
    return PolicyBlock(f"read-only SQL guard refused the statement: {reason}", stage="INGEST",
                       rule="sql.select_only", reason=reason, dialect=dialect, statement=sql[:500])


def ensure_select_only(sql: str, dialect: str | None = None) -> exp.Expr:
    """Parse ``sql`` and return its tree if it is a single read-only SELECT; else POLICY_BLOCK."""
    read = _ALIASES.get(dialect or "", dialect)
    try:
        statements = [s for s in sqlglot.parse(sql, read=read) if s is not None]
    except (ParseError, sqlglot.errors.TokenError) as exc:
        raise _block(sql, f"it does not parse ({str(exc).splitlines()[0]})", dialect) from None
    if len(statements) != 1:
        raise _block(sql, f"exactly one statement is allowed, got {len(statements)}", dialect)
    root = statements[0]
    if not isinstance(root, exp.Select | exp.SetOperation):
        raise _block(sql, f"only SELECT is allowed, got {root.key.upper()}", dialect)
    allowed = allowed_functions(dialect)
    for node in root.walk():
        if isinstance(node, _FORBIDDEN_NODES):
            raise _block(sql, f"{node.key.upper()} is not allowed in a read-only query", dialect)
        if isinstance(node, exp.Select) and (node.args.get("locks") or node.args.get("into")):
            raise _block(sql, "locking clauses and SELECT INTO are not allowed", dialect)
        if isinstance(node, exp.Func):
            name = function_name(node)
            if isinstance(node.parent, exp.Dot):
                raise _block(sql, f"schema-qualified function call {node.parent.sql(read)!r} is not allowed",
                             dialect)
            if name not in allowed:
                raise _block(sql, f"function {name}() is not on the {read or 'default'} allow-list", dialect)
    return root
