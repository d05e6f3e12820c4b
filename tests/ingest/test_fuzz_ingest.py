"""Ingest fuzz suite (issue 10): generated malformed files are a read or a specific typed error.

Bounded and seeded (:mod:`tests.ingest.fuzz_files`): ``SHARDS`` x ``PER_SHARD`` files in the
default run (a few thousand, well under a minute on 2 cores), ``SLOW_SHARDS`` more under
``@pytest.mark.slow``. For every file, through the real stage entry points (``build_catalog`` and,
when it succeeds, ``build_sample_pack``) and the real file source:

* the outcome is a catalog (and sample pack) or a :class:`core.ingest.errors.SourceFileError` naming
  the file and the fix — never the last-resort :class:`UnexpectedSourceError`, never an internal
  exception type in the message or as the cause;
* on error nothing is persisted: no artifact, one ``reject`` ledger event without outputs, no
  half-written working copy; closing the source removes its temporary folder;
* no hang (each file under ``CASE_SECONDS``; a watchdog ends the worker if one never returns) and
  bounded memory (peak RSS growth over the whole shard under ``RSS_GROWTH_MB``).

One shard runs against the real SQLAlchemy metadata store (SQLite) instead of the in-memory ports.
"""

from __future__ import annotations

import faulthandler
import re
import resource
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from adapters.metadata_store import open_store
from adapters.sources import FileSource
from core.artifacts import ArtifactKind, ArtifactStorePort
from core.contract import Mode, RunContract, contract_template
from core.errors import MapwrightError
from core.ingest import build_catalog
from core.ingest.errors import SourceFileError, UnexpectedSourceError
from core.ingest.stage import build_sample_pack
from core.inmemory import MemoryArtifacts, MemoryLedger
from core.ledger import Decision, LedgerPort, Stage
from core.pii.ports import MaskResult
from core.policy import PolicyEngine

from .fuzz_files import cases

SHARDS = 8
PER_SHARD = 250
SLOW_SHARDS = 8
CASE_SECONDS = 60.0  # a 9,000-column case takes ~8 s alone, ~25 s on a loaded 2-core box
WATCHDOG_SECONDS = 600
RSS_GROWTH_MB = 1500
INTERNAL = re.compile(
    r"\b(SchemaError|ComputeError|ShapeError|ColumnNotFoundError|InvalidOperationError|PanicException|"
    r"IndexError|KeyError|ValueError|TypeError|AttributeError|UnicodeError|UnicodeDecodeError|EOFError|"
    r"OverflowError|OSError|BadGzipFile|zlib\.error|Traceback|_csv\.Error|AssertionError|RuntimeError)\b")


class MaskEverything:
    """A PiiMasker that replaces every cell (the fuzz suite tests reading, not detection)."""

    name = "fuzz-mask-all"

    def mask_rows(self, columns: list[str], rows: list[dict[str, Any]], *, run_id: str | None = None,
                  headers: dict[str, str] | None = None, table: str | None = None,
                  as_of: date | None = None) -> MaskResult:
        """Every cell becomes ``<MASKED>``."""
        return MaskResult(rows=[{c: "<MASKED>" for c in columns} for _ in rows], engine=self.name)


def _contract(path: Path, target: Path, i: int) -> RunContract:
    return contract_template(lhs_location=str(path), rhs_location=str(target), mode=Mode.DATA_MODE,
                             lhs_type="file", request_key=f"fuzz|{path.name}|{i}", seed=i * 7919 - 3)


def _artifact_count(artifacts: ArtifactStorePort, run_id: str) -> int:
    if isinstance(artifacts, MemoryArtifacts):
        return sum(1 for a in artifacts.items if a.run_id == run_id)
    return len(artifacts.list(run_id))  # type: ignore[attr-defined]


def _check_error(err: MapwrightError, path: Path) -> None:
    assert not isinstance(err, UnexpectedSourceError), f"{path.name}: catch-all reached: {err.message}"
    assert isinstance(err, SourceFileError), f"{path.name}: untyped {type(err).__name__}: {err.message}"
    assert path.name in err.message and err.details.get("file") == str(path) and err.fix, err.message
    assert not INTERNAL.search(err.message), f"{path.name}: internal type in message: {err.message}"
    cause = err.__cause__
    assert cause is None or isinstance(cause, MapwrightError), f"{path.name}: internal cause {cause!r}"


