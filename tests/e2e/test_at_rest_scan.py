"""No raw value at rest (issue 11): a data_mode run over a personal-data file writes none of the table's values in
clear to any file, not even for a moment. Ingest, the Analysis source stream and the Migration (pre-flight,
chunks, promotion; the Dagster wiring's ``source_frame`` and ``run_source_batches``) run over a golden PII table
given as plain CSV, gzip'd CSV and a cp1252 (non-UTF-8) CSV, with ``TMPDIR`` and the state folder inside the
test folder. Every file under it is snapshotted while each reader is mid-pass (the ingest statistics, the first
analysis batch, every sealed spill write) and after the run; Parquet, Arrow and gzip files are decoded before the
scan. The source folder and the migration target (which holds the migrated values by design) are outside it.
No anonymous memory file (a whole decoded copy of the source held in memory, the former way to read a gzip'd or
non-UTF-8 file) is open at any checkpoint either: such a file is decoded block by block as it is read.
The README's example job through Dagster (every stage to promotion, in process) is scanned the same way.
Both fail on the former code (the temporary Parquet copy of the source, the ingest working copies).
"""

from __future__ import annotations

import gzip
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import polars as pl
import pytest

import adapters.sources.files as file_adapter
import core.migration.prepared as prepared_mod
from adapters.metadata_store import open_store
from adapters.sources import open_source
from adapters.targets.sql_target import SqlTarget
from core.artifacts import ArtifactKind
from core.catalog import Catalog
from core.contract import RunContract, contract_template
from core.ingest.pii_eval import PII_GOLDEN_DIR
from core.ingest.run import IngestPorts, run_ingest
from core.migration.models import ColumnPipeline, MigrationSpec, TargetColumn
from core.migration.stage import MigrationPorts, load_chunks, preflight, prepared, promote
from core.paths import ASSETS_CONFIG, var_dir
from dsl.models import Pipeline
from orchestration.analysis.source import run_source_batches
from orchestration.definitions import resources_for
from orchestration.migration.wiring import source_frame
from tests.e2e.test_privacy_scan import _found, _secrets

#: (golden table, how the source file is written): the gzip'd and cp1252 forms are decoded as they are read; the plain
#: CSV form runs under ``slow`` (the example's Dagster run below reads a plain CSV too)
CASES = [pytest.param("crm_contacts_us", "csv", marks=pytest.mark.slow, id="crm_contacts_us-csv"),
         pytest.param("crm_contacts_us", "gzip", id="crm_contacts_us-gzip"),
         pytest.param("dossiers_patients", "cp1252", id="dossiers_patients-cp1252")]


def _text(data: bytes) -> str:
    """A file's content as text to scan: Parquet, Arrow IPC and gzip are decoded first."""
    try:
        if data.startswith(b"PAR1"):
            return pl.read_parquet(io.BytesIO(data)).write_csv()
        if data.startswith(b"ARROW1"):
            return pl.read_ipc(io.BytesIO(data)).write_csv()
        if data.startswith(b"\x1f\x8b"):
            return gzip.decompress(data).decode("utf-8", errors="ignore")
    except Exception:  # noqa: BLE001 - a file being written: scan its raw bytes
        pass
    return data.decode("utf-8", errors="ignore")


class Snapshots:
    """Every file under the scanned roots, read at checkpoints (the same file name may be read several times)."""

    def __init__(self, roots: list[Path]) -> None:
        self.roots = roots
        self.blobs: dict[str, str] = {}
        self.files: set[str] = set()
        self.taken: list[str] = []
        self.memory_files: set[str] = set()

    def take(self, label: str) -> None:
        """Read every file now (anything a reader wrote for its pass would exist only while it runs), and note the
        anonymous memory files this process holds open (a whole decoded copy of a source would be one)."""
        self.taken.append(label)
        for fd in Path("/proc/self/fd").iterdir():
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("/memfd:"):
                self.memory_files.add(f"{label}: {target}")
        for root in self.roots:
            for path in root.rglob("*"):
                try:
                    if not path.is_file():
                        continue
                    data = path.read_bytes()
                except OSError:  # removed meanwhile
                    continue
                self.files.add(str(path.relative_to(root.parent)))
                self.blobs[f"{label}: {path.relative_to(root.parent)}"] = _text(data)


