"""SQLite's parser overflows on deeply nested replace() calls (27 for a translate alone on the bundled 3.40.1): the
compiler refuses a longer translate for SQLite at compile time (DialectUnsupported, the plan runs as ETL) instead of
producing SQL that fails at execution ("parser stack overflow")."""

from __future__ import annotations

import pytest

from dsl.compile_sql import DialectUnsupported, to_sql
from dsl.models import Pipeline
from dsl.v12_sql import MAX_NESTED_REPLACE_SQLITE
from tests.dsl.dsl_harness import UNSUPPORTED, run_duckdb, run_sqlite


def _translate(n: int) -> Pipeline:
    mapping = {chr(0x4E00 + i): "x" for i in range(n)}
    return Pipeline.model_validate({"dsl_version": "1.2.0", "inputs": ["c0"], "outputs": ["out"],
                                    "steps": [{"op": "translate", "input": "c0", "output": "out", "mapping": mapping}],
                                    "input_types": {"c0": "string"}})


def test_a_translate_at_the_sqlite_limit_runs_there() -> None:
    rows = [{"c0": "一丁a"}, {"c0": None}]
    got = run_sqlite(_translate(MAX_NESTED_REPLACE_SQLITE), rows, {"c0": "string"})
    assert got == [("xxa",), (None,)]


@pytest.mark.parametrize("n", [MAX_NESTED_REPLACE_SQLITE + 1, 30, 48])
def test_a_longer_translate_is_refused_for_sqlite_only(n: int) -> None:
    with pytest.raises(DialectUnsupported):
        to_sql(_translate(n), "sqlite", "t", {"c0": "string"})
    assert run_sqlite(_translate(n), [{"c0": "一"}], {"c0": "string"}) is UNSUPPORTED
    assert run_duckdb(_translate(n), [{"c0": "一丁a"}], {"c0": "string"}) == [("xxa",)]