def _run_one(path: Path, i: int, policy: PolicyEngine, ledger: LedgerPort, artifacts: ArtifactStorePort,
             work: Path) -> str:
    c = _contract(path, work / "target.db", i)
    before = _artifact_count(artifacts, c.run_id)
    with FileSource(path) as src:
        try:
            cat, _ = build_catalog(c, src, policy=policy, ledger=ledger, artifacts=artifacts)
            build_sample_pack(c, cat, src, policy=policy, ledger=ledger, artifacts=artifacts,
                              masker=MaskEverything())
        except MapwrightError as err:
            _check_error(err, path)
            assert _artifact_count(artifacts, c.run_id) == before, f"{path.name}: artifact persisted on error"
            events = ledger.events(c.run_id, Stage.INGEST)
            assert events and events[-1].decision is Decision.REJECT and events[-1].outputs_hash is None
            assert not list(work.rglob("*.part")), f"{path.name}: half-written working copy left behind"
            return type(err).__name__
        kinds = {a.kind for a in (artifacts.items if isinstance(artifacts, MemoryArtifacts)
                                  else artifacts.list(c.run_id))  # type: ignore[attr-defined]
                 if a.run_id == c.run_id}
        assert {ArtifactKind.CATALOG, ArtifactKind.SAMPLE_PACK} <= kinds
        return "read"


@pytest.fixture
def fuzz_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private TMPDIR, so the suite can prove the source leaves no working folder behind."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(work))
    yield work


def _run_shard(seed: int, n: int, policy: PolicyEngine, tmp_path: Path, work: Path, *, sql_store: bool) -> dict:
    files = tmp_path / "files"
    files.mkdir()
    store = open_store(f"sqlite:///{tmp_path / 'meta.db'}") if sql_store else None
    ledger: LedgerPort = store if store is not None else MemoryLedger()
    artifacts: ArtifactStorePort = store if store is not None else MemoryArtifacts()
    outcomes: dict[str, int] = {}
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    faulthandler.dump_traceback_later(WATCHDOG_SECONDS, exit=True)
    try:
        for i, (name, data) in enumerate(cases(seed, n)):
            path = files / name
            path.write_bytes(data)
            t0 = time.perf_counter()
            outcome = _run_one(path, i, policy, ledger, artifacts, work)
            took = time.perf_counter() - t0
            assert took < CASE_SECONDS, f"{name} took {took:.1f}s (seed {seed}, case {i})"
            assert not any(work.iterdir()), f"{name}: a working folder survived close()"
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
            path.unlink()
    finally:
        faulthandler.cancel_dump_traceback_later()
        if store is not None:
            store.close()
    growth_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024
    assert growth_mb < RSS_GROWTH_MB, f"peak RSS grew by {growth_mb:.0f} MB"
    return outcomes


@pytest.mark.parametrize("shard", range(SHARDS))
def test_fuzz_ingest(shard: int, policy: PolicyEngine, tmp_path: Path, fuzz_tmp: Path) -> None:
    outcomes = _run_shard(1000 + shard, PER_SHARD, policy, tmp_path, fuzz_tmp, sql_store=shard == 0)
    assert sum(outcomes.values()) == PER_SHARD
    assert outcomes.get("read", 0) > PER_SHARD // 10, outcomes  # the generator still yields valid files
    assert len(outcomes) > 3, outcomes  # ... and several kinds of typed error


@pytest.mark.slow
@pytest.mark.parametrize("shard", range(SLOW_SHARDS))
def test_fuzz_ingest_more(shard: int, policy: PolicyEngine, tmp_path: Path, fuzz_tmp: Path) -> None:
    outcomes = _run_shard(5000 + shard, PER_SHARD * 2, policy, tmp_path, fuzz_tmp, sql_store=shard % 4 == 0)
    assert sum(outcomes.values()) == PER_SHARD * 2