def _source(table: str, form: str, folder: Path) -> Path:
    csv = PII_GOLDEN_DIR / f"{table}.csv"
    folder.mkdir()
    if form == "gzip":
        out = folder / f"{table}.csv.gz"
        out.write_bytes(gzip.compress(csv.read_bytes()))
    elif form == "cp1252":
        out = folder / f"{table}.csv"
        out.write_bytes(csv.read_text(encoding="utf-8").encode("cp1252"))
    else:
        out = folder / f"{table}.csv"
        out.write_bytes(csv.read_bytes())
    return out


def _identity_spec(run_id: str, catalog: Catalog) -> MigrationSpec:
    """Every source column copied to the target as it is (text trimmed; the first key column as the key)."""
    cols = catalog.tables[0].columns
    key = next((c.name for c in cols if c.is_key), cols[0].name)
    pipes, targets = [], []
    for c in cols:
        typ = c.logical_type if c.logical_type in ("string", "int", "float", "bool") else "string"
        steps = [{"op": "trim", "input": c.name, "output": c.name}] if typ == "string" else []
        pipe = Pipeline.model_validate({"dsl_version": "1.0.0", "inputs": [c.name], "outputs": [c.name],
                                        "input_types": {c.name: typ}, "steps": steps})
        pipes.append(ColumnPipeline(pipeline=pipe, outputs={c.name: c.name}))
        targets.append(TargetColumn(name=c.name, type=typ, key=c.name == key,  # type: ignore[arg-type]
                                    nullable=c.name != key, sources=[c.name]))
    return MigrationSpec(run_id=run_id, table="people_copy", key=[key], pipelines=pipes, columns=targets,
                         input_types={p.pipeline.inputs[0]: p.pipeline.input_types[p.pipeline.inputs[0]]
                                      for p in pipes if p.pipeline.input_types},
                         batch_size=400, validation_checks=["row_count", "checksum"])


@pytest.fixture
def scan_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """``TMPDIR`` (and Python's ``tempfile``) pointed at a folder of this test."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    yield tmp


def _wrap(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str, before: Callable[[], None]) -> None:
    real = getattr(owner, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        before()
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapped)


@pytest.mark.parametrize(("table", "form"), CASES)
def test_a_data_mode_run_leaves_no_raw_value_in_any_file(table: str, form: str, tmp_path: Path, scan_tmp: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    src = _source(table, form, tmp_path.parent / f"{tmp_path.name}_landing")
    state = var_dir()
    snaps = Snapshots([scan_tmp, state])
    store = open_store(f"sqlite:///{state / 'mapwright.db'}")
    res = resources_for(f"sqlite:///{state / 'mapwright.db'}")
    pol, pii = res["policy"], res["pii"]
    policy = pol.engine()  # type: ignore[attr-defined]
    contract: RunContract = contract_template(lhs_location=str(src), rhs_location=str(tmp_path / "rhs.db"),
                                              mode="data_mode", role="Operator", request_key=f"atrest|{form}|{src}",
                                              sample_caps={"rows_max": 200, "bytes_max": 5_000_000})
    store.save_run(contract)

    # ingest: snapshot while the statistics pass reads the file (a copy of it, if any, would exist now)
    _wrap(monkeypatch, file_adapter, "column_stats", lambda: snaps.take("ingest"))
    run_ingest(contract, IngestPorts(store=store, policy=policy, source=open_source(contract.lhs),
                                     masker=pii.masker))  # type: ignore[attr-defined]
    catalog = Catalog.model_validate(store.latest(contract.run_id, ArtifactKind.CATALOG).payload)  # type: ignore[union-attr]

    # the Analysis stage's source stream (the Dagster wiring): snapshot at its first batch
    rows: list[int] = []

    def consume(batch: pl.DataFrame) -> None:
        if not rows:
            snaps.take("analysis")
        rows.append(batch.height)

    run_source_batches(contract, store)(300, consume)
    assert sum(rows) == catalog.tables[0].row_estimate

    # the Migration stage as Dagster runs it (pre-flight, a chunk step, the promotion), snapshot at every spill write
    _wrap(monkeypatch, prepared_mod, "write_sealed", lambda: snaps.take("migration"))
    target = SqlTarget(f"duckdb:///{tmp_path.parent / f'{tmp_path.name}_target.duckdb'}")
    try:
        spec = _identity_spec(contract.run_id, catalog)
        ports = MigrationPorts(artifacts=store, ledger=store, policy=policy, target=target,
                               source_frame=source_frame(contract, store), secret=b"at-rest test secret",
                               batch_size=spec.batch_size, validation_checks=spec.validation_checks, spec=spec,
                               spill_dir=state / "migration_spill")
        _, ready, _ = preflight(contract, ports)
        assert ready is not None
        target.prepare(ready)
        with prepared(contract, ports, ready) as prep:
            load_chunks(contract, ports, prep=prep)
        figures = promote(contract, ports).output("promotion").figures
        assert figures["rows_loaded"] + figures["rows_quarantined"] == catalog.tables[0].row_estimate
    finally:
        target.dispose()
    snaps.take("after")

    secrets = _secrets(PII_GOLDEN_DIR / f"{table}.csv")
    assert len(secrets) > 20  # the scan has something to look for
    assert {"ingest", "analysis", "migration", "after"} <= set(snaps.taken)
    assert any("migration_spill" in f for f in snaps.files), "the scan never saw the sealed spill"
    hits = _found(snaps.blobs, secrets)
    assert not hits, hits
    assert not snaps.memory_files, f"a copy of the source in memory: {snaps.memory_files}"


def test_the_scan_sees_a_clear_copy_in_any_form(tmp_path: Path) -> None:
    """The snapshot decodes what it reads: a value written to a Parquet, Arrow or gzip'd file is found."""
    frame = pl.DataFrame({"name": ["Radegunde Okonkwo-Baptiste"]})
    frame.write_parquet(tmp_path / "a.parquet")
    frame.write_ipc(tmp_path / "b.arrow")
    (tmp_path / "c.csv.gz").write_bytes(gzip.compress(frame.write_csv().encode()))
    snaps = Snapshots([tmp_path])
    snaps.take("x")
    assert len(_found(snaps.blobs, {"Radegunde Okonkwo-Baptiste"})) == 3


