"""The Migration stage's steps share one prepared source: chunks and promotion reuse the spill."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from adapters.targets.sql_target import SqlTarget
from core.migration.run import embedded_contract, embedded_ports
from core.migration.stage import load_chunks, preflight, prepared, promote
from tests.migration.conftest import example_source, make_spec, new_run_id
from tests.migration.oracle import expected_rows


def test_chunk_steps_and_promotion_read_the_source_once(tmp_path: Path) -> None:
    src = example_source()
    reads: list[int] = []

    def source() -> pl.DataFrame:
        reads.append(1)
        return src

    target = SqlTarget(f"duckdb:///{tmp_path / 't.duckdb'}")
    try:
        spec = make_spec(new_run_id(), batch_size=250)
        spill = tmp_path / "spill"
        ports = embedded_ports(spec, source, target, secret=b"s", spill_dir=spill)
        contract = embedded_contract(spec)
        _, ready, _ = preflight(contract, ports)
        assert ready is not None
        for part in ([0, 1], [2, 3]):  # two Dagster steps, each with its own Prepared
            with prepared(contract, ports) as prep:
                assert len(load_chunks(contract, ports, part, prep=prep)) == 2
        assert len(reads) == 1, "the second chunk step re-read the source"
        assert [p.name for p in spill.iterdir() if p.name.startswith(spec.run_id)], "the spill is kept until promoted"
        figs = promote(contract, ports).output("promotion").figures
        assert len(reads) == 1, "the promotion re-read the source"
        want, quarantined = expected_rows(src)
        assert figs["rows_loaded"] == len(want) and figs["rows_quarantined"] == quarantined
        got = set(target.final_frame("crm_customer").select(
            "customer_id", "full_name", "email", "country_code").iter_rows())
        assert got == want
        assert not [p for p in spill.iterdir() if p.name.startswith(spec.run_id)], "the spill outlived the promotion"
    finally:
        target.dispose()


def test_a_changed_spec_never_reuses_an_earlier_spill(tmp_path: Path) -> None:
    src = example_source()
    target = SqlTarget(f"duckdb:///{tmp_path / 't.duckdb'}")
    try:
        spec = make_spec(new_run_id(), batch_size=250)
        wider = spec.model_copy(update={"columns": [*spec.columns[:3], spec.columns[3].model_copy(
            update={"allowed_values": None})]})
        spill = tmp_path / "spill"
        a = embedded_ports(spec, src, target, secret=b"s", spill_dir=spill)
        b = embedded_ports(wider, src, target, secret=b"s", spill_dir=spill)
        with prepared(embedded_contract(spec), a) as p1, prepared(embedded_contract(wider), b) as p2:
            bad1 = sum(p1.chunk(c).filter(pl.col("_mw_reasons").list.len() > 0).height for c in range(p1.n_chunks))
            bad2 = sum(p2.chunk(c).filter(pl.col("_mw_reasons").list.len() > 0).height for c in range(p2.n_chunks))
        assert bad2 < bad1, "the widened allowed values must be checked on a fresh spill"
    finally:
        target.dispose()


def test_the_kept_spill_holds_no_value_in_clear_and_opens_only_with_its_key(tmp_path: Path) -> None:
    from core.errors import DeterministicFailure

    src = example_source()
    target = SqlTarget(f"duckdb:///{tmp_path / 't.duckdb'}")
    try:
        spec = make_spec(new_run_id(), batch_size=250)
        spill = tmp_path / "spill"
        ports = embedded_ports(spec, src, target, secret=b"installation secret", spill_dir=spill)
        contract = embedded_contract(spec)
        with prepared(contract, ports) as prep:
            rows = sum(prep.chunk(c).height for c in range(prep.n_chunks))
        assert rows == src.height
        files = [p for p in spill.rglob("*.arrow")]
        assert files, "no spill was kept"
        raw = b"".join(p.read_bytes() for p in files)
        values = {v for c in ("email", "full_name", "first_name", "last_name") if c in src.columns
                  for v in src[c].drop_nulls().to_list() if len(v) >= 6}
        assert values, "the example source has no personal values to look for"
        assert not [v for v in values if v.encode() in raw], "a source value is on disk in clear"
        assert not [v for v in values if v.lower().encode() in raw.lower()]
        other = embedded_ports(spec, src, target, secret=b"another secret", spill_dir=spill)
        try:
            prepared(contract, other)
        except DeterministicFailure as exc:
            assert "does not open with this installation's key" in exc.message
        else:
            raise AssertionError("a spill opened with another installation's key")
    finally:
        target.dispose()
