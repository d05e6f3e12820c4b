"""MariaDB's ``regex_extract`` nulls an empty match only (dsl/mysql_more.py): under the PAD SPACE collation
``' ' = ''``, so ``NULLIF(found, '')`` nulled a match or capture made only of spaces, which Polars, DuckDB and
PostgreSQL keep. Differential against Polars on the real server, for whole matches and groups, with spaces, tabs
and newlines around and inside the match."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from dsl.models import Pipeline
from tests.dsl.mysql_harness import connect, run_mysql, run_polars_features

TEXTS = ["a ( )", "a (  )", "a (x )", "a ( x)", "a (\t)", "a ()", " ", "  ", "", None, " LH 400", "LH 400 ",
         "x  y", "( )( )", " \n "]
STEPS = {
    "group_in_brackets": {"pattern": r"\(([^)]*)\)", "group": 1},
    "group_of_spaces": {"pattern": r"x( *)", "group": 1},
    "leading_text": {"pattern": r"^([^A-Z]*)", "group": 1},
    "trailing_text": {"pattern": r"[0-9]( *)$", "group": 1},
    "whole_spaces": {"pattern": r" +", "group": 0},
}


def _pipe(step: dict[str, Any]) -> Pipeline:
    return Pipeline.model_validate({"dsl_version": "1.2.0", "inputs": ["a"], "outputs": ["o"],
                                    "input_types": {"a": "string"},
                                    "steps": [{"op": "regex_extract", "input": "a", "output": "o", **step}]})


@pytest.fixture(scope="module")
def maria() -> Iterator[Any]:
    yield from connect()


@pytest.mark.mariadb
@pytest.mark.parametrize("name", sorted(STEPS))
def test_a_capture_of_spaces_is_kept_as_on_polars(maria: Any, name: str) -> None:
    pipe, types, rows = _pipe(STEPS[name]), {"a": "string"}, [{"a": t} for t in TEXTS]
    want = run_polars_features(pipe, rows, types, frozenset())
    got = run_mysql(maria, pipe, rows, types, frozenset())
    assert any(w[0] is not None and w[0].strip() == "" and w[0] != "" for w in want)  # the case is exercised
    assert got == want, [(r["a"], g, w) for r, g, w in zip(rows, got, want, strict=True) if g != w]
