"""Shared pieces of the per-session backend differentials of synthesized programs (``test_synth_backends_s*.py``):
each case is (family or None for the whole search, training examples, held rows)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import pytest

from core.mapping.synth import synthesize
from dsl.models import Pipeline

S = {"c0": "string"}
S2 = {"c0": "string", "c1": "string"}
Train = list[tuple[list[str | None], str]]
Case = tuple[Any, Train, list[list[str | None]]]
Test = Callable[..., None]


def train_types(train: Train) -> dict[str, str]:
    """Input types of a case: one or two string columns."""
    return S if len(train[0][0]) == 1 else S2


def case_program(name: str, case: Case) -> Pipeline:
    """The program of a case: the whole search's (it must solve every example) or the family's first candidate."""
    family, train, _ = case
    types = train_types(train)
    if family is None:
        res = synthesize(list(train), list(types), types, budget_ms=5000)
        assert res.pipeline is not None and res.solved_all
        return res.pipeline
    found = family.candidates([r for r, _ in train], [o for _, o in train], list(types), types)
    assert found, name
    return found[0].pipeline


def case_rows(pipe: Pipeline, case: Case) -> tuple[Pipeline, list[dict[str, Any]], dict[str, str]]:
    """The program, its training inputs followed by the held rows as row dicts, and its input types."""
    _, train, held = case
    types: dict[str, str] = dict(pipe.input_types or {})
    return pipe, [dict(zip(pipe.inputs, r, strict=True)) for r in [*(t for t, _ in train), *held]], types


def backend_differentials(cases: dict[str, Case]) -> tuple[Test, Test, Test]:
    """The three tests of a session's backend differential over ``cases`` (assign them to module-level ``test_*``
    names): DuckDB agrees with Polars, and Polars gives the training outputs and null for the last held row;
    PostgreSQL and MariaDB agree with Polars (fixtures ``pg`` and ``maria`` of this folder's conftest)."""
    from tests.dsl.dsl_harness import run_duckdb, run_polars, run_postgres
    from tests.dsl.mysql_harness import run_mysql

    @cache
    def program(name: str) -> Pipeline:
        return case_program(name, cases[name])

    def rows(name: str) -> tuple[Pipeline, list[dict[str, Any]], dict[str, str]]:
        return case_rows(program(name), cases[name])

    @pytest.mark.parametrize("name", list(cases))
    def duckdb_agrees(name: str) -> None:
        pipe, rs, types = rows(name)
        ref = run_polars(pipe, rs, types)
        assert ref[:len(cases[name][1])] == [(o,) for _, o in cases[name][1]]
        assert ref[-1] == (None,)
        assert run_duckdb(pipe, rs, types) == ref

    @pytest.mark.postgres
    @pytest.mark.parametrize("name", list(cases))
    def postgres_agrees(pg: Any, name: str) -> None:
        pipe, rs, types = rows(name)
        assert run_postgres(pg, pipe, rs, types) == run_polars(pipe, rs, types)

    @pytest.mark.mariadb
    @pytest.mark.parametrize("name", list(cases))
    def mariadb_agrees(maria: Any, name: str) -> None:
        pipe, rs, types = rows(name)
        assert run_mysql(maria, pipe, rs, types) == run_polars(pipe, rs, types)

    return duckdb_agrees, postgres_agrees, mariadb_agrees
