"""The assign_domains stage against the real metadata store (SQLite): policy gate, artifact,
ledger events, evidence/version references, arbitration and staged deltas."""

from __future__ import annotations

import json

import pytest

from core.artifacts import ArtifactKind
from core.contract import Mode
from core.domains.arbiter import RulesArbiter, rules_arbiter_for
from core.domains.exact_index import ExactVectorIndex
from core.domains.scoring import Band
from core.domains.stage import assign_domains
from core.errors import PolicyBlock
from core.ledger import Decision, Stage
from core.vocab.models import DomainCatalog
from tests.domains.conftest import make_catalog, make_contract, make_pack, make_table

COLS = [("cust_id", "int"), ("first_name", "string"), ("email", "string"), ("col_7", "string"),
        ("weight_kg", "float"), ("loyalty_tier", "string")]
VALUES = {"cust_id": ["10023", "10024", "10031"], "first_name": ["Emily", "Noah", "Grace"],
          "email": ["e.c@example.com", "n.n@example.net", "g.b@example.org"],
          "col_7": ["536-90-4399", "212-67-1042", "457-55-5462"], "weight_kg": ["0.5", "1.25", "3"],
          "loyalty_tier": ["Gold", "Silver", "Bronze"]}


def _run(mode, store, domain_catalog, profile, policy, packs=True, arbiter=None):  # type: ignore[no-untyped-def]
    contract = make_contract(mode, f"stage-{mode}-{packs}")
    cat = make_catalog(contract.run_id, [make_table("shop_customers", COLS)])
    sample = [make_pack(contract.run_id, "shop_customers", VALUES)] if packs else None
    res, art = assign_domains(contract, cat, sample, policy=policy, ledger=store, artifacts=store,
                              domain_catalog=domain_catalog, index=ExactVectorIndex(),
                              arbiter=arbiter or rules_arbiter_for(domain_catalog), profile=profile)
    return contract, res, art


def test_metadata_only_refuses_values_through_policy(store, domain_catalog, profile, policy) -> None:  # type: ignore[no-untyped-def]
    contract = make_contract(Mode.METADATA_ONLY, "meta-values")
    cat = make_catalog(contract.run_id, [make_table("shop_customers", COLS)])
    with pytest.raises(PolicyBlock) as ei:
        assign_domains(contract, cat, [make_pack(contract.run_id, "shop_customers", VALUES)], policy=policy,
                       ledger=store, artifacts=store, domain_catalog=domain_catalog, index=ExactVectorIndex(),
                       arbiter=RulesArbiter(), profile=profile)
    assert "value_evidence" in str(ei.value) and "metadata_only" in str(ei.value)
    events = store.events(contract.run_id, Stage.DOMAINS)
    assert [e.decision for e in events] == [Decision.REJECT] and events[-1].error_code == "POLICY_BLOCK"
    assert store.latest(contract.run_id, ArtifactKind.DOMAIN_ASSIGNMENTS) is None


def test_metadata_only_uses_headers_only(store, domain_catalog, profile, policy) -> None:  # type: ignore[no-untyped-def]
    contract, res, art = _run(Mode.METADATA_ONLY, store, domain_catalog, profile, policy, packs=False)
    assert all(not a.evidence.value_evidence and a.evidence.sketch is None and not a.evidence.regex_hits
               for a in res.assignments)
    by = {a.column: a for a in res.assignments}
    assert by["email"].domain_id == "contact.email" and by["email"].band is Band.HIGH and by["email"].pii
    assert by["first_name"].domain_id == "person.first_name"
    assert by["weight_kg"].domain_id == "qty.mass"
    assert by["col_7"].domain_id is None  # nothing but a meaningless header
    assert res.mode == "metadata_only" and art.kind is ArtifactKind.DOMAIN_ASSIGNMENTS


