"""Ingest stage functions: the Dagster ``catalog`` and ``sample_pack`` assets call exactly these.

Both follow one protocol: policy first; on any taxonomy error record an INGEST ledger event
(decision ``reject``, or ``retry`` for transient errors, with ``error_code``), store nothing,
re-raise; on success store one artifact and record an ``accept`` event whose ``outputs_hash``
is the artifact's content hash. Unexpected exceptions from a source are wrapped as
:class:`core.ingest.errors.UnexpectedSourceError` (a DETERMINISTIC_FAILURE) so they are recorded too;
that wrapper is a last resort, and the ingest fuzz suite fails when it is reached.

Sample packs: **one artifact per run** (kind ``sample_pack``) whose payload is a
:class:`SamplePackBundle` holding one :class:`core.catalog.SamplePack` per catalog table. The
caps (``rows_max``, ``bytes_max``) apply **per table**; ``bytes_max`` is measured on the masked
rows as UTF-8 JSON.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from core.artifacts import Artifact, ArtifactKind, ArtifactStorePort
from core.catalog import Catalog, SamplePack
from core.contract import RunContract
from core.errors import DeterministicFailure, MapwrightError
from core.hashing import content_hash
from core.ingest.errors import UnexpectedSourceError
from core.ingest.fingerprint import source_fingerprint
from core.ingest.ports import SamplePrefetch, SourcePort
from core.ingest.sampling import cap_rows, choose_plan, json_rows
from core.ledger import Decision, LedgerPort, LedgerRecorder, Stage
from core.pii.catalog_guard import guard_stats
from core.pii.ports import PiiMasker
from core.policy import Action, PolicyEngine, PolicyRequest

T = TypeVar("T")
CATALOG_ACTION = "catalog.build"
#: one event per catalog holding delimited files: each file's header-row decision (counts, never a cell)
HEADER_ACTION = "catalog.header_row"
SAMPLE_ACTION = "sample_pack.build"


class SamplePackBundle(BaseModel):
    """Payload of the ``sample_pack`` artifact: every table's masked sample of one run."""

    run_id: str
    seed: int
    catalog_hash: str | None
    masker: str
    packs: list[SamplePack]


def schema_hash(catalog: Catalog) -> str:
    """Hash of the catalog's shape only (tables, column names and types, keys), no statistics."""
    shape = [
        {"table": t.name, "pk": t.primary_key,
         "columns": [(c.name, c.logical_type, c.physical_type) for c in t.columns]}
        for t in catalog.tables
    ]
    return content_hash(shape)


def header_rows(catalog: Catalog) -> dict[str, dict[str, Any]]:
    """Each delimited file table's header-row decision, as the ledger and the UI show it."""
    return {t.name: t.header_row.model_dump(mode="json") for t in catalog.tables if t.header_row is not None}


def _recorder(contract: RunContract, policy: PolicyEngine, ledger: LedgerPort) -> LedgerRecorder:
    return LedgerRecorder(ledger, contract.run_id, contract_hash=contract.contract_hash(),
                          policy_version=policy.version, threshold_profile_id=contract.threshold_profile_id,
                          dsl_version=contract.dsl_version)


def _guarded(rec: LedgerRecorder, contract: RunContract, action: str, fn: Callable[[], T]) -> T:
    try:
        return fn()
    except MapwrightError as exc:
        err = exc
    except Exception as exc:  # noqa: BLE001 - a source bug must still reach the ledger
        err = UnexpectedSourceError(f"{action} failed: {type(exc).__name__}: {exc}", internal_type=type(exc).__name__)
        err.__cause__ = exc
    err.run_id = err.run_id or contract.run_id
    err.stage = err.stage or Stage.INGEST.value
    rec.record_error(Stage.INGEST, action, err)
    raise err


