"""h15-fixpii: civil status under a header that says nothing (``f7``) is masked by its values — marital words with
their decorations, the letter codes of civil-status code lists in a table of people — while code columns of other
closed lists (sizes, grades, genders, blood groups, yes/no) stay in clear."""

from __future__ import annotations

import random

import pytest

from core.pii.decide import decide_table
from core.pii.decision import ColumnDecision
from core.pii.marital import marital_codes, marital_word
from tests.pii.adversarial import people_rows


def _column(vocab: list[str], n: int = 200, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice(vocab) for _ in range(n)]


def _decision(values: list[str], *, in_people: bool = True, header: str = "f7") -> ColumnDecision:
    if in_people:
        columns, rows = people_rows(len(values), {header: values})
    else:
        columns, rows = [header, "amount"], [{header: v, "amount": f"{i * 3.7:.2f}"} for i, v in enumerate(values)]
    return {d.column: d for d in decide_table(columns, rows, headers={c: c for c in columns})}[header]


DECORATED = {
    "es_parenthesised": ["Soltero(a)", "Casado(a)", "Divorciado(a)", "Viudo(a)", "Conviviente"],
    "sv_acompanado": ["Soltero(a)", "Casado(a)", "Acompañado(a)", "Viudo(a)", "Divorciado(a)"],
    "slash_ending": ["soltero/a", "casado/a", "divorciado/a", "viudo/a"],
    "remark": ["Married (civil)", "Married (religious)", "Single", "Divorced", "Widowed"],
    "dhivehi": ["ކައިވެނި ކޮށްފައި", "ކައިވެނި ނުކޮށް", "ވަރިވެފައި"],
}


@pytest.mark.parametrize("in_people", [True, False])
@pytest.mark.parametrize("kind", sorted(DECORATED))
def test_decorated_marital_words_are_masked_under_a_silent_header(kind: str, in_people: bool) -> None:
    d = _decision(_column(DECORATED[kind]), in_people=in_people)
    assert not d.clear and d.entity == "MARITAL_STATUS", d.reason


def test_marital_word_takes_off_endings_and_remarks_only() -> None:
    assert marital_word("Soltero(a)") and marital_word("casado/a") and marital_word("Married (civil)")
    assert not marital_word("Soltero Perez") and not marital_word("Casa (azul)") and not marital_word("Pending (a)")


CODES = {
    "sfsf": ["S", "M", "D", "UL"],
    "hl7": ["M", "W", "D", "S", "T", "U"],
    "es": ["S", "C", "D", "V"],
    "de": ["L", "V", "G", "W"],
    "fr": ["C", "M", "D", "V", "P"],
}


@pytest.mark.parametrize("in_people", [True, False])
@pytest.mark.parametrize("kind", sorted(CODES))
def test_marital_code_sets_are_masked_under_a_silent_header(kind: str, in_people: bool) -> None:
    d = _decision(_column(CODES[kind]), in_people=in_people)
    assert not d.clear and d.entity == "MARITAL_STATUS", d.reason


def test_two_letter_single_married_codes_are_masked_in_a_table_of_people_only() -> None:
    values = _column(["S"] * 8 + ["M"] * 2)
    assert marital_codes(values, person_table=True)
    assert not marital_codes(values, person_table=False)
    assert not _decision(values).clear


OTHER_CODES = {
    "sizes": ["S", "M", "L"],
    "sizes_xl": ["S", "M", "L", "XL"],
    "grades": ["A", "B", "C"],
    "grades_df": ["A", "B", "C", "D", "F"],
    "gender_de": ["M", "W", "D"],
    "gender": ["M", "F", "U"],
    "yes_no": ["Y", "N"],
    "blood": ["A", "B", "AB", "O"],
    "classes": ["E", "B", "F"],
}


@pytest.mark.parametrize("in_people", [True, False])
@pytest.mark.parametrize("kind", sorted(OTHER_CODES))
def test_other_code_lists_are_no_civil_status(kind: str, in_people: bool) -> None:
    values = _column(OTHER_CODES[kind])
    assert not marital_codes(values, person_table=in_people)
    assert _decision(values, in_people=in_people).entity != "MARITAL_STATUS"


def test_codes_seen_once_are_no_code_list() -> None:
    assert not marital_codes(["S", "M", "D", "W"], person_table=True)


def test_marital_codes_under_a_safe_header_are_left_to_it() -> None:
    values = _column(CODES["hl7"])
    assert _decision(values, header="shirt_size").entity != "MARITAL_STATUS"
