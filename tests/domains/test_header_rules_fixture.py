"""The header rule table by example (sqlglot-fixture style): every row of fixtures/header_rules.yaml is a
(table, header, declared type) classified alone, headers only, and must get the expected domain and band."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from core.catalog import Catalog, ColumnSchema, TableSchema
from core.domains.arbiter import rules_arbiter_for
from core.domains.exact_index import ExactVectorIndex
from core.domains.header_rules import HEADER_RULES, VARIANT_RULES
from core.domains.stage import classify
from core.thresholds import load_threshold_profile
from core.vocab.models import DomainCatalog
from core.yamlio import read_yaml

FIXTURE = Path(__file__).parent / "fixtures" / "header_rules.yaml"
CASES: list[dict[str, Any]] = read_yaml(FIXTURE)["cases"]


@pytest.fixture(scope="module")
def index() -> ExactVectorIndex:
    return ExactVectorIndex()


def test_every_rule_has_examples() -> None:
    names = {r.name for r in HEADER_RULES if r.name != "per header variant"} | {r.name for r in VARIANT_RULES}
    covered = {c["rule"] for c in CASES}
    assert names <= covered, f"rules without an example in {FIXTURE.name}: {sorted(names - covered)}"
    assert covered <= names, f"examples naming no rule: {sorted(covered - names)}"


@pytest.mark.parametrize("case", CASES, ids=[f"{c['table']}.{c['header']}" for c in CASES])
def test_header_rule_case(case: dict[str, Any], domain_catalog: DomainCatalog, index: ExactVectorIndex) -> None:
    header, typ = str(case["header"]), case["type"]
    catalog = Catalog(run_id="01J00000000000000000GOLDEN", source_type="file", location="fixture", tables=[
        TableSchema(name=case["table"], source_location=f"fixture/{case['table']}", columns=[
            ColumnSchema(name=header, original_name=header, position=0, logical_type=typ, physical_type=typ)])])
    out, _, _ = classify(catalog, None, domain_catalog=domain_catalog, index=index,
                         arbiter=rules_arbiter_for(domain_catalog), profile=load_threshold_profile("tp_default_v1"))
    got = (out[0].domain_id, out[0].band.value)
    assert got == (case["domain"], case["band"]), f"{case['rule']}: {case['table']}.{header} ({typ}) -> {got}"
