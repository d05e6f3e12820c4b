"""Only ``<ENTITY>`` placeholders name a masked entity; an HTML/XML value in angle brackets is a value (session-6
blind PII set: FHIR narratives ``<div ...><b>NAME</b> date — HCU id</div>`` were stored as entity names)."""

from __future__ import annotations

from core.domains.sketch import placeholder_entity


def test_only_upper_case_placeholders_name_an_entity() -> None:
    assert placeholder_entity("<PERSON>") == "PERSON" and placeholder_entity("<US_SSN>") == "US_SSN"
    assert placeholder_entity('<div xmlns="x"><b>VERA, Tiwi</b> 2017-02-26</div>') is None
    assert placeholder_entity("<b>") is None and placeholder_entity("<>") is None


def test_a_sketch_of_html_values_keeps_no_value() -> None:
    vals = [f'<div><b>VERA, Tiwi{i}</b> 2017-02-{i:02d} — HCU 10063{i:02d}</div>' for i in range(1, 20)]
    from core.domains.evidence import (
        ColumnEvidence,
        value_evidence,  # the path the domains stage takes
    )

    ev = ColumnEvidence(table="t", column="c", original_name="c", declared_type="string", physical_type="text",
                        header_tokens=["c"], header_variants=["c"])
    sk = value_evidence(ev, vals, [], {}, sample_size=len(vals)).sketch
    assert sk is not None
    dump = sk.model_dump_json()
    assert "VERA" not in dump and "1006301" not in dump and sk.masked_entities == []