def build_catalog(
    contract: RunContract, source: SourcePort, *, policy: PolicyEngine, ledger: LedgerPort,
    artifacts: ArtifactStorePort, prefetch_samples: bool = True,
) -> tuple[Catalog, Artifact]:
    """Infer the Standard Schema Catalog of ``source`` and store it (ArtifactKind.CATALOG).

    Value-derived statistics (min/max) are requested only when the policy allows DATA_STATS in
    the contract's mode. Raises the taxonomy error after recording it; stores nothing then.
    ``prefetch_samples``: when the same source object will serve :func:`build_sample_pack` next
    (and row samples are allowed), let it draw the sample in the statistics scan; pass False when
    the sample pack will use another source object, or the early sample would be thrown away.
    """
    rec = _recorder(contract, policy, ledger)

    def run() -> tuple[Catalog, Artifact]:
        req = PolicyRequest(action=Action.CATALOG_INFERENCE, run_id=contract.run_id, mode=contract.mode,
                            role=contract.rbac_actor.role, actor=contract.rbac_actor.user_id)
        policy.require(req, stage=Stage.INGEST.value)
        with_stats = policy.evaluate(req.model_copy(update={"action": Action.DATA_STATS})).allowed
        may_sample = policy.evaluate(req.model_copy(update={"action": Action.ROW_SAMPLES})).allowed
        if prefetch_samples and may_sample and contract.sample_caps is not None and isinstance(source, SamplePrefetch):
            source.expect_samples(contract.sample_caps, contract.seed)  # lets a file source sample in the same pass
        # taken before the read: a change while it reads shows as a change later (core/ingest/fingerprint)
        fingerprint = source_fingerprint(Path(source.location)) if source.source_type == "file" else None
        tables = guard_stats(source.introspect(with_stats=with_stats))  # min/max of personal data masked
        if not tables:
            raise DeterministicFailure(f"no tables found in {source.location}")
        catalog = Catalog(run_id=contract.run_id, source_type=source.source_type, location=source.location,
                          dialect=source.dialect, tables=tables, contract_hash=contract.contract_hash(),
                          policy_version=policy.version, source_fingerprint=fingerprint)
        catalog.schema_hash = schema_hash(catalog)
        art = artifacts.put(ArtifactKind.CATALOG, contract.run_id, catalog,
                            contract_hash=contract.contract_hash(), policy_version=policy.version)
        return catalog, art

    catalog, art = _guarded(rec, contract, CATALOG_ACTION, run)
    headers = header_rows(catalog)
    if headers:
        rec.record(Stage.INGEST, Decision.ACCEPT, HEADER_ACTION, outputs_hash=art.content_hash,
                   detail={"tables": headers})
    rec.record(Stage.INGEST, Decision.ACCEPT, CATALOG_ACTION, outputs_hash=art.content_hash,
               catalog_version=f"{art.content_hash}@{art.version}",
               detail={"tables": [t.name for t in catalog.tables],
                       "rows": {t.name: t.row_estimate for t in catalog.tables},
                       "schema_hash": catalog.schema_hash, "artifact_version": art.version,
                       "source_type": catalog.source_type, "location": catalog.location})
    return catalog, art


def build_sample_pack(
    contract: RunContract, catalog: Catalog, source: SourcePort, *, policy: PolicyEngine, ledger: LedgerPort,
    artifacts: ArtifactStorePort, masker: PiiMasker, as_of: date | None = None,
) -> tuple[list[SamplePack], Artifact]:
    """Deterministic, capped, PII-masked samples of every catalog table, stored as one artifact. ``as_of``: the run's
    day ages are counted from when masking (:func:`core.pii.run_day.run_as_of`; None: the masker's no-run default,
    which masks more dates).

    The ROW_SAMPLES policy check runs first: in metadata_only it raises POLICY_BLOCK before the
    source is touched, so no row is ever read.
    """
    rec = _recorder(contract, policy, ledger)
    catalog_hash = content_hash(catalog)

    def run() -> tuple[list[SamplePack], Artifact]:
        policy.require(PolicyRequest(action=Action.ROW_SAMPLES, run_id=contract.run_id, mode=contract.mode,
                                     role=contract.rbac_actor.role, actor=contract.rbac_actor.user_id),
                       stage=Stage.INGEST.value)
        if contract.sample_caps is None:  # the contract validator already forbids this in data_mode
            raise DeterministicFailure("sample_caps are required to sample rows")
        packs = [_pack(contract, t.name, catalog_hash, policy.version, source, masker, choose_plan(
            t, contract.sample_caps, contract.seed), t.row_estimate, {c.name: c.original_name for c in t.columns},
            as_of) for t in catalog.tables]
        bundle = SamplePackBundle(run_id=contract.run_id, seed=contract.seed, catalog_hash=catalog_hash,
                                  masker=masker.name, packs=packs)
        art = artifacts.put(ArtifactKind.SAMPLE_PACK, contract.run_id, bundle,
                            contract_hash=contract.contract_hash(), policy_version=policy.version)
        return packs, art

    packs, art = _guarded(rec, contract, SAMPLE_ACTION, run)
    detail: dict[str, Any] = {
        "seed": contract.seed, "masker": masker.name, "artifact_version": art.version,
        "tables": {p.table: {"rows": p.row_count, "bytes": p.byte_size, "strategy": p.strategy,
                             "masked_cells": sum(m.cells_masked for m in p.masking)} for p in packs},
    }
    rec.record(Stage.INGEST, Decision.ACCEPT, SAMPLE_ACTION, inputs_hash=catalog_hash, outputs_hash=art.content_hash,
               pii_mask_applied=True, detail=detail)
    return packs, art


def _pack(contract: RunContract, table: str, catalog_hash: str, policy_version: str, source: SourcePort,
          masker: PiiMasker, plan: Any, source_rows: int | None, headers: dict[str, str],
          as_of: date | None = None) -> SamplePack:
    df = source.sample(table, plan)
    columns = list(df.columns)
    raw, _ = cap_rows(json_rows(df), plan.rows_max, plan.bytes_max)
    masked = masker.mask_rows(columns, raw, run_id=contract.run_id, headers=headers, table=table,
                              as_of=as_of)  # in memory
    rows, size = cap_rows(masked.rows, plan.rows_max, plan.bytes_max)
    for m in masked.masking:  # the equality tokens follow the rows kept
        m.tokens = m.tokens[:len(rows)]
    return SamplePack(run_id=contract.run_id, table=table, seed=plan.seed, strategy=plan.strategy,
                      rows_max=plan.rows_max, bytes_max=plan.bytes_max, row_count=len(rows), byte_size=size,
                      source_row_count=source_rows, columns=columns, rows=rows, pii_mask_applied=True,
                      masking=masked.masking, catalog_hash=catalog_hash, contract_hash=contract.contract_hash(),
                      policy_version=policy_version)
