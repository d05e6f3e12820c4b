"""Shapes, number-typed identifiers and keyed tokens."""

from __future__ import annotations

import pytest

from core.pii.keys import SECRET_ENV, run_key, token
from core.pii.masker import mask_table, mask_value
from core.pii.shape import cell_text, number_text, shape


def test_shape_keeps_pattern_and_length_only() -> None:
    assert shape("Anna-Lena 12b") == "Aaaa-Aaaa 99a"
    assert shape("+49 (30) 1234-567") == "+99 (99) 9999-999"
    assert shape("Jürgen Ôlà") == "Aaaaaa Aaa" and shape("张伟") == "aa"
    assert len(shape("x" * 40)) == 40


@pytest.mark.parametrize(("value", "text"), [
    (4.111111111111111e15, "4111111111111111"), (4155550132, "4155550132"), (2134.0, "2134"), (12.5, "12.5"),
    (1e-05, "0.00001"), (True, "true"), (None, None),
])
def test_numbers_read_back_as_digits(value: object, text: str | None) -> None:
    assert cell_text(value) == text


def test_a_card_number_typed_as_float_is_masked_as_a_value() -> None:
    assert mask_value(4.111111111111111e15) == "9" * 16
    assert number_text(5.5e15) == "5500000000000000"
    rows = [{"c06": float(f"45{i:02d}111111111111")} for i in range(20)]
    res = mask_table(["c06"], rows, run_id="R1")
    assert all(r["c06"] == "9" * 16 for r in res.rows)  # a string shape, never a number or "<CREDIT_CARD>.0"


def test_tokens_keep_equality_within_a_run_and_differ_across_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SECRET_ENV, "test-secret")
    k1, k2 = run_key("RUN1"), run_key("RUN2")
    assert token(k1, "Smith") == token(k1, "Smith") != token(k1, "Smyth")
    assert token(k1, "Smith") != token(k2, "Smith")
    monkeypatch.setenv(SECRET_ENV, "another-secret")
    assert token(run_key("RUN1"), "Smith") != token(k1, "Smith")  # the secret is part of the key


def test_masked_columns_carry_tokens_aligned_with_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SECRET_ENV, "test-secret")
    rows = [{"email": e} for e in ["a.b@x.org", None, "c.d@y.org", "a.b@x.org"]]
    res = mask_table(["email"], rows, run_id="R")
    (m,) = res.masking
    assert m.scheme == "shape" and m.entity_types == ["EMAIL_ADDRESS"]
    assert m.tokens[0] == m.tokens[3] != m.tokens[2] and m.tokens[1] is None
    assert [r["email"] for r in res.rows] == ["a.a@a.aaa", None, "a.a@a.aaa", "a.a@a.aaa"]
