"""The statement guard is an allow-list: the functions mapwright's own SQL uses pass, on every
dialect; every other function (file readers, nested SQL, sleeps, notifications, large objects,
user-defined functions) is a POLICY_BLOCK."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlglot import exp

from core.errors import PolicyBlock
from core.ingest import sqlgen
from core.ingest.ports import SamplePlan
from core.ingest.sqlguard import ALLOWED_FUNCTIONS, ensure_select_only, function_name
from dsl.compile_sql import DialectUnsupported, to_sql
from dsl.models import Pipeline

GOLDEN = Path(__file__).parents[1] / "dsl" / "golden"

#: (dialect, statement) that the old deny-list let through or that read files / run nested SQL
REFUSED = [
    ("postgres", "SELECT query_to_xml('select * from pg_authid', true, true, '')"),
    ("postgres", "SELECT pg_stat_file('/etc/passwd')"),
    ("postgres", "SELECT pg_read_file('/etc/passwd')"),
    ("postgres", "SELECT pg_sleep_for('5 seconds')"),
    ("postgres", "SELECT lo_from_bytea(0, 'x')"),
    ("postgres", "SELECT pg_notify('ch', 'x')"),
    ("postgres", "SELECT query_to_xml_and_xmlschema('select 1', true, true, '')"),
    ("postgres", "SELECT * FROM pg_ls_dir('.')"),
    ("postgres", "SELECT current_setting('data_directory')"),
    ("postgres", "SELECT pg_catalog.pg_read_file('/etc/passwd')"),
    ("postgres", "SELECT public.md5(x) FROM t"),
    ("postgres", "SELECT dblink('host=x', 'select 1')"),
    ("postgres", "SELECT x FROM t WHERE pg_sleep(1) IS NULL"),
    ("postgres", "SELECT xpath('/a', query_to_xml('select 1', true, true, '')) FROM t"),
    ("mysql", "SELECT load_file('/etc/passwd')"),
    ("mysql", "SELECT sleep(5)"),
    ("mysql", "SELECT benchmark(1000000, md5('x'))"),
    ("mysql", "SELECT CURRENT_USER()"),
    ("mysql", "SELECT @@version"),
    ("mysql", "SELECT User FROM mysql.user WHERE get_lock('x', 1)"),
    ("mariadb", "SELECT load_file('/etc/passwd')"),
    ("sqlite", "SELECT load_extension('x')"),
    ("sqlite", "SELECT readfile('/etc/passwd')"),
    ("sqlite", "SELECT * FROM pragma_table_info('t')"),
    ("duckdb", "SELECT * FROM read_csv('/etc/passwd')"),
    ("duckdb", "SELECT * FROM glob('/*')"),
    ("duckdb", "SELECT getenv('HOME')"),
    ("duckdb", "SELECT read_text('/etc/passwd')"),
]


@pytest.mark.parametrize(("dialect", "sql"), REFUSED)
def test_functions_off_the_allow_list_are_refused(dialect: str, sql: str) -> None:
    with pytest.raises(PolicyBlock) as info:
        ensure_select_only(sql, dialect)
    assert info.value.details["rule"] == "sql.select_only"


def _golden_pipelines() -> list[tuple[Pipeline, dict[str, str] | None]]:
    from tests.dsl.test_dsl_differential import CASES

    out: list[tuple[Pipeline, dict[str, str] | None]] = [(p, t) for p, t in CASES.values()]
    for f in sorted(GOLDEN.glob("*.json")):
        out += [(Pipeline.model_validate(c["pipeline"]), c.get("input_types"))
                for c in json.loads(f.read_text(encoding="utf-8"))["cases"]]
    return out


@pytest.mark.parametrize("dialect", ["postgres", "duckdb", "sqlite"])
def test_dsl_sql_passes_the_guard(dialect: str) -> None:
    """Every golden and differential DSL program compiles to SQL the guard accepts."""
    used: set[str] = set()
    compiled = 0
    for p, types in _golden_pipelines():
        try:
            sql = to_sql(p, dialect, "t", types, features=frozenset({"select_when"}))
        except DialectUnsupported:
            continue
        tree = ensure_select_only(sql, dialect)
        used |= {function_name(n) for n in tree.find_all(exp.Func)}
        compiled += 1
    assert compiled > 40
    assert used <= ALLOWED_FUNCTIONS[dialect]


@pytest.mark.parametrize("dialect", ["postgres", "mysql", "sqlite", "duckdb"])
def test_ingest_sql_passes_the_guard(dialect: str) -> None:
    cols = [("a", "string"), ("b", "int"), ("c", "binary"), ("d", "date")]
    queries = [sqlgen.count_query("s", "t", dialect), sqlgen.stats_query("s", "t", cols, dialect)]
    for strata, kind in [(None, "value"), ("a", "value"), ("d", "month")]:
        plan = SamplePlan(seed=1, rows_max=5, bytes_max=100, key_columns=["b"], strata=strata, strata_kind=kind)
        queries.append(sqlgen.sample_query("s", "t", [(c, c) for c, _ in cols], plan, dialect))
    estimate = sqlgen.estimate_query(dialect, "p0", "p1")
    queries += [estimate] if estimate else []
    for q in queries:
        ensure_select_only(q, dialect)

