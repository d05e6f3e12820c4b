"""Synthesis meets the target's SQL dialect: the planner walks the ranked fitting candidates and keeps
the best that compiles where the plan needs SQL (ELT may apply), else lets Polars run the best."""

from __future__ import annotations

import sys
import types
from typing import Any

import pytest

from core.mapping.models import Assignment, MatchReport
from core.mapping.plan import ColumnPlan
from core.mapping.planner import PlanInputs, plan_column
from core.mapping.side import MatchColumn
from core.mapping.sql_choice import ELT_DIALECTS, sql_requirement
from core.mapping.synth import synthesize
from core.mapping.synth.models import MAX_ALTERNATIVES, Candidate, SynthResult
from core.mapping.synth.synthesize import engine_outputs
from core.mapping.target import ColumnConstraints, TargetColumn
from dsl.compile_sql import to_sql
from dsl.errors import DialectUnsupported
from dsl.models import Pipeline

FULLWIDTH = [(["１２３"], "123"), (["４５"], "45"), (["６７８９０"], "67890")]
SLASHED = [(["2020/01/02"], "2020-01-02"), (["1999/12/31"], "1999-12-31"), (["2001/02/03"], "2001-02-03")]


def _pipe(steps: list[dict[str, Any]], version: str = "1.0.0") -> Pipeline:
    return Pipeline.model_validate({"dsl_version": version, "inputs": ["s"], "outputs": ["out"],
                                    "input_types": {"s": "string"}, "steps": steps})


NFKC = _pipe([{"op": "normalize", "input": "s", "output": "out", "form": "NFKC"}], "1.4.0")
DIGITS = _pipe([{"op": "translate", "input": "s", "output": "out",
                 "mapping": {chr(0xFF10 + d): str(d) for d in range(10)}}], "1.2.0")
BY_REGEX = _pipe([*({"op": "regex_extract", "input": "s", "output": f"p{i}", "group": i,
                     "pattern": "^([0-9]{4})/([0-9]{2})/([0-9]{2})$"} for i in (1, 2, 3)),
                  {"op": "template", "inputs": ["p1", "p2", "p3"], "template": "{0}-{1}-{2}", "output": "out"}],
                 "1.2.0")
BY_REPLACE = _pipe([{"op": "replace", "input": "s", "output": "out", "pattern": "/", "replacement": "-"}], "1.2.0")