def test_data_mode_artifact_ledger_and_refs(store, domain_catalog: DomainCatalog, profile, policy) -> None:  # type: ignore[no-untyped-def]
    contract, res, art = _run(Mode.DATA_MODE, store, domain_catalog, profile, policy)
    by = {a.column: a for a in res.assignments}
    assert by["col_7"].domain_id == "id.us_ssn" and by["col_7"].pii  # values identify it
    assert by["col_7"].evidence.regex_hits["id.us_ssn"] == 1.0
    assert by["email"].evidence.sketch is not None and by["email"].evidence.sketch.non_null == 3
    for a in res.assignments:
        assert a.versions.catalog_version == domain_catalog.version
        assert a.versions.threshold_profile_id == profile.profile_id
        assert a.versions.policy_version == policy.version
        assert a.versions.contract_hash == contract.contract_hash()
        assert a.rationale and a.candidates
    payload = json.dumps(art.payload)
    assert "Emily" not in payload and "e.c@example.com" not in payload  # no raw values in the artifact
    stored = store.latest(contract.run_id, ArtifactKind.DOMAIN_ASSIGNMENTS)
    assert stored is not None and stored.content_hash == art.content_hash
    events = store.events(contract.run_id, Stage.DOMAINS)
    final = events[-1]
    assert final.action == "domains.assign" and final.outputs_hash == art.content_hash
    assert final.catalog_version == domain_catalog.version and final.threshold_profile_id == profile.profile_id
    assert final.detail["summary"]["columns"] == len(COLS)
    expected = Decision.ACCEPT if all(a.band is Band.HIGH for a in res.assignments) else Decision.HOLD
    assert final.decision is expected
    assert sum(res.summary[b.value] for b in Band) == len(COLS)


class _PickSecond:
    """An arbiter that always picks the runner-up: proves borderline columns go to the arbiter."""

    name = "pick_second"

    def arbitrate(self, evidence, candidates):  # type: ignore[no-untyped-def]
        from core.domains.ports import ArbiterVerdict

        pick = candidates[1] if len(candidates) > 1 else candidates[0]
        return ArbiterVerdict(domain_id=pick.domain_id, confidence=pick.score, rationale="second",
                              arbiter=self.name, propose_alias=True)


def test_borderline_goes_to_arbiter_and_stages_deltas(store, domain_catalog, profile, policy) -> None:  # type: ignore[no-untyped-def]
    contract = make_contract(Mode.METADATA_ONLY, "borderline")
    cat = make_catalog(contract.run_id, [make_table("t", [("emailadress", "string"), ("email", "string")])])
    res, _ = assign_domains(contract, cat, None, policy=policy, ledger=store, artifacts=store,
                            domain_catalog=domain_catalog, index=ExactVectorIndex(), arbiter=_PickSecond(),
                            profile=profile)
    tel = res.get("t", "emailadress")
    assert tel.band is Band.BORDERLINE and tel.decided_by == "arbiter"
    assert tel.domain_id == tel.candidates[1].domain_id
    assert res.get("t", "email").decided_by == "score"  # High never asks the arbiter
    assert [d.value for d in res.staged_deltas] == ["emailadress"]
    assert res.staged_deltas[0].domain_id == tel.domain_id and res.staged_deltas[0].source == "arbiter"
    esc = [e for e in store.events(contract.run_id, Stage.DOMAINS) if e.decision is Decision.ESCALATE]
    assert len(esc) == 1 and esc[0].detail["column"] == "emailadress"


def test_rules_arbiter_accepts_clear_borderline(store, domain_catalog, profile, policy) -> None:  # type: ignore[no-untyped-def]
    contract = make_contract(Mode.METADATA_ONLY, "rules-arbiter")
    cat = make_catalog(contract.run_id, [make_table("t", [("emailadress", "string")])])
    res, _ = assign_domains(contract, cat, None, policy=policy, ledger=store, artifacts=store,
                            domain_catalog=domain_catalog, index=ExactVectorIndex(),
                            arbiter=rules_arbiter_for(domain_catalog), profile=profile)
    a = res.get("t", "emailadress")
    assert a.band is Band.BORDERLINE and a.domain_id == "contact.email" and "margin" in a.rationale
    assert res.staged_deltas and res.staged_deltas[0].value == "emailadress"


def test_composite_tie_goes_to_composite(domain_catalog) -> None:  # type: ignore[no-untyped-def]
    from core.domains.evidence import ColumnEvidence
    from core.domains.scoring import CandidateScore, Components

    arb = rules_arbiter_for(domain_catalog)
    ev = ColumnEvidence(table="t", column="c", original_name="counterparty", declared_type="string",
                        physical_type="text", header_tokens=["counterparty"], header_variants=["counterparty"])
    cands = [CandidateScore(domain_id=d, score=0.7, components=Components(name_sim=0.1))
             for d in ("person.first_name", "person.full_name", "person.last_name")]
    assert arb.arbitrate(ev, cands).domain_id == "person.full_name"
    cands2 = [CandidateScore(domain_id=d, score=0.7, components=Components(name_sim=0.1))
              for d in ("person.first_name", "address.city")]
    assert arb.arbitrate(ev, cands2).domain_id is None