#: the example's personal columns (its own answers and plan say so)
EXAMPLE_PII = ["First Name", "Last Name", "E-mail", "Phone", "SSN"]


def test_the_dagster_run_of_the_example_leaves_no_raw_value_in_any_file(
        ram_state: Path, run_instance: Any, run_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's job through Dagster (every stage to promotion, in process): no file under ``TMPDIR`` or the state
    folder (metadata store, Dagster storage, indexes, spill) holds a personal value of the source, at any spill write
    or after the run; the migration target (``target.duckdb``, the data's destination) is left out."""
    from orchestration.answers import load_answers
    from orchestration.example import EXAMPLE_ANSWERS, EXAMPLE_SOURCE, run_example
    from tests.e2e.test_privacy_scan import shape

    tmp = ram_state / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))

    class NoTarget(Snapshots):
        def take(self, label: str) -> None:
            super().take(label)
            for k in [k for k in self.blobs if "target.duckdb" in k]:
                del self.blobs[k]

    snaps = NoTarget([ram_state])
    _wrap(monkeypatch, prepared_mod, "write_sealed", lambda: snaps.take("migration"))
    contract, step = run_example("data_mode", answers=load_answers(EXAMPLE_ANSWERS), db_url=run_db,
                                 instance=run_instance)
    assert step.kind.value == "complete", step
    snaps.take("after")
    assert "migration" in snaps.taken and any("migration_spill" in f for f in snaps.files)
    src = pl.read_csv(EXAMPLE_SOURCE, infer_schema=False)
    secrets = {v.strip() for c in EXAMPLE_PII for v in src[c].drop_nulls().to_list()
               if len(v.strip()) >= 5 and v.strip() != shape(v.strip())}
    # the domain catalog's own examples (``O'Brien``) are stored with the catalog: not the table's values
    shipped = "\n".join(f.read_text(encoding="utf-8") for f in (ASSETS_CONFIG / "domains").glob("*.yaml"))
    secrets = {v for v in secrets if v not in shipped}
    assert len(secrets) > 1000
    hits = _found(snaps.blobs, secrets)
    assert not hits, hits
