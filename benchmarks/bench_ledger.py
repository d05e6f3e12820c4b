"""Ledger integrity benchmark: what the hash chain costs on a big ledger.

Builds a ledger of N events (default 100,000) over 100 runs through the store's own append path
(``append_many`` in batches), then measures, in the same run:

* append: chained ``append_many`` per event vs a plain multi-row INSERT of the same rows (baseline);
* open: ``open_store`` with the incremental open check (a checkpoint exists, nothing changed) vs
  ``open_store(verify=False)`` (baseline: structure and guard checks only) vs the full
  verification from the first event (what an open does when it cannot trust the checkpoint, and
  what ``mapwright ledger verify --all`` does);
* single appends: one ``append`` (its own transaction) on the big ledger.

    python benchmarks/bench_ledger.py                       # SQLite file, 100k events
    python benchmarks/bench_ledger.py --events 10000 --postgres postgresql+psycopg://postgres@127.0.0.1:5432/test
"""

from __future__ import annotations

import argparse
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine

from adapters.metadata_store import MetadataStore, open_store
from adapters.metadata_store.convert import event_to_row
from adapters.metadata_store.ledger_store import LEDGER
from core.ids import new_ulid
from core.ledger import GENESIS_HASH, Decision, LedgerEvent, Stage

RUNS = 100
BATCH = 1000


def _events(n: int, offset: int = 0) -> list[LedgerEvent]:
    runs = [new_ulid() for _ in range(RUNS)]
    stages = list(Stage)
    return [LedgerEvent(run_id=runs[(offset + i) % RUNS], stage=stages[i % len(stages)], decision=Decision.ACCEPT,
                        action="bench.step", inputs_hash="a" * 64, contract_hash="b" * 64, token_actual=i,
                        usd_actual=0.0001, detail={"i": offset + i, "note": "benchmark event"}) for i in range(n)]


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    out = fn()
    return time.perf_counter() - started, out


def bench(url: str, schema: str | None, n: int) -> None:
    """Build the ledger at ``url`` and print the figures."""
    store = open_store(url, schema=schema)
    try:
        events = _events(n)
        build, _ = _timed(lambda: [store.append_many(events[i:i + BATCH]) for i in range(0, n, BATCH)])
        plain = open_store(url, schema=f"{schema}_plain") if schema else None
        rows = [{**event_to_row(e), "position": i + 1, "prev_hash": GENESIS_HASH, "event_hash": GENESIS_HASH}
                for i, e in enumerate(_events(n))]
        engine = plain.engine if plain else create_engine(f"sqlite:///{Path(tempfile.mkdtemp()) / 'plain.db'}")
        if not plain:
            LEDGER.metadata.create_all(engine, tables=[LEDGER])
        insert, _ = _timed(lambda: _plain_insert(engine, rows))
        print(f"events: {n} over {RUNS} runs ({store.dialect})")
        print(f"append (chained, append_many x{BATCH}): {build:.2f} s = {build / n * 1e6:.0f} us/event; "
              f"plain INSERT baseline {insert:.2f} s; ratio {build / insert:.1f}x")
        store.close()
        first, rep = _timed(lambda: _open(url, schema))
        print(f"first open after the build (no checkpoint: full verify): {first:.2f} s ({rep})")
        inc, rep = _timed(lambda: _open(url, schema))
        base, _ = _timed(lambda: open_store(url, schema=schema, verify=False).close())
        print(f"open, incremental check: {inc:.3f} s ({rep}); open without the chain check (baseline): {base:.3f} s; "
              f"overhead {inc - base:.3f} s")
        store = open_store(url, schema=schema, verify=False)
        full, report = _timed(store.verify_ledger)
        print(f"full verify (ledger verify --all): {full:.2f} s = {full / n * 1e6:.0f} us/event; "
              f"incremental open is {full / max(inc, 1e-9):.0f}x faster")
        one, _ = _timed(lambda: [store.append(e) for e in _events(200, offset=n)])
        print(f"single append on the big ledger: {one / 200 * 1e3:.2f} ms/event")
        assert report.verified_events == n
        if plain:
            plain.drop_schema()
            plain.close()
        else:
            engine.dispose()
    finally:
        if schema:
            store.drop_schema()
        store.close()


def _plain_insert(engine: Any, rows: list[dict[str, Any]]) -> None:
    with engine.begin() as conn:
        for i in range(0, len(rows), BATCH):
            conn.execute(LEDGER.insert(), rows[i:i + BATCH])


def _open(url: str, schema: str | None) -> str:
    store: MetadataStore = open_store(url, schema=schema, verify=False)
    try:
        rep = store.check_ledger_at_open()
        return f"{rep.mode}, {rep.verified_events} events hashed"
    finally:
        store.close()


def main() -> None:
    """Parse arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--postgres", help="PostgreSQL URL (a throw-away schema is used)")
    args = parser.parse_args()
    if args.postgres:
        bench(args.postgres, f"mw_bench_{uuid.uuid4().hex[:8]}", args.events)
    else:
        bench(f"sqlite:///{Path(tempfile.mkdtemp()) / 'ledger.db'}", None, args.events)


if __name__ == "__main__":
    main()
