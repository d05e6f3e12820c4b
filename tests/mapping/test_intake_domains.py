"""A declared domain the domain catalog lacks (a typo such as ``contact.emial``) is refused at target intake,
naming the column and the closest catalog ids. It used to be taken as is: the column was then matched as if it
declared no domain (the domaining engine's guess replaced it, silently). Every schema file in the repository
still loads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from adapters.metadata_store import open_store
from adapters.sources import open_source
from core.artifacts import ArtifactKind
from core.contract import contract_template
from core.ingest.stage import build_catalog
from core.ledger import Decision, Stage
from core.mapping.declared_domains import closest_domains, require_known_domains
from core.mapping.errors import UnknownTargetDomain
from core.mapping.intake import load_target
from core.mapping.loading import load_target_side
from core.mapping.match import rank_columns
from core.mapping.ports import MappingPorts
from core.mapping.stage import run_mapping
from core.policy import load_policy_engine
from core.thresholds import load_threshold_profile
from core.vocab.catalog_loader import load_domain_catalog
from orchestration.example import EXAMPLE_SOURCE, EXAMPLE_TARGET

ROOT = Path(__file__).resolve().parents[2]
TYPO = EXAMPLE_TARGET.read_text(encoding="utf-8").replace("domain: contact.email}", "domain: contact.emial}")


def _typo_file(tmp_path: Path) -> Path:
    assert "contact.emial" in TYPO
    p = tmp_path / "typo_target.yaml"
    p.write_text(TYPO, encoding="utf-8")
    return p


@pytest.mark.parametrize(("typo", "meant"), [
    ("contact.emial", "contact.email"), ("person.ful_name", "person.full_name"),
    ("geo.country_alpha2", "iso.country_alpha2"), ("moneyamount", "money.amount")])
def test_the_closest_catalog_ids_are_offered(typo: str, meant: str) -> None:
    ids = load_domain_catalog().ids
    assert typo not in ids and meant in ids
    assert meant in closest_domains(typo, ids)


def test_a_misspelt_declared_domain_is_refused_naming_the_column_and_the_one_meant(tmp_path: Path) -> None:
    p = _typo_file(tmp_path)
    with pytest.raises(UnknownTargetDomain) as info:
        load_target_side(str(p), open_source, data_mode=False, domain_catalog=load_domain_catalog(),
                         profile=load_threshold_profile("tp_default_v1"))
    msg = info.value.message
    assert "target column 'email'" in msg and "unknown domain 'contact.emial'" in msg
    assert "did you mean 'contact.email'" in msg
    assert info.value.details["closest"][0] == "contact.email"
    with pytest.raises(UnknownTargetDomain):  # the quick match reads the target the same way
        rank_columns(str(EXAMPLE_SOURCE), str(p), opener=open_source)


def test_the_mapping_stage_refuses_it_on_the_ledger_and_writes_nothing(tmp_path: Path) -> None:
    p = _typo_file(tmp_path)
    store = open_store(f"sqlite:///{tmp_path / 'meta.db'}")
    try:
        c = contract_template(lhs_location=str(EXAMPLE_SOURCE), rhs_location=str(p), mode="metadata_only",
                              role="Operator", user_id="tester", request_key=f"typo-domain:{tmp_path}")
        store.save_run(c)
        pol = load_policy_engine()
        build_catalog(c, open_source(c.lhs), policy=pol, ledger=store, artifacts=store)
        ports = MappingPorts(policy=pol, ledger=store, artifacts=store, domain_catalog=load_domain_catalog(),
                             profile=load_threshold_profile(c.threshold_profile_id), open_source=open_source,
                             masker=None)
        with pytest.raises(UnknownTargetDomain):
            run_mapping(c, ports)
        last = store.events(c.run_id)[-1]
        assert (last.stage, last.decision, last.action, last.error_code) == \
            (Stage.MAPPING, Decision.REJECT, "mapping.plan", "DETERMINISTIC_FAILURE")
        assert (last.detail["column"], last.detail["domain"], last.detail["closest"][0]) == \
            ("email", "contact.emial", "contact.email")
        assert store.latest(c.run_id, ArtifactKind.TARGET_CATALOG) is None
        assert store.latest(c.run_id, ArtifactKind.MAPPING_PLAN) is None
    finally:
        store.close()


def _schema_files() -> list[Path]:
    out = []
    for p in sorted(ROOT.rglob("*")):
        rel = p.relative_to(ROOT).parts
        if {".venv", ".git", "node_modules"} & set(rel) or p.suffix.lower() not in (".yaml", ".yml", ".json"):
            continue
        if not p.is_file():
            continue
        try:
            text = p.read_text(encoding="utf-8")
            doc = json.loads(text) if p.suffix.lower() == ".json" else yaml.safe_load(text)
        except (ValueError, yaml.YAMLError, UnicodeDecodeError):
            continue
        if isinstance(doc, dict) and isinstance(doc.get("columns"), list) and any(
                isinstance(c, dict) and "name" in c for c in doc["columns"]):
            out.append(p)
    return out


def test_every_schema_file_of_the_repository_declares_catalog_domains() -> None:
    files = _schema_files()
    assert any("golden_mapping" in str(p) for p in files) and EXAMPLE_TARGET in files
    catalog = load_domain_catalog()
    for p in files:
        table = load_target(str(p), open_source, with_rows=False, masker=None).catalog.table
        require_known_domains(table, catalog)
