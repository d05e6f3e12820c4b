"""Privacy scan (issue 11): a data_mode run through Dagster (in process) on a table of personal data stores
none of its real PII values — not in an artifact, a ledger event, a cache entry, a Dagster event, nor any file
the run wrote (metadata store, Dagster storage, index files). Parametrized over the PII golden dev tables."""

from __future__ import annotations

import json
import re
from pathlib import Path

import dagster as dg
import polars as pl
import pytest

from adapters.cache.memory import MemoryCache
from adapters.metadata_store import MetadataStore
from core.contract import contract_template
from core.ingest.pii_eval import PII_GOLDEN_DIR, load_labels
from core.paths import ASSETS_CONFIG
from core.pii.shape import shape
from orchestration.domains.assets import domain_assignments
from orchestration.ingest.assets import ingest
from orchestration.partitions import MAPPING_RUNS

#: Every PII golden table; all but three carry the ``slow`` mark (a run is ~10 s) so a quick run can deselect them.
TABLES = [pytest.param(p, id=p.stem, marks=[] if i < 3 else [pytest.mark.slow])
          for i, p in enumerate(sorted(PII_GOLDEN_DIR.glob("*.csv")))]


def _secrets(csv: Path) -> set[str]:
    """Distinctive real values of the PII columns: at least 5 characters and not already a shape
    (``AAAA`` or ``9999`` would be found in any masked text and says nothing)."""
    labels = load_labels(csv.with_name(csv.stem + ".labels.yaml"))
    df = pl.read_csv(csv, infer_schema_length=0)
    out: set[str] = set()
    public = {v.strip() for col, pii in labels.items() if not pii for v in df[col].drop_nulls().to_list()}
    for col, pii in labels.items():
        if pii:
            for v in df[col].drop_nulls().to_list():
                v = v.strip()
                if len(v) >= 5 and v != shape(v) and v not in public:  # a hire date may equal someone's birth date
                    out.add(v)
    # the domain catalog's own examples (``Okafor``, ``75001``) are stored with the catalog: not the table's values
    shipped = "\n".join(p.read_text(encoding="utf-8") for p in (ASSETS_CONFIG / "domains").glob("*.yaml"))
    return {v for v in out if v not in shipped}


def _found(blobs: dict[str, str], secrets: set[str]) -> list[str]:
    """Secrets found as whole values (not inside a longer word or date: a zip code inside a hex token, the month
    ``2024-02`` of a stored ``2024-02-17`` are no leak)."""
    hits = []
    for where, text in blobs.items():
        for s in secrets:
            if s in text and re.search(rf"(?<![0-9A-Za-z/.:-]){re.escape(s)}(?![0-9A-Za-z/.:-])", text):
                hits.append(f"{where}: {s!r}")
    return sorted(hits)[:10]


@pytest.mark.parametrize("csv", TABLES)
def test_data_mode_run_stores_no_real_pii_value(csv: Path, tmp_path: Path, instance: dg.DagsterInstance,
                                                resources: dict, store: MetadataStore,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    cache = MemoryCache()
    monkeypatch.setattr("orchestration.domains.resources.make_cache", lambda url=None: cache)
    contract = contract_template(lhs_location=str(csv), rhs_location=str(tmp_path / "target.db"), mode="data_mode",
                                 request_key=f"scan|{csv.name}|{tmp_path}",
                                 sample_caps={"rows_max": 200, "bytes_max": 5_000_000})
    store.save_run(contract)
    instance.add_dynamic_partitions(MAPPING_RUNS, [contract.run_id])
    result = dg.materialize([ingest, domain_assignments], partition_key=contract.run_id, instance=instance,
                            resources=resources, raise_on_error=False)
    assert any(e.event_type_value == "ASSET_MATERIALIZATION" for e in result.all_events)
    secrets = _secrets(csv)
    assert len(secrets) > 50  # the scan has something to look for
    blobs: dict[str, str] = {}
    for art in store.list(contract.run_id):
        blobs[f"artifact {art.kind.value}"] = json.dumps(art.payload, ensure_ascii=False)
    blobs["ledger"] = "\n".join(e.model_dump_json() for e in store.events(contract.run_id))
    blobs["dagster events"] = "\n".join(str(e.to_json() if hasattr(e, "to_json") else e)
                                        for e in instance.all_logs(result.run_id))
    blobs["cache"] = "\n".join(f"{k} {v.value!r}" for k, v in cache._data.items())  # noqa: SLF001
    assert {"artifact catalog", "artifact sample_pack"} <= set(blobs)
    for path in tmp_path.rglob("*"):  # every file the run wrote: metadata store, Dagster storage, indexes
        if path.is_file():
            blobs[f"file {path.relative_to(tmp_path)}"] = path.read_bytes().decode("utf-8", errors="ignore")
    assert not _found(blobs, secrets), _found(blobs, secrets)
