"""Sampling in the catalog's statistics pass (core/ingest/presample.py) never changes a sample."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import polars as pl
import pytest

from adapters.pii import PresidioMasker
from adapters.sources import FileSource
from core.contract import Mode, RunContract
from core.ingest import build_catalog, build_sample_pack
from core.ingest.ports import SamplePlan
from core.ingest.sampling import SampleFold, sample_lazy
from core.inmemory import MemoryArtifacts, MemoryLedger
from core.policy import PolicyEngine
from tests.ingest.conftest import SpySource


def _ingest(contract: RunContract, source: FileSource | SpySource, policy: PolicyEngine,
            masker: PresidioMasker) -> tuple[str, list[list[dict]], list[str]]:
    store, ledger = MemoryArtifacts(), MemoryLedger()
    catalog, _ = build_catalog(contract, source, policy=policy, ledger=ledger, artifacts=store)
    packs, _ = build_sample_pack(contract, catalog, source, policy=policy, ledger=ledger, artifacts=store,
                                 masker=masker)
    return catalog.model_dump_json(), [p.rows for p in packs], [p.strategy for p in packs]


@pytest.mark.parametrize("seed", [0, 13])
def test_presampled_pack_equals_separate_pass(tmp_path: Path, gen: ModuleType, seed: int,
                                             make_contract: Callable[..., RunContract], policy: PolicyEngine,
                                             masker: PresidioMasker) -> None:
    gen.write_customers(tmp_path / "customers.csv", 4000, seed=3)
    pl.DataFrame({"Order ID": list(range(30)), "Status": ["a", "b", "c"] * 10}).write_parquet(
        tmp_path / "orders.parquet")
    contract = make_contract(tmp_path, seed=seed, sample_caps={"rows_max": 50, "bytes_max": 1_000_000})
    with FileSource(tmp_path) as fused:
        got = _ingest(contract, fused, policy, masker)
        assert set(fused._presamples) == {"customers", "orders"}  # the stats pass did draw them
    with FileSource(tmp_path) as plain:
        want = _ingest(contract, SpySource(plain), policy, masker)  # SpySource hides expect_samples
        assert plain._presamples == {}
    assert got == want and len(got[1][0]) == 50


def test_wrong_prediction_falls_back_to_own_pass(tmp_path: Path, make_contract: Callable[..., RunContract],
                                                 policy: PolicyEngine, masker: PresidioMasker) -> None:
    # the first 10,000 rows show 3 'grp' values (a stratum candidate); the whole file has 400
    p = tmp_path / "t.csv"
    rows = [f"{i},g{i % 3},{i * 7 % 11}" for i in range(10_000)] + [f"{i},g{i % 400},{i % 5}" for i in
                                                                     range(10_000, 14_000)]
    p.write_text("row_id,grp,v\n" + "\n".join(rows) + "\n", encoding="utf-8")
    contract = make_contract(p, sample_caps={"rows_max": 30, "bytes_max": 1_000_000})
    with FileSource(p) as fused:
        got = _ingest(contract, fused, policy, masker)
        pre = fused._presamples["t"]
        assert pre.plan.strata == "grp"  # predicted from the head...
    with FileSource(p) as plain:
        want = _ingest(contract, SpySource(plain), policy, masker)
    assert "grp" not in got[2][0]  # ...but the real plan differs (400 values), so the table was
    assert got == want             # sampled by its own pass, with the same result as without prediction


def test_no_presample_in_metadata_only(tmp_path: Path, gen: ModuleType, make_contract: Callable[..., RunContract],
                                       policy: PolicyEngine) -> None:
    gen.write_customers(tmp_path / "c.csv", 200, seed=2)
    contract = make_contract(tmp_path / "c.csv", mode=Mode.METADATA_ONLY)
    with FileSource(tmp_path / "c.csv") as src:
        build_catalog(contract, src, policy=policy, ledger=MemoryLedger(), artifacts=MemoryArtifacts())
        assert src._presamples == {}  # no row is held when the policy refuses row samples


@pytest.mark.parametrize("strata", [None, "g"])
def test_fold_ignores_batch_order_and_size(strata: str | None) -> None:
    df = pl.DataFrame({"k": list(range(5000)), "g": [f"s{i % 7}" for i in range(5000)]})
    plan = SamplePlan(seed=5, rows_max=60, bytes_max=10**6, key_columns=["k"], strata=strata, strata_kind="value")
    want = sample_lazy(df.lazy(), plan)
    fold = SampleFold(df.columns, plan)
    full = df.with_columns(fold.extra).sample(fraction=1.0, shuffle=True, seed=1)
    for start, size in [(0, 7), (7, 1800), (1807, 40), (1847, 3153)]:
        fold.add(full.slice(start, size))
    out = fold.result()
    assert out is not None and out.equals(want) and want.height == 60