@pytest.fixture
def ranked_synth(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Synthesis answering with a fixed ranking of real programs (the search's own ranking of these
    tasks puts the compilable program first, so the walk could not be exercised on it)."""

    def install(best: Pipeline, *alternatives: Pipeline) -> None:
        def search(examples: list[Any], names: list[str], types_: dict[str, str], **_: Any) -> SynthResult:
            cands = [Candidate(pipeline=p, score=1.0, examples_passed=len(examples), cost=1.0 + i)
                     for i, p in enumerate((best, *alternatives))]
            return SynthResult(pipeline=best, solved_all=True, candidates=cands, elapsed_ms=0.0,
                               examples=len(examples), alternatives=list(alternatives))

        mod = types.ModuleType("core.mapping.synth")
        mod.synthesize = search  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "core.mapping.synth", mod)

    return install


def _plan(examples: list[tuple[list[str | None], str | None]], dialect: str, *, source_is_sql: bool = True,
          mode: str = "metadata_only") -> ColumnPlan:
    target = TargetColumn(name="t", original_name="t", position=1, logical_type="string",  # type: ignore[arg-type]
                          physical_type="text", constraints=ColumnConstraints())
    report = MatchReport(mode=mode, targets=[], sources=[], unmatched_targets=[], unused_sources=[],
                         assignment=[Assignment(target="t", sources=["s"], kind="atomic", score=0.95)])
    rows = [{"s": i[0]} for i, _ in examples]
    inp = PlanInputs(mode=mode, dialect=dialect, accept_rate_min=0.9, near_window=0.0, domain_catalog=None,
                     sources={"s": MatchColumn(table="src", name="s", original_name="s", logical_type="string")},
                     rows=rows if mode == "data_mode" else [], examples={"t": examples},
                     expected={"t": {k: o for k, (_, o) in enumerate(examples)}}, source_is_sql=source_is_sql)
    return plan_column(target, report, inp)


def _ops(cp: ColumnPlan) -> list[str]:
    assert cp.pipeline is not None
    return [s["op"] for s in cp.pipeline["steps"]]


def test_sql_is_required_only_where_elt_may_apply() -> None:
    from core.migration.elt_sql import ELT_DIALECTS as MIGRATION_ELT

    assert set(ELT_DIALECTS) <= set(MIGRATION_ELT)  # SQL is required only where the migration may run ELT
    assert sql_requirement("duckdb", True)[0] and sql_requirement("postgres", True)[0]
    assert not sql_requirement("duckdb", False)[0]  # a file source always migrates through Polars
    assert not sql_requirement("sqlite", True)[0] and not sql_requirement("mysql", True)[0]


def test_synth_result_lists_its_fitting_alternatives_ranked() -> None:
    ex = [(["555-123-4567"], "5551234567"), (["212-555-0199"], "2125550199"), (["800-111-2222"], "8001112222")]
    res = synthesize(ex, ["p"], {"p": "string"}, budget_ms=5000)
    assert res.solved_all and res.pipeline is not None
    assert 1 <= len(res.alternatives) <= MAX_ALTERNATIVES and res.pipeline not in res.alternatives
    fitting = [c.pipeline for c in res.candidates[1:] if c.examples_passed == len(ex)]
    assert res.alternatives == fitting[:MAX_ALTERNATIVES]
    for alt in res.alternatives:  # each one really reproduces every example
        assert engine_outputs(alt, [i for i, _ in ex], ["p"], {"p": "string"}) == [o for _, o in ex]


@pytest.mark.parametrize("mode", ["metadata_only", "data_mode"])
def test_duckdb_gets_the_next_candidate_when_the_best_uses_nfkc(ranked_synth, mode: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DialectUnsupported):
        to_sql(NFKC, "duckdb", "src")
    ranked_synth(NFKC, DIGITS)
    cp = _plan(FULLWIDTH, "duckdb", mode=mode)
    assert cp.decision == "accept" and cp.strategy == "synth" and _ops(cp) == ["translate", "concat"]
    assert cp.compiled_sql and "TRANSLATE" in cp.compiled_sql.upper()
    why = " ".join(cp.rationale)
    assert "candidate #2 chosen" in why and "duckdb" in why and "normalize" in why
    if mode == "data_mode":
        assert cp.figures["pass_rate"] == 1.0
    # where the best compiles it stays the choice
    pg = _plan(FULLWIDTH, "postgres", mode=mode)
    assert _ops(pg) == ["normalize", "concat"] and pg.compiled_sql and "candidate #" not in " ".join(pg.rationale)


def test_sqlite_gets_the_next_candidate_when_the_best_needs_regex(ranked_synth) -> None:  # type: ignore[no-untyped-def]
    ranked_synth(BY_REGEX, BY_REPLACE)
    cp = _plan(SLASHED, "sqlite", mode="data_mode")
    assert cp.decision == "accept" and _ops(cp) == ["replace", "concat"] and cp.compiled_sql
    assert "candidate #2 chosen" in " ".join(cp.rationale) and "sqlite" in " ".join(cp.rationale)
    assert _ops(_plan(SLASHED, "duckdb", mode="data_mode")) == [*(["regex_extract"] * 3), "template", "concat"]


def test_a_lower_candidate_that_fits_worse_is_not_taken(ranked_synth) -> None:  # type: ignore[no-untyped-def]
    wrong = _pipe([{"op": "trim", "input": "s", "output": "out"}])  # compiles, reproduces no example
    ranked_synth(NFKC, wrong)
    cp = _plan(FULLWIDTH, "duckdb")
    # the walk skips it; the rules' compilable cleanup is next, reproduces no example: a person decides
    assert cp.strategy == "atomic" and cp.decision == "hold" and "candidate #" not in " ".join(cp.rationale)


@pytest.mark.parametrize("mode", ["metadata_only", "data_mode"])
def test_hold_with_the_reason_when_no_candidate_compiles_where_sql_is_required(ranked_synth, mode: str) -> None:  # type: ignore[no-untyped-def]
    ranked_synth(NFKC)  # NFKC is the only program
    cp = _plan(FULLWIDTH, "duckdb", mode=mode)
    assert cp.decision == "hold" and cp.strategy == "atomic"  # the rules' cleanup compiles but fits worse
    reason = " ".join(cp.reasons)
    assert "does not compile for duckdb" in reason and "ELT" in reason and "normalize" in reason
    assert "NFKC" in reason and "fits worse" in reason


def test_hold_when_no_proposal_at_all_compiles() -> None:
    from core.mapping.strategies import Proposal

    target = TargetColumn(name="t", original_name="t", position=1, logical_type="string",  # type: ignore[arg-type]
                          physical_type="text", constraints=ColumnConstraints())
    report = MatchReport(mode="metadata_only", targets=[], sources=[], unmatched_targets=[], unused_sources=[],
                         assignment=[Assignment(target="t", sources=["s"], kind="atomic", score=0.95)])
    edited = Proposal(strategy="override", provenance="override:o1", pipeline=Pipeline.model_validate(
        {"dsl_version": "1.4.0", "inputs": ["s"], "outputs": ["t"], "input_types": {"s": "string"},
         "steps": [{"op": "strip_accents", "input": "s", "output": "t"}]}))

    def plan(dialect: str, source_is_sql: bool) -> ColumnPlan:
        inp = PlanInputs(mode="metadata_only", dialect=dialect, accept_rate_min=0.9, near_window=0.0,
                         domain_catalog=None, source_is_sql=source_is_sql, sources={"s": MatchColumn(
                             table="src", name="s", original_name="s", logical_type="string")})
        return plan_column(target, report, inp, forced=edited)

    held = plan("duckdb", True)  # a person's pipeline with the one op DuckDB lacks, ELT possible
    assert held.decision == "hold" and held.pipeline is None
    assert "no valid proposal compiles for duckdb" in held.reasons[0] and "ELT" in held.reasons[0]
    assert "strip_accents" in " ".join(held.reasons[1:])
    for dialect, sql_src in (("duckdb", False), ("sqlite", True), ("mysql", True)):  # ETL for sure
        cp = plan(dialect, sql_src)
        assert cp.decision == "accept" and cp.compiled_sql is None and _ops(cp) == ["strip_accents"]
        assert any("Polars" in r for r in cp.rationale)


def test_without_elt_polars_runs_the_best_and_the_plan_says_so(ranked_synth) -> None:  # type: ignore[no-untyped-def]
    ranked_synth(NFKC)  # the only program, which DuckDB cannot compile
    file_src = _plan(FULLWIDTH, "duckdb", source_is_sql=False, mode="data_mode")
    assert file_src.decision == "accept" and _ops(file_src)[0] == "normalize" and file_src.compiled_sql is None
    assert any("Polars" in r and "file" in r for r in file_src.rationale)


def test_sqlite_and_mysql_targets_keep_the_best_program() -> None:
    for dialect in ("sqlite", "mysql"):  # never ELT targets: every migration into them runs through Polars
        cp = _plan(SLASHED, dialect, mode="data_mode")
        assert cp.decision == "accept" and cp.pipeline is not None and cp.figures["pass_rate"] == 1.0
        assert any("Polars" in r and dialect in r for r in cp.rationale) or cp.compiled_sql


def test_sql_too_deep_for_the_compiler_is_a_refusal_not_a_crash() -> None:
    from core.mapping.strategies import Proposal

    # a 300-entry translate with two-character values renders as 300 nested replace() calls (more than the
    # SQL parsers take): refused as not compilable (one-character tables compile to one translate() call)
    table = {chr(0x100 + i): "xy" for i in range(300)}
    edited = Proposal(strategy="override", provenance="override:o2", pipeline=Pipeline.model_validate(
        {"dsl_version": "1.2.0", "inputs": ["s"], "outputs": ["t"], "input_types": {"s": "string"},
         "steps": [{"op": "translate", "input": "s", "output": "t", "mapping": table}]}))
    target = TargetColumn(name="t", original_name="t", position=1, logical_type="string",  # type: ignore[arg-type]
                          physical_type="text", constraints=ColumnConstraints())
    report = MatchReport(mode="metadata_only", targets=[], sources=[], unmatched_targets=[], unused_sources=[],
                         assignment=[Assignment(target="t", sources=["s"], kind="atomic", score=0.95)])
    src = {"s": MatchColumn(table="src", name="s", original_name="s", logical_type="string")}
    for sql_src, decision in ((True, "hold"), (False, "accept")):
        cp = plan_column(target, report, PlanInputs(mode="metadata_only", dialect="postgres", accept_rate_min=0.9,
                                                    near_window=0.0, domain_catalog=None, sources=src,
                                                    source_is_sql=sql_src), forced=edited)
        assert cp.decision == decision and cp.compiled_sql is None
        assert "would nest 300 replace() calls" in " ".join(cp.reasons + cp.rationale)
