"""Matching: evidence, compose/decompose, the optimal one-to-one assignment, both directions, speed."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from adapters.sources import open_source
from core.mapping import match as match_mod
from core.mapping.match import match_columns, rank_columns
from core.mapping.side import MatchColumn
from orchestration.example import EXAMPLE_SOURCE, EXAMPLE_TARGET


@pytest.mark.parametrize("mode", ["metadata_only", "data_mode"])
def test_example_ranks_and_assigns(mode: str) -> None:
    r = rank_columns(str(EXAMPLE_SOURCE), str(EXAMPLE_TARGET), mode=mode, opener=open_source, top=5)
    got = {a.target: (a.sources, a.kind) for a in r.assignment}
    assert got["full_name"] == (["first_name", "last_name"], "compose")
    assert got["email"] == (["e_mail"], "atomic") and got["country_code"] == (["country"], "atomic")
    assert got["lifetime_value"] == (["amount"], "atomic") and got["signup_date"] == (["signup_date"], "atomic")
    assert r.unmatched_targets == ["birth_date"] and "ssn" in r.unused_sources
    # both directions, with evidence
    src = {s.source: s for s in r.sources}
    assert src["e_mail"].candidates[0].target == "email"
    email = r.ranking("email").candidates[0]
    assert email.evidence.domain == 1.0 and email.evidence.header is not None
    assert (email.evidence.values is not None) is (mode == "data_mode") or mode == "data_mode"


def _col(name: str, domain: str | None, cands: dict[str, float] | None = None, t: str = "string") -> MatchColumn:
    return MatchColumn(table="t", name=name, original_name=name, logical_type=t, domain=domain,
                       domain_score=1.0 if domain else 0.0,
                       domain_candidates=cands or ({domain: 1.0} if domain else {}))


def test_assignment_is_optimal_not_greedy(monkeypatch: pytest.MonkeyPatch) -> None:
    # Greedy would give t0 <- s0 (0.9) and leave t1 with s1 (0.1): total 1.0; optimal is 0.8 + 0.8.
    scores = np.array([[0.9, 0.8], [0.8, 0.1]])
    src = [_col("s0", None), _col("s1", None)]
    dst = [_col("t0", None), _col("t1", None)]
    monkeypatch.setattr(match_mod, "_matrices", lambda s, d, f: (scores, {k: np.full((2, 2), np.nan) for k in
                                                                          match_mod.WEIGHTS}))
    r = match_columns(src, dst, None)
    assert {a.target: a.sources[0] for a in r.assignment} == {"t0": "s1", "t1": "s0"}


def test_decompose_feeds_several_targets(domain_catalog) -> None:  # type: ignore[no-untyped-def]
    src = [_col("customer_name", "person.full_name"), _col("mail", "contact.email")]
    dst = [_col("vorname", "person.first_name"), _col("nachname", "person.last_name"), _col("email", "contact.email")]
    r = match_columns(src, dst, domain_catalog)
    got = {a.target: (a.sources, a.kind) for a in r.assignment}
    assert got["vorname"] == (["customer_name"], "decompose") and got["nachname"] == (["customer_name"], "decompose")
    assert got["email"] == (["mail"], "atomic")


def test_wide_target_with_examples_in_seconds(tmp_path: Path, domain_catalog) -> None:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(0)
    doms = [d.id for d in domain_catalog.domains]
    src = [MatchColumn(table="s", name=f"src_col_{i}", original_name=f"src col {i}", logical_type="string",
                       domain=doms[i % len(doms)], values=[str(v) for v in rng.integers(0, 999, 200)])
           for i in range(50)]
    dst = [MatchColumn(table="t", name=f"tgt_field_{i}", original_name=f"tgt field {i}", logical_type="string",
                       domain=doms[i % len(doms)], values=[f"V{v}" for v in rng.integers(0, 999, 50)])
           for i in range(700)]
    t0 = time.perf_counter()
    r = match_columns(src, dst, domain_catalog, top=10)
    assert time.perf_counter() - t0 < 10
    assert len(r.targets) == 700 and len(r.assignment) <= 50 + sum(a.kind != "atomic" for a in r.assignment)
