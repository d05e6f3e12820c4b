"""A spill found damaged when a step opens it fails that step on the ledger (not only in the log), without naming a
chunk it was not reading; a listed file removed between listing and reading is SpillDamaged (the spill is rebuilt),
not a generic failure."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.targets.sql_target import SqlTarget
from core.inmemory import MemoryLedger
from core.migration.errors import SpillDamaged
from core.migration.run import embedded_contract, embedded_ports
from core.migration.sealed import random_key, read_sealed, write_sealed
from core.migration.stage import load_chunks, preflight, prepared
from tests.migration.conftest import example_source, make_spec, new_run_id


def test_a_damaged_empty_frame_found_on_opening_is_a_ledger_event_without_a_chunk(tmp_path: Path) -> None:
    target = SqlTarget(f"duckdb:///{tmp_path / 't.duckdb'}")
    try:
        spec = make_spec(new_run_id(), batch_size=250)
        ledger = MemoryLedger()
        ports = embedded_ports(spec, example_source, target, secret=b"s", spill_dir=tmp_path / "spill", ledger=ledger)
        contract = embedded_contract(spec)
        preflight(contract, ports)
        with prepared(contract, ports):
            pass
        (folder,) = [p for p in (tmp_path / "spill").iterdir() if p.name.startswith(spec.run_id)]
        empty = folder / "empty.arrow"
        data = bytearray(empty.read_bytes())
        data[-1] ^= 0xFF
        empty.write_bytes(bytes(data))
        n0 = len(ledger.events(contract.run_id))
        with pytest.raises(SpillDamaged) as caught:
            load_chunks(contract, ports, [0])  # as the Dagster chunk step calls it: the spill opened inside
        assert caught.value.details.get("chunk_id") is None and "reading chunk" not in caught.value.message
        after = ledger.events(contract.run_id)[n0:]
        assert [(e.action, str(e.decision)) for e in after] == [("migration.chunk", "reject")]
        assert "empty.arrow" in after[0].detail["message"] and after[0].detail.get("chunk_id") is None
        assert not folder.exists()
        assert len(load_chunks(contract, ports, [0])) == 1  # the next step rebuilds it
    finally:
        target.dispose()


def test_a_listed_file_removed_before_it_is_read_is_spill_damage(tmp_path: Path) -> None:
    key = random_key()
    path = tmp_path / "c0000003_b0000000.arrow"
    entry = write_sealed(example_source().head(5), path, key)
    assert read_sealed(path, key, entry, 3).height == 5
    path.unlink()
    with pytest.raises(SpillDamaged, match="reading chunk 3.*was removed"):
        read_sealed(path, key, entry, 3)


def test_a_worker_with_an_old_manifest_never_sets_a_fresh_rebuild_aside(tmp_path: Path) -> None:
    target = SqlTarget(f"duckdb:///{tmp_path / 't.duckdb'}")
    try:
        spec = make_spec(new_run_id(), batch_size=250)
        ports = embedded_ports(spec, example_source, target, secret=b"s", spill_dir=tmp_path / "spill",
                               ledger=MemoryLedger())
        contract = embedded_contract(spec)
        preflight(contract, ports)
        a = prepared(contract, ports)  # worker A opened the spill (its manifest in memory)
        (folder,) = [p for p in (tmp_path / "spill").iterdir() if p.name.startswith(spec.run_id)]
        sorted(folder.glob("c0000002_b*.arrow"))[0].unlink()
        b = prepared(contract, ports)  # worker B finds it damaged: set aside and rebuilt
        assert b.rebuilt and b.spill_id != a.spill_id
        with pytest.raises(SpillDamaged, match="another worker rebuilt the spill") as caught:
            a.chunk(0)
        assert caught.value.details["replaced"] is True
        assert folder.exists() and b.chunk(1).height > 0  # the fresh spill is still there and reads
    finally:
        target.dispose()
