"""Real values for value evidence, in memory only (issue 11, ROADMAP §6b).

Domaining needs the values a column really holds (name lists, value vocabularies, regexes with digit
ranges), which the stored Sample Pack no longer shows for masked columns. :func:`real_value_packs` draws the
same deterministic sample again from the source, under the policy engine's permission (``ROW_SAMPLES`` and
``VALUE_EVIDENCE`` in the contract's mode), and returns it without storing it. The Domains stage computes its
value evidence on it and persists only derived evidence (sketches of value shapes, regex hit rates, the
assignment); the privacy scan test (tests/e2e/test_privacy_scan.py) checks that no real value is stored.
"""

from __future__ import annotations

from core.catalog import Catalog, SamplePack
from core.contract import RunContract
from core.ingest.ports import SourcePort
from core.ingest.sampling import cap_rows, choose_plan, json_rows
from core.policy import Action, PolicyEngine, PolicyRequest


def real_value_packs(contract: RunContract, catalog: Catalog, source: SourcePort, *,
                     policy: PolicyEngine) -> list[SamplePack]:
    """The run's deterministic samples with their real values (``pii_mask_applied=False``): never store them."""
    for action in (Action.ROW_SAMPLES, Action.VALUE_EVIDENCE):
        policy.require(PolicyRequest(action=action, run_id=contract.run_id, mode=contract.mode,
                                     role=contract.rbac_actor.role, actor=contract.rbac_actor.user_id),
                       stage="DOMAINS")
    caps = contract.sample_caps
    if caps is None:
        return []
    packs = []
    for t in catalog.tables:
        plan = choose_plan(t, caps, contract.seed)
        df = source.sample(t.name, plan)
        rows, size = cap_rows(json_rows(df), plan.rows_max, plan.bytes_max)
        packs.append(SamplePack(run_id=contract.run_id, table=t.name, seed=plan.seed, strategy=plan.strategy,
                                rows_max=plan.rows_max, bytes_max=plan.bytes_max, row_count=len(rows), byte_size=size,
                                source_row_count=t.row_estimate, columns=list(df.columns), rows=rows,
                                pii_mask_applied=False))
    return packs
