"""Chunks committed before a later chunk of the same call fails keep their ledger events: the accept event and the
lease-release warning of each are recorded as it is written, not after the whole call."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from adapters.targets import mariadb_target
from adapters.targets.mariadb_target import MariaDbTarget
from core.errors import MapwrightError
from core.inmemory import MemoryLedger
from core.migration.run import embedded_contract, embedded_ports
from core.migration.stage import load_chunks, preflight, prepared
from tests.migration.conftest import example_source, make_spec, new_run_id
from tests.migration.test_lease_release import _kill_lease_after_commit


@pytest.mark.mariadb
def test_a_later_chunk_failing_keeps_the_events_of_the_committed_one(maria_url: str, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mariadb_target, "LOCK_WAIT_S", 1)
    target, killer = MariaDbTarget(maria_url), sa.create_engine(maria_url)
    try:
        spec = make_spec(new_run_id(), batch_size=250)
        ledger = MemoryLedger()
        ports = embedded_ports(spec, example_source, target, secret=b"s", spill_dir=tmp_path / "spill", ledger=ledger)
        contract = embedded_contract(spec)
        preflight(contract, ports)
        killed = _kill_lease_after_commit(target, killer, f"mw:{spec.run_id}:0"[:64])
        with killer.connect() as holder:  # another worker holds chunk 1's lease: chunk 1 is refused
            assert holder.execute(sa.select(sa.func.get_lock(f"mw:{spec.run_id}:1"[:64], 0))).scalar() == 1
            with prepared(contract, ports) as prep, pytest.raises(MapwrightError):
                load_chunks(contract, ports, [0, 1], prep=prep)
        assert killed, "chunk 0's lease release was never cut"
        assert [c.chunk_id for c in target.checkpoints(spec.run_id)] == [0]
        events = [(e.action, str(e.decision), e.detail.get("chunk_id")) for e in ledger.events(contract.run_id)
                  if e.action.startswith("migration.")]
        assert ("migration.chunk", "accept", 0) in events
        assert ("migration.lease_release_failed", "accept", 0) in events
        assert [e for e in events if e[0] == "migration.chunk" and e[1] != "accept"], "the refusal is not on it"
    finally:
        target.dispose()
        killer.dispose()
