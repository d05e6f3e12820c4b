"""Scoring formula, renormalization, bands and factors; ranking on real headers."""

from __future__ import annotations

import pytest

from core.domains.engine import ensure_index, rank_columns, regex_hits_by_id
from core.domains.evidence import header_evidence, value_evidence
from core.domains.exact_index import ExactVectorIndex
from core.domains.matcher import get_matcher
from core.domains.scoring import Band, band_of, score_candidate
from core.thresholds import DomainingThresholds, ThresholdProfile
from core.vocab.catalog_loader import load_domain_catalog
from tests.domains.conftest import make_table

TH = DomainingThresholds(tau_high=0.82, tau_low=0.55, alpha=0.45, beta=0.30, gamma=0.15, epsilon=0.10)


def test_bands() -> None:
    assert band_of(0.82, TH) is Band.HIGH
    assert band_of(0.8199, TH) is Band.BORDERLINE
    assert band_of(0.55, TH) is Band.BORDERLINE
    assert band_of(0.5499, TH) is Band.LOW


def test_renormalization_over_available_evidence() -> None:
    d = load_domain_catalog().get("contact.email")
    # metadata_only: only the name is available -> score == name_sim
    s, comps, w, _ = score_candidate(d, name_sim=1.0, name_informative=True, regex_hit=None, value_sim=None,
                                     entity_match=False, unit=None, declared_type="string", negative=False, th=TH)
    assert s == 1.0 and w == {"alpha": 1.0} and comps.regex_strength is None
    # data_mode: weights renormalize over name, regex, values
    s2, _, w2, _ = score_candidate(d, name_sim=0.8, name_informative=True, regex_hit=0.4, value_sim=0.5,
                                   entity_match=False, unit=None, declared_type="string", negative=False, th=TH)
    assert s2 == pytest.approx((0.45 * 0.8 + 0.30 * 0.4 + 0.15 * 0.5) / 0.90, abs=1e-4)
    assert sum(w2.values()) == pytest.approx(1.0, abs=1e-3)


def test_factors_and_non_specific_regex() -> None:
    cat = load_domain_catalog()
    email = cat.get("contact.email")
    neg, _, _, f = score_candidate(email, name_sim=0.9, name_informative=True, regex_hit=None, value_sim=None,
                                   entity_match=False, unit=None, declared_type="string", negative=True, th=TH)
    assert f == {"negative": 0.35} and neg == pytest.approx(0.9 * 0.35, abs=1e-4)
    typed, _, _, f2 = score_candidate(email, name_sim=1.0, name_informative=True, regex_hit=None, value_sim=None,
                                      entity_match=False, unit=None, declared_type="int", negative=False, th=TH)
    assert f2 == {"type_mismatch": 0.85} and typed == 0.85
    amount = cat.get("money.amount")  # non-specific regex: a match is neutral, a failure counts
    ok, c_ok, _, _ = score_candidate(amount, name_sim=1.0, name_informative=True, regex_hit=1.0, value_sim=None,
                                     entity_match=False, unit=None, declared_type="string", negative=False, th=TH)
    bad, c_bad, w_bad, _ = score_candidate(amount, name_sim=1.0, name_informative=True, regex_hit=0.0,
                                           value_sim=None, entity_match=False, unit=None, declared_type="string",
                                           negative=False, th=TH)
    assert c_ok.regex_strength is None and ok == 1.0
    # a failing broad pattern counts at half weight: an exact alias falls to borderline, not to unknown
    assert c_bad.regex_strength == 0.0 and TH.tau_low <= bad < TH.tau_high
    assert w_bad["beta"] == pytest.approx(0.5 * TH.beta / (TH.alpha + 0.5 * TH.beta), abs=1e-3)


def _rank(table: str, header: str, values: list[str] | None = None, dtype: str = "string"):  # type: ignore[no-untyped-def]
    cat = load_domain_catalog()
    m = get_matcher(cat)
    idx = ExactVectorIndex()
    ensure_index(idx, m)
    t = make_table(table, [(header, dtype)])
    ev = header_evidence(t, t.columns[0])
    if values:
        ev = value_evidence(ev, values, [], regex_hits_by_id(m, values), len(values))
    return rank_columns([ev], [values], m, idx, ThresholdProfile.model_validate(
        {"profile_id": "t", "domaining": TH.model_dump(), "mapping": {"accept_rate_min": 0.9, "near_match_window": 0.1},
         "analysis": {"null_rate_max": 0.1, "dup_key_rate_max": 0}, "migration": {"batch_size": 10,
         "validation_checks": []}, "budgets": {"domaining": {"tokens": 1}, "mapping": {"tokens": 1}}}).domaining)[0]


@pytest.mark.parametrize(("table", "header", "expected", "high"), [
    ("customers", "cust_email", "contact.email", True),
    ("kunden", "Vorname", "person.first_name", True),
    ("clients", "prenom_client", "person.first_name", True),
    ("customers", "name", "person.full_name", True),       # table context
    ("products", "name", "text.product_name", True),       # same header, other table
    ("users", "email_verified", "flag.verified", True),    # negative on contact.email
    ("parts", "weight_kg", "qty.mass", True),              # unit cue stripped + compatible
    ("staff", "Eintrittsdatum", "datetime.date", True),    # German compound split at the head noun 'datum'
])
def test_header_only_ranking(table: str, header: str, expected: str, high: bool) -> None:
    ranked = _rank(table, header)
    top = ranked[0]
    assert top.domain_id == expected
    assert (top.score >= TH.tau_high) is high
    assert top.score > ranked[1].score


def test_values_rescue_uninformative_header() -> None:
    vals = ["anna@example.com", "b.c@example.org", "x+y@example.de"]
    assert _rank("t", "col_7")[0].score < TH.tau_low  # metadata_only: nothing to go on
    top = _rank("t", "col_7", vals)[0]
    assert top.domain_id == "contact.email" and top.score >= TH.tau_high
    assert top.components.regex_strength == 1.0 and "regex" in top.sources
