"""The Domains stage: ``assign_domains`` over a Catalog (and, in data_mode, masked Sample Packs).

Flow: policy gate for value evidence -> evidence per column -> candidates + scores -> bands ->
arbitration of borderline columns -> artifact + DOMAINS ledger events. Values are used only
when ``policy.require(VALUE_EVIDENCE, mode)`` allows them; a Sample Pack handed to a
metadata_only run is refused with POLICY_BLOCK (recorded on the ledger) rather than ignored.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from core.artifacts import Artifact, ArtifactKind, ArtifactStorePort
from core.catalog import Catalog, SamplePack
from core.contract import RunContract
from core.domains.assignments import ColumnAssignment, DomainAssignments, VersionRefs
from core.domains.embedding import HashedNgramEmbedder
from core.domains.engine import ensure_index, rank_columns, regex_hits_by_id
from core.domains.evidence import ColumnEvidence, header_evidence, pack_columns, value_evidence
from core.domains.matcher import get_matcher
from core.domains.ports import Arbiter, VectorIndexPort
from core.domains.scoring import AMBIGUITY_MARGIN, Band, Components, band_of
from core.errors import PolicyBlock
from core.hashing import content_hash
from core.ledger import Decision, HumanConfirmation, LedgerPort, LedgerRecorder, Stage
from core.policy import Action, PolicyEngine, PolicyRequest
from core.thresholds import ThresholdProfile
from core.vocab.models import CatalogDelta, DomainCatalog
from core.vocab.tokens import normalize_alias

TOP_CANDIDATES = 5
PII_TIE_MARGIN = 0.05


def _gather(catalog: Catalog, packs: Sequence[SamplePack] | None,
            ) -> list[tuple[ColumnEvidence, list[str] | None, list[str], int]]:
    """(header evidence, values or None, masked entity types, sample size) per catalog column."""
    by_table = {p.table: (pack_columns(p), p.row_count) for p in (packs or [])}
    out: list[tuple[ColumnEvidence, list[str] | None, list[str], int]] = []
    for table in catalog.tables:
        cols, size = by_table.get(table.name, ({}, 0))
        for col in table.columns:
            pair = cols.get(col.name) or cols.get(col.original_name)
            ev = header_evidence(table, col)
            out.append((ev, pair[0], pair[1], size) if pair else (ev, None, [], 0))
    return out


def classify(
    catalog: Catalog,
    sample_packs: Sequence[SamplePack] | None,
    *,
    domain_catalog: DomainCatalog,
    index: VectorIndexPort,
    arbiter: Arbiter,
    profile: ThresholdProfile,
    refs: VersionRefs | None = None,
    run_id: str | None = None,
    embedder: HashedNgramEmbedder | None = None,
    timings: dict[str, float] | None = None,
) -> tuple[list[ColumnAssignment], list[CatalogDelta], VersionRefs]:
    """Pure classification (no policy, ledger or store): evidence -> candidates -> bands -> arbiter.

    Callers must have cleared value evidence with the policy engine before passing Sample Packs
    (:func:`assign_domains` does). Returns assignments, staged deltas and the version refs.
    """
    t = timings if timings is not None else {}
    t0 = time.perf_counter()
    matcher = get_matcher(domain_catalog, embedder)
    t["index_rebuilt"] = float(ensure_index(index, matcher))
    refs = (refs or VersionRefs(catalog_version=domain_catalog.version, catalog_hash="", threshold_profile_id="",
                                threshold_profile_hash="", policy_version="", embedder="", arbiter="")).model_copy(
        update={"catalog_version": domain_catalog.version, "catalog_hash": matcher.fingerprint,
                "threshold_profile_id": profile.profile_id, "threshold_profile_hash": profile.content_hash(),
                "embedder": matcher.embedder.model_id, "arbiter": arbiter.name})
    t["prepare"] = time.perf_counter() - t0
    t1 = time.perf_counter()
    evs: list[ColumnEvidence] = []
    vals: list[list[str] | None] = []
    for ev, v, masked, size in _gather(catalog, sample_packs):
        if v is not None:
            ev = value_evidence(ev, v, masked, regex_hits_by_id(matcher, v), size)
        evs.append(ev)
        vals.append(v)
    t["evidence"] = time.perf_counter() - t1
    t2 = time.perf_counter()
    ranked = rank_columns(evs, vals, matcher, index, profile.domaining)
    t["candidates_scoring"] = time.perf_counter() - t2
    t3 = time.perf_counter()
    out: list[ColumnAssignment] = []
    deltas: list[CatalogDelta] = []
    for ev, cands in zip(evs, ranked, strict=True):
        a, delta = _decide(ev, cands, domain_catalog, profile, arbiter, refs, run_id)
        out.append(a)
        if delta is not None:
            deltas.append(delta)
    t["arbitration"] = time.perf_counter() - t3
    return out, deltas, refs


def assign_domains(
    contract: RunContract,
    catalog: Catalog,
    sample_packs: list[SamplePack] | None,
    *,
    policy: PolicyEngine,
    ledger: LedgerPort,
    artifacts: ArtifactStorePort,
    domain_catalog: DomainCatalog,
    index: VectorIndexPort,
    arbiter: Arbiter,
    profile: ThresholdProfile,
    embedder: HashedNgramEmbedder | None = None,
    timings: dict[str, float] | None = None,
) -> tuple[DomainAssignments, Artifact]:
    """Assign a domain (or unknown) to every catalog column; store the artifact; record DOMAINS events.

    Events: one ``domains.arbitrate`` (ESCALATE) per borderline column the arbiter assigned, then
    one ``domains.assign`` (ACCEPT when every column is High, else HOLD with human confirmation
    required) carrying the summary and the artifact hash. A refused value-evidence request is
    recorded (REJECT, POLICY_BLOCK) and re-raised.
    """
    t = timings if timings is not None else {}
    rec = LedgerRecorder(ledger, contract.run_id, contract_hash=contract.contract_hash(),
                         policy_version=policy.version, threshold_profile_id=profile.profile_id,
                         catalog_version=domain_catalog.version)
    t0 = time.perf_counter()
    if sample_packs:
        try:
            policy.require(PolicyRequest(action=Action.VALUE_EVIDENCE, run_id=contract.run_id, mode=contract.mode,
                                         role=contract.rbac_actor.role, actor=contract.rbac_actor.user_id),
                           stage=Stage.DOMAINS.value)
        except PolicyBlock as exc:
            rec.record_error(Stage.DOMAINS, "domains.value_evidence", exc)
            raise
    t["policy"] = time.perf_counter() - t0
    base = VersionRefs(catalog_version=domain_catalog.version, catalog_hash="", threshold_profile_id="",
                       threshold_profile_hash="", policy_version=policy.version,
                       contract_hash=contract.contract_hash(), embedder="", arbiter="")
    out, deltas, refs = classify(catalog, sample_packs, domain_catalog=domain_catalog, index=index, arbiter=arbiter,
                                 profile=profile, refs=base, run_id=contract.run_id, embedder=embedder, timings=t)
    t4 = time.perf_counter()
    for a in out:
        if a.decided_by == "arbiter" and a.domain_id is not None:
            rec.record(Stage.DOMAINS, Decision.ESCALATE, "domains.arbitrate",
                       detail={"table": a.table, "column": a.column, "domain_id": a.domain_id,
                               "score": a.score, "arbiter": refs.arbiter, "rationale": a.rationale})
    summary = {b.value: sum(1 for a in out if a.band is b) for b in Band}
    summary |= {"columns": len(out), "assigned": sum(a.domain_id is not None for a in out),
                "unknown": sum(a.domain_id is None for a in out), "pii": sum(a.pii for a in out),
                "staged_deltas": len(deltas)}
    # Whether the vector index had to be (re)built is a fact about this process, not the result:
    # it stays in ``timings`` and out of the hashed artifact (same inputs -> same hash).
    result = DomainAssignments(run_id=contract.run_id, mode=contract.mode.value, refs=refs, assignments=out,
                               staged_deltas=deltas, summary=summary)
    art = artifacts.put(ArtifactKind.DOMAIN_ASSIGNMENTS, contract.run_id, result,
                        contract_hash=contract.contract_hash(), policy_version=policy.version)
    decision = Decision.ACCEPT if summary["borderline"] == 0 and summary["low"] == 0 else Decision.HOLD
    rec.record(Stage.DOMAINS, decision, "domains.assign", inputs_hash=catalog.schema_hash or content_hash(catalog),
               outputs_hash=art.content_hash,
               human_confirmation=HumanConfirmation(required=decision is Decision.HOLD),
               detail={"summary": summary, "artifact_version": art.version, "mode": contract.mode.value,
                       "value_evidence": bool(sample_packs)})
    t["artifact_ledger"] = time.perf_counter() - t4
    return result, art


def _pii_prior(cands: list, catalog: DomainCatalog, tau_low: float) -> tuple[bool, str | None]:
    """PII flag of a column left unknown: True when the top candidate reached the borderline band
    (score >= tau_low) and every candidate within :data:`PII_TIE_MARGIN` of it is a PII domain
    (``<PERSON>`` with first/last/full name tied: which name part is uncertain, PII is not).
    The entity is reported when those candidates share one."""
    if not cands or cands[0].score < tau_low:
        return False, None
    tied = [catalog.get(c.domain_id) for c in cands if cands[0].score - c.score < PII_TIE_MARGIN]
    if not all(d is not None and d.pii for d in tied):
        return False, None
    ents = {d.pii_entity for d in tied if d is not None}
    return True, ents.pop() if len(ents) == 1 else None


_COMPONENT_LABELS = {"name_sim": "name", "regex_strength": "pattern", "value_sim": "values", "unit_compat": "unit"}


def _components(components: Components) -> str:
    """``name 1.00, values 0.95``: the evidence kinds that scored, for a person to read."""
    scored = components.model_dump(exclude_none=True).items()
    return ", ".join(f"{_COMPONENT_LABELS.get(k, k)} {v:.2f}" for k, v in scored)


def _decide(ev: ColumnEvidence, cands: list, catalog: DomainCatalog, profile: ThresholdProfile,
            arbiter: Arbiter, refs: VersionRefs, run_id: str | None) -> tuple[ColumnAssignment, CatalogDelta | None]:
    th = profile.domaining
    top = cands[0] if cands else None
    score = top.score if top else 0.0
    band = band_of(score, th)
    runner = cands[1].score if len(cands) > 1 else 0.0
    delta = None
    if top is not None and band is Band.HIGH and score - runner < AMBIGUITY_MARGIN:
        band = Band.BORDERLINE
    if top is not None and band is Band.HIGH:
        dom, by = top.domain_id, "score"
        why = (f"high {score:.2f} >= tau_high {th.tau_high}: {top.name_match or 'value evidence'}; "
               f"evidence {_components(top.components)}")
    elif top is not None and band is Band.BORDERLINE:
        verdict = arbiter.arbitrate(ev, cands)
        dom, by, why = verdict.domain_id, "arbiter", verdict.rationale
        alias = normalize_alias(ev.original_name)
        if dom is not None and verdict.propose_alias and len(alias) >= 3:
            delta = CatalogDelta(domain_id=dom, kind="alias", value=alias, source="arbiter", run_id=run_id,
                                 table=ev.table, column=ev.column, rationale=verdict.rationale)
    else:
        dom, by = None, "none"
        why = f"low {score:.2f} < tau_low {th.tau_low}: unknown" if top else "no candidate"
    spec = catalog.get(dom) if dom else None
    pii, entity = (spec.pii, spec.pii_entity) if spec else _pii_prior(cands, catalog, th.tau_low)
    if dom is None and pii:
        why += "; flagged PII: every competing candidate is a PII domain"
    return ColumnAssignment(
        table=ev.table, column=ev.column, original_name=ev.original_name, domain_id=dom, band=band,
        score=score, decided_by=by, rationale=why, pii=pii,
        pii_entity=entity, candidates=cands[:TOP_CANDIDATES], evidence=ev,
        versions=refs), delta
