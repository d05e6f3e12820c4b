"""Session 15: ages in years under an age header of more languages (``Umur``, ``umri``, ``အသက်``, ``AGEYRS``) are
cleared by value evidence (integers 0..120, :func:`core.pii.attributes.attribute_values`); every personal column of
the adversarial battery under the same headers stays masked, in a table of people and alone."""

from __future__ import annotations

import random

import pytest

from core.pii.decide import decide_table
from core.pii.headers import header_signal
from tests.pii.adversarial import SIZES, people_rows, personal_columns

#: Age headers of the PII dev set that were masked before session 15 (four authors), and others of the same words.
AGE_HEADERS = ["Umur", "mkuu_wa_kaya/umri", "အသက်", "AGEYRS", "idade", "возраст", "yaş", "starost", "Umur (tahun)"]


def _ages(n: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    return [str(rng.randint(0, 95)) for _ in range(n)]


@pytest.mark.parametrize("header", AGE_HEADERS)
def test_age_headers_name_the_age_entity(header: str) -> None:
    sig = header_signal(header)
    assert sig.pii and sig.entity == "AGE"


@pytest.mark.parametrize("n", SIZES)
@pytest.mark.parametrize("header", AGE_HEADERS)
def test_ages_under_age_header_are_cleared_in_a_table_of_people(header: str, n: int) -> None:
    columns, rows = people_rows(n, {header: _ages(n)})
    decided = {d.column: d for d in decide_table(columns, rows, headers={c: c for c in columns})}
    assert decided[header].clear, decided[header].reason
    assert not decided["name"].clear and not decided["email"].clear


@pytest.mark.parametrize("n", SIZES)
@pytest.mark.parametrize("header", ["Umur", "mkuu_wa_kaya/umri", "အသက်", "AGEYRS", "Umur (tahun)"])
def test_personal_columns_under_age_header_stay_masked(header: str, n: int) -> None:
    for kind, values in personal_columns(n).items():
        columns, rows = people_rows(n, {header: values})
        alone: list[dict[str, object]] = [{header: v} for v in values]
        for cols, rs in ((columns, rows), ([header], alone)):
            decided = {d.column: d for d in decide_table(cols, rs, headers={c: c for c in cols})}
            assert not decided[header].clear, f"{kind} under {header!r} ({n} rows) cleared: {decided[header].reason}"


def test_birth_years_and_mixed_ages_under_age_header_stay_masked() -> None:
    n = 300
    rng = random.Random(5)
    years = [str(rng.randint(1940, 2005)) for _ in range(n)]
    mixed = _ages(n - 5) + ["1972", "0718350293", "Kato Mibel", "1980-02-03", "E6900"]
    for values in (years, mixed):
        columns, rows = people_rows(n, {"Umur": values})
        decided = {d.column: d for d in decide_table(columns, rows, headers={c: c for c in columns})}
        assert not decided["Umur"].clear
