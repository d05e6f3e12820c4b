"""Bounded-memory ingest: approximate distinct counts, the Bloom key check, quote-aware ragged rows,
batch-independent sampling."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import polars as pl
import pytest

import core.ingest.sampling as sampling
import core.ingest.stats as stats_mod
from adapters.sources import FileSource
from core.contract import SampleCaps
from core.errors import DeterministicFailure
from core.ingest.keycheck import BloomKeyCheck, expected_false_hits, verify_query
from core.ingest.ragged import ragged_records
from core.ingest.sampling import choose_plan
from core.ingest.standardize import logical_type_of


def _stats(path: Path, exact: bool) -> tuple[int, dict, set[str]]:
    lf = pl.scan_csv(path, infer_schema_length=10_000)
    logical = {n: logical_type_of(dt) for n, dt in lf.collect_schema().items()}
    return stats_mod.column_stats(lf, logical, with_stats=False, exact_distinct=exact)


def test_exact_vs_approximate_distinct_counts(tmp_path: Path) -> None:
    n = 30_000
    p = tmp_path / "t.csv"
    pl.DataFrame({"order_id": range(n), "grp": [i % 7 for i in range(n)],
                  "txt": [f"v{i % 20_011}" for i in range(n)]}).write_csv(p)
    rows, exact, keys = _stats(p, exact=True)
    assert rows == n and keys == {"order_id"}
    assert not any(s.distinct_approx for s in exact.values()) and exact["txt"].distinct_count == 20_011
    rows, approx, keys = _stats(p, exact=False)
    assert keys == {"order_id"} and approx["order_id"].distinct_count == n and not approx["order_id"].distinct_approx
    assert approx["txt"].distinct_approx and abs(approx["txt"].distinct_count - 20_011) < 0.1 * 20_011  # type: ignore[operator]
    assert approx["grp"].distinct_count == 7


def test_exactness_threshold_follows_input_size(tmp_path: Path, gen: ModuleType,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    p = gen.write_customers(tmp_path / "c.csv", 300, seed=2)
    with FileSource(p) as src:
        (t,) = src.introspect(with_stats=False)
    assert not any(c.stats.distinct_approx for c in t.columns)
    monkeypatch.setattr(stats_mod, "EXACT_MAX_BYTES", 100)
    with FileSource(p) as src:
        (t,) = src.introspect(with_stats=False)
    assert t.column("customer_id").is_key and not t.column("customer_id").stats.distinct_approx
    assert t.column("country").stats.distinct_approx


def test_late_duplicate_is_never_a_key(tmp_path: Path) -> None:
    n = 25_000  # the duplicate sits after the HEAD_ROWS window the candidate is chosen from
    ids = list(range(n)) + [n - 1]
    p = tmp_path / "dup.csv"
    pl.DataFrame({"customer_id": ids, "x": [i % 3 for i in range(n + 1)]}).write_csv(p)
    rows, st, keys = _stats(p, exact=False)
    assert rows == n + 1 and keys == set() and st["customer_id"].distinct_approx


def test_bloom_chance_hits_are_verified() -> None:
    unique = pl.Series("v", range(5_000)).hash(1)
    tiny = BloomKeyCheck(words_log2=4)  # 16 words: nearly every value hits by chance
    for part in (unique[:2_500], unique[2_500:]):
        tiny.update(part)
    assert tiny.hits > 100 and not tiny.overflow
    lf = pl.LazyFrame({"v": range(5_000)})
    assert verify_query(lf, pl.col("v").hash(1), tiny.suspect_hashes()).collect().item() == 0
    dup = BloomKeyCheck()
    dup.update(pl.Series([1, 2, 3]).hash(1))
    dup.update(pl.Series([4, 2]).hash(1))
    assert dup.hits == 1
    assert expected_false_hits(2_000_000) < 1e-3 < expected_false_hits(20_000_000)


@pytest.mark.parametrize(("body", "bad", "first"), [
    ('1,"two\nlines",3\n4,5,6\n', 0, None),
    ('1,"two\nlines",3\n4,5\n7,"a,b",""""\n', 1, 4),
    ('1,2,3\r\n4,"x\r\ny",6\r\n\r\n7,8,9,10\r\n', 1, 6),
])
def test_ragged_rows_with_quoted_line_breaks(tmp_path: Path, body: str, bad: int, first: int | None) -> None:
    p = tmp_path / "m.csv"
    p.write_bytes(("a,b,c\n" + body).encode())
    rep = ragged_records(p, ",", 3)
    assert (rep.bad_records, rep.first_bad_line) == (bad, first)
    with FileSource(p) as src:
        if bad:
            with pytest.raises(DeterministicFailure, match=f"ragged rows: {bad} line") as info:
                src.introspect(with_stats=False)
            assert info.value.details["first_bad_line"] == first
        else:
            (t,) = src.introspect(with_stats=False)
            assert t.row_estimate == 2


def test_sample_does_not_depend_on_batch_size(tmp_path: Path, gen: ModuleType,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    p = gen.write_customers(tmp_path / "c.csv", 2_000, seed=4)
    with FileSource(p) as src:
        (t,) = src.introspect(with_stats=False)
        plan = choose_plan(t, SampleCaps(rows_max=30, bytes_max=1_000_000), seed=8)
        assert plan.strata == "country"
        runs: list[pl.DataFrame] = []
        sample: Callable[[], pl.DataFrame] = lambda: src.sample("c", plan)  # noqa: E731
        for size in (100_000, 97, 10):
            monkeypatch.setattr(sampling, "SAMPLE_BATCH_ROWS", size)
            runs.append(sample())
        flat = src.sample("c", plan.model_copy(update={"strata": None, "strata_kind": None}))
    assert runs[0].height == 30 and all(r.equals(runs[0]) for r in runs)
    ref = pl.read_csv(p, infer_schema=False).with_columns(pl.col("Customer ID").cast(pl.Int64))
    want = ref.with_columns(pl.struct(pl.col("Customer ID")).hash(seed=8).alias("h")).sort("h").head(30)
    assert flat["customer_id"].to_list() == want["Customer ID"].to_list()
