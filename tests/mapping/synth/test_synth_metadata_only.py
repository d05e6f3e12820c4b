"""metadata_only plans (no source values are read): example pairs a person gives still drive
transformation by example; the program is checked on those pairs and compiled for the target's
dialect (the symbolic dry run). Target example rows alone carry no source inputs there, so they
pair with nothing (``assemble.example_pairs`` needs sample rows joined on the key)."""

from __future__ import annotations

import functools

import pytest

import core.mapping.strategies as st
from core.artifacts import ArtifactKind
from core.mapping.plan import MappingPlan
from core.mapping.review import answer
from core.mapping.stage import run_mapping
from core.mapping.synth_bridge import synthesize_ranked


def test_person_examples_synthesize_in_metadata_only(make_run, ports, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    # the stage gives synthesis 200 ms; a loaded test machine must not decide the outcome
    monkeypatch.setattr(st, "synthesize_ranked", functools.partial(synthesize_ranked, budget_ms=5000))
    c = make_run(key="synth-meta", mode="metadata_only")
    run_mapping(c, ports)
    # no rule proposal reproduces these pairs: only a synthesized program does
    answer(c, ports, "email", "examples:ann@x.io>mail-ann@x.io;BO@Y.ORG>mail-bo@y.org", actor="ana", role="Operator")
    art = ports.artifacts.latest(c.run_id, ArtifactKind.MAPPING_PLAN)
    col = MappingPlan.model_validate(art.payload).column("email")
    assert col.figures["examples_fit"] == 1.0 and col.provenance.startswith("override")
    assert col.compiled_sql and col.figures["rows"] == 0  # compiled, and no sample row was read
    ops = [s["op"] for s in col.pipeline["steps"]]
    assert "case" in ops and ("template" in ops or "concat" in ops)
