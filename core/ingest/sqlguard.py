"""First read-only guard for SQL sources: only a single plain SELECT may run.

Every statement a SQL source executes passes :func:`ensure_select_only` first. A refusal is a
**POLICY_BLOCK** (not a DETERMINISTIC_FAILURE): the statement may be well-formed, it is the
read-only policy of §20 that forbids it, and like every policy refusal it is never retried.

Refused: anything that does not parse; more than one statement; a root that is not a SELECT
(or UNION/INTERSECT/EXCEPT of SELECTs); ``SELECT ... INTO``; locking clauses (``FOR UPDATE``,
``FOR SHARE``, ``LOCK IN SHARE MODE``); any DML/DDL/session node anywhere in the tree (so a CTE
wrapping ``DELETE ... RETURNING`` is refused); and functions with side effects or server file
access (:data:`FORBIDDEN_FUNCTIONS`). The second guard — a read-only session/transaction — lives
in the SQL adapter and holds even if this check were bypassed.
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
)

FORBIDDEN_FUNCTIONS = frozenset({
    "set_config", "pg_sleep", "pg_terminate_backend", "pg_cancel_backend", "pg_reload_conf",
    "pg_read_file", "pg_read_binary_file", "pg_ls_dir", "lo_import", "lo_export", "dblink", "dblink_exec",
    "nextval", "setval", "pg_advisory_lock", "pg_advisory_xact_lock", "txid_current",
    "sleep", "benchmark", "load_file", "get_lock", "release_lock", "load_extension", "writefile", "readfile",
})


def _block(sql: str, reason: str, dialect: str | None) -> PolicyBlock:
    return PolicyBlock(f"read-only SQL guard refused the statement: {reason}", stage="INGEST",
                       rule="sql.select_only", reason=reason, dialect=dialect, statement=sql[:500])


def ensure_select_only(sql: str, dialect: str | None = None) -> exp.Expr:
    """Parse ``sql`` and return its tree if it is a single read-only SELECT; else POLICY_BLOCK."""
    try:
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except (ParseError, sqlglot.errors.TokenError) as exc:
        raise _block(sql, f"it does not parse ({str(exc).splitlines()[0]})", dialect) from None
    if len(statements) != 1:
        raise _block(sql, f"exactly one statement is allowed, got {len(statements)}", dialect)
    root = statements[0]
    if not isinstance(root, exp.Select | exp.SetOperation):
        raise _block(sql, f"only SELECT is allowed, got {root.key.upper()}", dialect)
    for node in root.walk():
        if isinstance(node, _FORBIDDEN_NODES):
            raise _block(sql, f"{node.key.upper()} is not allowed in a read-only query", dialect)
        if isinstance(node, exp.Select) and (node.args.get("locks") or node.args.get("into")):
            raise _block(sql, "locking clauses and SELECT INTO are not allowed", dialect)
        if isinstance(node, exp.Func):
            name = (node.name if isinstance(node, exp.Anonymous) else node.sql_name()).lower()
            if name in FORBIDDEN_FUNCTIONS:
                raise _block(sql, f"function {name}() is not allowed", dialect)
    return root
