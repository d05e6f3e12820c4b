"""Header tokens, variants, unit cues, masked patterns and value sketches."""

from __future__ import annotations

from core.domains.evidence import header_evidence, table_entity_words
from core.domains.sketch import mask_pattern, sketch_values
from core.domains.units import unit_compat, unit_cues
from core.vocab.tokens import header_variants, normalize_alias, split_tokens
from tests.domains.conftest import make_table


def test_split_tokens_styles() -> None:
    assert split_tokens("custEmailAddr2") == ("cust", "email", "addr", "2")
    assert split_tokens("CUST_NM") == ("cust", "nm")
    assert split_tokens("E-Mail") == ("e", "mail")
    assert split_tokens("Straße") == ("strasse",)
    assert split_tokens("prénom") == ("prenom",)
    assert split_tokens("HTTPStatusCode") == ("http", "status", "code")
    assert normalize_alias("emailAddress") == normalize_alias("email_address") == "email address"


def test_header_variants_strip_qualifiers_digits_and_expand() -> None:
    v = header_variants("src_cust_fname_2")
    assert v[0] == ("src", "cust", "fname", "2")
    assert ("fname",) in v and ("first", "name") in v
    assert ("prenom",) in header_variants("prenom_client")


def test_unit_cues() -> None:
    cues = unit_cues(split_tokens("weight_kg"))
    assert [(c.unit, c.dimension) for c in cues] == [("kg", "mass")]
    assert unit_cues(split_tokens("temp_c"))[0].unit == "C"
    assert unit_cues(split_tokens("c")) == []  # a lone letter is no unit
    assert unit_compat(cues, ["g", "kg"]) == 1.0
    assert unit_compat(cues, ["g"]) == 0.9  # same dimension
    assert unit_compat(cues, ["m"]) == 0.0
    assert unit_compat([], ["kg"]) is None


def test_mask_pattern_and_sketch() -> None:
    assert mask_pattern("Anna Schmidt") == "Aa+ Aa+"
    assert mask_pattern("536-90-4399") == "999-99-9999"
    assert mask_pattern("a@b.com") == "a+@a+.a+"
    assert mask_pattern("4111111111111111") == "9+"
    sk = sketch_values(["DE", "DE", "FR", "<PERSON>"], ["PERSON"])
    assert sk.distinct_ratio == 0.75 and sk.min_length == 2 and sk.max_length == 8
    assert sk.placeholder_fraction == 0.25 and sk.masked_entities == ["PERSON"]
    assert sk.top_patterns[0] == ("A+", 3)


def test_header_evidence_context_and_flags() -> None:
    t = make_table("dim_customers", [("name", "string"), ("is_vip", "bool"), ("billing_street_address_line", "string")])
    assert table_entity_words("dim_customers") == ["customer"]
    name = header_evidence(t, t.columns[0])
    assert name.context_variants == ["customer name"]
    assert header_evidence(t, t.columns[1]).flag_cue
    long = header_evidence(t, t.columns[2])
    assert long.context_variants == [] and not long.value_evidence and long.sketch is None
