"""Evidence added for masked Sample Packs and legacy headers: whole-cell placeholders, specializations
that need header support, regex-as-value evidence, upper-case folding, abbreviations, the PII prior."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.domains.eval import run_golden_eval
from core.domains.golden import GOLDEN_ROOT, load_golden
from core.domains.matcher import get_matcher
from core.domains.scoring import CandidateScore, Components, score_candidate
from core.domains.stage import _pii_prior
from core.vocab.catalog_loader import load_domain_catalog
from tests.domains.test_scoring import TH, _rank


def test_whole_cell_person_placeholders_mean_full_name() -> None:
    ranked = _rank("ledger", "counterparty", ["<PERSON>"] * 4)
    top = ranked[0]
    assert top.domain_id == "person.full_name" and top.score >= TH.tau_high
    assert top.components.regex_strength == 1.0 and "masking" in top.sources
    parts = {c.domain_id: c.score for c in ranked if c.domain_id in ("person.first_name", "person.last_name")}
    assert parts and all(top.score - s >= 0.05 for s in parts.values())


def test_informative_header_still_picks_the_name_part() -> None:
    top = _rank("customers", "first_name", ["<PERSON>"] * 4)[0]
    assert top.domain_id == "person.first_name" and top.score >= TH.tau_high


def test_embedded_placeholders_are_not_detector_hits() -> None:
    m = get_matcher(load_domain_catalog())
    phone = load_domain_catalog().ids.index("contact.phone")
    assert m.entity_strengths(["<PHONE_NUMBER>.14.33.000000", "<PHONE_NUMBER>.<PHONE_NUMBER>"]) == {}
    assert m.entity_strengths(["<PHONE_NUMBER>", "<PHONE_NUMBER>", "x", "y"])[phone] == pytest.approx(0.5)


def test_non_pii_mask_entities_map_to_domains() -> None:
    top = _rank("events", "target", ["<URL>"] * 3)[0]
    assert top.domain_id == "web.url"


def test_specialization_needs_header_support() -> None:
    vals = ["2024-06-01 00:00:00", "2024-06-01 00:05:00", "2024-06-01 00:10:00"]
    top = _rank("survey", "submitted", vals)[0]
    assert top.domain_id == "datetime.timestamp" and top.score >= TH.tau_high
    created = _rank("survey", "created_at", vals)[0]
    assert created.domain_id == "datetime.created_at" and "no_name_support" not in created.factors
    cat = load_domain_catalog()
    s, _, _, f = score_candidate(cat.get("datetime.created_at"), name_sim=0.1, name_informative=False,
                                 regex_hit=None, value_sim=1.0, entity_match=False, unit=None,
                                 declared_type="string", negative=False, th=TH)
    assert f == {"no_name_support": 0.9}


def test_regex_hits_count_as_value_evidence() -> None:
    cat = load_domain_catalog()
    email = cat.get("contact.email")  # specific regex: value_sim >= hit
    _, c, _, _ = score_candidate(email, name_sim=0.5, name_informative=True, regex_hit=1.0, value_sim=0.2,
                                 entity_match=False, unit=None, declared_type="string", negative=False, th=TH)
    assert c.value_sim == 1.0
    cust = cat.get("id.customer_id")  # non-specific regex that passes: value_sim >= 0.6 * hit
    assert not cust.regex_specific
    _, c2, _, _ = score_candidate(cust, name_sim=1.0, name_informative=True, regex_hit=1.0, value_sim=0.2,
                                  entity_match=False, unit=None, declared_type="string", negative=False, th=TH)
    assert c2.value_sim == pytest.approx(0.6) and c2.regex_strength is None
    _, c3, _, _ = score_candidate(cust, name_sim=1.0, name_informative=True, regex_hit=0.2, value_sim=0.2,
                                  entity_match=False, unit=None, declared_type="string", negative=False, th=TH)
    assert c3.value_sim == pytest.approx(0.2)  # a failing regex lifts nothing


def test_upper_case_values_are_compared_title_cased() -> None:
    cat = load_domain_catalog()
    m = get_matcher(cat)
    city = cat.ids.index("address.city")
    assert m.value_similarity(["DAYTON", "TOLEDO", "AKRON"])[city] > 0.5


@pytest.mark.parametrize(("table", "header", "expected"), [
    ("CUSTMAST", "CUST_NM", "person.full_name"),      # cust -> customer, nm -> name
    ("KNA1", "KUNNR", "id.customer_id"),              # SAP field names
    ("KNA1", "PSTLZ", "address.postal_code"),
    ("KNA1", "ERDAT", "datetime.created_at"),
])
def test_legacy_and_sap_headers(table: str, header: str, expected: str) -> None:
    assert _rank(table, header)[0].domain_id == expected


def _cand(domain_id: str, score: float) -> CandidateScore:
    return CandidateScore(domain_id=domain_id, score=score, components=Components())


def test_pii_prior_for_unknown_columns() -> None:
    cat = load_domain_catalog()
    tied_pii = [_cand("person.first_name", 0.66), _cand("person.last_name", 0.65), _cand("text.notes", 0.3)]
    assert _pii_prior(tied_pii, cat, TH.tau_low) == (True, "PERSON")
    mixed = [_cand("person.full_name", 0.66), _cand("text.product_name", 0.64)]
    assert _pii_prior(mixed, cat, TH.tau_low) == (False, None)
    low = [_cand("person.full_name", 0.30), _cand("person.last_name", 0.29)]
    assert _pii_prior(low, cat, TH.tau_low) == (False, None)


def test_first_extra_set_is_separate_from_the_dev_set() -> None:
    dev = load_golden()
    holdout_dir = GOLDEN_ROOT / "dev" / "set1"
    hold = load_golden(holdout_dir)
    assert len(hold) >= 8 and not {t.table for t in dev} & {t.table for t in hold}
    rep = run_golden_eval(mode="metadata_only", golden_dir=Path(holdout_dir))
    assert rep.tables == len(hold) and rep.labeled > 100
