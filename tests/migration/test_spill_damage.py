"""A kept spill that lost or changed files since it was completed never loads as short or empty chunks
(core.migration.spill_manifest): found when it is opened, it is set aside and prepared again from the source
(``migration.spill_rebuilt`` on the ledger); found while a chunk is read, the chunk fails with SpillDamaged (on the
ledger, no checkpoint) and the next step rebuilds the spill; the migration then loads every row."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from adapters.targets.sql_target import SqlTarget
from core.inmemory import MemoryLedger
from core.migration.errors import SpillDamaged
from core.migration.run import embedded_contract, embedded_ports
from core.migration.stage import MigrationPorts, load_chunks, preflight, prepared, promote
from tests.migration.conftest import example_source, make_spec, new_run_id
from tests.migration.oracle import expected_rows

SECRET = b"damage test secret"


class _Setup:
    def __init__(self, tmp_path: Path) -> None:
        self.src = example_source()
        self.reads = 0
        self.target = SqlTarget(f"duckdb:///{tmp_path / 't.duckdb'}")
        self.spec = make_spec(new_run_id(), batch_size=250)
        self.spill = tmp_path / "spill"
        self.ledger = MemoryLedger()
        self.ports: MigrationPorts = embedded_ports(self.spec, self._source, self.target, secret=SECRET,
                                                    spill_dir=self.spill, ledger=self.ledger)
        self.contract = embedded_contract(self.spec)
        assert preflight(self.contract, self.ports)[1] is not None

    def _source(self) -> pl.DataFrame:
        self.reads += 1
        return self.src

    def folder(self) -> Path:
        (path,) = [p for p in self.spill.iterdir() if p.name.startswith(self.spec.run_id)]
        return path

    def events(self, action: str) -> list[dict]:
        return [e.detail | {"_decision": str(e.decision)} for e in self.ledger.events(self.contract.run_id)
                if e.action == action]

    def check_final(self) -> None:
        with prepared(self.contract, self.ports) as prep:
            load_chunks(self.contract, self.ports, prep=prep)  # the chunks without a checkpoint
        promote(self.contract, self.ports)
        want, _ = expected_rows(self.src)
        got = set(self.target.final_frame("crm_customer").select(
            "customer_id", "full_name", "email", "country_code").iter_rows())
        assert got == want


@pytest.fixture
def setup(tmp_path: Path) -> _Setup:
    s = _Setup(tmp_path)
    yield s
    s.target.dispose()


def test_a_spill_missing_a_chunk_file_is_rebuilt_from_the_source_when_opened(setup: _Setup) -> None:
    with prepared(setup.contract, setup.ports) as prep:
        load_chunks(setup.contract, setup.ports, [0, 1], prep=prep)
    assert setup.reads == 1
    victim = sorted(setup.folder().glob("c0000002_b*.arrow"))[0]
    victim.unlink()  # a tmp cleaner took one file of a chunk not loaded yet
    with prepared(setup.contract, setup.ports) as prep:
        assert setup.reads == 2, "the damaged spill was used instead of being prepared again"
        assert prep.rebuilt and "listed files missing" in prep.rebuilt and victim.name in prep.rebuilt
        assert victim.exists(), "the rebuilt spill lacks the file"
        load_chunks(setup.contract, setup.ports, [2, 3], prep=prep)
    (event,) = setup.events("migration.spill_rebuilt")
    assert event["_decision"] == "fix" and victim.name in event["problem"]
    setup.check_final()


def test_a_file_removed_after_the_spill_was_opened_fails_its_chunk_and_the_next_step_rebuilds(setup: _Setup) -> None:
    with prepared(setup.contract, setup.ports) as prep:
        for f in setup.folder().glob("c0000001_b*.arrow"):
            f.unlink()  # the whole chunk: it would have read as an empty chunk
        with pytest.raises(SpillDamaged) as err:
            load_chunks(setup.contract, setup.ports, [0, 1], prep=prep)
    assert "re-run the migration step" in err.value.message.lower() and err.value.chunk_id == "1"
    assert [c.chunk_id for c in setup.target.checkpoints(setup.spec.run_id)] == [0], "chunk 1 was checkpointed"
    (event,) = [e for e in setup.events("migration.chunk") if e["_decision"] == "reject"]
    assert "damaged" in event["message"]
    assert not [p for p in setup.spill.iterdir() if p.name.startswith(setup.spec.run_id)], "damaged spill kept"
    with prepared(setup.contract, setup.ports) as prep:
        load_chunks(setup.contract, setup.ports, prep=prep)
    assert setup.reads == 2
    setup.check_final()


def test_a_changed_file_of_the_same_size_is_caught_by_its_hash(setup: _Setup) -> None:
    with prepared(setup.contract, setup.ports):
        pass
    folder = setup.folder()
    a, b = sorted(folder.glob("c0000000_b*.arrow"))[0], sorted(folder.glob("c0000003_b*.arrow"))[0]
    data = bytearray(a.read_bytes())
    data[-1] ^= 0xFF  # same size, other bytes
    a.write_bytes(bytes(data))
    with prepared(setup.contract, setup.ports) as prep:  # the cheap check at open sees the same sizes
        assert prep.rebuilt is None
        with pytest.raises(SpillDamaged, match="changed since the spill was completed"):
            prep.chunk(0)
    assert not folder.exists(), "the damaged spill was not set aside"
    assert not b.exists()  # the other chunks' files went with it: the next step rebuilds the whole spill
    with prepared(setup.contract, setup.ports) as prep:
        assert prep.chunk(0).height > 0
    assert setup.reads == 2


def test_an_unlisted_file_or_a_manifest_without_files_means_a_rebuild(setup: _Setup) -> None:
    with prepared(setup.contract, setup.ports):
        pass
    folder = setup.folder()
    first = sorted(folder.glob("c0000000_b*.arrow"))[0]
    (folder / "c0000000_b9999999.arrow").write_bytes(first.read_bytes())  # a stray copy: rows twice
    with prepared(setup.contract, setup.ports) as prep:
        assert prep.rebuilt and "unlisted" in prep.rebuilt
    meta = json.loads((setup.folder() / "manifest.json").read_text())
    assert sum(f["rows"] for n, f in meta["files"].items() if n.startswith("c")) == setup.src.height
    del meta["files"]  # what an earlier version wrote
    (setup.folder() / "manifest.json").write_text(json.dumps(meta))
    with prepared(setup.contract, setup.ports) as prep:
        assert prep.rebuilt and "lists no files" in prep.rebuilt
    assert setup.reads == 3
    assert len(setup.events("migration.spill_rebuilt")) == 2
    setup.check_final()
