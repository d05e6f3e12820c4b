"""Marital / civil status is personal (session 15): masked under any header naming it and for the marital vocabulary
under a header that says nothing; gender stays a shared attribute in clear."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.ingest.pii_eval import load_labels
from core.pii.decide import decide_column
from core.pii.headers import header_signal

STATUSES = ["Married", "Single", "Divorced", "Single", "Married", "Widowed", "Separated", "Single"] * 8
CODES = ["M", "S", "D", "S", "M", "W", "S", "M"] * 8


HEADERS = ["Marital Status", "SPBPERS_MRTL_CODE", "MRTL_STAT_CD", "maritalStatus.coding[0].code",
           "PerPersonal.maritalStatus", "cliente_estado_civil", "Familienstand", "état civil", "civil_status",
           "Семейное положение"]


@pytest.mark.parametrize("header", HEADERS)
def test_a_header_naming_marital_status_masks(header: str) -> None:
    sig = header_signal(header)
    assert sig.pii and sig.entity == "MARITAL_STATUS"
    for values in (STATUSES, CODES):
        decision = decide_column(header, values)
        assert not decision.clear, decision.reason


@pytest.mark.parametrize("header", ["status", "premarital_counselling_fee", "f7", ""])
def test_other_headers_do_not_read_as_marital(header: str) -> None:
    assert header_signal(header).entity != "MARITAL_STATUS"


def test_the_marital_vocabulary_masks_under_a_silent_header() -> None:
    for values in (STATUSES, [v.lower() for v in STATUSES], ["ledig", "verheiratet", "geschieden", "verwitwet"] * 12):
        decision = decide_column("f7", values)
        assert not decision.clear and decision.entity == "MARITAL_STATUS", decision.reason


def test_gender_stays_a_shared_attribute_in_clear() -> None:
    decision = decide_column("Gender", ["Male", "Female", "Female", "Male", "Male", "Female"] * 10)
    assert decision.clear, decision.reason


def test_the_eval_reads_every_marital_status_column_as_personal(tmp_path: Path) -> None:
    path = tmp_path / "t.labels.yaml"
    path.write_text('columns:\n  "Estado civil": {pii: false, kind: marital_status}\n'
                    '  "Sexo": {pii: false, kind: gender}\n', encoding="utf-8")
    assert load_labels(path) == {"Estado civil": True, "Sexo": False}
